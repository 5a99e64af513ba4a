import type { Anatomy, Component, ComponentKind, DocModel, Profile, ReadError } from '@thethuc/core';
import { stringify } from 'yaml';
import { htmlToMarkdown } from './html-markdown.js';

/*
 * `thethuc import`: a Word draft → a Markdown draft (markdown.md), so a template can move into a repository.
 *
 * Two converters, each for what it is good at. The header and footer components come from core's reader
 * and `recognize` — the same anatomy `check` uses — and become the front matter, written literally as the
 * document shows them (a wrong date stays wrong, so `check` on the Markdown reports what it reports on the
 * .docx). The body comes from mammoth, a semantic converter (headings, paragraphs, lists, bold, italic):
 * only the part between the header block and the signature/recipients block, found by the anatomy's body
 * paragraphs and their texts.
 */

export interface ImportEngine {
  readDocx: (input: Uint8Array) => { ok: true; value: DocModel } | { ok: false; error: ReadError };
  recognize: (model: DocModel, profile: Profile) => Anatomy;
  profile: Profile;
}

export type ImportResult = { ok: true; markdown: string; notes: string[] } | { ok: false; error: { code: string; message: string } };

/** Whitespace collapsed, NFC: how texts from the two converters are compared. */
const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

export async function importDocx(bytes: Uint8Array, engine: ImportEngine): Promise<ImportResult> {
  const read = engine.readDocx(bytes);
  if (!read.ok) return { ok: false, error: { code: read.error.code, message: read.error.message } };
  const model = read.value;
  const anatomy = engine.recognize(model, engine.profile);
  const notes: string[] = [];
  const { data, notes: fmNotes } = frontMatterOf(anatomy);
  notes.push(...fmNotes);
  if (!anatomy.headerFound) {
    notes.push('Không nhận ra phần đầu văn bản (tiêu đề, số, ngày); phần đầu YAML có thể thiếu thành phần. / The header block was not recognised; the front matter may lack components.');
  }
  if (!anatomy.footerFound) {
    notes.push('Không nhận ra chữ ký và nơi nhận ở cuối văn bản. / The signature and recipients block was not recognised.');
  }
  let body = '';
  try {
    body = await bodyMarkdown(bytes, model, anatomy);
  } catch (err) {
    return {
      ok: false,
      error: { code: 'E_CORRUPT', message: `mammoth không đọc được nội dung văn bản: ${err instanceof Error ? err.message : String(err)} / mammoth could not read the body.` },
    };
  }
  if (!body && anatomy.body.length > 0) {
    notes.push('Không tìm thấy phần nội dung trong kết quả của mammoth; bản Markdown chỉ có phần đầu YAML. / The body could not be located in mammoth\'s output; the Markdown holds the front matter only.');
  }
  const yaml = stringify(data, { lineWidth: 0 });
  return { ok: true, markdown: `---\n${yaml}---\n${body ? `\n${body}\n` : ''}`, notes };
}

// ---------------------------------------------------------------------------------------------------
// Front matter from the anatomy
// ---------------------------------------------------------------------------------------------------

function texts(anatomy: Anatomy, kind: ComponentKind): string[] {
  return anatomy.components
    .filter((c) => c.kind === kind && (kind !== 'contact' || c.role !== 'line'))
    .map((c) => c.text.trim())
    .filter(Boolean);
}

const one = (values: string[]): string | string[] | undefined => (values.length === 0 ? undefined : values.length === 1 ? values[0] : values);

/** "Kính gửi:", "Kính trình:" — drawn by `render`, never typed in the front matter. */
const ADDRESS_LABEL = /^\s*kính\s+(gửi|trình)\s*[:;.,]?\s*/iu;

interface SignatureFm {
  authority?: string;
  position?: string | string[];
  name?: string;
}

function frontMatterOf(anatomy: Anatomy): { data: Record<string, unknown>; notes: string[] } {
  const notes: string[] = [];
  const data: Record<string, unknown> = {};
  const put = (key: string, value: unknown) => {
    if (value !== undefined) data[key] = value;
  };
  const single = (kind: ComponentKind, key: string, join = false) => {
    const all = texts(anatomy, kind);
    if (all.length > 1 && !join) notes.push(`Có ${all.length} thành phần «${key}»; chỉ giữ thành phần đầu. / ${all.length} "${key}" components; the first is kept.`);
    put(key, all.length === 0 ? undefined : join ? all.join(' ') : all[0]);
  };

  const parent = texts(anatomy, 'parentIssuer');
  const issuer = texts(anatomy, 'issuer');
  if (parent.length > 0 || issuer.length > 0) {
    const value: Record<string, unknown> = {};
    if (parent.length > 0) value.parent = parent.join(' ');
    // The schema requires a name: a lone parent line is the issuer as far as the front matter goes.
    value.name = one(issuer) ?? value.parent;
    if (issuer.length === 0) delete value.parent;
    data.issuer = value;
  }
  single('number', 'number');
  single('placeDate', 'placeDate');
  single('typeName', 'type');
  single('summary', 'summary', true);
  single('cvSummary', 'cvSummary', true);
  single('urgencyMark', 'urgency');
  single('secrecyMark', 'secrecy');
  single('draftNote', 'draftNote');
  single('circulationNote', 'circulationNote');

  const addressees: string[] = [];
  for (const c of anatomy.components) {
    if (c.kind === 'kinhGui') {
      const rest = c.text.replace(ADDRESS_LABEL, '').trim();
      if (rest) addressees.push(rest);
    } else if (c.kind === 'addressee' && c.text.trim()) addressees.push(c.text.trim());
  }
  put('kinhGui', one(addressees));

  const signatures = signaturesOf(anatomy);
  put('signature', signatures.length === 0 ? undefined : signatures.length === 1 ? signatures[0] : signatures.slice(0, 2));
  if (signatures.length > 2) notes.push('Có hơn hai khối chữ ký; chỉ giữ hai khối đầu. / More than two signature blocks; the first two are kept.');

  if (texts(anatomy, 'recipientsLabel').length > 0 || texts(anatomy, 'recipientsItem').length > 0) data.recipients = texts(anatomy, 'recipientsItem');
  single('typist', 'typist');
  put('contact', one(texts(anatomy, 'contact')));
  return { data, notes };
}

/**
 * Which column a footer line stands in, and the column's place from left to right: a table cell, a side
 * of a tab-separated row (a lone segment after a tab is on the right), or the paragraph's alignment.
 * Text boxes do not say which box a line is in: their lines form one column, split into blocks below.
 */
function columnOf(c: Component): { id: string; order: number } {
  const p = c.paragraph;
  if (p.table && p.table.cells >= 2) return { id: `t${p.table.table}c${p.table.cell}`, order: p.table.cell };
  const pieces = [...p.text.matchAll(/[^\t]+/g)].filter((m) => m[0].trim());
  if (pieces.length >= 2) {
    const left = pieces.findIndex((m) => c.offset < m.index! + m[0].length) <= 0;
    return left ? { id: 'left', order: 0 } : { id: 'right', order: 1 };
  }
  if (p.textBox) return { id: 'boxes', order: 0 };
  if (p.text.startsWith('\t') || p.props.alignment === 'right' || p.props.alignment === 'center') return { id: 'right', order: 1 };
  return { id: 'left', order: 0 };
}

function signaturesOf(anatomy: Anatomy): SignatureFm[] {
  const columns = new Map<string, { order: number; comps: Component[] }>();
  for (const c of anatomy.components) {
    if (c.kind !== 'signatureAuthority' && c.kind !== 'signaturePosition' && c.kind !== 'signatureName') continue;
    if (!c.text.trim()) continue;
    const { id, order } = columnOf(c);
    if (!columns.has(id)) columns.set(id, { order, comps: [] });
    columns.get(id)!.comps.push(c);
  }
  const out: SignatureFm[] = [];
  // Left to right: the first signature stands on the left (markdown.md).
  for (const { comps } of [...columns.values()].sort((a, b) => a.order - b.order)) {
    // A column may still hold two blocks one under the other (stacked layouts): a new block starts at an
    // authority or position line after a name.
    let sig: SignatureFm = {};
    let positions: string[] = [];
    const close = () => {
      // Keys in the order the block reads: authority, position, name.
      const block: SignatureFm = {};
      if (sig.authority !== undefined) block.authority = sig.authority;
      if (positions.length > 0) block.position = positions.length === 1 ? positions[0]! : positions;
      if (sig.name !== undefined) block.name = sig.name;
      if (Object.keys(block).length > 0) out.push(block);
      sig = {};
      positions = [];
    };
    for (const c of comps) {
      const t = c.text.trim();
      if (sig.name !== undefined && c.kind !== 'signatureName') close();
      if (c.kind === 'signatureAuthority') {
        if (sig.authority !== undefined || positions.length > 0) close();
        sig.authority = t;
      } else if (c.kind === 'signaturePosition') positions.push(t);
      else {
        if (sig.name !== undefined) close();
        sig.name = t;
      }
    }
    close();
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Body with mammoth
// ---------------------------------------------------------------------------------------------------

interface MammothElement {
  type: string;
  value?: string;
  children?: MammothElement[];
  styleId?: string | null;
  styleName?: string | null;
  isBold?: boolean;
  [key: string]: unknown;
}

function elementText(e: MammothElement): string {
  if (e.type === 'text') return e.value ?? '';
  if (e.type === 'tab') return '\t';
  if (e.type === 'break') return '\n';
  return (e.children ?? []).map(elementText).join('');
}

/** The paragraphs of a top-level element (a table's cell paragraphs, in reading order). */
function paragraphsOf(e: MammothElement): MammothElement[] {
  if (e.type === 'paragraph') return [e];
  return (e.children ?? []).flatMap(paragraphsOf);
}

/**
 * Top-level elements [start, end] of mammoth's document holding the body: the element with the body's
 * first paragraph (the same occurrence of its text, counted in reading order) to the one with its last.
 */
function bodyRange(children: MammothElement[], model: DocModel, anatomy: Anatomy): [number, number] | null {
  const ids = anatomy.body;
  const firstId = ids[0];
  const lastId = ids.at(-1);
  if (firstId === undefined || lastId === undefined) return null;
  const byId = (id: number) => norm(model.paragraphs[id - 1]?.text ?? '');
  const flat: { top: number; text: string }[] = [];
  children.forEach((e, top) => {
    for (const p of paragraphsOf(e)) flat.push({ top, text: norm(elementText(p)) });
  });
  const firstText = byId(firstId);
  const lastText = byId(lastId);
  const before = model.paragraphs.filter((p) => p.id < firstId && norm(p.text) === firstText).length;
  const after = model.paragraphs.filter((p) => p.id > lastId && norm(p.text) === lastText).length;
  const starts = flat.filter((f) => f.text === firstText);
  const ends = flat.filter((f) => f.text === lastText);
  const start = starts[before] ?? starts[0];
  const end = ends[ends.length - 1 - after] ?? ends.at(-1);
  if (!start || !end || end.top < start.top) return null;
  return [start.top, end.top];
}

const HEADING_MAX = 200;

/**
 * A paragraph set wholly in bold, short, not ending like a sentence — "I- ĐÁNH GIÁ …", "Điều 1. Phạm vi
 * điều chỉnh", "Chương I" — is the document's heading: it becomes `##`, which `render` sets in bold again.
 */
function asHeading(p: MammothElement): MammothElement {
  if (p.type !== 'paragraph' || (p.styleName && /^heading\s*\d/i.test(p.styleName))) return p;
  const text = norm(elementText(p));
  if (!text || text.length > HEADING_MAX || /[.;,:]$/u.test(text)) return p;
  const runs = (p.children ?? []).filter((r) => r.type === 'run' && norm(elementText(r)));
  if (runs.length === 0 || !runs.every((r) => r.isBold) || (p.children ?? []).some((c) => c.type !== 'run' && norm(elementText(c)))) return p;
  return { ...p, styleId: 'Heading2', styleName: 'Heading 2', children: (p.children ?? []).map((r) => (r.type === 'run' ? { ...r, isBold: false } : r)) };
}

/** Footnote and comment references would drag notes in from outside the body. */
function withoutNotes(e: MammothElement): MammothElement {
  if (!e.children) return e;
  return { ...e, children: e.children.filter((c) => c.type !== 'noteReference' && c.type !== 'commentReference').map(withoutNotes) };
}

async function bodyMarkdown(bytes: Uint8Array, model: DocModel, anatomy: Anatomy): Promise<string> {
  const mammoth = (await import('mammoth')).default as unknown as {
    convertToHtml: (input: { buffer: Buffer }, options: { transformDocument: (d: MammothElement) => MammothElement }) => Promise<{ value: string }>;
  };
  let found = true;
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
    {
      transformDocument: (document) => {
        const children = document.children ?? [];
        const range = bodyRange(children, model, anatomy);
        if (!range) {
          found = false;
          return { ...document, children: [] };
        }
        const body = children.slice(range[0], range[1] + 1).map((e) => withoutNotes(asHeading(e)));
        return { ...document, children: body };
      },
    },
  );
  if (!found) return '';
  return htmlToMarkdown(result.value);
}
