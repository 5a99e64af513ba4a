/**
 * Markdown drafts (markdown.md): YAML front matter carries the components around the text, written
 * literally as they appear in the document; the body is the document's own text. The reader gives the
 * same DocModel as the docx reader — paragraphs located by line and column — and the anatomy directly
 * from the front matter keys (nothing to guess). Typography and page setup do not exist in Markdown:
 * `capabilities` says so and those rules are reported as skipped.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import schema from '../../schemas/front-matter.schema.json';
import type { Anatomy, Component, ComponentKind, DocumentType } from '../anatomy/types.js';
import { isBasis, isStructureHeading, parseNumber } from '../anatomy/patterns.js';
import type { DocModel, Paragraph, ParagraphProps, Run, RunProps } from '../model.js';
import type { Profile } from '../profiles/types.js';
import { fold, foldedRegExp } from '../text.js';

export interface FrontMatterProblem {
  message: string;
  /** JSON path of the key (`/signature/authority`), or `` for the whole front matter. */
  path: string;
  line: number;
  column: number;
}

export interface FrontMatter {
  profile?: string;
  template?: string | null;
  issuer?: { parent?: string; name: string | string[] };
  number?: string;
  placeDate?: string;
  type?: string;
  summary?: string;
  cvSummary?: string;
  urgency?: string;
  secrecy?: string;
  draftNote?: string;
  circulationNote?: string;
  kinhGui?: string | string[];
  signature?: SignatureFm | SignatureFm[];
  recipients?: string[];
  typist?: string;
  contact?: string | string[];
}

interface SignatureFm {
  authority?: string;
  position?: string | string[];
  name?: string;
}

export interface MarkdownDraft {
  model: DocModel;
  anatomy: Anatomy;
  frontMatter: FrontMatter;
  problems: FrontMatterProblem[];
}

const PARTY_HEADER = 'ĐẢNG CỘNG SẢN VIỆT NAM';

let validator: ValidateFunction | undefined;

const NO_RUN_PROPS: RunProps = {
  fonts: { ascii: null, hAnsi: null, eastAsia: null, cs: null },
  fontsUsed: [],
  sizePt: 0,
  bold: false,
  italic: false,
  underline: null,
  caps: false,
  smallCaps: false,
  strike: false,
  color: null,
  vanish: false,
  origin: {},
};

const NO_PARA_PROPS: ParagraphProps = {
  alignment: 'left',
  indentLeftMm: 0,
  indentRightMm: 0,
  indentFirstLineMm: 0,
  spacingBeforePt: 0,
  spacingAfterPt: 0,
  lineSpacing: { rule: 'auto', value: 1 },
  borders: { top: false, bottom: false, left: false, right: false },
  keepNext: false,
  pageBreakBefore: false,
  contextualSpacing: false,
  origin: {},
};

interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  ordered?: boolean;
  start?: number | null;
  children?: MdNode[];
  position?: { start: { line: number; column: number; offset?: number }; end: { line: number; column: number } };
}

function plainText(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return '\n';
  return (node.children ?? []).map(plainText).join('');
}

export function readMarkdown(text: string, profile: Profile): MarkdownDraft {
  const source = text.replace(/^\uFEFF/, '').normalize('NFC');
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(source) as unknown as MdNode;
  const problems: FrontMatterProblem[] = [];
  let frontMatter: FrontMatter = {};
  let doc: Document | null = null;
  const lineCounter = new LineCounter();
  const yamlNode = tree.children?.[0]?.type === 'yaml' ? tree.children[0] : null;
  // The YAML content starts on the line after the opening `---`.
  const yamlLine0 = (yamlNode?.position?.start.line ?? 1) + 1;
  const at = (node: YamlNode | null | undefined): { line: number; column: number } => {
    const offset = node?.range?.[0];
    if (offset === undefined) return { line: yamlNode?.position?.start.line ?? 1, column: 1 };
    const pos = lineCounter.linePos(offset);
    return { line: yamlLine0 + pos.line - 1, column: pos.col };
  };

  if (yamlNode) {
    doc = parseDocument(yamlNode.value ?? '', { lineCounter, prettyErrors: false, uniqueKeys: true });
    for (const e of doc.errors) {
      const pos = lineCounter.linePos(e.pos[0]);
      problems.push({ message: `YAML không hợp lệ: ${e.message.split('\n')[0]} / Invalid YAML`, path: '', line: yamlLine0 + pos.line - 1, column: pos.col });
    }
    if (!doc.errors.length) {
      const data = doc.toJS() as unknown;
      validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
      if (!validator(data ?? {})) {
        for (const e of dedupe(validator.errors ?? [])) {
          const path = e.instancePath.split('/').filter(Boolean).map((k) => (/^\d+$/.test(k) ? Number(k) : k));
          let node = (path.length ? doc.getIn(path, true) : doc.contents) as YamlNode | undefined;
          if (e.keyword === 'additionalProperties' && isMap(node)) {
            // Point at the unknown key itself, not at the map that holds it.
            const key = (e.params as { additionalProperty: string }).additionalProperty;
            const pair = node.items.find((it) => isScalar(it.key) && it.key.value === key);
            if (pair && isScalar(pair.key)) node = pair.key;
          }
          problems.push({ message: describeError(e), path: e.instancePath, ...at(node) });
        }
      }
      if (data && typeof data === 'object' && !Array.isArray(data)) frontMatter = data as FrontMatter;
    }
  } else problems.push({ message: 'Bản thảo thiếu phần đầu YAML (front matter) giữa hai dòng «---». / The draft has no YAML front matter.', path: '', line: 1, column: 1 });

  const paragraphs: Paragraph[] = [];
  const components: Component[] = [];
  const para = (textValue: string, loc: { line: number; column: number }, extra: Partial<Paragraph> = {}): Paragraph => {
    const run: Run = { text: textValue, props: NO_RUN_PROPS, index: 0 };
    const p: Paragraph = {
      id: paragraphs.length + 1,
      text: textValue,
      runs: textValue ? [run] : [],
      props: NO_PARA_PROPS,
      markProps: NO_RUN_PROPS,
      styleId: null,
      styleName: null,
      table: null,
      textBox: false,
      section: 0,
      pageBreak: false,
      listLabel: null,
      drawnLine: false,
      location: { kind: 'markdown', ...loc },
      ...extra,
    };
    paragraphs.push(p);
    return p;
  };
  const component = (kind: ComponentKind, p: Paragraph) => components.push({ kind, paragraph: p, offset: 0, length: p.text.length, text: p.text, runs: p.runs });
  const node = (path: (string | number)[]) => (doc ? (doc.getIn(path, true) as YamlNode | undefined) : undefined);
  const scalar = (path: (string | number)[], kind: ComponentKind): Paragraph | null => {
    const n = node(path);
    const v = isScalar(n) ? n.value : undefined;
    if (typeof v !== 'string' || !v.trim()) return null;
    const p = para(v.trim(), at(n));
    component(kind, p);
    return p;
  };
  const list = (path: (string | number)[], kind: ComponentKind): Paragraph[] => {
    const n = node(path);
    if (isScalar(n)) return [scalar(path, kind)].filter((p): p is Paragraph => !!p);
    if (!isSeq(n)) return [];
    return n.items.map((_, i) => scalar([...path, i], kind)).filter((p): p is Paragraph => !!p);
  };
  const implied = (textValue: string, kind: ComponentKind) => component(kind, para(textValue, { line: yamlNode?.position?.start.line ?? 1, column: 1 }));

  // Header block, in the reading order of a rendered document (left column, then right column).
  const fm = frontMatter;
  if (fm.issuer) {
    scalar(['issuer', 'parent'], 'parentIssuer');
    list(['issuer', 'name'], 'issuer');
    implied('*', 'star'); // drawn by `render`
  }
  scalar(['number'], 'number');
  scalar(['cvSummary'], 'cvSummary');
  scalar(['secrecy'], 'secrecyMark');
  scalar(['urgency'], 'urgencyMark');
  scalar(['draftNote'], 'draftNote');
  implied(PARTY_HEADER, 'partyHeader'); // written by `render`, never typed in the front matter
  scalar(['circulationNote'], 'circulationNote');
  scalar(['placeDate'], 'placeDate');
  const typeName = scalar(['type'], 'typeName');
  if (typeName) {
    scalar(['summary'], 'summary');
    implied('-----', 'separator');
  }
  const documentType = documentTypeOf(fm, profile);
  if (fm.kinhGui !== undefined) {
    // The label is written by `render`: "Kính gửi:" (a tờ trình under hd05: "Kính trình:").
    const labels = (documentType && profile.addressLabels[documentType.code]) ?? profile.addressLabels['*'] ?? ['Kính gửi'];
    const label = `${labels[0] ?? 'Kính gửi'}:`;
    const n = node(['kinhGui']);
    if (isScalar(n) && typeof n.value === 'string') component('kinhGui', para(`${label} ${n.value.trim()}`, at(n)));
    else if (isSeq(n)) {
      implied(label, 'kinhGui');
      n.items.forEach((item) => {
        if (isScalar(item) && typeof item.value === 'string') component('addressee', para(item.value.trim(), at(item as YamlNode)));
      });
    }
  }

  // Body.
  const bodyIds: number[] = [];
  const walk = (nodes: MdNode[], listCtx?: { ordered: boolean; n: number }) => {
    for (const n of nodes) {
      const pos = n.position?.start ?? { line: 1, column: 1 };
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
        for (const row of n.children ?? []) for (const cell of row.children ?? []) bodyPara(plainText(cell), cell.position?.start ?? pos, false);
        continue;
      }
      if (n.type === 'heading' || n.type === 'paragraph' || n.type === 'code') {
        const t = n.type === 'code' ? (n.value ?? '') : plainText(n);
        const label = listCtx ? (listCtx.ordered ? `${listCtx.n}.` : '-') : null;
        bodyPara(t, pos, n.type === 'heading', label);
        listCtx = undefined; // only the item's first paragraph carries its number
        continue;
      }
      if (n.children) walk(n.children);
    }
  };
  const bodyPara = (t: string, pos: { line: number; column: number }, heading: boolean, listLabel: string | null = null) => {
    const textValue = t.replace(/\s*\n\s*/g, ' ').trim();
    if (!textValue) return;
    const p = para(textValue, { line: pos.line, column: pos.column }, { listLabel, styleId: heading ? 'Heading' : null, styleName: heading ? 'heading' : null });
    bodyIds.push(p.id);
    const kind: ComponentKind = isBasis(textValue) ? 'basis' : heading || isStructureHeading(textValue) ? 'heading' : 'body';
    component(kind, p);
  };
  walk((tree.children ?? []).filter((c) => c.type !== 'yaml'));

  // Footer: signature block(s), recipients, typist, contact.
  const signatures = Array.isArray(fm.signature) ? fm.signature.map((_, i) => ['signature', i]) : fm.signature ? [['signature']] : [];
  for (const base of signatures) {
    scalar([...base, 'authority'], 'signatureAuthority');
    list([...base, 'position'], 'signaturePosition');
    scalar([...base, 'name'], 'signatureName');
  }
  if (fm.recipients) {
    implied('Nơi nhận:', 'recipientsLabel');
    // YAML's own list dash stands for the item's "- ", which `render` writes.
    const n = node(['recipients']);
    if (isSeq(n))
      n.items.forEach((item) => {
        if (!isScalar(item) || typeof item.value !== 'string' || !item.value.trim()) return;
        const v = item.value.trim();
        component('recipientsItem', para(/^[-–+]/.test(v) ? v : `- ${v}`, at(item as YamlNode)));
      });
  }
  scalar(['typist'], 'typist');
  list(['contact'], 'contact');

  const characters = paragraphs.reduce((n, p) => n + p.text.length, 0);
  const model: DocModel = {
    format: 'markdown',
    sections: [{ index: 0, page: null, headers: {}, footers: {}, firstParagraph: 1, lastParagraph: paragraphs.length, hasTable: false }],
    blocks: paragraphs.map((p) => ({ kind: 'paragraph' as const, paragraph: p })),
    paragraphs,
    meta: { pages: null, application: 'markdown', characters, pageBreaks: 0 },
    capabilities: { typography: false, pageSetup: false },
    notes: [],
    inputProblems: problems.map((p) => ({ message: p.message, line: p.line, column: p.column, path: p.path })),
  };
  const anatomy: Anatomy = {
    components,
    documentType,
    issuerKind: issuerKindOf(fm, profile),
    headerLayout: 'stacked',
    footerLayout: 'stacked',
    headerFound: !!fm.issuer,
    footerFound: signatures.length > 0 || !!fm.recipients,
    body: bodyIds,
    notes: [],
  };
  return { model, anatomy, frontMatter, problems };
}

function dedupe(errors: ErrorObject[]): ErrorObject[] {
  // oneOf failures repeat every branch's complaint; keep the first per path.
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.instancePath}|${e.keyword === 'oneOf' ? 'oneOf' : e.keyword + JSON.stringify(e.params)}`;
    if (seen.has(e.instancePath + '|oneOf') && e.keyword !== 'additionalProperties' && e.keyword !== 'required') return false;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describeError(e: ErrorObject): string {
  const key = e.instancePath || '(front matter)';
  switch (e.keyword) {
    case 'additionalProperties':
      return `Khóa không được biết: «${String((e.params as { additionalProperty: string }).additionalProperty)}» trong ${key}. / Unknown key "${String((e.params as { additionalProperty: string }).additionalProperty)}".`;
    case 'required':
      return `Thiếu khóa bắt buộc «${String((e.params as { missingProperty: string }).missingProperty)}» trong ${key}. / Missing required key.`;
    case 'type':
      return `${key}: phải là ${String((e.params as { type: string }).type)}. / must be ${String((e.params as { type: string }).type)}.`;
    case 'enum':
      return `${key}: phải là một trong ${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}. / must be one of the allowed values.`;
    case 'minLength':
      return `${key}: không được để trống. / must not be empty.`;
    default:
      return `${key}: ${e.message ?? 'không hợp lệ'} / invalid.`;
  }
}

function documentTypeOf(fm: FrontMatter, profile: Profile): DocumentType | null {
  const symbol = typeof fm.number === 'string' ? parseNumber(fm.number)?.typeSymbol ?? null : null;
  if (typeof fm.type === 'string') {
    const def = profile.documentTypes.find((t) => fold(t.name) === fold(fm.type!));
    if (!def) return null;
    const code = symbol && def.symbols.includes(symbol) ? symbol : def.symbols[0];
    return code ? { code, name: fm.type, via: 'typeName' } : null;
  }
  if (symbol && profile.documentTypes.some((t) => t.symbols.includes(symbol))) return { code: symbol, name: null, via: 'number' };
  return null;
}

function issuerKindOf(fm: FrontMatter, profile: Profile): string | null {
  const name = fm.issuer?.name;
  if (typeof name !== 'string' && !(Array.isArray(name) && name.every((n) => typeof n === 'string'))) return null;
  const text = fold(Array.isArray(name) ? name.join(' ') : name);
  for (const k of profile.issuerKinds) if (foldedRegExp(k.match).test(text)) return k.kind;
  return null;
}

