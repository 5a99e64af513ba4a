import { recognize } from '../anatomy/recognize.js';
import { readDocx } from '../docx/reader.js';
import { toReadError } from '../errors.js';
import type { Anatomy } from '../anatomy/types.js';
import { readMarkdown } from '../markdown/reader.js';
import type { DocModel } from '../model.js';
import { DEFAULT_PROFILE, PROFILE_IDS, resolveProfile } from '../profiles/index.js';
import type { Profile } from '../profiles/types.js';
import { rules as allRules } from '../rules/index.js';
import { findTemplate, selectTemplate, templateSet } from '../templates/index.js';
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
 * Check a draft against a profile: the bytes of a .docx, or the text of a Markdown draft. Never throws
 * for bad input: an unreadable file comes back with `error` set (`E_CORRUPT`, `E_LEGACY_DOC` …) and no
 * diagnostics. Programmer errors (an unknown profile or template id) throw a TypeError that says so.
 */
export function check(input: Uint8Array | string, options: CheckOptions = {}): CheckReport {
  const t0 = now();
  if (typeof input === 'string') return checkMarkdown(input, options, t0);
  if (!(input instanceof Uint8Array)) throw new TypeError('check(input): input must be the bytes of a .docx file (Uint8Array) or the text of a Markdown draft (string).');
  const profile = profileOf(options.profile);
  // Invalid custom templates or an unknown forced id are the caller's error (TemplateError), found before reading.
  const templates = templateSet(options.templates);
  if (typeof options.template === 'string') findTemplate(templates, options.template);
  const read = readDocx(input, options.limits ? { limits: options.limits } : {});
  if (!read.ok) return { ...emptyReport(profile.id), error: read.error, stats: stats([], now() - t0) };
  try {
    return analyse(read.value, recognize(read.value, profile), profile, templates, options.template, options, t0);
  } catch (err) {
    if (err instanceof TypeError) throw err; // programmer errors say what to do
    return { ...emptyReport(profile.id), error: toReadError(err), stats: stats([], now() - t0) };
  }
}

/** A Markdown draft (markdown.md): its front matter may name the profile and the template. */
function checkMarkdown(text: string, options: CheckOptions, t0: number): CheckReport {
  const templates = templateSet(options.templates);
  if (typeof options.template === 'string') findTemplate(templates, options.template);
  // The profile is needed to read (type names, labels); the front matter's own choice is honoured when
  // the caller did not set one.
  let profile = profileOf(options.profile);
  let md = readMarkdown(text, profile);
  const fmProfile = md.frontMatter.profile;
  if (options.profile === undefined && typeof fmProfile === 'string' && PROFILE_IDS.includes(fmProfile) && fmProfile !== profile.id) {
    profile = resolveProfile(fmProfile);
    md = readMarkdown(text, profile);
  }
  const fmTemplate = md.frontMatter.template;
  const forced = options.template !== undefined ? options.template : typeof fmTemplate === 'string' || fmTemplate === null ? fmTemplate : undefined;
  if (typeof forced === 'string' && !templates.some((t) => t.id === forced)) {
    // An unknown template named in the front matter is the draft's problem, not the caller's.
    md.model.inputProblems = [...(md.model.inputProblems ?? []), { message: `Không có mẫu «${forced}». / Unknown template "${forced}".`, path: '/template', line: 1, column: 1 }];
    return analyse(md.model, md.anatomy, profile, templates, null, options, t0);
  }
  return analyse(md.model, md.anatomy, profile, templates, forced, options, t0);
}

function profileOf(p: CheckOptions['profile']): Profile {
  return typeof p === 'object' ? p : resolveProfile(p ?? DEFAULT_PROFILE);
}

function emptyReport(profile: string): CheckReport {
  return { profile, documentType: null, template: null, error: null, diagnostics: [], skipped: [], stats: { errors: 0, warnings: 0, infos: 0, ms: 0 }, notes: [] };
}

function analyse(
  model: DocModel,
  anatomy: Anatomy,
  profile: Profile,
  templates: ReturnType<typeof templateSet>,
  forced: string | null | undefined,
  options: CheckOptions,
  t0: number,
): CheckReport {
  const choice = selectTemplate(anatomy, templates, forced);
  const result = runRules(model, anatomy, profile, { rules: allRules, severities: options.rules ?? {}, lang: options.lang ?? 'vi', template: choice.template });
  const templateNote = `template: ${choice.template ? `${choice.template.id} (${choice.via})` : choice.via === 'disabled' ? 'none (disabled)' : 'none detected'}`;
  return {
    ...emptyReport(profile.id),
    documentType: anatomy.documentType?.code ?? null,
    template: choice.template?.id ?? null,
    diagnostics: result.diagnostics,
    skipped: result.skipped,
    stats: stats(result.diagnostics, now() - t0),
    notes: options.debug ? [...model.notes, ...anatomy.notes, templateNote, ...result.notes] : [],
  };
}
