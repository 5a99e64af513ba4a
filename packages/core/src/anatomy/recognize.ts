/**
 * Anatomy: label the paragraphs (or tab/line-separated spans of them) with the components of HD 36.
 * Handles the layouts drafters use — two-column borderless tables, tab-separated lines, text boxes and
 * plain stacked paragraphs. When unsure it leaves a component out and writes a note: rules stay silent
 * rather than guess.
 */
import type { DocModel, Paragraph, Run } from '../model.js';
import type { Profile } from '../profiles/types.js';
import { fold, foldedRegExp, hasLetters, isUpper, segments, type Segment } from '../text.js';
import type { Anatomy, Component, ComponentKind, ComponentRole, DocumentType, Layout } from './types.js';
import { startsNewPage } from './pages.js';
import {
  addressLabel,
  appendixLabel,
  authorityPrefix,
  isContactLine,
  isCopyKind,
  isNoPublicationNote,
  isTypistMark,
  isBasis,
  isCirculationNote,
  isDraftNote,
  isPartyHeader,
  isRecipientsLabel,
  isSecrecy,
  isSeparator,
  isStar,
  isStructureHeading,
  isUrgency,
  looksLikeName,
  looksLikeNumber,
  looksLikePlaceDate,
  parseNumber,
} from './patterns.js';

/** How far into the document the header block (ô 1–5) is looked for. */
const HEADER_WINDOW = 40;
/** How far back from the end the signature/recipients footer is looked for. */
const FOOTER_WINDOW = 45;

type Side = 'left' | 'right' | 'center' | 'unknown';

interface Seg {
  p: Paragraph;
  s: Segment;
  text: string;
  fold: string;
  upper: boolean;
  side: Side;
}

export function recognize(model: DocModel, profile: Profile): Anatomy {
  return new Recognizer(model, profile).run();
}

class Recognizer {
  private readonly components: Component[] = [];
  private readonly notes: string[] = [];
  private readonly taken = new Set<string>();
  private readonly paras: Paragraph[];
  /** Paragraphs from here on are additional components at the end (contact, appendices, copy block). */
  private end: number;

  constructor(
    private readonly model: DocModel,
    private readonly profile: Profile,
  ) {
    this.paras = model.paragraphs;
    this.end = this.paras.length;
  }

  run(): Anatomy {
    this.end = this.tail();
    const header = this.header();
    const typeIdx = this.typeNameAndSummary(header.lastIndex);
    const documentType = this.documentType();
    if (!typeIdx.found && documentType?.code === 'CV') this.cvSummary(header.numberIndex);
    else if (!typeIdx.found && documentType === null && header.numberIndex >= 0) this.cvSummary(header.numberIndex, true);
    let bodyStart = Math.max(header.lastIndex, typeIdx.lastIndex, this.lastIndexOf(['cvSummary'])) + 1;
    bodyStart = this.kinhGui(bodyStart);
    const footer = this.footer(bodyStart);
    const body = this.body(bodyStart, footer.startIndex);
    const issuerKind = this.issuerKind();
    const headerFound = ['partyHeader', 'issuer', 'number', 'placeDate'].filter((k) => this.has(k as ComponentKind)).length >= 2;
    if (!headerFound) this.notes.push('anatomy: header block not recognised (fewer than two of party header, issuer, number, place/date)');
    this.components.sort((a, b) => a.paragraph.id - b.paragraph.id || a.offset - b.offset);
    return {
      components: this.components,
      documentType,
      issuerKind,
      headerLayout: this.layoutOf(['partyHeader', 'issuer', 'number', 'placeDate']),
      footerLayout: this.layoutOf(['signatureAuthority', 'signaturePosition', 'signatureName', 'recipientsLabel']),
      headerFound,
      footerFound: footer.found,
      body,
      notes: this.notes,
    };
  }

  // -------------------------------------------------------------------------------------------
  // helpers

  private readonly segCache = new Map<number, Seg[]>();
  private readonly footerTables = new Map<number, boolean>();

  private segs(p: Paragraph): Seg[] {
    const hit = this.segCache.get(p.id);
    if (hit) return hit;
    const list = segments(p.text);
    const out = list.map((s) => ({
      p,
      s,
      text: s.text,
      fold: fold(s.text),
      upper: isUpper(s.text) || this.allCaps(p, s),
      side: sideOf(p, s),
    }));
    this.segCache.set(p.id, out);
    return out;
  }

  private allCaps(p: Paragraph, s: Segment): boolean {
    const runs = runsIn(p, s.offset, s.length);
    return runs.length > 0 && runs.every((r) => r.props.caps || !/\p{Ll}/u.test(r.text));
  }

  private add(kind: ComponentKind, seg: { p: Paragraph; s: Segment }, role?: ComponentRole): void {
    const key = `${seg.p.id}:${seg.s.offset}`;
    if (this.taken.has(key)) return;
    this.taken.add(key);
    const c: Component = {
      kind,
      paragraph: seg.p,
      offset: seg.s.offset,
      length: seg.s.length,
      text: seg.s.text,
      runs: runsIn(seg.p, seg.s.offset, seg.s.length),
    };
    if (role) c.role = role;
    this.components.push(c);
  }

  private isTaken(seg: Seg): boolean {
    return this.taken.has(`${seg.p.id}:${seg.s.offset}`);
  }

  private has(kind: ComponentKind): boolean {
    return this.components.some((c) => c.kind === kind);
  }

  private first(kind: ComponentKind): Component | undefined {
    return this.components.find((c) => c.kind === kind);
  }

  private lastIndexOf(kinds: ComponentKind[]): number {
    let idx = -1;
    for (const c of this.components) if (kinds.includes(c.kind)) idx = Math.max(idx, c.paragraph.id - 1);
    return idx;
  }

  private layoutOf(kinds: ComponentKind[]): Layout {
    const cs = this.components.filter((c) => kinds.includes(c.kind));
    if (!cs.length) return 'unknown';
    if (cs.some((c) => c.paragraph.textBox)) return 'textbox';
    if (cs.some((c) => c.paragraph.table && c.paragraph.table.cells >= 2)) return 'table';
    if (cs.some((c) => segments(c.paragraph.text).length >= 2 || c.paragraph.text.includes('\t'))) return 'tabs';
    return 'stacked';
  }

  // -------------------------------------------------------------------------------------------
  // ô 1–4 and the marks around them

  private header(): { lastIndex: number; numberIndex: number } {
    const end = Math.min(this.end, HEADER_WINDOW);
    const all: Seg[] = [];
    for (let i = 0; i < end; i++) {
      const p = this.paras[i]!;
      // The header block lives in the first section's opening; stop at the first real body paragraph.
      if (i > 3 && p.text.length > 160 && !p.table && !p.textBox) break;
      for (const seg of this.segs(p)) all.push(seg);
    }
    let numberIndex = -1;
    let lastIndex = -1;
    const mark = (seg: Seg, kind: ComponentKind) => {
      this.add(kind, seg);
      lastIndex = Math.max(lastIndex, seg.p.id - 1);
    };
    for (const seg of all) {
      const t = seg.text;
      if (!this.has('partyHeader') && isPartyHeader(t)) mark(seg, 'partyHeader');
      else if (!this.has('number') && looksLikeNumber(t)) {
        mark(seg, 'number');
        numberIndex = seg.p.id - 1;
      } else if (!this.has('placeDate') && looksLikePlaceDate(t)) mark(seg, 'placeDate');
      else if (isUrgency(t)) mark(seg, 'urgencyMark');
      else if (isSecrecy(t)) mark(seg, 'secrecyMark');
      // "Không phổ biến …" belongs under the signature: taken here only above or inside the header block.
      else if (isCirculationNote(t) && seg.upper && (!isNoPublicationNote(t) || !this.has('number') || !this.has('placeDate'))) mark(seg, 'circulationNote');
      else if (isDraftNote(t)) mark(seg, 'draftNote');
    }
    // Star: the first lone "*" in the header block.
    const star = all.find((s) => !this.isTaken(s) && isStar(s.text));
    if (star) mark(star, 'star');

    // Issuing body lines: upper-case, unlabelled, before the left column's star/number.
    const leftStops = [this.first('star'), this.first('number')].filter((c): c is Component => !!c).map((c) => c.paragraph.id);
    const stop = leftStops.length ? Math.min(...leftStops) : (this.first('placeDate')?.paragraph.id ?? Infinity);
    // Tab layouts may centre the left column on a tab stop: then a lone "\tCHI BỘ ẤP 3" line is left, not right.
    const tabCentredLeft = all.some((s) => s.p.id <= stop && !this.isTaken(s) && s.upper && s.s.count >= 2 && s.s.index === 0 && s.p.text.startsWith('\t'));
    const issuerLines = all.filter(
      (s) =>
        s.p.id <= stop &&
        !this.isTaken(s) &&
        // Upper case — or a name typed in normal case ("Tỉnh ủy Long An"): issuer-format reports its case.
        (s.upper || (stop !== Infinity && this.issuerLike(s.text))) &&
        (s.side !== 'right' || (tabCentredLeft && s.s.count === 1 && s.p.text.startsWith('\t'))) &&
        s.text.length <= 90 &&
        // A letterless line ("***", "(*)") counts as "upper" but names no body: it is a mistyped star.
        hasLetters(s.text) &&
        !isStar(s.text) &&
        !(s.p.id === stop && s.s.offset > 0 && s.side === 'unknown'),
    );
    // Other upper-case text on the star's or number's own line is not the issuer — but lines above them
    // in the same paragraph, set apart by line breaks (Shift+Enter, w:br), are.
    const stopMarks = [this.first('star'), this.first('number')].filter((c): c is Component => c?.paragraph.id === stop);
    const stopAt = Math.min(...stopMarks.map((c) => c.offset));
    const lineAbove = (s: Seg) => s.s.offset + s.s.length <= stopAt && /^[^\t]*\n[^\t]*$/.test(s.p.text.slice(s.s.offset + s.s.length, stopAt));
    const sameAsStop = issuerLines.filter((s) => s.p.id === stop && stopMarks.length > 0 && !lineAbove(s));
    const lines = issuerLines.filter((s) => !sameAsStop.includes(s));
    if (lines.length >= 2) {
      mark(lines[0]!, 'parentIssuer');
      for (const s of lines.slice(1)) mark(s, 'issuer');
      if (lines.length > 3) this.notes.push(`anatomy: ${lines.length} upper-case lines before the number; first taken as the parent body`);
    } else if (lines.length === 1) mark(lines[0]!, 'issuer');
    return { lastIndex, numberIndex };
  }

  /** A body's name in normal case: a kind of the profile, or a parent "Đảng bộ …". */
  private issuerLike(text: string): boolean {
    const name = fold(text);
    this.kindPatterns ??= this.profile.issuerKinds.map((k) => foldedRegExp(k.match));
    return /^đảng bộ\s/u.test(name) || this.kindPatterns.some((re) => re.test(name));
  }

  private kindPatterns: RegExp[] | undefined;

  private typeNames(): { name: string; code: string | null; known: boolean }[] {
    const out: { name: string; code: string | null; known: boolean }[] = [];
    for (const t of this.profile.documentTypes) out.push({ name: t.name, code: t.symbols[0] ?? null, known: true });
    for (const t of this.profile.stateOnlyTypes) out.push({ name: t, code: null, known: false });
    for (const t of this.profile.administrativePapers) out.push({ name: t, code: null, known: true });
    return out;
  }

  private typeNameAndSummary(afterIndex: number): { found: boolean; lastIndex: number } {
    const names = new Map(this.typeNames().map((t) => [fold(t.name), t]));
    let nonEmpty = 0;
    for (let i = afterIndex + 1; i < this.end && nonEmpty < 6; i++) {
      const p = this.paras[i]!;
      const t = p.text.trim();
      if (!t) continue;
      nonEmpty++;
      if (t.includes('\t') || p.table?.cells && p.table.cells > 1) continue;
      const key = fold(t);
      // A member's self-review (HD 43-HD/BTCTW forms 2A–2C) has a type name outside the list and no number.
      const known = names.get(key) ?? (/^bản (?:tự )?kiểm điểm(?: cá nhân| đảng viên)*$/u.test(key) ? { name: t, code: null, known: true } : undefined);
      const unknownTitle = !known && isUpper(t) && t.split(/\s+/).length <= 4 && p.props.alignment === 'center' && !addressLabel(t) && !isStructureHeading(t);
      if (!known && !unknownTitle) continue;
      const seg = this.segs(p)[0]!;
      this.add('typeName', seg);
      if (unknownTitle) this.notes.push(`anatomy: "${t}" taken as a type name by its form (centred, upper case)`);
      let last = i;
      // Summary: the lines after the type name, up to the separator or the first body paragraph.
      for (let j = i + 1, n = 0; j < this.end && n < 3; j++) {
        const q = this.paras[j]!;
        const qt = q.text.trim();
        if (!qt) {
          if (this.has('summary')) break;
          continue;
        }
        if (isSeparator(qt)) {
          this.add('separator', this.segs(q)[0]!);
          last = j;
          break;
        }
        if (isBasis(qt) || addressLabel(qt) || isStructureHeading(qt) || qt.length > 200 || (q.props.alignment !== 'center' && this.has('summary'))) break;
        this.add('summary', this.segs(q)[0]!);
        last = j;
        n++;
      }
      if (!this.has('separator')) {
        for (let j = last + 1; j < Math.min(this.end, last + 3); j++) {
          const q = this.paras[j]!;
          if (isSeparator(q.text)) {
            this.add('separator', this.segs(q)[0]!);
            last = j;
            break;
          }
          if (q.text.trim()) break;
        }
      }
      return { found: true, lastIndex: last };
    }
    return { found: false, lastIndex: afterIndex };
  }

  private documentType(): DocumentType | null {
    const typeName = this.first('typeName');
    const number = this.first('number');
    const parts = number ? parseNumber(number.text) : null;
    const symbol = parts?.typeSymbol ?? null;
    if (typeName) {
      const key = fold(typeName.text);
      const def = this.profile.documentTypes.find((t) => fold(t.name) === key);
      if (!def) return null;
      const code = symbol && def.symbols.includes(symbol) ? symbol : def.symbols[0];
      return code ? { code, name: typeName.text, via: 'typeName' } : null;
    }
    if (symbol) {
      const def = this.profile.documentTypes.find((t) => t.symbols.includes(symbol));
      if (def) return { code: symbol, name: null, via: 'number' };
    }
    return null;
  }

  /** ô 5b: a công văn's summary sits under its number. */
  private cvSummary(numberIndex: number, tentative = false): void {
    if (numberIndex < 0) return;
    const number = this.first('number')!;
    const cell = number.paragraph.table;
    for (let i = numberIndex + 1, n = 0; i < Math.min(this.end, numberIndex + 6) && n < 3; i++) {
      const p = this.paras[i]!;
      const t = p.text.trim();
      if (!t) {
        if (n > 0) break;
        continue;
      }
      if (cell && (!p.table || p.table.table !== cell.table || p.table.cell !== cell.cell)) {
        // In a table layout the summary stays in the number's cell.
        if (p.table && p.table.table === cell.table) continue;
        break;
      }
      const seg = this.segs(p).find((s) => !this.isTaken(s));
      if (!seg) continue;
      if (seg.upper || addressLabel(seg.text) || isBasis(seg.text) || seg.text.length > 220 || (p.props.alignment === 'both' && seg.text.length > 120)) break;
      if (tentative && !/^(v\/v|về)\b/iu.test(seg.text) && !/^\p{Ll}/u.test(seg.text)) break;
      this.add('cvSummary', seg);
      n++;
    }
  }

  /** "Kính gửi:" and its addressees; returns the index where the body starts. */
  private kinhGui(from: number): number {
    for (let i = from, n = 0; i < this.end && n < 8; i++) {
      const p = this.paras[i]!;
      if (!p.text.trim()) continue;
      n++;
      if (!addressLabel(p.text.trim())) continue;
      const [label, ...rest] = this.segs(p);
      this.add('kinhGui', label!);
      // Addressees after a tab ("Kính gửi:⇥- Ban Tổ chức Tỉnh ủy,") and on the lines below; one written
      // on the label's own segment stays inside the kinhGui component.
      for (const s of rest) this.add('addressee', s);
      let j = i + 1;
      while (j < this.end && /^\s*[-+–]\s*\S/u.test(this.paras[j]!.text) && this.paras[j]!.text.length < 200) {
        for (const s of this.segs(this.paras[j]!)) this.add('addressee', s);
        j++;
      }
      return j;
    }
    return from;
  }

  // -------------------------------------------------------------------------------------------
  // ô 7 and 9: signature and recipients

  private footer(bodyStart: number): { startIndex: number; found: boolean } {
    const n = this.end;
    const lowest = Math.max(bodyStart, n - FOOTER_WINDOW);
    // Walk back from the end over footer-looking paragraphs.
    let start = n;
    let seenLabel = false;
    let anchor = false; // an authority, a label, a signature table or a position above a name was seen
    let sawName = false;
    for (let i = n - 1; i >= lowest; i--) {
      const p = this.paras[i]!;
      const segs = this.segs(p);
      if (!segs.length) {
        start = i;
        continue;
      }
      const footerTable = p.table && !p.table.bordered && p.table.cells >= 2 && this.tableHasFooterMarks(p.table.table);
      let ok = !!footerTable;
      if (!ok) {
        ok = segs.every((s) => {
          // "Không phổ biến …" under the signature (§2.2) and the typist mark after the archive line (§2.3).
          if (isNoPublicationNote(s.text) || isTypistMark(s.text)) return true;
          if (isRecipientsLabel(s.text)) {
            seenLabel = true;
            anchor = true;
            return true;
          }
          if (authorityPrefix(s.text)) {
            anchor = true;
            return true;
          }
          if (/^[-+–]\s*\S/u.test(s.text)) return !seenLabel || segs.length > 1;
          if (s.upper && s.text.length <= 70 && s.text.split(/\s+/).length <= 10) {
            if (sawName) anchor = true;
            return true;
          }
          if (looksLikeName(s.text)) {
            sawName = true;
            return true;
          }
          if (/^\(.*\)$/u.test(s.text) && s.text.length < 60) return true; // "(đã ký)", "(Ký, ghi rõ họ tên)"
          return false;
        });
      } else anchor = true;
      if (!ok) break;
      start = i;
    }
    if (!anchor || start >= n) {
      this.notes.push('anatomy: no signature or recipients block recognised at the end of the document');
      return { startIndex: n, found: false };
    }
    while (start < n && !this.paras[start]!.text.trim()) start++;
    this.assignFooter(start);
    return { startIndex: start, found: this.has('signatureName') || this.has('signatureAuthority') || this.has('recipientsLabel') || this.has('signaturePosition') };
  }

  private tableHasFooterMarks(tableIndex: number): boolean {
    const hit = this.footerTables.get(tableIndex);
    if (hit !== undefined) return hit;
    const found = this.paras.some(
      (p) => p.table?.table === tableIndex && p.table.depth === 0 && (isRecipientsLabel(p.text.trim()) || segments(p.text).some((s) => authorityPrefix(s.text) || looksLikeName(s.text))),
    );
    this.footerTables.set(tableIndex, found);
    return found;
  }

  private assignFooter(start: number): void {
    // Group the footer's segments into columns: a table cell, a tab side, or an alignment side.
    const groups = new Map<string, Seg[]>();
    for (let i = start; i < this.end; i++) {
      const p = this.paras[i]!;
      for (const s of this.segs(p)) {
        if (isNoPublicationNote(s.text)) {
          this.add('circulationNote', s);
          continue;
        }
        let key: string;
        if (p.table && p.table.cells >= 2) key = `t${p.table.table}c${p.table.cell}`;
        else if (s.s.count >= 2) key = s.s.index === 0 ? 'left' : 'right';
        else if (p.text.startsWith('\t')) key = 'right';
        else if (p.props.alignment === 'right' || p.props.alignment === 'center') key = 'right';
        else key = 'left';
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key)!.push(s);
      }
    }
    for (const segs of groups.values()) {
      const labelAt = segs.findIndex((s) => isRecipientsLabel(s.text));
      if (labelAt >= 0) {
        this.add('recipientsLabel', segs[labelAt]!);
        // The typist mark and copy count stands at the end of the list, after the archive line (§2.3).
        for (const s of segs.slice(labelAt + 1)) this.add(isTypistMark(s.text) && !/^[-+–]/u.test(s.text) ? 'typist' : 'recipientsItem', s);
        // Signature lines written before the label in the same column (stacked layouts).
        this.signature(segs.slice(0, labelAt));
      } else this.signature(segs);
    }
  }

  private signature(segs: Seg[]): void {
    if (!segs.length) return;
    // A name is typed in normal case; one shown in capitals by formatting (w:caps) is still a name
    // (signature-format reports the caps), unless another name-like line follows before the next
    // upper-case line — then it is a title-case position shown in capitals.
    const candidate = (s: Seg) => looksLikeName(s.text) && !isUpper(s.text);
    const isName = (i: number): boolean => {
      const s = segs[i]!;
      if (!candidate(s)) return false;
      if (!s.upper) return true;
      for (const t of segs.slice(i + 1)) {
        if (candidate(t)) return false;
        if (t.upper) break;
      }
      return true;
    };
    // One column may hold several blocks one under another (a biên bản's two signers in one text box,
    // HD 36 §1.7.2): each name closes the block of upper-case lines above it.
    let lines: Seg[] = [];
    let named = false;
    const block = (name: Seg | null) => {
      for (const s of lines) {
        if (authorityPrefix(s.text)) this.add('signatureAuthority', s);
        else if (s.text.split(/\s+/).length <= 10) this.add('signaturePosition', s);
      }
      if (name && lines.length > 0) {
        this.add('signatureName', name);
        named = true;
      } else if (name) this.notes.push(`anatomy: "${name.text}" looks like a name but has no position above it; not taken as a signature`);
      lines = [];
    };
    segs.forEach((s, i) => {
      if (isName(i)) block(s);
      else if (s.upper && !/^[-+–]/u.test(s.text)) lines.push(s);
    });
    // Upper-case lines after the last name are not a signature; without any name they are (name missing).
    if (!named && lines.length) block(null);
  }

  // -------------------------------------------------------------------------------------------
  // ô 6

  private body(start: number, end: number): number[] {
    const ids: number[] = [];
    for (let i = start; i < end; i++) {
      const p = this.paras[i]!;
      if (!p.text.trim()) continue;
      const seg = { p, s: segments(p.text)[0]! };
      if (!seg.s || this.taken.has(`${p.id}:${seg.s.offset}`)) continue;
      ids.push(p.id);
      const full = { p, s: { offset: 0, length: p.text.length, text: p.text, index: 0, count: 1 } };
      const kind: ComponentKind = isBasis(p.text.trim()) ? 'basis' : isStructureHeading(p.text.trim()) ? 'heading' : 'body';
      this.add(kind, { p, s: { ...full.s, offset: seg.s.offset, length: p.text.trimEnd().length - seg.s.offset, text: p.text.trim() } });
    }
    return ids;
  }

  // -------------------------------------------------------------------------------------------
  // After the footer: contact information (ô 13), appendices (§4.5), the copy block (§3, ô 14–20)

  /** Label the additional components at the end; returns where the document proper ends. */
  private tail(): number {
    let end = this.paras.length;
    end = this.copyBlock(end) ?? end;
    let contact = this.contact(end);
    end = contact ?? end;
    end = this.appendices(end) ?? end;
    if (contact === null) {
      contact = this.contact(end);
      end = contact ?? end;
    }
    return end;
  }

  /** A line across the text area: an empty paragraph with a border or a drawn line, or a row of underscores. */
  private isLine(p: Paragraph): boolean {
    const t = p.text.replace(/\s+/g, '');
    if (!t) return p.props.borders.bottom || p.props.borders.top || p.drawnLine;
    return /^[_\-–—=]{10,}$/u.test(t);
  }

  private lineSeg(p: Paragraph): { p: Paragraph; s: Segment } {
    return { p, s: segments(p.text)[0] ?? { offset: 0, length: 0, text: '', index: 0, count: 1 } };
  }

  private copyBlock(end: number): number | null {
    for (let i = end - 1; i >= Math.max(8, end - 40); i--) {
      const p = this.paras[i]!;
      const kind = this.segs(p).find((s) => isCopyKind(s.text));
      if (!kind) continue;
      let start = i;
      if (p.table) while (start > 0 && this.paras[start - 1]!.table?.table === p.table.table) start--;
      // Upper-case lines just above (the copying body's name in stacked layouts) belong to the block.
      let line = -1;
      for (let j = start - 1, k = 0; j >= 0 && k < 4; j--) {
        const q = this.paras[j]!;
        if (this.isLine(q)) {
          line = j;
          break;
        }
        if (!q.text.trim()) continue;
        if (q.table || !this.segs(q).every((s) => (s.upper && s.text.length <= 70) || isStar(s.text))) break;
        start = j;
        k++;
      }
      if (line >= 0) {
        start = line;
        this.add('copyBlock', this.lineSeg(this.paras[line]!), 'line');
      }
      this.add('copyBlock', kind, 'kind');
      let number = false;
      let date = false;
      for (let j = start; j < end; j++) {
        for (const s of this.segs(this.paras[j]!)) {
          if (this.isTaken(s)) continue;
          if (!number && looksLikeNumber(s.text)) {
            this.add('copyBlock', s, 'number');
            number = true;
          } else if (!date && looksLikePlaceDate(s.text)) {
            this.add('copyBlock', s, 'placeDate');
            date = true;
          } else if (!number && s.upper && s.side !== 'right' && !isStar(s.text) && hasLetters(s.text)) this.add('copyBlock', s, 'issuer');
        }
      }
      return start;
    }
    return null;
  }

  private appendices(end: number): number | null {
    const labels: number[] = [];
    // A footer mark before it tells an appendix from a body line that happens to read "Phụ lục".
    const firstMark = this.paras.findIndex((p) => p.id > 5 && this.segs(p).some((s) => isRecipientsLabel(s.text) || authorityPrefix(s.text)));
    for (let i = 5; i < end; i++) {
      const p = this.paras[i]!;
      if (p.table || p.textBox) continue;
      const label = appendixLabel(p.text);
      if (!label) continue;
      const own = label.rest === null;
      if (!((firstMark >= 0 && firstMark < i) || startsNewPage(this.paras, i) || (own && p.props.alignment === 'center'))) continue;
      labels.push(i);
    }
    if (!labels.length) return null;
    labels.forEach((i, k) => {
      const p = this.paras[i]!;
      this.add('appendix', this.segs(p)[0]!, 'label');
      // Its title: the next line(s), centred or in capitals, before the next appendix.
      const next = labels[k + 1] ?? end;
      for (let j = i + 1, n = 0; j < next && n < 2; j++) {
        const q = this.paras[j]!;
        if (!q.text.trim()) continue;
        const seg = this.segs(q)[0]!;
        if (n > 0 && q.props.alignment !== 'center' && !seg.upper) break;
        if (q.table || seg.text.length > 250) break;
        this.add('appendix', seg, 'title');
        n++;
      }
    });
    return labels[0]!;
  }

  private contact(end: number): number | null {
    const lines: number[] = [];
    let line = -1;
    for (let i = end - 1, n = 0; i >= Math.max(6, end - 12) && n < 5; i--) {
      const p = this.paras[i]!;
      if (p.table && p.table.cells >= 2) break;
      if (this.isLine(p)) {
        line = i;
        break;
      }
      if (!p.text.trim()) continue;
      lines.unshift(i);
      n++;
      if (p.props.borders.top) {
        line = i;
        break;
      }
    }
    // Without the line only lines that name an address, a phone, an email or a website are taken.
    let text = lines;
    if (line < 0 || !lines.some((i) => isContactLine(this.paras[i]!.text))) {
      let k = lines.length;
      while (k > 0 && isContactLine(this.paras[lines[k - 1]!]!.text)) k--;
      text = lines.slice(k);
      line = -1;
    }
    if (!text.length) return null;
    if (line >= 0 && !text.includes(line)) this.add('contact', this.lineSeg(this.paras[line]!), 'line');
    for (const i of text) for (const s of this.segs(this.paras[i]!)) this.add('contact', s, 'text');
    return line >= 0 ? line : text[0]!;
  }

  private issuerKind(): string | null {
    const lines = this.components.filter((c) => c.kind === 'issuer').map((c) => c.text);
    if (!lines.length) return null;
    const name = fold(lines.join(' '));
    for (const k of this.profile.issuerKinds) if (foldedRegExp(k.match).test(name)) return k.kind;
    return null;
  }
}

function sideOf(p: Paragraph, s: Segment): Side {
  if (p.table && p.table.cells >= 2) return p.table.cell === 0 ? 'left' : p.table.cell === p.table.cells - 1 ? 'right' : 'center';
  if (s.count >= 2) return s.index === 0 ? 'left' : 'right';
  if (p.textBox) return 'unknown';
  if (p.text.startsWith('\t')) return 'right';
  if (p.props.alignment === 'right') return 'right';
  if (p.props.alignment === 'center') return 'center';
  return 'left';
}

/** Runs overlapping a span that carry visible characters of it. */
export function runsIn(p: Paragraph, offset: number, length: number): Run[] {
  const out: Run[] = [];
  let pos = 0;
  const end = offset + length;
  for (const r of p.runs) {
    const rEnd = pos + r.text.length;
    if (rEnd > offset && pos < end) {
      const part = r.text.slice(Math.max(0, offset - pos), Math.min(r.text.length, end - pos));
      if (part.trim()) out.push(r);
    }
    pos = rEnd;
    if (pos >= end) break;
  }
  return out;
}
