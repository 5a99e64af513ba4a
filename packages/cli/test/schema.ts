import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';

function load(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../schemas/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

export const schema = load('report.schema.json');
export const rulesSchema = load('rules.schema.json');
export const fixSchema = load('fix.schema.json');

const ajv = new Ajv2020({ allErrors: true, strict: true });
// fix.schema.json refers to the check report's diagnostic definition.
ajv.addSchema(schema);
export const validateReport = ajv.getSchema(schema.$id as string)!;
export const validateRules = ajv.compile(rulesSchema);
export const validateFix = ajv.compile(fixSchema);

function assertValid(validate: typeof validateReport, file: string, doc: unknown): void {
  if (!validate(doc)) {
    throw new Error(`document does not match ${file}:\n${ajv.errorsText(validate.errors, { separator: '\n' })}`);
  }
}

/** Fails with ajv's messages, so a broken contract says where. */
export function assertValidReport(doc: unknown): void {
  assertValid(validateReport, 'report.schema.json', doc);
}

export function assertValidRules(doc: unknown): void {
  assertValid(validateRules, 'rules.schema.json', doc);
}

export function assertValidFix(doc: unknown): void {
  assertValid(validateFix, 'fix.schema.json', doc);
}
