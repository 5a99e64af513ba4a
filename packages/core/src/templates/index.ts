/**
 * Content templates: loading (JSON Schema + semantic checks, errors naming the template, the JSON path
 * and what was expected), the built-in set, detection of the template that applies to a document, and
 * `parseTemplateText` for template files (YAML or JSON) with file:line:column problems.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { isMap, isScalar, LineCounter, parseAllDocuments, type Node as YamlNode } from 'yaml';
import schema from '../../schemas/template.schema.json';
import type { Anatomy } from '../anatomy/types.js';
import { fold, foldedRegExp, toneKey } from '../text.js';
import { ExprError, fieldsOf, parseConstraint, type Comparison } from './expr.js';
import type {
  ResolvedDetect,
  ResolvedField,
  ResolvedTemplate,
  TemplateDef,
  TemplateDetect,
  TemplateFileProblem,
  TemplateProblem,
} from './types.js';
import chiBoNghiQuyetNam from './builtin/chi-bo.nghi-quyet-nam.json';
import chiBoNghiQuyetThang from './builtin/chi-bo.nghi-quyet-thang.json';
import chiBoBienBanSinhHoat from './builtin/chi-bo.bien-ban-sinh-hoat.json';
import chiBoChuongTrinhKiemTraGiamSat from './builtin/chi-bo.chuong-trinh-kiem-tra-giam-sat.json';
import chiBoBaoCaoKiemDiem from './builtin/chi-bo.bao-cao-kiem-diem.json';
import dangVienBanKiemDiem from './builtin/dang-vien.ban-kiem-diem.json';
import coSoKeHoach from './builtin/co-so.ke-hoach.json';

export type * from './types.js';

const BUILT_IN_DATA: readonly unknown[] = [
  chiBoNghiQuyetNam,
  chiBoNghiQuyetThang,
  chiBoBienBanSinhHoat,
  chiBoChuongTrinhKiemTraGiamSat,
  chiBoBaoCaoKiemDiem,
  dangVienBanKiemDiem,
  coSoKeHoach,
];

/** The built-in templates as data (what `thethuc templates` lists; organisations copy and adapt them). */
export function builtinTemplates(): TemplateDef[] {
  return BUILT_IN_DATA.map((t) => structuredClone(t) as TemplateDef);
}

export const BUILTIN_TEMPLATE_IDS: readonly string[] = BUILT_IN_DATA.map((t) => (t as TemplateDef).id);

/** Invalid template data, or an unknown template id. Carries every problem found. */
export class TemplateError extends TypeError {
  constructor(
    message: string,
    readonly problems: TemplateProblem[] = [],
  ) {
    super(message);
    this.name = 'TemplateError';
  }
}

// ---------------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------------

let validator: ValidateFunction | undefined;

function schemaErrors(data: unknown): ErrorObject[] {
  validator ??= new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
  return validator(data) ? [] : [...(validator.errors ?? [])];
}

function idOf(data: unknown): string | null {
  return typeof data === 'object' && data !== null && typeof (data as { id?: unknown }).id === 'string' ? (data as { id: string }).id : null;
}

const TYPE_VI: Record<string, string> = { string: 'chuỗi', array: 'mảng', object: 'đối tượng', boolean: 'true/false', integer: 'số nguyên', number: 'số' };

function describe(e: ErrorObject): { path: string; vi: string; en: string } {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      return { path: `${e.instancePath}/${key}`, vi: `khóa không được biết «${key}»`, en: `unknown key "${key}"` };
    }
    case 'required': {
      const key = String(p.missingProperty);
      return { path: e.instancePath, vi: `thiếu khóa bắt buộc «${key}»`, en: `missing required key "${key}"` };
    }
    case 'type': {
      const t = String(p.type);
      return { path: e.instancePath, vi: `phải là ${TYPE_VI[t] ?? t}`, en: `must be ${t === 'array' || t === 'object' || t === 'integer' ? `an ${t}` : `a ${t}`}` };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return { path: e.instancePath, vi: `phải là một trong ${allowed}`, en: `must be one of ${allowed}` };
    }
    case 'pattern':
      return { path: e.instancePath, vi: `không đúng dạng ${String(p.pattern)}`, en: `must match ${String(p.pattern)}` };
    case 'minLength':
      return { path: e.instancePath, vi: 'không được để trống', en: 'must not be empty' };
    case 'minItems':
      return { path: e.instancePath, vi: `phải có ít nhất ${String(p.limit)} phần tử`, en: `must have at least ${String(p.limit)} item(s)` };
    case 'minProperties':
      return { path: e.instancePath, vi: 'phải có ít nhất một điều kiện', en: 'must give at least one condition' };
    case 'maxLength':
      return { path: e.instancePath, vi: `dài quá ${String(p.limit)} ký tự`, en: `longer than ${String(p.limit)} characters` };
    case 'oneOf':
      return { path: e.instancePath, vi: 'không đúng dạng cho phép (xem template.schema.json)', en: 'does not match any allowed form (see template.schema.json)' };
    default:
      return { path: e.instancePath, vi: e.message ?? 'không hợp lệ', en: e.message ?? 'invalid' };
  }
}

function problem(templateId: string | null, path: string, vi: string, en: string): TemplateProblem {
  const where = path || '/';
  const name = templateId ?? '?';
  return { templateId, path, message: `Mẫu «${name}» ${where}: ${vi}. / Template "${name}" ${where}: ${en}.` };
}

function dedupe(errors: ErrorObject[]): ErrorObject[] {
  // A failed oneOf repeats each branch's complaint under the same path: keep the oneOf summary only.
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (e.keyword !== 'oneOf' && [...oneOfPaths].some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`))) return false;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function compile(pattern: string): RegExp | string {
  try {
    return foldedRegExp(pattern, 'g');
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

function parseExpr(src: string): Comparison | ExprError {
  try {
    return parseConstraint(src);
  } catch (err) {
    if (err instanceof ExprError) return err;
    throw err;
  }
}

/**
 * Every problem of one template's data: the JSON Schema first, then what a schema cannot say (unique
 * ids, patterns that compile, constraints that parse and name numeric fields, sections that exist).
 */
export function validateTemplate(data: unknown): TemplateProblem[] {
  const id = idOf(data);
  const errors = schemaErrors(data);
  if (errors.length) return dedupe(errors).map((e) => {
    const d = describe(e);
    return problem(id, d.path, d.vi, d.en);
  });
  const t = data as TemplateDef;
  const out: TemplateProblem[] = [];
  const unique = (list: { id: string }[] | undefined, key: string, vi: string, en: string) => {
    const seen = new Set<string>();
    list?.forEach((x, i) => {
      if (seen.has(x.id)) out.push(problem(id, `/${key}/${i}/id`, `${vi} «${x.id}» bị trùng`, `duplicate ${en} id "${x.id}"`));
      seen.add(x.id);
    });
  };
  unique(t.sections, 'sections', 'mã phần', 'section');
  unique(t.fields, 'fields', 'mã trường', 'field');
  unique(t.constraints, 'constraints', 'mã ràng buộc', 'constraint');
  const pattern = (p: string, path: string) => {
    const r = compile(p);
    if (typeof r === 'string') out.push(problem(id, path, `biểu thức chính quy không hợp lệ (${r})`, `invalid regular expression (${r})`));
  };
  const detects = t.detect === undefined ? [] : Array.isArray(t.detect) ? t.detect : [t.detect];
  detects.forEach((d, i) => {
    const base = Array.isArray(t.detect) ? `/detect/${i}` : '/detect';
    if (d.typeName) pattern(d.typeName, `${base}/typeName`);
    if (d.summary) pattern(d.summary, `${base}/summary`);
  });
  t.sections?.forEach((s, i) => s.match.forEach((p, j) => pattern(p, `/sections/${i}/match/${j}`)));
  const sectionIds = new Set((t.sections ?? []).map((s) => s.id));
  const numeric = new Map((t.fields ?? []).map((f) => [f.id, f.value?.type === 'integer' || f.value?.type === 'time']));
  const expr = (src: string, path: string) => {
    const r = parseExpr(src);
    if (r instanceof ExprError) {
      out.push(problem(id, path, `biểu thức «${src}» sai ở ký tự ${r.position + 1}: ${r.message}`, `expression "${src}" is invalid at character ${r.position + 1}: ${r.message}`));
      return;
    }
    for (const f of fieldsOf(r)) {
      if (!numeric.has(f)) out.push(problem(id, path, `biểu thức «${src}» dùng trường «${f}» không được khai báo trong fields`, `expression "${src}" names "${f}", which is not a declared field`));
      else if (!numeric.get(f)) out.push(problem(id, path, `trường «${f}» phải có value.type integer hoặc time để so sánh`, `field "${f}" must have value.type integer or time to be compared`));
    }
  };
  t.fields?.forEach((f, i) => {
    f.label.forEach((p, j) => pattern(p, `/fields/${i}/label/${j}`));
    if (f.value?.type === 'enum' && !f.value.enum) out.push(problem(id, `/fields/${i}/value`, 'kiểu enum cần danh sách «enum»', 'type enum needs an "enum" list'));
    if (f.value && f.value.type !== 'enum' && f.value.enum) out.push(problem(id, `/fields/${i}/value/enum`, '«enum» chỉ dùng với type enum', '"enum" is only for type enum'));
    if (f.default !== undefined && !f.optional) out.push(problem(id, `/fields/${i}/default`, '«default» chỉ dùng cho trường optional', '"default" is only for optional fields'));
    if (f.default !== undefined && f.value?.type !== 'integer') out.push(problem(id, `/fields/${i}/default`, '«default» chỉ dùng cho trường số nguyên', '"default" is only for integer fields'));
    if (f.within !== undefined && !sectionIds.has(f.within)) out.push(problem(id, `/fields/${i}/within`, `không có phần «${f.within}» trong sections`, `no section "${f.within}" in sections`));
    if (f.requiredWhen !== undefined) expr(f.requiredWhen, `/fields/${i}/requiredWhen`);
  });
  t.constraints?.forEach((c, i) => {
    expr(c.expr, `/constraints/${i}/expr`);
    if (c.when !== undefined) expr(c.when, `/constraints/${i}/when`);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Resolution
// ---------------------------------------------------------------------------------------------------

const list = (v: string | string[] | undefined): string[] | null => (v === undefined ? null : Array.isArray(v) ? v : [v]);

function resolveDetect(d: TemplateDetect): ResolvedDetect {
  const types = list(d.type);
  const issuerKinds = list(d.issuerKind);
  return {
    types,
    typeName: d.typeName ? foldedRegExp(d.typeName) : null,
    issuerKinds,
    summary: d.summary ? foldedRegExp(d.summary) : null,
    weight: [types, d.typeName, issuerKinds, d.summary].filter((x) => x !== null && x !== undefined).length,
  };
}

function toText2(m: string | { vi: string; en: string } | undefined): { vi: string; en: string } | null {
  if (m === undefined) return null;
  return typeof m === 'string' ? { vi: m, en: m } : m;
}

/** Compile one valid template (call validateTemplate first). */
function resolveOne(t: TemplateDef, builtIn: boolean): ResolvedTemplate {
  const detects = t.detect === undefined ? [] : Array.isArray(t.detect) ? t.detect : [t.detect];
  const fields: ResolvedField[] = (t.fields ?? []).map((f) => ({
    id: f.id,
    title: f.title,
    labels: f.label.map((p) => foldedRegExp(p, 'g')),
    value: f.value ? { type: f.value.type, enum: f.value.enum ?? [] } : null,
    severity: f.severity ?? null,
    optional: f.optional ?? false,
    default: f.default ?? null,
    requiredWhen: f.requiredWhen ? parseConstraint(f.requiredWhen) : null,
    within: f.within ?? null,
    scope: f.scope ?? 'body',
  }));
  return {
    id: t.id,
    title: t.title,
    source: t.source,
    builtIn,
    detect: detects.map(resolveDetect),
    ordered: t.ordered ?? true,
    sections: (t.sections ?? []).map((s, index) => ({
      id: s.id,
      title: s.title,
      index,
      patterns: s.match.map((p) => foldedRegExp(p, 'g')),
      severity: s.severity ?? null,
      optional: s.optional ?? false,
    })),
    fields,
    constraints: (t.constraints ?? []).map((c) => ({
      id: c.id,
      expr: parseConstraint(c.expr),
      text: c.expr,
      when: c.when ? parseConstraint(c.when) : null,
      message: toText2(c.message),
      severity: c.severity ?? null,
    })),
    def: t,
  };
}

function summaryOf(problems: TemplateProblem[]): string {
  const shown = problems.slice(0, 5).map((p) => p.message);
  const more = problems.length > 5 ? ` (+${problems.length - 5})` : '';
  return shown.join(' ') + more;
}

/**
 * Validate and compile template data (already parsed: objects from JSON or YAML). Throws a
 * TemplateError naming each template, the JSON path and what was expected.
 */
export function resolveTemplates(data: readonly unknown[], options: { builtIn?: boolean } = {}): ResolvedTemplate[] {
  if (!Array.isArray(data)) throw new TemplateError('resolveTemplates(data): data must be an array of templates. / must be an array of templates.');
  const problems: TemplateProblem[] = [];
  const seen = new Map<string, number>();
  data.forEach((d, i) => {
    problems.push(...validateTemplate(d));
    const id = idOf(d);
    if (id !== null) {
      if (seen.has(id)) problems.push(problem(id, '/id', `mã mẫu bị trùng (mẫu thứ ${seen.get(id)! + 1} và thứ ${i + 1})`, `duplicate template id (templates ${seen.get(id)! + 1} and ${i + 1})`));
      seen.set(id, i);
    }
  });
  if (problems.length) throw new TemplateError(summaryOf(problems), problems);
  return (data as TemplateDef[]).map((t) => resolveOne(t, options.builtIn ?? false));
}

let builtIns: ResolvedTemplate[] | undefined;

/** The built-in templates, validated and compiled once. */
export function resolvedBuiltins(): ResolvedTemplate[] {
  builtIns ??= resolveTemplates(BUILT_IN_DATA, { builtIn: true });
  return builtIns;
}

const setCache = new WeakMap<readonly unknown[], ResolvedTemplate[]>();

/**
 * The templates in force: custom ones first (a custom template with a built-in's id replaces it), then
 * the built-ins. Cached per `custom` array, so checking many files compiles the templates once.
 */
export function templateSet(custom?: readonly unknown[] | null): ResolvedTemplate[] {
  const base = resolvedBuiltins();
  if (!custom || custom.length === 0) return base;
  const hit = setCache.get(custom);
  if (hit) return hit;
  const mine = resolveTemplates(custom);
  const ids = new Set(mine.map((t) => t.id));
  const out = [...mine, ...base.filter((t) => !ids.has(t.id))];
  setCache.set(custom, out);
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------------------------------

function textOf(anatomy: Anatomy, kinds: string[]): string | null {
  const parts = anatomy.components.filter((c) => kinds.includes(c.kind)).map((c) => c.text);
  return parts.length ? parts.join(' ') : null;
}

function test(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  return re.test(toneKey(text).replace(/\s+/g, ' '));
}

/** Whether one detect alternative holds for the document. */
export function detectHolds(d: ResolvedDetect, anatomy: Anatomy): boolean {
  if (d.types) {
    const code = anatomy.documentType?.code;
    if (!code || !d.types.some((t) => fold(t) === fold(code))) return false;
  }
  if (d.typeName) {
    const name = textOf(anatomy, ['typeName']);
    if (name === null || !test(d.typeName, name)) return false;
  }
  if (d.issuerKinds && (!anatomy.issuerKind || !d.issuerKinds.includes(anatomy.issuerKind))) return false;
  if (d.summary) {
    const summary = textOf(anatomy, ['summary', 'cvSummary']);
    if (summary === null || !test(d.summary, summary)) return false;
  }
  return true;
}

/** The template with this id; a TemplateError listing the known ids when there is none. */
export function findTemplate(templates: readonly ResolvedTemplate[], id: string): ResolvedTemplate {
  const t = templates.find((x) => x.id === id);
  if (t) return t;
  const known = templates.map((x) => x.id).join(', ');
  throw new TemplateError(`Không có mẫu «${id}»; các mẫu có: ${known}. / Unknown template "${id}"; known: ${known}.`);
}

export interface TemplateChoice {
  template: ResolvedTemplate | null;
  /** How it was chosen — for debug notes. */
  via: 'forced' | 'detected' | 'disabled' | 'none';
}

/**
 * The template that applies to a recognised document: `forced` (an id) when given, none when `forced`
 * is null, otherwise the detected one — when several apply, the one with the most conditions, custom
 * templates before built-ins. An unknown forced id throws a TemplateError listing the known ones.
 */
export function selectTemplate(anatomy: Anatomy, templates: readonly ResolvedTemplate[], forced?: string | null): TemplateChoice {
  if (forced === null) return { template: null, via: 'disabled' };
  if (forced !== undefined) return { template: findTemplate(templates, forced), via: 'forced' };
  let best: ResolvedTemplate | null = null;
  let bestWeight = 0;
  for (const t of templates) {
    const weight = Math.max(0, ...t.detect.filter((d) => detectHolds(d, anatomy)).map((d) => d.weight));
    if (weight > bestWeight) {
      best = t;
      bestWeight = weight;
    }
  }
  return best ? { template: best, via: 'detected' } : { template: null, via: 'none' };
}

// ---------------------------------------------------------------------------------------------------
// Template files
// ---------------------------------------------------------------------------------------------------

export interface ParsedTemplateFile {
  ok: boolean;
  /** The templates of the file that have no problem. */
  templates: TemplateDef[];
  problems: TemplateFileProblem[];
}

/** `file:line:column: message` — how the CLI prints a template problem. */
export function formatTemplateProblem(p: TemplateFileProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

/**
 * Read a template file (YAML or JSON; one template, a list of templates, or several YAML documents) and
 * validate it. Syntax errors, schema errors and semantic errors come back located at file:line:column —
 * never thrown. Core does no I/O: the caller reads the file.
 */
export function parseTemplateText(text: string, fileName: string): ParsedTemplateFile {
  if (typeof text !== 'string') throw new TypeError('parseTemplateText(text, fileName): text must be the file content as a string.');
  const lineCounter = new LineCounter();
  const source = text.replace(/^\uFEFF/, '');
  const docs = parseAllDocuments(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: TemplateFileProblem[] = [];
  const templates: TemplateDef[] = [];
  const pos = (offset: number | undefined) => {
    const p = lineCounter.linePos(offset ?? 0);
    return { line: p.line, column: p.col };
  };
  const documents = Array.isArray(docs) ? docs : [];
  if (!documents.length) {
    problems.push({ file: fileName, line: 1, column: 1, index: null, templateId: null, path: '', message: 'Tệp mẫu trống. / The template file is empty.' });
    return { ok: false, templates, problems };
  }
  const seen = new Map<string, string>();
  let index = 0;
  for (const doc of documents) {
    if (doc.errors.length) {
      for (const e of doc.errors) {
        problems.push({
          file: fileName,
          ...pos(e.pos[0]),
          index: null,
          templateId: null,
          path: '',
          message: `Cú pháp YAML/JSON sai: ${e.message.split('\n')[0]} / Invalid YAML/JSON syntax.`,
        });
      }
      continue;
    }
    const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (data === null || data === undefined) continue; // an empty document between `---` lines
    const items: { value: unknown; prefix: (string | number)[] }[] = Array.isArray(data)
      ? data.map((value, i) => ({ value, prefix: [i] }))
      : [{ value: data, prefix: [] }];
    for (const item of items) {
      const found = validateTemplate(item.value);
      const id = idOf(item.value);
      if (id !== null) {
        const where = `${fileName}#${index + 1}`;
        if (seen.has(id)) found.push(problem(id, '/id', `mã mẫu bị trùng với ${seen.get(id)}`, `duplicate template id (also ${seen.get(id)})`));
        else seen.set(id, where);
      }
      for (const p of found) {
        const keys = p.path.split('/').filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
        problems.push({ ...p, file: fileName, index, ...locate(doc, [...item.prefix, ...keys], pos) });
      }
      if (!found.length) templates.push(item.value as TemplateDef);
      index++;
    }
  }
  return { ok: problems.length === 0, templates, problems };
}

/**
 * Line and column of a JSON path in a YAML document: the key of a mapping entry (`match:`), an item of a
 * sequence, or — for a key that is missing — the mapping that should hold it.
 */
function locate(
  doc: { getIn(path: Iterable<unknown>, keepScalar?: boolean): unknown; contents: unknown },
  path: (string | number)[],
  pos: (offset: number | undefined) => { line: number; column: number },
): { line: number; column: number } {
  const at = (sub: (string | number)[]) => (sub.length === 0 ? doc.contents : doc.getIn(sub, true)) as YamlNode | null | undefined;
  for (let n = path.length; n >= 0; n--) {
    const node = at(path.slice(0, n));
    if (node === undefined || node === null) continue;
    if (n > 0) {
      const parent = at(path.slice(0, n - 1));
      const key = path[n - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((it) => isScalar(it.key) && it.key.value === key);
        if (pair && isScalar(pair.key)) return pos(pair.key.range?.[0]);
      }
    }
    return pos(node.range?.[0]);
  }
  return { line: 1, column: 1 };
}
