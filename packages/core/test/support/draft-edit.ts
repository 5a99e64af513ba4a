/**
 * Edits of a draft's builder spec, for cases the draft options do not reach: a component's runs taking
 * their size from a style instead of direct formatting, a run with different fonts per slot, document
 * settings. `editedInLayouts` makes one case per layout, like `validInLayouts`/`invalidInLayouts`.
 */
import { buildDocx, type Block, type DocSpec, type ParaSpec, type RunSpec, type TableSpec } from './docx-builder.js';
import { draftSpec, LAYOUTS, type DraftOptions, type Layout } from './party-draft.js';
import type { ExpectedFinding, InvalidCase, ValidCase } from './rule-tester.js';

type Item = Block | ParaSpec | string | TableSpec;

function paragraphsOf(items: readonly Item[], out: ParaSpec[]): ParaSpec[] {
  for (const b of items) {
    if (typeof b === 'string') continue;
    if ('table' in b) {
      for (const row of b.table.rows) for (const cell of row) paragraphsOf(Array.isArray(cell) ? cell : cell.paragraphs, out);
      continue;
    }
    out.push(b);
    const boxes = b.textBox === undefined ? [] : Array.isArray(b.textBox) ? b.textBox : [b.textBox];
    for (const box of boxes) paragraphsOf(box.paragraphs, out);
  }
  return out;
}

/** Every paragraph of the main story (table cells and text boxes included), in document order. */
export function paragraphs(spec: DocSpec): ParaSpec[] {
  return paragraphsOf(spec.body, []);
}

const textOf = (r: RunSpec | string) => (typeof r === 'string' ? r : r.text);

/** Paragraphs holding a run whose text is exactly `text` (or matches it). */
export function paragraphsWithRun(spec: DocSpec, text: string | RegExp): ParaSpec[] {
  const hit = (t: string) => (typeof text === 'string' ? t === text : text.test(t));
  return paragraphs(spec).filter((p) => p.runs.some((r) => hit(textOf(r))));
}

/**
 * Change the runs whose text is exactly `text` (or matches it). String runs are turned into objects
 * first. Returns the spec, edited in place.
 */
export function editRuns(spec: DocSpec, text: string | RegExp, edit: (run: RunSpec, paragraph: ParaSpec) => RunSpec): DocSpec {
  const hit = (t: string) => (typeof text === 'string' ? t === text : text.test(t));
  for (const p of paragraphs(spec)) {
    p.runs = p.runs.map((r) => {
      const run = typeof r === 'string' ? { text: r } : r;
      return hit(run.text) && !run.tab ? edit({ ...run }, p) : r;
    });
  }
  return spec;
}

/** Drop direct formatting keys from a run (so the value comes from a style or the defaults). */
export function withoutDirect(run: RunSpec, ...keys: (keyof RunSpec)[]): RunSpec {
  const out = { ...run };
  for (const k of keys) delete out[k];
  return out;
}

/** A draft built from its spec after `edit`. */
export function editedDraft(options: DraftOptions, edit: (spec: DocSpec) => DocSpec | void): () => Uint8Array {
  return () => {
    const spec = draftSpec(options);
    return buildDocx(edit(spec) ?? spec);
  };
}

/** One case per layout of an edited draft: valid without `errors`, invalid with them. */
export function editedInLayouts(name: string, options: DraftOptions, edit: (spec: DocSpec) => DocSpec | void, layouts?: readonly Layout[]): ValidCase[];
export function editedInLayouts(
  name: string,
  options: DraftOptions,
  edit: (spec: DocSpec) => DocSpec | void,
  layouts: readonly Layout[] | undefined,
  errors: ExpectedFinding[],
): InvalidCase[];
export function editedInLayouts(
  name: string,
  options: DraftOptions,
  edit: (spec: DocSpec) => DocSpec | void,
  layouts: readonly Layout[] = LAYOUTS,
  errors?: ExpectedFinding[],
): (ValidCase | InvalidCase)[] {
  return layouts.map((layout) => ({
    name: `${name} (${layout})`,
    doc: editedDraft({ ...options, layout }, edit),
    ...(errors ? { errors } : {}),
  }));
}

/**
 * Split the run whose text is exactly `text` into runs of the given texts (which must join back into
 * `text`), each keeping the run's formatting; `edit` may then change the n-th part.
 */
export function splitRun(spec: DocSpec, text: string, parts: string[], edit: (run: RunSpec, n: number) => RunSpec = (r) => r): DocSpec {
  if (parts.join('') !== text) throw new TypeError(`splitRun: parts do not join into "${text}"`);
  for (const p of paragraphs(spec)) {
    p.runs = p.runs.flatMap((r) => {
      const run = typeof r === 'string' ? { text: r } : r;
      if (run.text !== text || run.tab) return [r];
      return parts.map((t, n) => edit({ ...run, text: t }, n));
    });
  }
  return spec;
}
