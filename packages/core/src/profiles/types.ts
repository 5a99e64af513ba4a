/** A guideline as data (party-rules.md "Profiles"). Validated by `schemas/profile.schema.json`. */
export type TextCase = 'upper' | 'normal' | 'any';

export interface TypographySpec {
  case: TextCase;
  /** Inclusive range of accepted sizes in pt. */
  sizePt: [number, number];
  bold: boolean | null;
  italic: boolean | null;
  underline?: boolean | null;
  /** Accepted alignments; absent = not checked. */
  alignment?: string[];
}

export interface DocumentTypeDef {
  /** Type name in normal case, e.g. "Nghị quyết". */
  name: string;
  /** Accepted symbols; the first is canonical. Empty = not numbered, do not check. */
  symbols: string[];
  /** Documents of this type are addressed with "Kính gửi:" (công văn, tờ trình). */
  addressed?: boolean;
  /** The type has no type-name line (công văn). */
  noTypeName?: boolean;
}

export interface IssuerKindDef {
  kind: string;
  /** Regular expression (case-insensitive, on NFC text with normalised tone marks) on the issuer name. */
  match: string;
  symbol: string | null;
  /** The kind needs a parent (cấp trên) line above its name. */
  needsParent: boolean;
}

export interface LegacyEncodingDef {
  encoding: 'tcvn3' | 'vni';
  name: string;
  /** Regular expression on font names (case-sensitive). */
  fonts: string;
  /** Fonts among them that draw every letter as a capital (`.VnTimeH`). */
  upperCaseFonts?: string;
}

export interface Profile {
  id: string;
  title: { vi: string; en: string };
  guideline: string;
  /** Prefix of clause citations, e.g. "HD 36". */
  cite: string;
  extends?: string;
  font: { families: string[] };
  sizeTolerancePt: number;
  page: {
    widthMm: number;
    heightMm: number;
    sizeToleranceMm: number;
    marginsMm: { top: number; bottom: number; left: number; right: number };
    marginToleranceMm: number;
  };
  typography: Record<string, TypographySpec>;
  documentTypes: DocumentTypeDef[];
  /** Types that exist only in State documents (Nghị định 30/2020). */
  stateOnlyTypes: string[];
  administrativePapers: string[];
  issuerKinds: IssuerKindDef[];
  authority: {
    valid: string[];
    /** Wrong (State) forms → the Party form. */
    stateForms: Record<string, string>;
  };
  date: {
    /** Days below this take a leading zero. */
    leadingZeroDayBelow: number;
    /** Months below this take a leading zero; months from it on take none. */
    leadingZeroMonthBelow: number;
  };
  /** Labels that introduce addressees, per document type symbol (`*` for every addressed type). */
  addressLabels: Record<string, string[]>;
  /** How a công văn's summary starts: none (HD 36), "về việc" (HD 05), or either. */
  cvSummaryPrefix: 'none' | 've-viec' | 'either';
  /** Legacy 8-bit Vietnamese encodings and the fonts that carry them (absent: none known). */
  legacyEncodings?: LegacyEncodingDef[];
  rules: Record<string, Record<string, unknown>>;
}
