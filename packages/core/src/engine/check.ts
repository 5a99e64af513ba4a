import { recognize } from '../anatomy/recognize.js';
import { readDocx } from '../docx/reader.js';
import { toReadError } from '../errors.js';
import { DEFAULT_PROFILE, resolveProfile } from '../profiles/index.js';
import { rules as allRules } from '../rules/index.js';
import { runRules } from './run.js';
import type { CheckOptions, CheckReport, Diagnostic } from './types.js';

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

function stats(diagnostics: Diagnostic[], ms: number): CheckReport['stats'] {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { errors, warnings, infos, ms: Math.round(ms * 10) / 10 };
}

/**
 * Read a .docx draft and check it against a profile. Never throws for bad input: an unreadable file
 * comes back with `error` set (`E_CORRUPT`, `E_LEGACY_DOC` …) and no diagnostics.
 */
export function check(input: Uint8Array, options: CheckOptions = {}): CheckReport {
  const t0 = now();
  if (!(input instanceof Uint8Array)) throw new TypeError('check(input): input must be the bytes of a .docx file (Uint8Array).');
  const profile = typeof options.profile === 'object' ? options.profile : resolveProfile(options.profile ?? DEFAULT_PROFILE);
  const base: CheckReport = {
    profile: profile.id,
    documentType: null,
    template: null,
    error: null,
    diagnostics: [],
    skipped: [],
    stats: { errors: 0, warnings: 0, infos: 0, ms: 0 },
    notes: [],
  };
  const read = readDocx(input, options.limits ? { limits: options.limits } : {});
  if (!read.ok) return { ...base, error: read.error, stats: stats([], now() - t0) };
  try {
    const model = read.value;
    const anatomy = recognize(model, profile);
    const result = runRules(model, anatomy, profile, { rules: allRules, severities: options.rules ?? {}, lang: options.lang ?? 'vi' });
    return {
      ...base,
      documentType: anatomy.documentType?.code ?? null,
      diagnostics: result.diagnostics,
      skipped: result.skipped,
      stats: stats(result.diagnostics, now() - t0),
      notes: options.debug ? [...model.notes, ...anatomy.notes, ...result.notes] : [],
    };
  } catch (err) {
    if (err instanceof TypeError) throw err; // programmer errors say what to do
    return { ...base, error: toReadError(err), stats: stats([], now() - t0) };
  }
}
