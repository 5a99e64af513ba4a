/**
 * `thethuc render`: a Markdown draft (markdown.md) → a .docx laid out as HD 36-HD/VPTW prescribes, so that
 * `check` finds no error in what the draft's own words do not cause.
 *
 * The front matter gives the components, written literally: the renderer places and formats them but never
 * corrects their text (a wrong date stays wrong — `check` on the Markdown reports it, and so does `check`
 * on the .docx). The body's paragraphs are the ones `readMarkdown` reads, in the same order with the same
 * text, so both checks see the same document; emphasis (`**bold**`, `*italic*`) is kept as runs.
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isNoPublicationNote } from '../anatomy/patterns.js';
import { buildDocx } from '../docx/writer.js';
import { readMarkdown, type FrontMatter, type FrontMatterProblem } from '../markdown/reader.js';
import { DEFAULT_PROFILE, resolveProfile } from '../profiles/index.js';
import type { Profile } from '../profiles/types.js';
import { fold, hasLetters, isUpper } from '../text.js';
import { layoutPartyDocument, partyComponent, type BodyPara, type BodyRun, type ResolvedComponents } from './layout.js';

export interface RenderOptions {
  /**
   * Profile id (`party`, `hd36`, `hd05`) or a profile object; default the front matter's `profile`, else
   * `party`. It decides the label before the addressees ("Kính gửi:", a tờ trình under `hd05`: "Kính trình:").
   */
  profile?: string | Profile;
}

export interface RenderResult {
  /** False when the front matter is missing or invalid: then `bytes` is null and `problems` say why. */
  ok: boolean;
  /** The .docx package. */
  bytes: Uint8Array | null;
  /** Front-matter problems with their line and column in the Markdown text. */
  problems: FrontMatterProblem[];
}

const PARTY_HEADER = 'ĐẢNG CỘNG SẢN VIỆT NAM';

/**
 * Render a Markdown draft to a .docx: header and footer in two-column borderless tables, typography of
 * HD 36 Phụ lục 3, A4 portrait with margins 20/20/30/15 mm, body 14 pt justified with a 10 mm first line,
 * 6 pt between paragraphs and 18 pt lines, page numbers from page 2. Never throws for bad input: an
 * invalid front matter gives `ok: false` and its problems.
 */
export function renderMarkdown(text: string, options: RenderOptions = {}): RenderResult {
  if (typeof text !== 'string') throw new TypeError('renderMarkdown(text): text must be the Markdown draft as a string.');
  let profile = typeof options.profile === 'object' ? options.profile : resolveProfile(options.profile ?? DEFAULT_PROFILE);
  let draft = readMarkdown(text, profile);
  const named = draft.frontMatter.profile;
  if (options.profile === undefined && typeof named === 'string' && named !== profile.id && draft.problems.length === 0) {
    profile = resolveProfile(named);
    draft = readMarkdown(text, profile);
  }
  if (draft.problems.length > 0) return { ok: false, bytes: null, problems: draft.problems };

  const fm = draft.frontMatter;
  const components = componentsOf(fm, profile, draft.anatomy.documentType?.code ?? null);
  const body = bodyOf(text);
  if (body.length > 0) components.body = partyComponent('body', body.map(plainOf));
  const issuer = fm.issuer?.name;
  const spec = layoutPartyDocument(components, body, {
    layout: 'table',
    // Word lays the pages out, not us: number every page from the second, whatever the length.
    pageNumbers: 'fromSecond',
    creator: Array.isArray(issuer) ? issuer.join(' ') : (issuer ?? ''),
  });
  // No <Pages> claim in app.xml: the count is Word's to make when it opens the document.
  spec.app = { application: 'thethuc' };
  return { ok: true, bytes: buildDocx(spec), problems: [] };
}

// ---------------------------------------------------------------------------------------------------
// Front matter → components
// ---------------------------------------------------------------------------------------------------

const lines = (v: string | string[] | undefined): string[] => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((s) => s.trim()).filter(Boolean));

function componentsOf(fm: FrontMatter, profile: Profile, typeCode: string | null): ResolvedComponents {
  const c: ResolvedComponents = {};
  const set = (name: Parameters<typeof partyComponent>[0], value: string | string[] | undefined) => {
    const texts = lines(value);
    if (texts.length > 0) c[name] = partyComponent(name, texts.length === 1 ? texts[0]! : texts);
  };
  c.partyHeader = partyComponent('partyHeader', PARTY_HEADER);
  if (fm.issuer) {
    set('parentIssuer', fm.issuer.parent);
    set('issuer', fm.issuer.name);
    c.star = partyComponent('star', '*');
  }
  set('number', fm.number);
  set('cvSummary', fm.cvSummary);
  set('secrecyMark', fm.secrecy);
  set('urgencyMark', fm.urgency);
  set('draftNote', fm.draftNote);
  if (fm.circulationNote !== undefined) set(isNoPublicationNote(fm.circulationNote) ? 'circulationNoteBottom' : 'circulationNote', fm.circulationNote);
  set('placeDate', fm.placeDate);
  // As the reader: the summary and the separator belong to a type name (a công văn has `cvSummary`).
  if (lines(fm.type).length > 0) {
    set('typeName', fm.type);
    set('summary', fm.summary);
    c.separator = partyComponent('separator', '-----');
  }
  if (fm.kinhGui !== undefined && lines(fm.kinhGui).length > 0) {
    const labels = (typeCode && profile.addressLabels[typeCode]) ?? profile.addressLabels['*'] ?? ['Kính gửi'];
    c.kinhGui = partyComponent('kinhGui', `${labels[0] ?? 'Kính gửi'}:`);
    // A single addressee (a string) stands on the label's line; a list goes one per line.
    c.addressees = partyComponent('addressees', lines(fm.kinhGui));
  }
  const signatures = Array.isArray(fm.signature) ? fm.signature : fm.signature ? [fm.signature] : [];
  const right = signatures.at(-1);
  if (right) {
    set('signatureAuthority', right.authority);
    set('signaturePosition', right.position);
    set('signatureName', right.name);
  }
  if (signatures.length === 2) {
    // Two signatures (a biên bản: the recorder and the chair): the first stands on the left.
    const left = signatures[0]!;
    set('secretaryAuthority', left.authority);
    set('secretaryPosition', left.position);
    set('secretaryName', left.name);
  }
  if (fm.recipients) {
    c.recipientsLabel = partyComponent('recipientsLabel', 'Nơi nhận:');
    // The YAML list dash stands for the item's own "- " (markdown.md), as the reader reads it.
    const items = lines(fm.recipients).map((t) => (/^[-–+]/.test(t) ? t : `- ${t}`));
    if (items.length > 0) c.recipientsItems = partyComponent('recipientsItems', items);
  }
  set('typist', fm.typist);
  set('contact', fm.contact);
  return c;
}

// ---------------------------------------------------------------------------------------------------
// Body
// ---------------------------------------------------------------------------------------------------

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  ordered?: boolean;
  start?: number | null;
  alt?: string;
  children?: MdNode[];
}

interface Styled {
  text: string;
  b: boolean;
  i: boolean;
}

/** Inline content with its emphasis; the text is the reader's `plainText` of the same node. */
function inline(node: MdNode, b = false, i = false, out: Styled[] = []): Styled[] {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      out.push({ text: node.value ?? '', b, i });
      return out;
    case 'break':
      out.push({ text: '\n', b, i });
      return out;
    case 'strong':
      b = true;
      break;
    case 'emphasis':
      i = true;
      break;
  }
  for (const child of node.children ?? []) inline(child, b, i, out);
  return out;
}

/**
 * The reader's whitespace rule (`\s*\n\s*` → one space, then trim) applied across runs, keeping each
 * character's emphasis, then runs of the same emphasis merged.
 */
function normalise(pieces: Styled[]): Styled[] {
  const chars: Styled[] = [];
  for (const p of pieces) for (const ch of p.text) chars.push({ text: ch, b: p.b, i: p.i });
  const out: Styled[] = [];
  for (let k = 0; k < chars.length; ) {
    if (!/\s/.test(chars[k]!.text)) {
      out.push(chars[k]!);
      k++;
      continue;
    }
    let end = k;
    while (end < chars.length && /\s/.test(chars[end]!.text)) end++;
    const span = chars.slice(k, end);
    if (span.some((s) => s.text === '\n')) out.push({ ...span[0]!, text: ' ' });
    else out.push(...span);
    k = end;
  }
  while (out.length && /\s/.test(out[0]!.text)) out.shift();
  while (out.length && /\s/.test(out.at(-1)!.text)) out.pop();
  const merged: Styled[] = [];
  for (const ch of out) {
    const last = merged.at(-1);
    if (last && last.b === ch.b && last.i === ch.i) last.text += ch.text;
    else merged.push({ ...ch });
  }
  return merged;
}

interface RawPara {
  runs: Styled[];
  heading: boolean;
  label: string | null;
}

/** The body's paragraphs, walked exactly as `readMarkdown` walks them. */
function rawParagraphs(source: string): RawPara[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(source.replace(/^\uFEFF/, '').normalize('NFC')) as unknown as MdNode;
  const out: RawPara[] = [];
  const add = (pieces: Styled[], heading: boolean, label: string | null) => {
    const runs = normalise(pieces);
    if (runs.length > 0) out.push({ runs, heading, label });
  };
  const walk = (nodes: MdNode[], listCtx?: { ordered: boolean; n: number }) => {
    for (const n of nodes) {
      if (n.type === 'yaml' || n.type === 'html' || n.type === 'thematicBreak') continue;
      if (n.type === 'list') {
        let k = n.start ?? 1;
        for (const item of n.children ?? []) walk(item.children ?? [], { ordered: !!n.ordered, n: k++ });
        continue;
      }
      if (n.type === 'blockquote') {
        walk(n.children ?? []);
        continue;
      }
      if (n.type === 'table') {
        for (const row of n.children ?? []) for (const cell of row.children ?? []) add(inline(cell), false, null);
        continue;
      }
      if (n.type === 'heading' || n.type === 'paragraph' || n.type === 'code') {
        const pieces = n.type === 'code' ? [{ text: n.value ?? '', b: false, i: false }] : inline(n);
        const label = listCtx ? (listCtx.ordered ? `${listCtx.n}.` : '-') : null;
        add(pieces, n.type === 'heading', label);
        listCtx = undefined; // only the item's first paragraph carries its number
        continue;
      }
      if (n.children) walk(n.children);
    }
  };
  walk((tree.children ?? []).filter((c) => c.type !== 'yaml'));
  return out;
}

/** "Phần I", "Phần thứ nhất", "Chương II", "Mục 1" — centred with their names (HD 36 §1.6.2). */
const CENTRED_MARKER = /^(phần\s+(thứ\s+\p{L}+|[ivxlcdm]+|\d+)|chương\s+([ivxlcdm]+|\d+)|mục\s+(\d+|[ivxlcdm]+))(?![\p{L}\d])/u;
/** A heading numbered like a section of the body: "I- …", "1. …", "A- …", "a) …", "Điều 1. …". */
const ENUMERATED = /^(([ivxlcdm]+|\d+|\p{L})\s*[-–.):]|điều\s+\d+)/u;

function bodyOf(source: string): BodyPara[] {
  const raw = rawParagraphs(source);
  let afterMarker = false;
  return raw.map((p): BodyPara => {
    const runs: BodyRun[] = p.runs.map((r) => ({ text: r.text, ...(r.b ? { b: true } : {}), ...(r.i ? { i: true } : {}) }));
    if (p.label) runs.unshift({ text: `${p.label} ` });
    const text = runs.map((r) => r.text).join('');
    if (!p.heading) {
      afterMarker = false;
      return { text, runs };
    }
    const folded = fold(text);
    const marker = CENTRED_MARKER.test(folded);
    // The name under a "Chương I" line, and upper-case titles ("QUYẾT ĐỊNH", "BAN THƯỜNG VỤ TỈNH ỦY").
    const centred = marker || afterMarker || (hasLetters(text) && isUpper(text) && !ENUMERATED.test(folded));
    afterMarker = marker && folded.replace(CENTRED_MARKER, '').trim() === '';
    return { text, runs, b: true, keepNext: true, ...(centred ? { align: 'center' as const } : {}) };
  });
}

function plainOf(p: BodyPara): string {
  return typeof p === 'string' ? p : p.text;
}
