/**
 * Legacy Vietnamese 8-bit encodings (before TCVN 6909:2001 Unicode): TCVN3 (TCVN 5712:1993 "VN3", the
 * ABC fonts `.VnTime`, `.VnTimeH` …) and VNI Windows (`VNI-Times` …). In a .docx the bytes of those
 * fonts arrive as Windows-1252/Latin-1 characters ("§¶ng Céng s¶n ViÖt Nam"); these tables turn them back
 * into Vietnamese letters, NFC.
 */

export type LegacyEncoding = 'tcvn3' | 'vni';

/**
 * TCVN3: one byte per letter. The normal fonts hold the lower-case letters with tones and the capitals
 * Ă Â Ê Ô Ơ Ư Đ; the `…H` fonts draw every letter as a capital (convert, then upper-case).
 * Rows: plain, huyền, hỏi, ngã, sắc, nặng.
 */
const TCVN3_ROWS: readonly (readonly [string, string])[] = [
  // capitals without tone
  ['\u00A1', 'Ă'], ['\u00A2', 'Â'], ['\u00A3', 'Ê'], ['\u00A4', 'Ô'], ['\u00A5', 'Ơ'], ['\u00A6', 'Ư'], ['\u00A7', 'Đ'],
  // lower-case base letters
  ['\u00A8', 'ă'], ['\u00A9', 'â'], ['\u00AA', 'ê'], ['\u00AB', 'ô'], ['\u00AC', 'ơ'], ['\u00AD', 'ư'], ['\u00AE', 'đ'],
  // a
  ['\u00B5', 'à'], ['\u00B6', 'ả'], ['\u00B7', 'ã'], ['\u00B8', 'á'], ['\u00B9', 'ạ'],
  // ă
  ['\u00BB', 'ằ'], ['\u00BC', 'ẳ'], ['\u00BD', 'ẵ'], ['\u00BE', 'ắ'], ['\u00C6', 'ặ'],
  // â
  ['\u00C7', 'ầ'], ['\u00C8', 'ẩ'], ['\u00C9', 'ẫ'], ['\u00CA', 'ấ'], ['\u00CB', 'ậ'],
  // e
  ['\u00CC', 'è'], ['\u00CE', 'ẻ'], ['\u00CF', 'ẽ'], ['\u00D0', 'é'], ['\u00D1', 'ẹ'],
  // ê
  ['\u00D2', 'ề'], ['\u00D3', 'ể'], ['\u00D4', 'ễ'], ['\u00D5', 'ế'], ['\u00D6', 'ệ'],
  // i
  ['\u00D7', 'ì'], ['\u00D8', 'ỉ'], ['\u00DC', 'ĩ'], ['\u00DD', 'í'], ['\u00DE', 'ị'],
  // o
  ['\u00DF', 'ò'], ['\u00E1', 'ỏ'], ['\u00E2', 'õ'], ['\u00E3', 'ó'], ['\u00E4', 'ọ'],
  // ô
  ['\u00E5', 'ồ'], ['\u00E6', 'ổ'], ['\u00E7', 'ỗ'], ['\u00E8', 'ố'], ['\u00E9', 'ộ'],
  // ơ
  ['\u00EA', 'ờ'], ['\u00EB', 'ở'], ['\u00EC', 'ỡ'], ['\u00ED', 'ớ'], ['\u00EE', 'ợ'],
  // u
  ['\u00EF', 'ù'], ['\u00F1', 'ủ'], ['\u00F2', 'ũ'], ['\u00F3', 'ú'], ['\u00F4', 'ụ'],
  // ư
  ['\u00F5', 'ừ'], ['\u00F6', 'ử'], ['\u00F7', 'ữ'], ['\u00F8', 'ứ'], ['\u00F9', 'ự'],
  // y
  ['\u00FA', 'ỳ'], ['\u00FB', 'ỷ'], ['\u00FC', 'ỹ'], ['\u00FD', 'ý'], ['\u00FE', 'ỵ'],
];

export const TCVN3_TABLE: ReadonlyMap<string, string> = new Map(TCVN3_ROWS);

/**
 * VNI Windows: a base letter followed by a mark character (`a` + `ù` = á, `o` + `â` = ô, `o` + `ä` = ộ),
 * a few letters on one byte (`ñ` = đ, `ô` = ơ, `ö` = ư, `í ì æ ó ò` = í ì ỉ ĩ ị, `î` = ỵ). Upper case uses the
 * upper-case mark characters.
 */
const VNI_TONES = { acute: 'ù', grave: 'ø', hook: 'û', tilde: 'õ', dot: 'ï' } as const;
/** Tones over a circumflex (â ê ô) and a breve (ă) use their own marks. */
const VNI_HAT = { base: 'â', acute: 'á', grave: 'à', hook: 'å', tilde: 'ã', dot: 'ä' } as const;
const VNI_BREVE = { base: 'ê', acute: 'é', grave: 'è', hook: 'ú', tilde: 'ü', dot: 'ë' } as const;

const TONE_ORDER = ['acute', 'grave', 'hook', 'tilde', 'dot'] as const;
const COMBINING: Record<(typeof TONE_ORDER)[number], string> = { acute: '\u0301', grave: '\u0300', hook: '\u0309', tilde: '\u0303', dot: '\u0323' };

function buildVni(): Map<string, string> {
  const m = new Map<string, string>();
  const put = (vni: string, uni: string) => {
    m.set(vni, uni.normalize('NFC'));
    m.set(vni.toUpperCase(), uni.toUpperCase().normalize('NFC'));
    // A capital base letter with a lower-case mark ("Aù") still means the capital.
    if (vni.length === 2) m.set(vni[0]!.toUpperCase() + vni[1], uni.toUpperCase().normalize('NFC'));
  };
  // Plain vowels with a tone: a e o u y, ơ (ô), ư (ö).
  const bases: [string, string][] = [['a', 'a'], ['e', 'e'], ['o', 'o'], ['u', 'u'], ['y', 'y'], ['ô', 'ơ'], ['ö', 'ư']];
  for (const [v, u] of bases) for (const t of TONE_ORDER) put(v + VNI_TONES[t], u + COMBINING[t]);
  // Circumflex: â ê ô.
  for (const v of ['a', 'e', 'o']) {
    put(v + VNI_HAT.base, v + '\u0302');
    for (const t of TONE_ORDER) put(v + VNI_HAT[t], v + '\u0302' + COMBINING[t]);
  }
  // Breve: ă.
  put('a' + VNI_BREVE.base, 'a\u0306');
  for (const t of TONE_ORDER) put('a' + VNI_BREVE[t], 'a\u0306' + COMBINING[t]);
  // One-byte letters. (`í` and `ì` are the same code points as in Unicode.)
  put('ñ', 'đ');
  put('ô', 'ơ');
  put('ö', 'ư');
  put('æ', 'ỉ');
  put('ó', 'ĩ');
  put('ò', 'ị');
  put('î', 'ỵ');
  return m;
}

export const VNI_TABLE: ReadonlyMap<string, string> = buildVni();

/** Convert TCVN3 text to Unicode NFC; `upperCaseFont` for the `…H` fonts that draw capitals only. */
export function fromTcvn3(text: string, upperCaseFont = false): string {
  let out = '';
  for (const ch of text) out += TCVN3_TABLE.get(ch) ?? ch;
  return (upperCaseFont ? out.toUpperCase() : out).normalize('NFC');
}

/** Convert VNI Windows text to Unicode NFC (longest match: base + mark first, then one-byte letters). */
export function fromVni(text: string, upperCaseFont = false): string {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const two = VNI_TABLE.get(text.slice(i, i + 2));
    if (two !== undefined && i + 1 < text.length) {
      out += two;
      i += 2;
      continue;
    }
    const ch = text[i]!;
    out += VNI_TABLE.get(ch) ?? ch;
    i++;
  }
  return (upperCaseFont ? out.toUpperCase() : out).normalize('NFC');
}

export function fromLegacy(text: string, encoding: LegacyEncoding, upperCaseFont = false): string {
  return encoding === 'tcvn3' ? fromTcvn3(text, upperCaseFont) : fromVni(text, upperCaseFont);
}

// ---------------------------------------------------------------------------------------------------
// Recognising legacy text typed in a Unicode font (the font was changed, the bytes were not)

/** Letters that exist only in Unicode Vietnamese text (ă đ ơ ư and every letter with a tone outside Latin-1). */
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/u;

/** Characters VNI uses for its marks and one-byte letters (both cases). */
const VNI_CHARS = new Set([...'ùøûõïáàåãäéèúüëâêñôöæóòî'].flatMap((c) => [c, c.toUpperCase()]));

/**
 * TCVN3 characters that are neither Vietnamese letters in Unicode text nor VNI characters (ả = ¶, Đ = §,
 * ư = soft hyphen …): their presence inside words tells TCVN3 apart from both.
 */
const TCVN3_ONLY = new Set([...TCVN3_TABLE.keys()].filter((ch) => !/[àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ]/u.test(ch) && !VNI_CHARS.has(ch)));

const LATIN_LETTER = /[A-Za-z]/;

/**
 * How strongly `text` looks like TCVN3 or VNI bytes shown in a Unicode font: the number of tell-tale
 * characters inside words. Text holding any Unicode-only Vietnamese letter is Unicode (score 0).
 */
export function legacyScore(text: string): { tcvn3: number; vni: number } {
  if (UNICODE_VIETNAMESE.test(text)) return { tcvn3: 0, vni: 0 };
  let tcvn3 = 0;
  const chars = [...text];
  const inWord = (ch: string | undefined) => ch !== undefined && (LATIN_LETTER.test(ch) || TCVN3_TABLE.has(ch));
  chars.forEach((ch, i) => {
    if (!TCVN3_ONLY.has(ch)) return;
    const before = inWord(chars[i - 1]);
    const after = inWord(chars[i + 1]);
    // « and » are also quotation marks: count them only inside a word ("h«m" = hôm).
    if (ch === '\u00AB' || ch === '\u00BB' ? before && after : before || after) tcvn3++;
  });
  // VNI: a vowel followed by a mark that no Unicode Vietnamese word has after a vowel (ø û ï ä ë å ü),
  // or đ written as ñ at the start of a word.
  const vni = (text.match(/[aeouyAEOUYôöÔÖ][øûïäëåüØÛÏÄËÅÜ]/gu)?.length ?? 0) + (text.match(/(?<![\p{L}])[ñÑ](?=[aeiouyAEIOUY])/gu)?.length ?? 0);
  return { tcvn3, vni };
}

/** The legacy encoding `text` is typed in, judged from its characters alone, or null. */
export function detectLegacy(text: string, minHits = 2): LegacyEncoding | null {
  const s = legacyScore(text);
  if (s.tcvn3 >= minHits && s.tcvn3 >= s.vni) return 'tcvn3';
  if (s.vni >= minHits) return 'vni';
  return null;
}
