// A small DOM over saxes. Names are canonicalised by namespace URI so readers can match fixed
// prefixes ("w:p", "r:id") whatever prefix the producer chose, and Strict OOXML reads like Transitional.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ReadFailure } from '../errors.js';

export interface XmlElement {
  /** Canonical `prefix:local`, or `local` when the element has no namespace. */
  name: string;
  local: string;
  /** Keyed canonically (`w:val`, `r:id`); unprefixed attributes keep their bare name. */
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

/** Deeper nesting than this is hostile, not a document, and would blow recursive walks later. */
export const MAX_XML_DEPTH = 512;

const XML_URI = 'http://www.w3.org/XML/1998/namespace';

const NAMESPACES: ReadonlyArray<readonly [string, string]> = [
  ['w', 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'],
  ['w', 'http://purl.oclc.org/ooxml/wordprocessingml/main'],
  ['r', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'],
  ['r', 'http://purl.oclc.org/ooxml/officeDocument/relationships'],
  ['m', 'http://schemas.openxmlformats.org/officeDocument/2006/math'],
  ['m', 'http://purl.oclc.org/ooxml/officeDocument/math'],
  ['mc', 'http://schemas.openxmlformats.org/markup-compatibility/2006'],
  ['wp', 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing'],
  ['wp', 'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing'],
  ['a', 'http://schemas.openxmlformats.org/drawingml/2006/main'],
  ['a', 'http://purl.oclc.org/ooxml/drawingml/main'],
  ['pic', 'http://schemas.openxmlformats.org/drawingml/2006/picture'],
  ['pic', 'http://purl.oclc.org/ooxml/drawingml/picture'],
  ['wps', 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape'],
  ['wpg', 'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup'],
  ['wpc', 'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas'],
  ['wp14', 'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing'],
  ['w14', 'http://schemas.microsoft.com/office/word/2010/wordml'],
  ['w15', 'http://schemas.microsoft.com/office/word/2012/wordml'],
  ['wne', 'http://schemas.microsoft.com/office/word/2006/wordml'],
  ['v', 'urn:schemas-microsoft-com:vml'],
  ['o', 'urn:schemas-microsoft-com:office:office'],
  ['w10', 'urn:schemas-microsoft-com:office:word'],
  ['pr', 'http://schemas.openxmlformats.org/package/2006/relationships'],
  ['ct', 'http://schemas.openxmlformats.org/package/2006/content-types'],
  ['ep', 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties'],
  ['ep', 'http://purl.oclc.org/ooxml/officeDocument/extendedProperties'],
  ['vt', 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes'],
  ['vt', 'http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes'],
  ['cp', 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties'],
  ['dc', 'http://purl.org/dc/elements/1.1/'],
  ['dcterms', 'http://purl.org/dc/terms/'],
  ['xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
  ['xml', 'http://www.w3.org/XML/1998/namespace'],
];

const PREFIX_BY_URI = new Map<string, string>(NAMESPACES.map(([p, u]) => [u, p]));
const CANONICAL_PREFIXES = new Set<string>(NAMESPACES.map(([p]) => p));

/** The namespace URI a canonical prefix stands for (Transitional form). */
export function namespaceOf(prefix: string): string | undefined {
  for (const [p, u] of NAMESPACES) if (p === prefix) return u;
  return undefined;
}

function prefixFor(uri: string, docPrefix: string): string {
  const known = PREFIX_BY_URI.get(uri);
  if (known !== undefined) return known;
  // An unknown namespace must not masquerade as a canonical one ("w:" bound to some other URI).
  return CANONICAL_PREFIXES.has(docPrefix) ? `${docPrefix}_` : docPrefix;
}

/** Markup-compatibility attributes whose values name prefixes; they are rewritten canonically too. */
const MC_PREFIX_LIST_ATTRS = new Set(['mc:Ignorable', 'mc:MustUnderstand', 'mc:ProcessContent', 'mc:PreserveElements', 'mc:PreserveAttributes']);

function corruptXml(part: string | undefined, detail: string): ReadFailure {
  const where = part ? ` "${part}"` : '';
  return new ReadFailure(
    'E_CORRUPT',
    `Tệp bị hỏng: XML${where} không hợp lệ (${detail}). / The file is corrupt: malformed XML${where} (${detail}).`,
  );
}

export function parseXml(text: string, part?: string): XmlElement {
  try {
    return build(text, part, false);
  } catch (err) {
    if (err instanceof ReadFailure) throw err;
    // Parse without position tracking for speed; on failure, parse again to locate the error.
    let detail = err instanceof Error ? err.message : String(err);
    try {
      build(text, part, true);
    } catch (again) {
      if (again instanceof ReadFailure) throw again;
      if (again instanceof Error) detail = again.message;
    }
    throw corruptXml(part, detail);
  }
}

interface Resolved {
  name: string;
  local: string;
  /** Markup-compatibility attribute whose value lists prefixes (rewritten canonically too). */
  prefixList: boolean;
}

/** Bindings a tag replaced, restored when it closes. */
interface Undo {
  depth: number;
  saved: Array<[string, string | undefined]>;
}

// saxes' own namespace mode makes the raw parse ~1.5x slower (an object per attribute, a scope walk per
// name); namespaces are resolved here instead, with canonical names cached per raw qname.
function build(text: string, part: string | undefined, position: boolean): XmlElement {
  const parser = new SaxesParser<{ xmlns: false; position: boolean; fileName: string | undefined }>({ xmlns: false, position, fileName: part });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let top: XmlElement | undefined;

  const bindings = new Map<string, string>([['xml', XML_URI]]);
  const undo: Undo[] = [];
  // Valid while the bindings stay the same; cleared whenever a tag declares or un-declares them.
  const elementNames = new Map<string, Resolved>();
  const attrNames = new Map<string, Resolved>();

  const resolve = (qname: string, isAttr: boolean): Resolved => {
    const cache = isAttr ? attrNames : elementNames;
    const hit = cache.get(qname);
    if (hit) return hit;
    const colon = qname.indexOf(':');
    const docPrefix = colon < 0 ? '' : qname.slice(0, colon);
    const local = colon < 0 ? qname : qname.slice(colon + 1);
    // Unprefixed attributes are in no namespace; unprefixed elements are in the default one.
    const uri = colon < 0 && isAttr ? undefined : bindings.get(docPrefix);
    if (colon >= 0 && uri === undefined) throw parser.makeError(`unbound namespace prefix: "${docPrefix}"`);
    const prefix = uri === undefined || uri === '' ? '' : prefixFor(uri, docPrefix);
    const name = prefix === '' ? local : `${prefix}:${local}`;
    const r: Resolved = { name, local, prefixList: isAttr && (MC_PREFIX_LIST_ATTRS.has(name) || name === 'Requires') };
    cache.set(qname, r);
    return r;
  };

  const rewritePrefixes = (value: string): string =>
    value
      .trim()
      .split(/\s+/)
      .map((token) => {
        const colon = token.indexOf(':');
        const prefix = colon < 0 ? token : token.slice(0, colon);
        const uri = bindings.get(prefix);
        return uri === undefined || uri === '' ? token : prefixFor(uri, prefix) + (colon < 0 ? '' : token.slice(colon));
      })
      .join(' ');

  parser.on('doctype', () => {
    throw new ReadFailure(
      'E_CORRUPT',
      `Tệp bị từ chối: XML${part ? ` "${part}"` : ''} có khai báo DOCTYPE (DTD không được chấp nhận vì lý do an toàn). / ` +
        `The file is refused: the XML${part ? ` "${part}"` : ''} has a DOCTYPE (DTDs are refused for security).`,
    );
  });

  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (stack.length >= MAX_XML_DEPTH) {
      throw corruptXml(part, `lồng quá ${MAX_XML_DEPTH} cấp / nested deeper than ${MAX_XML_DEPTH}`);
    }
    const source = tag.attributes;
    const keys = Object.keys(source);
    let saved: Array<[string, string | undefined]> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      if (k.charCodeAt(0) !== 120 /* x */ || !(k === 'xmlns' || k.startsWith('xmlns:'))) continue;
      const prefix = k.length === 5 ? '' : k.slice(6);
      const uri = source[k] as string;
      if (prefix !== '' && uri === '') throw parser.makeError(`empty namespace for prefix "${prefix}"`);
      (saved ??= []).push([prefix, bindings.get(prefix)]);
      bindings.set(prefix, uri);
    }
    if (saved) {
      undo.push({ depth: stack.length, saved });
      elementNames.clear();
      attrNames.clear();
    }

    const r = resolve(tag.name, false);
    const attrs: Record<string, string> = {};
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      if (k.charCodeAt(0) === 120 && (k === 'xmlns' || k.startsWith('xmlns:'))) continue;
      const a = resolve(k, true);
      const value = source[k] as string;
      attrs[a.name] = a.prefixList && (a.name !== 'Requires' || r.name === 'mc:Choice') ? rewritePrefixes(value) : value;
    }
    const el: XmlElement = { name: r.name, local: r.local, attrs, children: [] };
    if (top) top.children.push(el);
    else root = el;
    stack.push(el);
    top = el;
  });

  parser.on('closetag', () => {
    stack.pop();
    top = stack[stack.length - 1];
    const u = undo[undo.length - 1];
    if (u && u.depth === stack.length) {
      undo.pop();
      for (let i = u.saved.length - 1; i >= 0; i--) {
        const [prefix, uri] = u.saved[i] as [string, string | undefined];
        if (uri === undefined) bindings.delete(prefix);
        else bindings.set(prefix, uri);
      }
      elementNames.clear();
      attrNames.clear();
    }
  });

  const onText = (t: string): void => {
    if (!top || t === '') return;
    const kids = top.children;
    const last = kids.length - 1;
    const prev = kids[last];
    if (typeof prev === 'string') kids[last] = prev + t;
    else kids.push(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  parser.write(text).close();
  if (!root) throw corruptXml(part, 'không có phần tử gốc / no root element');
  return root;
}

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === 'object';
}

/** First child element with this canonical name. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  const kids = el.children;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (typeof k === 'object' && k.name === name) return k;
  }
  return undefined;
}

/** Child elements with this canonical name, or all child elements when no name is given. */
export function children(el: XmlElement | undefined, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  if (!el) return out;
  const kids = el.children;
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i];
    if (typeof k === 'object' && (name === undefined || k.name === name)) out.push(k);
  }
  return out;
}

export function attr(el: XmlElement | undefined, name: string): string | undefined {
  return el ? el.attrs[name] : undefined;
}

/** All descendant text, in document order. */
export function textOf(el: XmlElement): string {
  let out = '';
  const stack: XmlNode[] = [el];
  while (stack.length > 0) {
    const n = stack.pop() as XmlNode;
    if (typeof n === 'string') {
      out += n;
      continue;
    }
    const kids = n.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as XmlNode);
  }
  return out;
}

/** Descendant elements (not `el` itself) with this canonical name, in document order. */
export function descendants(el: XmlElement, name?: string): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlElement[] = [];
  for (let i = el.children.length - 1; i >= 0; i--) {
    const k = el.children[i];
    if (typeof k === 'object') stack.push(k);
  }
  while (stack.length > 0) {
    const n = stack.pop() as XmlElement;
    if (name === undefined || n.name === name) out.push(n);
    const kids = n.children;
    for (let i = kids.length - 1; i >= 0; i--) {
      const k = kids[i];
      if (typeof k === 'object') stack.push(k);
    }
  }
  return out;
}
