/**
 * Text patterns of the components, shared by recognition and rules (rules never re-detect
 * components, but they do parse the text of the component they are given).
 */
import { fold, stripDiacritics } from '../text.js';

/** `Số 15-HD/TU` (Party) or `Số: 15/QĐ-UBND` (State); a blank number is allowed in drafts. */
export interface NumberParts {
  /** Text of "Số" and what follows it up to the number (`Số`, `Số:`, `Số.`). */
  label: string;
  colon: boolean;
  number: string;
  typeSymbol: string | null;
  issuerSymbol: string | null;
  style: 'party' | 'state' | 'unknown';
}

const PARTY_NUMBER = /^(Số)(\s*[:.]?\s*)(\d*)\s*-\s*([\p{L}]+)\s*\/\s*([\p{L}\d]+(?:\s*-\s*[\p{L}\d]+)*)\s*$/iu;
const STATE_NUMBER = /^(Số)(\s*[:.]?\s*)(\d*)\s*\/\s*([\p{L}]+)\s*-\s*([\p{L}\d]+(?:\s*-\s*[\p{L}\d]+)*)\s*$/iu;

export function parseNumber(text: string): NumberParts | null {
  const t = text.normalize('NFC').trim();
  let m = PARTY_NUMBER.exec(t);
  let style: NumberParts['style'] = 'party';
  if (!m) {
    m = STATE_NUMBER.exec(t);
    style = 'state';
  }
  if (!m) {
    // `\b` is ASCII-only in JS: after "ố" it never matches, so look for "not a letter" instead.
    if (!/^Số(?!\p{L})/iu.test(t)) return null;
    const colon = /^Số\s*:/iu.test(t);
    return { label: t.slice(0, 2), colon, number: (/\d+/.exec(t) ?? [''])[0], typeSymbol: null, issuerSymbol: null, style: 'unknown' };
  }
  return {
    label: m[1]! + m[2]!,
    colon: m[2]!.includes(':'),
    number: m[3]!,
    typeSymbol: m[4]!,
    issuerSymbol: m[5]!.replace(/\s+/g, ''),
    style,
  };
}

/** "Số …" at the start of a line, with some digits or a symbol after it. */
export function looksLikeNumber(text: string): boolean {
  const t = text.normalize('NFC').trim();
  return /^Số\s*[:.]?\s*\d*\s*[-/]?\s*[\p{Lu}]/u.test(t) || /^Số\s*[:.]?\s*\d+/u.test(t);
}

// Drafts leave the day and month blank until signing ("ngày    tháng 01 năm 2026"): the slots are optional.
const DATE_WORDS = /ngày\s+(?:\S+\s+)?tháng\s+(?:\S+\s+)?năm\s+\S+/iu;
const DATE_NUMERIC = /,\s*(ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*$/iu;

export function looksLikePlaceDate(text: string): boolean {
  const t = text.normalize('NFC');
  return (DATE_WORDS.test(t) && t.length < 90) || (DATE_NUMERIC.test(t) && t.length < 60);
}

export function isPartyHeader(text: string): boolean {
  return stripDiacritics(fold(text)) === 'dang cong san viet nam';
}

export function isStar(text: string): boolean {
  return /^\*$/.test(text.trim());
}

export function isSeparator(text: string): boolean {
  // Wrong forms (`*****`, `=====`) are still the separator's line: summary-separator reports them.
  return /^(?:[-–—_]{3,}|\*{3,}|={3,}|~{3,})$/.test(text.replace(/\s+/g, ''));
}

// HD 36 lists the first three; the others are recognised so that party/urgency-mark can report them.
const URGENCY = ['khẩn', 'thượng khẩn', 'hỏa tốc', 'hỏa tốc hẹn giờ', 'tối khẩn', 'khẩn cấp'];
const SECRECY = ['mật', 'tối mật', 'tuyệt mật'];
const CIRCULATION = /^(xong hội nghị trả lại|tài liệu thu hồi|lưu hành nội bộ|không phổ biến|tài liệu mật|không được sao chụp)/u;

export function isUrgency(text: string): boolean {
  return URGENCY.includes(fold(text));
}
export function isSecrecy(text: string): boolean {
  return SECRECY.includes(fold(text));
}
export function isCirculationNote(text: string): boolean {
  return CIRCULATION.test(fold(text.slice(0, 40)));
}
export function isDraftNote(text: string): boolean {
  return /^\(?dự thảo(?!\p{L})/u.test(fold(text.slice(0, 20)));
}

/** Authority prefixes, Party and State forms: `T/M`, `K/T`, `T/L`, `Q.`, `TM.`, `KT.`, `TL.`, `TUQ.`. */
export const AUTHORITY = /^(T\s*\/\s*M|K\s*\/\s*T|T\s*\/\s*L|TUQ\.?|TM\.?|KT\.?|TL\.?|Q\.)(?=\s+\p{Lu})/u;

export function authorityPrefix(text: string): string | null {
  const m = AUTHORITY.exec(text.normalize('NFC').trim());
  return m ? m[1]! : null;
}

export function isRecipientsLabel(text: string): boolean {
  return /^nơi nhận(?!\p{L})/u.test(fold(text.slice(0, 20)));
}

export function addressLabel(text: string): string | null {
  const m = /^(kính gửi|kính trình)(?!\p{L})/u.exec(fold(text.slice(0, 20)));
  return m ? m[1]! : null;
}

const RANK = /^(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý),?\s+(?=\p{Lu})/u;

/** A person's name: 2–7 capitalised words, possibly after a title (`TS.`) — signature-name judges that. */
export function looksLikeName(text: string): boolean {
  // A military rank in front ("Đại tá", "Thiếu úy") is two words, the second in lower case without a
  // dot: set it aside so the name is still recognised (signature-name reports the rank).
  const t = text.normalize('NFC').trim().replace(RANK, '');
  if (t.length > 60 || t.length < 4) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 8) return false;
  let nameWords = 0;
  for (const w of words) {
    // Compound academic titles: "PGS.TS.", "GS.TSKH.".
    if (/^(?:\p{L}+\.){2,}$/u.test(w)) continue;
    if (/^\p{Lu}[\p{L}]*\.?$/u.test(w)) {
      if (/\p{Ll}/u.test(w)) nameWords++;
      else if (!w.endsWith('.')) return false; // an all-caps word is not part of a name
    } else if (/^\p{Ll}/u.test(w)) {
      // lower-case words may only be title prefixes such as "ThS."
      if (!w.endsWith('.')) return false;
    } else return false;
  }
  return nameWords >= 2;
}

const HEADING = /^(phần\s+(thứ\s+\S+|[ivxlcdm]+(?!\p{L})|\d+)|chương\s+([ivxlcdm]+(?!\p{L})|\d+)|mục\s+(\d+|[ivxlcdm]+(?!\p{L}))|điều\s+\d+)/u;

export function isStructureHeading(text: string): boolean {
  return HEADING.test(fold(text.slice(0, 40)));
}

export function isBasis(text: string): boolean {
  return /^căn cứ(?!\p{L})/u.test(fold(text.slice(0, 20)));
}

// ---------------------------------------------------------------------------------------------------
// Additional components (HD 36 §2.3, §2.4, §3, §4.5)

/** Typist mark and copy count (ô 12): a short code of letters then digits — `ABC268`, `TS.268`, `hb.30`. */
export function isTypistMark(text: string): boolean {
  const t = text.normalize('NFC').trim();
  if (t.length > 14 || /^số(?!\p{L})/iu.test(t)) return false;
  return /^\p{L}{1,6}(?:[.\-/]\s?)?\d{1,5}$/u.test(t);
}

const COPY_KINDS = ['sao y bản chính', 'sao y', 'sao lục', 'trích sao', 'bản sao y bản chính', 'bản sao lục', 'bản trích sao'];

/** Copy kind (ô 16): "SAO Y BẢN CHÍNH", "SAO LỤC", "TRÍCH SAO" — and the State "SAO Y", for the rule to report. */
export function isCopyKind(text: string): boolean {
  return COPY_KINDS.includes(fold(text).replace(/\s*[.:]$/u, ''));
}

export interface AppendixLabel {
  /** The number as written (`1`, `01`, `II`), or null for a bare "Phụ lục". */
  number: string | null;
  /** Text after the label on the same line ("Phụ lục 1: Danh sách …"), or null. */
  rest: string | null;
}

const APPENDIX = /^phụ lục(?:\s+(?:số\s*)?(\d+|[ivxlc]+)(?!\p{L}))?\s*(?:([.:]|[-–](?=\s))\s*)?(.*)$/iu;

/** "Phụ lục", "Phụ lục 2", "PHỤ LỤC II" on a line (§4.5), possibly followed by its title. */
export function appendixLabel(text: string): AppendixLabel | null {
  const m = APPENDIX.exec(text.normalize('NFC').trim().replace(/\s+/g, ' '));
  if (!m) return null;
  const rest = m[3]!.trim();
  // "Phụ lục kèm theo …" is a sentence, not a label: only a separator may introduce a title on the line.
  if (rest && !m[2]) return null;
  return { number: m[1] ?? null, rest: rest || null };
}

const CONTACT = /(?:^|[\s;,.(])(?:đt|đtdđ|điện thoại|fax|e-?mail|website|trang thông tin điện tử|địa chỉ)\s*:|@[\w.-]+\.[a-z]{2,}|www\.[\w-]+\./u;

/** A line of contact information (ô 13): address, phone, fax, email or website. */
export function isContactLine(text: string): boolean {
  return CONTACT.test(fold(text));
}

/** Circulation note that belongs under the signature: "Không phổ biến trên các phương tiện thông tin đại chúng". */
export function isNoPublicationNote(text: string): boolean {
  return /^không phổ biến(?!\p{L})/u.test(fold(text.slice(0, 30)));
}
