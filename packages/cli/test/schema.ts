import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';

export const schema = JSON.parse(readFileSync(new URL('../schemas/report.schema.json', import.meta.url), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: true });
export const validateReport = ajv.compile(schema);

/** Fails with ajv's messages, so a broken contract says where. */
export function assertValidReport(doc: unknown): void {
  if (!validateReport(doc)) {
    throw new Error(`report does not match report.schema.json:\n${ajv.errorsText(validateReport.errors, { separator: '\n' })}`);
  }
}
