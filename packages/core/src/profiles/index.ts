import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../schemas/profile.schema.json';
import hd36 from './hd36.json';
import hd05 from './hd05.json';
import party from './party.json';
import type { Profile } from './types.js';

export type { Profile, TypographySpec, DocumentTypeDef, IssuerKindDef, TextCase } from './types.js';

const BUILT_IN: Record<string, unknown> = { hd36, hd05, party };
export const PROFILE_IDS = Object.keys(BUILT_IN).sort();
export const DEFAULT_PROFILE = 'party';

let validator: ValidateFunction | undefined;
function validate(data: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

export class ProfileError extends TypeError {
  constructor(message: string, readonly errors: ErrorObject[] = []) {
    super(message);
    this.name = 'ProfileError';
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Objects merge, arrays and scalars replace — a derived profile states only what differs. */
function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isObject(b) && isObject(v) ? deepMerge(b, v) : v;
  }
  return out;
}

const cache = new Map<string, Profile>();

/**
 * Resolve a profile by id (`party`, `hd36`, `hd05`) or from data (e.g. an organisation's own), with
 * `extends` applied. Invalid data throws a ProfileError naming the path and what was expected.
 */
export function resolveProfile(input: string | Record<string, unknown> = DEFAULT_PROFILE, extra: Record<string, unknown> = {}): Profile {
  if (typeof input === 'string') {
    const hit = cache.get(input);
    if (hit) return hit;
    const data = BUILT_IN[input];
    if (!data) throw new ProfileError(`Không có hồ sơ «${input}»; các hồ sơ có sẵn: ${PROFILE_IDS.join(', ')}. / Unknown profile "${input}".`);
    const p = resolveProfile(data as Record<string, unknown>, extra);
    cache.set(input, p);
    return p;
  }
  const chain: Record<string, unknown>[] = [];
  let cur: Record<string, unknown> | undefined = input;
  const seen = new Set<string>();
  while (cur) {
    const errors = validate(cur);
    if (errors.length) {
      const detail = errors.map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ');
      throw new ProfileError(`Hồ sơ «${String(cur.id ?? '?')}» không hợp lệ: ${detail}. / Invalid profile.`, errors);
    }
    chain.unshift(cur);
    const ext = cur.extends;
    if (typeof ext !== 'string') break;
    if (seen.has(ext)) throw new ProfileError(`Hồ sơ kế thừa vòng tròn qua «${ext}». / Circular profile extends.`);
    seen.add(ext);
    cur = BUILT_IN[ext] as Record<string, unknown> | undefined;
    if (!cur) throw new ProfileError(`Hồ sơ «${String(input.id)}» kế thừa «${ext}» không tồn tại. / Unknown base profile.`);
  }
  let merged: Record<string, unknown> = {};
  for (const layer of chain) merged = deepMerge(merged, layer);
  merged = deepMerge(merged, extra);
  merged.id = input.id;
  delete merged.extends;
  delete merged.$schema;
  const required = ['font', 'page', 'typography', 'documentTypes', 'issuerKinds', 'authority', 'date', 'cite'];
  const missing = required.filter((k) => merged[k] === undefined);
  if (missing.length) throw new ProfileError(`Hồ sơ «${String(input.id)}» thiếu: ${missing.join(', ')}. / Profile is missing: ${missing.join(', ')}.`);
  merged.rules ??= {};
  merged.addressLabels ??= { '*': ['Kính gửi'] };
  merged.stateOnlyTypes ??= [];
  merged.administrativePapers ??= [];
  merged.cvSummaryPrefix ??= 'none';
  return merged as unknown as Profile;
}
