import type { Paragraph, Run } from '../model.js';

/** Components of a Party document (HD 36 ô số 1–15), in the domain's words. */
export type ComponentKind =
  | 'partyHeader' // ô 1 "ĐẢNG CỘNG SẢN VIỆT NAM"
  | 'parentIssuer' // ô 2 cấp trên trực tiếp
  | 'issuer' // ô 2 cơ quan ban hành
  | 'star' // ô 2 dấu sao
  | 'number' // ô 3 số và ký hiệu
  | 'cvSummary' // ô 5b trích yếu công văn
  | 'secrecyMark' // ô 10a dấu mức độ mật
  | 'urgencyMark' // ô 10b dấu mức độ khẩn
  | 'draftNote' // ô 11b dự thảo
  | 'circulationNote' // ô 11a chỉ dẫn phạm vi lưu hành
  | 'placeDate' // ô 4 địa danh và ngày tháng năm
  | 'typeName' // ô 5a tên loại
  | 'summary' // ô 5a trích yếu
  | 'separator' // "-----"
  | 'kinhGui' // "Kính gửi:"
  | 'addressee' // ô 9 nơi nhận sau «Kính gửi:» (on lines or tab segments of their own)
  | 'basis' // "Căn cứ …"
  | 'body' // ô 6
  | 'heading' // Phần / Chương / Mục / Điều lines
  | 'signatureAuthority' // ô 7a quyền hạn
  | 'signaturePosition' // ô 7a chức vụ
  | 'signatureName' // ô 7b họ tên
  | 'recipientsLabel' // ô 9 "Nơi nhận:"
  | 'recipientsItem' // ô 9 từng nơi nhận
  | 'typist' // ô 12
  | 'contact' // ô 13
  | 'appendix' // phụ lục
  | 'copyBlock'; // ô 14

export interface Component {
  kind: ComponentKind;
  paragraph: Paragraph;
  /** Span inside `paragraph.text` (tab layouts put two components in one paragraph). */
  offset: number;
  length: number;
  text: string;
  /** Runs that carry the span's non-whitespace text, with their effective properties. */
  runs: Run[];
  /** The part a line plays inside a composite component (copy block, appendix, contact information). */
  role?: ComponentRole;
}

/**
 * Parts of composite components: the full-width `line` above a copy block or contact information; a copy
 * block's `kind` ("SAO Y BẢN CHÍNH"), `issuer`, `number` and `placeDate`; an appendix's `label`
 * ("Phụ lục 1") and `title`; the `text` lines of contact information.
 */
export type ComponentRole = 'line' | 'kind' | 'issuer' | 'number' | 'placeDate' | 'label' | 'title' | 'text';

export type Layout = 'table' | 'tabs' | 'textbox' | 'stacked' | 'unknown';

export interface DocumentType {
  /** Type abbreviation (`NQ`, `QĐ`, `CV` …). */
  code: string;
  /** The type name as written on its line, or null for a công văn. */
  name: string | null;
  via: 'typeName' | 'number';
}

/** What `recognize` found. Plain data; rules read it and never re-detect. */
export interface Anatomy {
  components: Component[];
  documentType: DocumentType | null;
  /** Kind of the issuing body (`chi-bo`, `tinh-uy`, `dang-uy` …) when recognised. */
  issuerKind: string | null;
  headerLayout: Layout;
  footerLayout: Layout;
  /** The header block (ô 1–5) was recognised: rules about its components may speak. */
  headerFound: boolean;
  /** The signature/recipients footer was recognised. */
  footerFound: boolean;
  /** Paragraph ids of the body (ô 6), in order. */
  body: number[];
  /** Why recognition was unsure — debug output, never diagnostics. */
  notes: string[];
}
