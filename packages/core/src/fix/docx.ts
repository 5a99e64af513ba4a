/**
 * The docx fix writer: applies fix operations (plain data) to a .docx and writes a new package.
 * It edits only the XML elements involved — run properties, paragraph properties, the text of a span,
 * section properties — splicing new text into the part's original characters; every part it does not
 * change keeps its exact content. Operations it cannot apply safely are skipped and reported, never
 * guessed.
 */
import { zipSync, type Zippable } from 'fflate';
import { openZip } from '../docx/zip.js';
import { mmToTwips, ptToHalfPoints, ptToTwips } from '../docx/units.js';
import type { Fix, FixOp, FixPageProps, FixParagraphProps, FixRunProps } from '../engine/types.js';
import type { DocModel, Paragraph } from '../model.js';
import { decodeXmlText, escapeXmlAttr, escapeXmlText, scanPart, type ElementSpan, type PartMap, type RunSpan } from './scan.js';

export interface SkippedOp {
  op: FixOp;
  reason: string;
}

export interface ApplyResult {
  bytes: Uint8Array;
  applied: number;
  skipped: SkippedOp[];
  /** Parts whose content changed. */
  changedParts: string[];
}

/** Schema order of the children of w:rPr (CT_RPr) and w:pPr (CT_PPr) — Word rejects other orders. */
const RPR_ORDER = [
  'rStyle', 'rFonts', 'b', 'bCs', 'i', 'iCs', 'caps', 'smallCaps', 'strike', 'dstrike', 'outline', 'shadow', 'emboss', 'imprint',
  'noProof', 'snapToGrid', 'vanish', 'webHidden', 'color', 'spacing', 'w', 'kern', 'position', 'sz', 'szCs', 'highlight', 'u',
  'effect', 'bdr', 'shd', 'fitText', 'vertAlign', 'rtl', 'cs', 'em', 'lang', 'eastAsianLayout', 'specVanish', 'oMath', 'rPrChange',
];
const PPR_ORDER = [
  'pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'framePr', 'widowControl', 'numPr', 'suppressLineNumbers', 'pBdr', 'shd',
  'tabs', 'suppressAutoHyphens', 'kinsoku', 'wordWrap', 'overflowPunct', 'topLinePunct', 'autoSpaceDE', 'autoSpaceDN', 'bidi',
  'adjustRightInd', 'snapToGrid', 'spacing', 'ind', 'contextualSpacing', 'mirrorIndents', 'suppressOverlap', 'jc', 'textDirection',
  'textAlignment', 'textboxTightWrap', 'outlineLvl', 'divId', 'cnfStyle', 'rPr', 'sectPr', 'pPrChange',
];
const SECTPR_ORDER = [
  'headerReference', 'footerReference', 'footnotePr', 'endnotePr', 'type', 'pgSz', 'pgMar', 'paperSrc', 'pgBorders', 'lnNumType',
  'pgNumType', 'cols', 'formProt', 'vAlign', 'noEndnote', 'titlePg', 'textDirection', 'bidi', 'rtlGutter', 'docGrid', 'printerSettings', 'sectPrChange',
];

/** A property container (rPr, pPr, sectPr) as a list of raw child elements, edited and re-serialised. */
class Container {
  readonly items: { local: string; xml: string }[] = [];
  constructor(
    private readonly w: string,
    private readonly order: string[],
    inner: string,
  ) {
    const re = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/>|>([\s\S]*?)<\/\1?\2\s*>)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(inner))) this.items.push({ local: m[2]!, xml: m[0] });
  }

  get(local: string): string | undefined {
    return this.items.find((i) => i.local === local)?.xml;
  }

  set(local: string, xml: string | null): void {
    const at = this.items.findIndex((i) => i.local === local);
    if (xml === null) {
      if (at >= 0) this.items.splice(at, 1);
      return;
    }
    if (at >= 0) {
      this.items[at] = { local, xml };
      return;
    }
    const rank = this.order.indexOf(local);
    let pos = this.items.findIndex((i) => this.order.indexOf(i.local) > rank);
    if (pos < 0) pos = this.items.length;
    this.items.splice(pos, 0, { local, xml });
  }

  /** Set attributes on a child element, creating it when absent. `null` removes an attribute. */
  attrs(local: string, values: Record<string, string | null>): void {
    const cur = this.get(local);
    let el = cur ?? `<${this.w}:${local}/>`;
    for (const [name, value] of Object.entries(values)) el = setAttr(el, `${this.w}:${name}`, value);
    this.set(local, el);
  }

  toString(): string {
    return this.items.map((i) => i.xml).join('');
  }
}

function setAttr(el: string, qname: string, value: string | null): string {
  const re = new RegExp(`\\s${qname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`);
  if (re.test(el)) return value === null ? el.replace(re, '') : el.replace(re, ` ${qname}="${escapeXmlAttr(value)}"`);
  if (value === null) return el;
  return el.replace(/^<([^\s/>]+)/, `<$1 ${qname}="${escapeXmlAttr(value)}"`);
}

const onOffEl = (w: string, local: string, on: boolean) => (on ? `<${w}:${local}/>` : `<${w}:${local} ${w}:val="0"/>`);

function editRunProps(w: string, inner: string, props: Partial<FixRunProps>): string {
  const c = new Container(w, RPR_ORDER, inner);
  if (props.font !== undefined) {
    // Theme references win over names in the same element: drop them so the name takes effect.
    c.attrs('rFonts', { ascii: props.font, hAnsi: props.font, cs: props.font, asciiTheme: null, hAnsiTheme: null, cstheme: null });
  }
  if (props.sizePt !== undefined) {
    const hp = String(ptToHalfPoints(props.sizePt));
    c.set('sz', `<${w}:sz ${w}:val="${hp}"/>`);
    c.set('szCs', `<${w}:szCs ${w}:val="${hp}"/>`);
  }
  if (props.bold !== undefined) {
    c.set('b', onOffEl(w, 'b', props.bold));
    c.set('bCs', onOffEl(w, 'bCs', props.bold));
  }
  if (props.italic !== undefined) {
    c.set('i', onOffEl(w, 'i', props.italic));
    c.set('iCs', onOffEl(w, 'iCs', props.italic));
  }
  if (props.underline !== undefined) c.set('u', `<${w}:u ${w}:val="${props.underline}"/>`);
  if (props.caps !== undefined) c.set('caps', onOffEl(w, 'caps', props.caps));
  return c.toString();
}

function editParagraphProps(w: string, inner: string, props: Partial<FixParagraphProps>): string {
  const c = new Container(w, PPR_ORDER, inner);
  if (props.alignment !== undefined) c.set('jc', `<${w}:jc ${w}:val="${props.alignment}"/>`);
  if (props.indentFirstLineMm !== undefined) {
    const v = props.indentFirstLineMm;
    c.attrs('ind', v >= 0 ? { firstLine: String(mmToTwips(v)), hanging: null, firstLineChars: null, hangingChars: null } : { hanging: String(mmToTwips(-v)), firstLine: null, firstLineChars: null, hangingChars: null });
  }
  const spacing: Record<string, string | null> = {};
  if (props.spacingBeforePt !== undefined) Object.assign(spacing, { before: String(ptToTwips(props.spacingBeforePt)), beforeAutospacing: null, beforeLines: null });
  if (props.spacingAfterPt !== undefined) Object.assign(spacing, { after: String(ptToTwips(props.spacingAfterPt)), afterAutospacing: null, afterLines: null });
  if (props.lineSpacing !== undefined) {
    const { rule, value } = props.lineSpacing;
    Object.assign(spacing, { line: String(rule === 'auto' ? Math.round(value * 240) : ptToTwips(value)), lineRule: rule });
  }
  if (Object.keys(spacing).length) c.attrs('spacing', spacing);
  if (props.contextualSpacing !== undefined) c.set('contextualSpacing', onOffEl(w, 'contextualSpacing', props.contextualSpacing));
  return c.toString();
}

function editSectionProps(w: string, inner: string, props: Partial<FixPageProps>): string {
  const c = new Container(w, SECTPR_ORDER, inner);
  const size: Record<string, string | null> = {};
  if (props.widthMm !== undefined) size.w = String(mmToTwips(props.widthMm));
  if (props.heightMm !== undefined) size.h = String(mmToTwips(props.heightMm));
  if (props.orientation !== undefined) size.orient = props.orientation === 'landscape' ? 'landscape' : null;
  if (Object.keys(size).length) c.attrs('pgSz', size);
  if (props.marginsMm) {
    const m: Record<string, string> = {};
    for (const [k, v] of Object.entries(props.marginsMm)) if (v !== undefined) m[k] = String(mmToTwips(v));
    // Word requires all of pgMar's margins; fill the ones a fresh element lacks with Word's defaults.
    if (!c.get('pgMar')) Object.assign(m, { header: '567', footer: '567', gutter: '0', ...m, top: m.top ?? '1134', bottom: m.bottom ?? '1134', left: m.left ?? '1701', right: m.right ?? '850' });
    c.attrs('pgMar', m);
  }
  return c.toString();
}

/** Replace the inner content of a container element (rPr/pPr/sectPr) inside a larger element's text. */
function withContainer(w: string, outer: string, local: string, firstChild: boolean, edit: (inner: string) => string): string {
  const openTag = /^<[^>]*?(\/?)>/.exec(outer)!;
  if (openTag[1] === '/') {
    // <w:p/> or <w:r/>: open it up.
    const name = /^<([^\s/>]+)/.exec(outer)![1]!;
    const inner = edit('');
    return inner ? `${outer.slice(0, -2)}><${w}:${local}>${inner}</${w}:${local}></${name}>` : outer;
  }
  const re = new RegExp(`<${w}:${local}(\\s[^>]*)?(/>|>([\\s\\S]*?)</${w}:${local}\\s*>)`);
  const body = outer.slice(openTag[0].length);
  const m = re.exec(body);
  // Only the element's own container counts (the first child), not one of a nested element.
  if (m && (!firstChild || body.slice(0, m.index).trim() === '')) {
    const inner = edit(m[3] ?? '');
    const rebuilt = inner ? `<${w}:${local}${m[1] ?? ''}>${inner}</${w}:${local}>` : '';
    return openTag[0] + body.slice(0, m.index) + rebuilt + body.slice(m.index + m[0].length);
  }
  const inner = edit('');
  return inner ? `${openTag[0]}<${w}:${local}>${inner}</${w}:${local}>${body}` : outer;
}

interface TextPiece {
  /** Offset range of the run's text in the paragraph text. */
  from: number;
  to: number;
  /** The w:t element, or null for characters that are not editable text (tabs, breaks, symbols). */
  t: ElementSpan | null;
}

/** Map a run's children to the characters the reader gave it. */
function runPieces(xml: string, w: string, run: RunSpan, from: number): TextPiece[] {
  const out: TextPiece[] = [];
  let at = from;
  for (const c of run.children) {
    const local = c.qname.slice(c.qname.indexOf(':') + 1);
    const prefix = c.qname.slice(0, Math.max(0, c.qname.indexOf(':')));
    if (prefix !== w) continue;
    let len = 0;
    let editable = false;
    if (local === 't') {
      len = c.selfClosing ? 0 : decodeXmlText(xml.slice(c.openEnd, c.closeStart)).length;
      editable = true;
    } else if (local === 'tab' || local === 'ptab' || local === 'cr' || local === 'noBreakHyphen' || local === 'sym') len = 1;
    else if (local === 'br') len = /w:type\s*=\s*["'](page|column)["']/.test(xml.slice(c.start, c.openEnd)) ? 0 : 1;
    if (len === 0 && !editable) continue;
    out.push({ from: at, to: at + len, t: editable ? c : null });
    at += len;
  }
  return out;
}

interface PartEdit {
  start: number;
  end: number;
  text: string;
}

export interface ApplyOptions {
  /** Apply `unsafe` fixes too (default: only `safe`). */
  unsafe?: boolean;
}

/**
 * Apply fixes to the package. `model` must be the model read from these same bytes (the ids and run
 * indexes in the operations refer to it). Overlapping operations on the same element are dropped.
 */
export function applyDocxFixes(bytes: Uint8Array, fixes: readonly Fix[], model: DocModel, options: ApplyOptions = {}): ApplyResult {
  const zip = openZip(bytes);
  const skipped: SkippedOp[] = [];
  const byPart = new Map<string, FixOp[]>();
  const ops: FixOp[] = [];
  for (const f of fixes) if (f.kind === 'safe' || options.unsafe) ops.push(...f.ops);

  const mainPart = model.paragraphs.find((p) => p.location.kind === 'docx')?.location;
  const docPart = mainPart && mainPart.kind === 'docx' ? mainPart.part : 'word/document.xml';
  const paragraphOf = (id: number): Paragraph | undefined => model.paragraphs[id - 1];

  for (const op of ops) {
    let part = docPart;
    if (op.op !== 'setPageSetup') {
      const p = paragraphOf(op.paragraph);
      if (!p || p.location.kind !== 'docx') {
        skipped.push({ op, reason: 'paragraph not found' });
        continue;
      }
      part = p.location.part;
    }
    if (!byPart.has(part)) byPart.set(part, []);
    byPart.get(part)!.push(op);
  }

  const changed = new Map<string, string>();
  let applied = 0;
  for (const [part, partOps] of byPart) {
    const xml = zip.readText(part);
    const map = scanPart(xml);
    const edits: PartEdit[] = [];
    const claim = (e: PartEdit, op: FixOp): boolean => {
      if (edits.some((x) => x.start < e.end && e.start < x.end)) {
        skipped.push({ op, reason: 'overlaps another fix' });
        return false;
      }
      edits.push(e);
      applied++;
      return true;
    };
    // Group per element so several property changes on one element merge into one edit.
    const runOps = new Map<string, { span: ElementSpan; props: Partial<FixRunProps>; ops: FixOp[] }>();
    const paraOps = new Map<number, { span: ElementSpan; props: Partial<FixParagraphProps>; ops: FixOp[] }>();
    const sectOps = new Map<number, { span: ElementSpan; props: Partial<FixPageProps>; ops: FixOp[] }>();
    const textOps: { op: Extract<FixOp, { op: 'replaceText' }>; p: Paragraph }[] = [];

    for (const op of partOps) {
      if (op.op === 'setPageSetup') {
        const targets = op.section === 'all' ? model.sections.map((s) => s.index) : [op.section];
        for (const i of targets) {
          const span = map.sectPrs[i];
          if (!span) {
            skipped.push({ op, reason: `section ${i + 1} has no w:sectPr` });
            continue;
          }
          const g = sectOps.get(i) ?? { span, props: {}, ops: [] };
          Object.assign(g.props, op.props);
          g.ops.push(op);
          sectOps.set(i, g);
        }
        continue;
      }
      const p = paragraphOf(op.paragraph)!;
      const loc = p.location as { kind: 'docx'; element: number };
      const ps = map.paragraphs[loc.element];
      if (!ps) {
        skipped.push({ op, reason: 'paragraph element not found in the part' });
        continue;
      }
      if (op.op === 'setParagraphProps') {
        const g = paraOps.get(loc.element) ?? { span: ps, props: {}, ops: [] };
        Object.assign(g.props, op.props);
        g.ops.push(op);
        paraOps.set(loc.element, g);
      } else if (op.op === 'setRunProps') {
        const indexes = op.runs === 'all' ? p.runs.map((r) => r.index) : op.runs;
        for (const i of indexes) {
          const rs = ps.runs[i];
          if (!rs) {
            skipped.push({ op, reason: `run ${i} not found` });
            continue;
          }
          const key = `${loc.element}:${i}`;
          const g = runOps.get(key) ?? { span: rs, props: {}, ops: [] };
          Object.assign(g.props, op.props);
          g.ops.push(op);
          runOps.set(key, g);
        }
      } else textOps.push({ op, p });
    }

    // Text edits go into w:t content only; run property edits then wrap around them where needed.
    const textEdits: PartEdit[] = [];
    for (const { op, p } of textOps) {
      const ps = map.paragraphs[(p.location as { element: number }).element]!;
      const pieces: TextPiece[] = [];
      let at = 0;
      for (const run of p.runs) {
        const rs = ps.runs[run.index];
        if (!rs) break;
        const rp = runPieces(xml, map.w, rs, at);
        const len = rp.length ? rp[rp.length - 1]!.to - at : 0;
        if (len !== run.text.length) {
          pieces.length = 0;
          break; // the raw run does not match what the reader saw: do not guess
        }
        pieces.push(...rp);
        at += len;
      }
      const end = op.offset + op.length;
      const touched = pieces.filter((x) => (op.length === 0 ? x.from <= op.offset && op.offset <= x.to : x.from < end && op.offset < x.to));
      if (!pieces.length || !touched.length || touched.some((x) => !x.t)) {
        skipped.push({ op, reason: 'the span is not plain text of the paragraph' });
        continue;
      }
      // An insertion at a run boundary goes into the run before it (it usually carries the formatting).
      if (op.length === 0) touched.splice(1);
      let ok = true;
      const local: PartEdit[] = [];
      touched.forEach((piece, k) => {
        const t = piece.t!;
        const content = decodeXmlText(xml.slice(t.openEnd, t.closeStart));
        const a = Math.max(0, op.offset - piece.from);
        const b = Math.min(content.length, end - piece.from);
        const next = content.slice(0, a) + (k === 0 ? op.text : '') + content.slice(b);
        const open = xml.slice(t.start, t.openEnd);
        const needsPreserve = /^\s|\s$/.test(next) && !/xml:space/.test(open);
        const openTag = needsPreserve ? open.replace(/^<([^\s/>]+)/, '<$1 xml:space="preserve"') : open;
        if (t.selfClosing) ok = false;
        local.push({ start: t.start, end: t.end, text: `${openTag}${escapeXmlText(next)}</${t.qname}>` });
      });
      if (!ok) {
        skipped.push({ op, reason: 'empty text element' });
        continue;
      }
      if (local.some((e) => textEdits.some((x) => x.start < e.end && e.start < x.end))) {
        skipped.push({ op, reason: 'overlaps another text fix' });
        continue;
      }
      textEdits.push(...local);
      applied++;
    }

    for (const g of runOps.values()) {
      // Rebuild the run with its text edits applied inside, then its rPr edited.
      let runXml = spliceWithin(xml, g.span, textEdits);
      runXml = withContainer(map.w, runXml, 'rPr', true, (inner) => editRunProps(map.w, inner, g.props));
      if (claim({ start: g.span.start, end: g.span.end, text: runXml }, g.ops[0]!)) applied += g.ops.length - 1;
    }
    for (const e of textEdits) if (!edits.some((x) => x.start <= e.start && e.end <= x.end)) edits.push(e);
    for (const g of paraOps.values()) {
      const pPr = (g.span as ReturnType<typeof scanPart>['paragraphs'][number]).pPr;
      const target = pPr ?? null;
      let text: string;
      let start: number;
      let end: number;
      if (target) {
        start = target.start;
        end = target.end;
        text = withContainer(map.w, `<x>${xml.slice(target.start, target.end)}</x>`, 'pPr', true, (inner) => editParagraphProps(map.w, inner, g.props)).slice(3, -4);
      } else {
        start = end = g.span.openEnd;
        const inner = editParagraphProps(map.w, '', g.props);
        text = `<${map.w}:pPr>${inner}</${map.w}:pPr>`;
        if (g.span.selfClosing) {
          skipped.push(...g.ops.map((op) => ({ op, reason: 'empty paragraph element' })));
          continue;
        }
      }
      if (claim({ start, end, text }, g.ops[0]!)) applied += g.ops.length - 1;
    }
    for (const g of sectOps.values()) {
      const text = withContainer(map.w, `<x>${xml.slice(g.span.start, g.span.end)}</x>`, 'sectPr', true, (inner) => editSectionProps(map.w, inner, g.props)).slice(3, -4);
      if (claim({ start: g.span.start, end: g.span.end, text }, g.ops[0]!)) applied += g.ops.length - 1;
    }
    if (!edits.length) continue;
    edits.sort((a, b) => b.start - a.start);
    let out = xml;
    for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    changed.set(part, out);
  }

  const files: Zippable = {};
  const enc = new TextEncoder();
  for (const name of zip.names) {
    const content = changed.get(name);
    files[name] = content !== undefined ? enc.encode(content) : zip.read(name);
  }
  return { bytes: zipSync(files, { level: 6 }), applied, skipped, changedParts: [...changed.keys()] };
}

/** The text of `span` with those of `edits` that fall inside it applied. */
function spliceWithin(xml: string, span: { start: number; end: number }, edits: PartEdit[]): string {
  const inside = edits.filter((e) => e.start >= span.start && e.end <= span.end).sort((a, b) => b.start - a.start);
  let s = xml.slice(span.start, span.end);
  for (const e of inside) s = s.slice(0, e.start - span.start) + e.text + s.slice(e.end - span.start);
  return s;
}
