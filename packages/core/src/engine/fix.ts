import { recognize } from '../anatomy/recognize.js';
import { readDocx } from '../docx/reader.js';
import { toReadError, type ReadError } from '../errors.js';
import { applyDocxFixes, type SkippedOp } from '../fix/docx.js';
import { DEFAULT_PROFILE, resolveProfile } from '../profiles/index.js';
import { rules as allRules } from '../rules/index.js';
import { selectTemplate, templateSet } from '../templates/index.js';
import { runRules } from './run.js';
import type { CheckOptions, Diagnostic, Fix } from './types.js';

export interface FixOptions extends CheckOptions {
  /** Apply `unsafe` fixes too. */
  unsafe?: boolean;
  /** Only fixes of these rules (default: every rule's). */
  only?: string[];
  /** Rounds of check → fix (a fix can reveal another finding); default 3. */
  maxPasses?: number;
}

export interface FixReport {
  error: ReadError | null;
  /** The fixed package; the input bytes when nothing changed. */
  bytes: Uint8Array;
  /** Operations applied, over all passes. */
  applied: number;
  /** Findings that were fixed (from the first check), by rule id. */
  fixed: Record<string, number>;
  /** Operations the writer refused (never guessed). */
  skipped: SkippedOp[];
  /** What a check of the result still reports. */
  remaining: Diagnostic[];
  changedParts: string[];
  passes: number;
}

/**
 * `thethuc fix` in core: check, apply every available fix as a new package (the input is never
 * modified), check again, a bounded number of times.
 */
export function fixDocx(input: Uint8Array, options: FixOptions = {}): FixReport {
  const profile = typeof options.profile === 'object' ? options.profile : resolveProfile(options.profile ?? DEFAULT_PROFILE);
  const lang = options.lang ?? 'vi';
  const templates = templateSet(options.templates);
  let bytes = input;
  let applied = 0;
  const fixed: Record<string, number> = {};
  const skipped: SkippedOp[] = [];
  const changedParts = new Set<string>();
  let passes = 0;
  let remaining: Diagnostic[] = [];
  try {
    for (;;) {
      const read = readDocx(bytes, options.limits ? { limits: options.limits } : {});
      if (!read.ok) return { error: read.error, bytes: input, applied: 0, fixed: {}, skipped: [], remaining: [], changedParts: [], passes };
      const anatomy = recognize(read.value, profile);
      const template = selectTemplate(anatomy, templates, options.template).template;
      remaining = runRules(read.value, anatomy, profile, { rules: allRules, severities: options.rules ?? {}, lang, template }).diagnostics;
      if (passes >= (options.maxPasses ?? 3)) break;
      const todo = remaining.filter((d) => d.fix && (options.unsafe || d.fix.kind === 'safe') && (!options.only || options.only.includes(d.ruleId)));
      if (!todo.length) break;
      const result = applyDocxFixes(bytes, todo.map((d) => d.fix as Fix), read.value, { unsafe: options.unsafe ?? false });
      passes++;
      skipped.push(...result.skipped);
      if (!result.applied) break;
      if (passes === 1) for (const d of todo) fixed[d.ruleId] = (fixed[d.ruleId] ?? 0) + 1;
      applied += result.applied;
      result.changedParts.forEach((p) => changedParts.add(p));
      bytes = result.bytes;
    }
  } catch (err) {
    if (err instanceof TypeError) throw err;
    return { error: toReadError(err), bytes: input, applied: 0, fixed: {}, skipped: [], remaining: [], changedParts: [], passes };
  }
  return { error: null, bytes, applied, fixed, skipped, remaining, changedParts: [...changedParts], passes };
}
