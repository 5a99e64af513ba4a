/**
 * Effective formatting, resolved the way Word resolves it:
 * Word defaults → docDefaults → table style → paragraph style chain (basedOn) → numbering level →
 * character style chain → direct formatting. Toggle properties (b, i, caps, smallCaps, strike, vanish)
 * are *set* by a paragraph style (MS-OI29500 2.1.258: Word does not flip them there), flipped by a
 * character style, and set absolutely by direct formatting.
 */
import type { Alignment, Borders, FontSlots, LineSpacing, Origin, ParagraphProps, RunProps } from '../model.js';
import { attr, child, children, type XmlElement } from './xml.js';
import { halfPointsToPt, onOff, parseTwips, twipsToMm, twipsToPt } from './units.js';

type Slot = keyof FontSlots;
const SLOTS: Slot[] = ['ascii', 'hAnsi', 'eastAsia', 'cs'];

/** Word's own fallbacks when nothing in the package says anything. */
const WORD_DEFAULT_FONT = 'Times New Roman';
const WORD_DEFAULT_SIZE_PT = 10;

const TOGGLES = ['bold', 'italic', 'caps', 'smallCaps', 'strike', 'vanish'] as const;
type Toggle = (typeof TOGGLES)[number];

export interface RawRun {
  fonts: Partial<Record<Slot, string>>;
  /** Theme font references (`minorHAnsi` …) per slot; they win over explicit names in the same element. */
  themeFonts: Partial<Record<Slot, string>>;
  sizePt?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  caps?: boolean;
  smallCaps?: boolean;
  strike?: boolean;
  vanish?: boolean;
  color?: string;
  rStyle?: string;
}

export interface RawPara {
  alignment?: Alignment;
  indentLeftMm?: number;
  indentRightMm?: number;
  indentFirstLineMm?: number;
  /** Character-unit first-line indent (hundredths of a character) — resolved against the font size. */
  indentFirstLineChars?: number;
  spacingBeforePt?: number;
  spacingAfterPt?: number;
  lineSpacing?: LineSpacing;
  borders?: Partial<Borders>;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  contextualSpacing?: boolean;
  pStyle?: string;
  numId?: string;
  ilvl?: number;
}

interface StyleDef {
  id: string;
  name: string | null;
  type: 'paragraph' | 'character' | 'table' | 'numbering';
  basedOn: string | null;
  isDefault: boolean;
  run: RawRun | null;
  para: RawPara | null;
  /** Table styles: whether the style's own tblBorders draw any line. */
  tableBorders: boolean | undefined;
}

export interface Theme {
  major: Partial<Record<Slot, string>>;
  minor: Partial<Record<Slot, string>>;
}

export interface NumberingLevel {
  numFmt: string;
  lvlText: string;
  start: number;
  para: RawPara | null;
  run: RawRun | null;
}

// ---------------------------------------------------------------------------------------------
// Parsing of rPr / pPr

export function parseRPr(rPr: XmlElement | undefined): RawRun | null {
  if (!rPr) return null;
  const out: RawRun = { fonts: {}, themeFonts: {} };
  for (const el of rPr.children) {
    if (typeof el === 'string') continue;
    switch (el.name) {
      case 'w:rFonts': {
        for (const slot of SLOTS) {
          const name = attr(el, `w:${slot}`);
          if (name) out.fonts[slot] = name;
        }
        const themes: [Slot, string][] = [
          ['ascii', 'w:asciiTheme'],
          ['hAnsi', 'w:hAnsiTheme'],
          ['eastAsia', 'w:eastAsiaTheme'],
          ['cs', 'w:cstheme'],
        ];
        for (const [slot, a] of themes) {
          const t = attr(el, a);
          if (t) out.themeFonts[slot] = t;
        }
        break;
      }
      case 'w:sz': {
        const v = Number(attr(el, 'w:val'));
        if (Number.isFinite(v) && v > 0) out.sizePt = halfPointsToPt(v);
        break;
      }
      case 'w:b':
        out.bold = onOff(attr(el, 'w:val'));
        break;
      case 'w:i':
        out.italic = onOff(attr(el, 'w:val'));
        break;
      case 'w:caps':
        out.caps = onOff(attr(el, 'w:val'));
        break;
      case 'w:smallCaps':
        out.smallCaps = onOff(attr(el, 'w:val'));
        break;
      case 'w:strike':
        out.strike = onOff(attr(el, 'w:val'));
        break;
      case 'w:vanish':
        out.vanish = onOff(attr(el, 'w:val'));
        break;
      case 'w:u':
        out.underline = attr(el, 'w:val') ?? 'single';
        break;
      case 'w:color': {
        const c = attr(el, 'w:val');
        if (c) out.color = c;
        break;
      }
      case 'w:rStyle': {
        const s = attr(el, 'w:val');
        if (s) out.rStyle = s;
        break;
      }
    }
  }
  return out;
}

const JC: Record<string, Alignment> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'both',
  justify: 'both',
  distribute: 'distribute',
  thaiDistribute: 'distribute',
  lowKashida: 'both',
  mediumKashida: 'both',
  highKashida: 'both',
};

function visibleBorders(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  return el.children.some((b) => typeof b !== 'string' && borderOn(b) === true);
}

function borderOn(el: XmlElement | undefined): boolean | undefined {
  if (!el) return undefined;
  const v = attr(el, 'w:val');
  return !(v === undefined || v === 'nil' || v === 'none');
}

export function parsePPr(pPr: XmlElement | undefined): RawPara | null {
  if (!pPr) return null;
  const out: RawPara = {};
  for (const el of pPr.children) {
    if (typeof el === 'string') continue;
    switch (el.name) {
      case 'w:jc': {
        const v = attr(el, 'w:val');
        if (v && JC[v]) out.alignment = JC[v];
        break;
      }
      case 'w:ind': {
        const left = parseTwips(attr(el, 'w:left') ?? attr(el, 'w:start'));
        const right = parseTwips(attr(el, 'w:right') ?? attr(el, 'w:end'));
        const first = parseTwips(attr(el, 'w:firstLine'));
        const hanging = parseTwips(attr(el, 'w:hanging'));
        const firstChars = attr(el, 'w:firstLineChars');
        const hangingChars = attr(el, 'w:hangingChars');
        if (left !== undefined) out.indentLeftMm = twipsToMm(left);
        if (right !== undefined) out.indentRightMm = twipsToMm(right);
        // hanging wins over firstLine when both are present (ECMA-376 17.3.1.12)
        if (hanging !== undefined) out.indentFirstLineMm = -twipsToMm(hanging);
        else if (first !== undefined) out.indentFirstLineMm = twipsToMm(first);
        // Character units override twips when non-zero (Word's behaviour for *Chars attributes).
        if (hangingChars && Number(hangingChars) !== 0) out.indentFirstLineChars = -Number(hangingChars);
        else if (firstChars && Number(firstChars) !== 0) out.indentFirstLineChars = Number(firstChars);
        break;
      }
      case 'w:spacing': {
        const before = parseTwips(attr(el, 'w:before'));
        const after = parseTwips(attr(el, 'w:after'));
        const beforeAuto = attr(el, 'w:beforeAutospacing');
        const afterAuto = attr(el, 'w:afterAutospacing');
        // Auto spacing is what Word uses for HTML paragraphs: 14 pt (MS-OI29500 2.1.96).
        if (beforeAuto !== undefined && onOff(beforeAuto)) out.spacingBeforePt = 14;
        else if (before !== undefined) out.spacingBeforePt = twipsToPt(before);
        if (afterAuto !== undefined && onOff(afterAuto)) out.spacingAfterPt = 14;
        else if (after !== undefined) out.spacingAfterPt = twipsToPt(after);
        const line = parseTwips(attr(el, 'w:line'));
        if (line !== undefined) {
          const rule = attr(el, 'w:lineRule') ?? 'auto';
          out.lineSpacing =
            rule === 'exact' || rule === 'atLeast'
              ? { rule, value: twipsToPt(line) }
              : { rule: 'auto', value: Math.round((line / 240) * 1000) / 1000 };
        }
        break;
      }
      case 'w:pBdr': {
        const b: Partial<Borders> = {};
        for (const side of ['top', 'bottom', 'left', 'right'] as const) {
          const on = borderOn(child(el, `w:${side}`));
          if (on !== undefined) b[side] = on;
        }
        out.borders = b;
        break;
      }
      case 'w:keepNext':
        out.keepNext = onOff(attr(el, 'w:val'));
        break;
      case 'w:pageBreakBefore':
        out.pageBreakBefore = onOff(attr(el, 'w:val'));
        break;
      case 'w:contextualSpacing':
        out.contextualSpacing = onOff(attr(el, 'w:val'));
        break;
      case 'w:pStyle': {
        const s = attr(el, 'w:val');
        if (s) out.pStyle = s;
        break;
      }
      case 'w:numPr': {
        const numId = attr(child(el, 'w:numId'), 'w:val');
        const ilvl = attr(child(el, 'w:ilvl'), 'w:val');
        if (numId !== undefined) out.numId = numId;
        if (ilvl !== undefined) out.ilvl = Number(ilvl) || 0;
        break;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Style sheet

export function parseTheme(root: XmlElement | null): Theme {
  const theme: Theme = { major: {}, minor: {} };
  if (!root) return theme;
  const stack: XmlElement[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    if (el.name === 'a:majorFont' || el.name === 'a:minorFont') {
      const target = el.name === 'a:majorFont' ? theme.major : theme.minor;
      const latin = attr(child(el, 'a:latin'), 'typeface');
      const ea = attr(child(el, 'a:ea'), 'typeface');
      const cs = attr(child(el, 'a:cs'), 'typeface');
      if (latin) target.ascii = target.hAnsi = latin;
      if (ea) target.eastAsia = ea;
      if (cs) target.cs = cs;
      continue;
    }
    for (const c of el.children) if (typeof c !== 'string') stack.push(c);
  }
  return theme;
}

function themeFontName(theme: Theme, ref: string, slot: Slot): string | undefined {
  // majorHAnsi, minorBidi, majorEastAsia …: the prefix picks the font set, the suffix the script.
  const set = ref.startsWith('major') ? theme.major : theme.minor;
  const script = ref.replace(/^(major|minor)/, '');
  const key: Slot = script === 'EastAsia' ? 'eastAsia' : script === 'Bidi' ? 'cs' : slot === 'eastAsia' || slot === 'cs' ? slot : 'hAnsi';
  return set[key] ?? set.hAnsi;
}

export interface ResolvedRun extends RunProps {}

export class StyleSheet {
  private readonly styles = new Map<string, StyleDef>();
  private readonly runCache = new Map<string, { props: RunPropsAcc }>();
  private readonly paraCache = new Map<string, ParaAcc>();
  readonly defaultParagraphStyle: string | null;
  readonly defaultCharacterStyle: string | null;
  readonly defaultTableStyle: string | null;
  private readonly docDefaultRun: RawRun | null;
  private readonly docDefaultPara: RawPara | null;
  private readonly numbering = new Map<string, Map<number, NumberingLevel>>();

  constructor(
    stylesXml: XmlElement | null,
    readonly theme: Theme,
    numberingXml: XmlElement | null,
  ) {
    let dpStyle: string | null = null;
    let dcStyle: string | null = null;
    let dtStyle: string | null = null;
    const defaults = stylesXml ? child(stylesXml, 'w:docDefaults') : undefined;
    this.docDefaultRun = parseRPr(child(child(defaults, 'w:rPrDefault'), 'w:rPr'));
    this.docDefaultPara = parsePPr(child(child(defaults, 'w:pPrDefault'), 'w:pPr'));
    for (const s of stylesXml ? children(stylesXml, 'w:style') : []) {
      const id = attr(s, 'w:styleId');
      const type = attr(s, 'w:type') ?? 'paragraph';
      if (!id || !['paragraph', 'character', 'table', 'numbering'].includes(type)) continue;
      const def: StyleDef = {
        id,
        name: attr(child(s, 'w:name'), 'w:val') ?? null,
        type: type as StyleDef['type'],
        basedOn: attr(child(s, 'w:basedOn'), 'w:val') ?? null,
        isDefault: onOff(attr(s, 'w:default') ?? '0'),
        run: parseRPr(child(s, 'w:rPr')),
        para: parsePPr(child(s, 'w:pPr')),
        tableBorders: type === 'table' ? visibleBorders(child(child(s, 'w:tblPr'), 'w:tblBorders')) : undefined,
      };
      this.styles.set(id, def);
      if (def.isDefault) {
        if (def.type === 'paragraph') dpStyle = id;
        else if (def.type === 'character') dcStyle = id;
        else if (def.type === 'table') dtStyle = id;
      }
    }
    this.defaultParagraphStyle = dpStyle;
    this.defaultCharacterStyle = dcStyle;
    this.defaultTableStyle = dtStyle;
    if (numberingXml) this.readNumbering(numberingXml);
  }

  private readNumbering(root: XmlElement): void {
    const abstracts = new Map<string, Map<number, NumberingLevel>>();
    for (const a of children(root, 'w:abstractNum')) {
      const levels = new Map<number, NumberingLevel>();
      for (const lvl of children(a, 'w:lvl')) {
        levels.set(Number(attr(lvl, 'w:ilvl') ?? 0), {
          numFmt: attr(child(lvl, 'w:numFmt'), 'w:val') ?? 'decimal',
          lvlText: attr(child(lvl, 'w:lvlText'), 'w:val') ?? '',
          start: Number(attr(child(lvl, 'w:start'), 'w:val') ?? 1),
          para: parsePPr(child(lvl, 'w:pPr')),
          run: parseRPr(child(lvl, 'w:rPr')),
        });
      }
      const id = attr(a, 'w:abstractNumId');
      if (id !== undefined) abstracts.set(id, levels);
    }
    for (const n of children(root, 'w:num')) {
      const numId = attr(n, 'w:numId');
      const abs = attr(child(n, 'w:abstractNumId'), 'w:val');
      if (numId === undefined || abs === undefined) continue;
      const levels = new Map(abstracts.get(abs) ?? []);
      for (const o of children(n, 'w:lvlOverride')) {
        const lvl = child(o, 'w:lvl');
        const ilvl = Number(attr(o, 'w:ilvl') ?? 0);
        const startOverride = attr(child(o, 'w:startOverride'), 'w:val');
        const base = levels.get(ilvl);
        if (lvl) {
          levels.set(ilvl, {
            numFmt: attr(child(lvl, 'w:numFmt'), 'w:val') ?? base?.numFmt ?? 'decimal',
            lvlText: attr(child(lvl, 'w:lvlText'), 'w:val') ?? base?.lvlText ?? '',
            start: Number(attr(child(lvl, 'w:start'), 'w:val') ?? base?.start ?? 1),
            para: parsePPr(child(lvl, 'w:pPr')) ?? base?.para ?? null,
            run: parseRPr(child(lvl, 'w:rPr')) ?? base?.run ?? null,
          });
        } else if (base && startOverride !== undefined) {
          levels.set(ilvl, { ...base, start: Number(startOverride) });
        }
      }
      this.numbering.set(numId, levels);
    }
  }

  /** Whether a table style (or one it is based on) draws borders. */
  tableStyleBordered(id: string | null): boolean {
    for (const s of this.chain(id, 'table').reverse()) if (s.tableBorders !== undefined) return s.tableBorders;
    return false;
  }

  numberingLevel(numId: string, ilvl: number): NumberingLevel | undefined {
    return this.numbering.get(numId)?.get(ilvl);
  }

  numberingLevels(numId: string): Map<number, NumberingLevel> | undefined {
    return this.numbering.get(numId);
  }

  style(id: string | null | undefined): StyleDef | undefined {
    return id ? this.styles.get(id) : undefined;
  }

  styleName(id: string | null): string | null {
    return (id && this.styles.get(id)?.name) ?? null;
  }

  /** Style chain from the root ancestor down to `id` (cycles and missing styles are cut). */
  private chain(id: string | null, type: StyleDef['type']): StyleDef[] {
    const out: StyleDef[] = [];
    const seen = new Set<string>();
    let cur = id ? this.styles.get(id) : undefined;
    while (cur && cur.type === type && !seen.has(cur.id) && out.length < 64) {
      seen.add(cur.id);
      out.unshift(cur);
      cur = cur.basedOn ? this.styles.get(cur.basedOn) : undefined;
    }
    return out;
  }

  /** Paragraph-level run properties (everything up to, not including, character styles). */
  private paragraphRunBase(pStyle: string | null, tableStyle: string | null, numRun: RawRun | null): RunPropsAcc {
    const key = `${pStyle ?? ''}|${tableStyle ?? ''}|${numRun ? 'n' : ''}`;
    const cached = numRun ? undefined : this.runCache.get(key);
    if (cached) return cached.props;
    const acc = new RunPropsAcc();
    acc.apply(this.docDefaultRun, { kind: 'docDefaults' }, 'set', this.theme);
    if (tableStyle) for (const s of this.chain(tableStyle, 'table')) acc.apply(s.run, { kind: 'tableStyle', styleId: s.id }, 'set', this.theme);
    for (const s of this.chain(pStyle, 'paragraph')) acc.apply(s.run, { kind: 'paragraphStyle', styleId: s.id }, 'set', this.theme);
    if (numRun) acc.apply(numRun, { kind: 'numbering' }, 'set', this.theme);
    if (!numRun) this.runCache.set(key, { props: acc });
    return acc;
  }

  /** Effective run properties of a run with the given direct rPr inside a paragraph of `pStyle`. */
  private readonly resolvedRuns = new Map<string, RunProps>();

  resolveRun(pStyle: string | null, tableStyle: string | null, direct: RawRun | null): RunProps {
    // Drafts repeat a handful of formattings thousands of times: resolve each combination once.
    const key = `${pStyle ?? ''}\u0000${tableStyle ?? ''}\u0000${direct ? JSON.stringify(direct) : ''}`;
    const hit = this.resolvedRuns.get(key);
    if (hit) return { ...hit, fontsUsed: [] };
    const props = this.resolveRunUncached(pStyle, tableStyle, direct);
    this.resolvedRuns.set(key, props);
    return { ...props, fontsUsed: [] };
  }

  private resolveRunUncached(pStyle: string | null, tableStyle: string | null, direct: RawRun | null): RunProps {
    const base = this.paragraphRunBase(pStyle, tableStyle, null);
    const acc = base.clone();
    const rStyle = direct?.rStyle ?? this.defaultCharacterStyle;
    if (rStyle) {
      // Within the character style chain values are set; the chain's result then flips the
      // paragraph-level toggles (ECMA-376 17.7.3).
      const charAcc = new RunPropsAcc(true);
      for (const s of this.chain(rStyle, 'character')) charAcc.apply(s.run, { kind: 'characterStyle', styleId: s.id }, 'set', this.theme);
      acc.merge(charAcc);
    }
    acc.apply(direct, { kind: 'direct' }, 'set', this.theme);
    return acc.toProps();
  }

  /** Effective run properties of the paragraph mark. */
  resolveMark(pStyle: string | null, tableStyle: string | null, direct: RawRun | null): RunProps {
    return this.resolveRun(pStyle, tableStyle, direct);
  }

  private readonly resolvedParas = new Map<string, ParagraphProps>();

  resolveParagraph(pStyle: string | null, tableStyle: string | null, direct: RawPara | null, fontSizePt: number): ParagraphProps {
    const full = `${pStyle ?? ''}\u0000${tableStyle ?? ''}\u0000${fontSizePt}\u0000${direct ? JSON.stringify(direct) : ''}`;
    const hit = this.resolvedParas.get(full);
    // Shared between paragraphs: the model is read-only once built (rules are pure).
    if (hit) return hit;
    const props = this.resolveParagraphUncached(pStyle, tableStyle, direct, fontSizePt);
    this.resolvedParas.set(full, props);
    return props;
  }

  private resolveParagraphUncached(pStyle: string | null, tableStyle: string | null, direct: RawPara | null, fontSizePt: number): ParagraphProps {
    const key = `${pStyle ?? ''}|${tableStyle ?? ''}`;
    let base = this.paraCache.get(key);
    if (!base) {
      base = new ParaAcc();
      base.apply(this.docDefaultPara, { kind: 'docDefaults' });
      if (tableStyle) for (const s of this.chain(tableStyle, 'table')) base.apply(s.para, { kind: 'tableStyle', styleId: s.id });
      for (const s of this.chain(pStyle, 'paragraph')) base.apply(s.para, { kind: 'paragraphStyle', styleId: s.id });
      this.paraCache.set(key, base);
    }
    const acc = base.clone();
    const numId = direct?.numId ?? acc.numId;
    const ilvl = direct?.ilvl ?? acc.ilvl ?? 0;
    if (numId && numId !== '0') acc.apply(this.numberingLevel(numId, ilvl)?.para ?? null, { kind: 'numbering' });
    acc.apply(direct, { kind: 'direct' });
    return acc.toProps(fontSizePt);
  }

  /** The numbering reference of a paragraph, direct or through its style. */
  numberingOf(pStyle: string | null, direct: RawPara | null): { numId: string; ilvl: number } | null {
    let numId = direct?.numId;
    let ilvl = direct?.ilvl;
    if (numId === undefined) {
      for (const s of this.chain(pStyle, 'paragraph').reverse()) {
        if (s.para?.numId !== undefined) {
          numId = s.para.numId;
          ilvl ??= s.para.ilvl;
          break;
        }
      }
    }
    if (numId === undefined || numId === '0') return null;
    return { numId, ilvl: ilvl ?? 0 };
  }

  numberingRun(numId: string, ilvl: number): RawRun | null {
    return this.numberingLevel(numId, ilvl)?.run ?? null;
  }
}

// ---------------------------------------------------------------------------------------------
// Accumulators

class RunPropsAcc {
  fonts: Partial<Record<Slot, string>> = {};
  sizePt: number | undefined;
  underline: string | undefined;
  color: string | undefined;
  toggles: Partial<Record<Toggle, boolean>> = {};
  origin: RunProps['origin'] = {};

  constructor(readonly isCharacterChain = false) {}

  clone(): RunPropsAcc {
    const c = new RunPropsAcc();
    c.fonts = { ...this.fonts };
    c.sizePt = this.sizePt;
    c.underline = this.underline;
    c.color = this.color;
    c.toggles = { ...this.toggles };
    c.origin = { ...this.origin };
    return c;
  }

  apply(raw: RawRun | null, origin: Origin, _mode: 'set', theme: Theme): void {
    if (!raw) return;
    for (const slot of SLOTS) {
      const themeRef = raw.themeFonts[slot];
      const name = themeRef ? themeFontName(theme, themeRef, slot) : raw.fonts[slot];
      if (name) {
        this.fonts[slot] = name;
        if (slot === 'hAnsi' || slot === 'ascii') this.origin.font = origin;
      }
    }
    if (raw.sizePt !== undefined) {
      this.sizePt = raw.sizePt;
      this.origin.sizePt = origin;
    }
    if (raw.underline !== undefined) {
      this.underline = raw.underline;
      this.origin.underline = origin;
    }
    if (raw.color !== undefined) this.color = raw.color;
    for (const t of TOGGLES) {
      const v = raw[t];
      if (v === undefined) continue;
      this.toggles[t] = v;
      if (t === 'bold' || t === 'italic' || t === 'caps') this.origin[t] = origin;
    }
  }

  /** Lay a character style chain over paragraph-level properties: toggles flip, the rest is set. */
  merge(chain: RunPropsAcc): void {
    for (const slot of SLOTS) if (chain.fonts[slot]) this.fonts[slot] = chain.fonts[slot];
    if (chain.origin.font) this.origin.font = chain.origin.font;
    if (chain.sizePt !== undefined) {
      this.sizePt = chain.sizePt;
      this.origin.sizePt = chain.origin.sizePt!;
    }
    if (chain.underline !== undefined) {
      this.underline = chain.underline;
      this.origin.underline = chain.origin.underline!;
    }
    if (chain.color !== undefined) this.color = chain.color;
    for (const t of TOGGLES) {
      if (chain.toggles[t] === true) {
        this.toggles[t] = !(this.toggles[t] ?? false);
        if (t === 'bold' || t === 'italic' || t === 'caps') this.origin[t] = chain.origin[t]!;
      }
    }
  }

  toProps(): RunProps {
    const fonts: FontSlots = {
      ascii: this.fonts.ascii ?? null,
      hAnsi: this.fonts.hAnsi ?? null,
      eastAsia: this.fonts.eastAsia ?? null,
      cs: this.fonts.cs ?? null,
    };
    // A slot never set anywhere falls back to Word's built-in font.
    if (!fonts.ascii) fonts.ascii = WORD_DEFAULT_FONT;
    if (!fonts.hAnsi) fonts.hAnsi = fonts.ascii;
    const origin = { ...this.origin };
    for (const k of ['font', 'sizePt', 'bold', 'italic', 'underline', 'caps'] as const) origin[k] ??= { kind: 'default' };
    const underline = this.underline && this.underline !== 'none' ? this.underline : null;
    return {
      fonts,
      fontsUsed: [],
      sizePt: this.sizePt ?? WORD_DEFAULT_SIZE_PT,
      bold: this.toggles.bold ?? false,
      italic: this.toggles.italic ?? false,
      underline,
      caps: this.toggles.caps ?? false,
      smallCaps: this.toggles.smallCaps ?? false,
      strike: this.toggles.strike ?? false,
      color: this.color ?? null,
      vanish: this.toggles.vanish ?? false,
      origin,
    };
  }
}

class ParaAcc {
  p: RawPara = {};
  borders: Partial<Borders> = {};
  numId: string | undefined;
  ilvl: number | undefined;
  origin: ParagraphProps['origin'] = {};

  clone(): ParaAcc {
    const c = new ParaAcc();
    c.p = { ...this.p };
    c.borders = { ...this.borders };
    c.numId = this.numId;
    c.ilvl = this.ilvl;
    c.origin = { ...this.origin };
    return c;
  }

  apply(raw: RawPara | null, origin: Origin): void {
    if (!raw) return;
    const keys = [
      'alignment',
      'indentLeftMm',
      'indentRightMm',
      'indentFirstLineMm',
      'indentFirstLineChars',
      'spacingBeforePt',
      'spacingAfterPt',
      'lineSpacing',
      'keepNext',
      'pageBreakBefore',
      'contextualSpacing',
    ] as const;
    for (const k of keys) {
      const v = raw[k];
      if (v === undefined) continue;
      (this.p as Record<string, unknown>)[k] = v;
      if (k === 'alignment' || k === 'spacingBeforePt' || k === 'spacingAfterPt' || k === 'lineSpacing') this.origin[k] = origin;
      if (k === 'indentFirstLineMm') {
        this.origin.indentFirstLineMm = origin;
        // A twips value set at a more specific level replaces a character-unit one from below.
        if (raw.indentFirstLineChars === undefined) delete this.p.indentFirstLineChars;
      }
      if (k === 'indentFirstLineChars') this.origin.indentFirstLineMm = origin;
    }
    if (raw.borders) Object.assign(this.borders, raw.borders);
    if (raw.numId !== undefined) this.numId = raw.numId;
    if (raw.ilvl !== undefined) this.ilvl = raw.ilvl;
  }

  toProps(fontSizePt: number): ParagraphProps {
    const p = this.p;
    let first = p.indentFirstLineMm ?? 0;
    // Hundredths of a character; a character is about the font size wide (1 pt = 0.3528 mm).
    if (p.indentFirstLineChars !== undefined) first = Math.round((p.indentFirstLineChars / 100) * fontSizePt * 0.3528 * 100) / 100;
    const origin = { ...this.origin };
    for (const k of ['alignment', 'indentFirstLineMm', 'spacingBeforePt', 'spacingAfterPt', 'lineSpacing'] as const) origin[k] ??= { kind: 'default' };
    return {
      alignment: p.alignment ?? 'left',
      indentLeftMm: p.indentLeftMm ?? 0,
      indentRightMm: p.indentRightMm ?? 0,
      indentFirstLineMm: first,
      spacingBeforePt: p.spacingBeforePt ?? 0,
      spacingAfterPt: p.spacingAfterPt ?? 0,
      lineSpacing: p.lineSpacing ?? { rule: 'auto', value: 1 },
      borders: { top: !!this.borders.top, bottom: !!this.borders.bottom, left: !!this.borders.left, right: !!this.borders.right },
      keepNext: p.keepNext ?? false,
      pageBreakBefore: p.pageBreakBefore ?? false,
      contextualSpacing: p.contextualSpacing ?? false,
      origin,
    };
  }
}
