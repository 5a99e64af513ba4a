/**
 * Offset map of a WordprocessingML part's raw text: where each paragraph, its runs and each section
 * break start and end. The fix writer edits these spans in place and leaves every other byte alone.
 * Paragraphs and runs are numbered exactly as the reader numbers them (document order, the
 * `mc:Choice` of alternate content only, runs through hyperlinks/insertions/content controls).
 */

export interface Span {
  start: number;
  end: number;
}

export interface ElementSpan extends Span {
  /** End of the start tag (`>` + 1); equals `end` for an empty element. */
  openEnd: number;
  /** Start of the end tag; equals `end` for an empty element. */
  closeStart: number;
  /** Raw qualified name as written (the producer's prefix). */
  qname: string;
  selfClosing: boolean;
}

export interface RunSpan extends ElementSpan {
  /** Children of the run as written, in order. */
  children: ElementSpan[];
}

export interface ParagraphSpan extends ElementSpan {
  /** `w:pPr`, when present. */
  pPr: ElementSpan | null;
  runs: RunSpan[];
}

export interface PartMap {
  /** Prefix the producer bound to the WordprocessingML namespace (`w` almost always). */
  w: string;
  paragraphs: ParagraphSpan[];
  /** Section properties in document order (paragraph-level ones, then the body's). */
  sectPrs: ElementSpan[];
}

const W_URIS = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];
const MC_URI = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Inline containers the reader looks through for runs (reader.ts `visit`). */
const RUN_CONTAINERS = new Set(['hyperlink', 'ins', 'moveTo', 'smartTag', 'customXml', 'bdo', 'dir', 'sdt', 'sdtContent', 'fldSimple']);

interface Frame {
  qname: string;
  local: string;
  isW: boolean;
  start: number;
  openEnd: number;
  paragraph?: ParagraphSpan;
  run?: RunSpan;
  /** Alternate content: whether a Choice was seen (then the Fallback is skipped). */
  sawChoice?: boolean;
  /** Inside a skipped subtree (an mc:Fallback whose Choice was read). */
  skip: boolean;
  /** The path from the nearest paragraph to here only passes through run containers. */
  runReachable: boolean;
}

const TAG = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

export function prefixOf(xml: string, uris: string[]): string | null {
  const re = /xmlns:([A-Za-z_][\w.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) if (uris.includes(m[3] ?? m[4] ?? '')) return m[1]!;
  return null;
}

export function scanPart(xml: string): PartMap {
  const w = prefixOf(xml, W_URIS) ?? 'w';
  const mc = prefixOf(xml, [MC_URI]) ?? 'mc';
  const paragraphs: ParagraphSpan[] = [];
  const sectPrs: ElementSpan[] = [];
  const stack: Frame[] = [];
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(xml))) {
    const qname = m[2];
    if (!qname) continue; // comment, CDATA, PI
    const closing = m[1] === '/';
    const selfClosing = m[4] === '/';
    const colon = qname.indexOf(':');
    const prefix = colon < 0 ? '' : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    const isW = prefix === w;
    if (closing) {
      const f = stack.pop();
      if (!f) continue;
      const span: ElementSpan = { start: f.start, end: TAG.lastIndex, openEnd: f.openEnd, closeStart: m.index, qname: f.qname, selfClosing: false };
      finish(f, span);
      continue;
    }
    const parent = stack[stack.length - 1];
    const frame: Frame = {
      qname,
      local,
      isW,
      start: m.index,
      openEnd: TAG.lastIndex,
      skip: parent?.skip ?? false,
      runReachable: false,
    };
    if (!frame.skip && prefix === mc && local === 'Fallback' && parent?.sawChoice) frame.skip = true;
    // Tracked deletions are not part of the text the reader sees.
    if (isW && (local === 'del' || local === 'moveFrom')) frame.skip = true;
    if (prefix === mc && local === 'Choice' && parent) parent.sawChoice = true;
    if (!frame.skip && isW && local === 'p') {
      frame.paragraph = { start: m.index, end: -1, openEnd: TAG.lastIndex, closeStart: -1, qname, selfClosing, pPr: null, runs: [] };
      paragraphs.push(frame.paragraph);
      frame.runReachable = true;
    } else if (parent && !frame.skip) {
      frame.runReachable = parent.runReachable && (parent.paragraph !== undefined || (parent.isW && RUN_CONTAINERS.has(parent.local)));
      if (isW && local === 'r' && frame.runReachable) {
        frame.run = { start: m.index, end: -1, openEnd: TAG.lastIndex, closeStart: -1, qname, selfClosing, children: [] };
        nearestParagraph(stack)?.runs.push(frame.run);
      }
    }
    if (selfClosing) {
      const span: ElementSpan = { start: m.index, end: TAG.lastIndex, openEnd: TAG.lastIndex, closeStart: TAG.lastIndex, qname, selfClosing: true };
      stack.push(frame);
      stack.pop();
      finish(frame, span, parent);
    } else stack.push(frame);
  }

  function finish(f: Frame, span: ElementSpan, parentOverride?: Frame): void {
    const parent = parentOverride ?? stack[stack.length - 1];
    if (f.paragraph) Object.assign(f.paragraph, { end: span.end, closeStart: span.closeStart, selfClosing: span.selfClosing });
    if (f.run) Object.assign(f.run, { end: span.end, closeStart: span.closeStart, selfClosing: span.selfClosing });
    if (f.skip || !parent) {
      if (f.isW && f.local === 'sectPr' && !f.skip) sectPrs.push(span);
      return;
    }
    if (parent.run) parent.run.children.push(span);
    if (parent.paragraph && f.isW && f.local === 'pPr') parent.paragraph.pPr = span;
    if (f.isW && f.local === 'sectPr') sectPrs.push(span);
  }

  return { w, paragraphs, sectPrs };
}

function nearestParagraph(stack: Frame[]): ParagraphSpan | undefined {
  for (let i = stack.length - 1; i >= 0; i--) if (stack[i]!.paragraph) return stack[i]!.paragraph;
  return undefined;
}

/** Decode the five predefined entities and character references. */
export function decodeXmlText(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[e]!;
  });
}

export function escapeXmlText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeXmlAttr(s: string): string {
  return escapeXmlText(s).replace(/"/g, '&quot;');
}
