import type { DocModel, Paragraph, Run } from '../model.js';
import type { Anatomy, ComponentKind } from '../anatomy/types.js';
import type { Profile } from '../profiles/types.js';
import type { ReadError } from '../errors.js';
import type { ResolvedTemplate, TemplateDef } from '../templates/types.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type Lang = 'vi' | 'en';

/** Location of a finding, as in the output contract (output.md). */
export interface DiagnosticLocation {
  paragraph: number | null;
  text: string;
  line: number | null;
  column: number | null;
  offset: number | null;
  length: number | null;
}

/** Fix operations are plain data; appliers (docx, Markdown, Word live) carry them out. */
export type FixOp =
  | { op: 'setRunProps'; paragraph: number; runs: number[] | 'all'; props: Partial<FixRunProps> }
  | { op: 'setParagraphProps'; paragraph: number; props: Partial<FixParagraphProps> }
  | { op: 'replaceText'; paragraph: number; offset: number; length: number; text: string }
  | { op: 'setPageSetup'; section: number | 'all'; props: Partial<FixPageProps> };

export interface FixRunProps {
  font: string;
  sizePt: number;
  bold: boolean;
  italic: boolean;
  underline: 'single' | 'none';
  caps: boolean;
}
export interface FixParagraphProps {
  alignment: 'left' | 'center' | 'right' | 'both';
  indentFirstLineMm: number;
  spacingBeforePt: number;
  spacingAfterPt: number;
  lineSpacing: { rule: 'auto' | 'exact' | 'atLeast'; value: number };
  /** w:contextualSpacing — false undoes a style's "don't add space between paragraphs of the same style". */
  contextualSpacing: boolean;
}
export interface FixPageProps {
  widthMm: number;
  heightMm: number;
  orientation: 'portrait' | 'landscape';
  marginsMm: { top: number; bottom: number; left: number; right: number };
}

export interface Fix {
  /** `safe` fixes are applied by `thethuc fix`; `unsafe` ones only on request. */
  kind: 'safe' | 'unsafe';
  ops: FixOp[];
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  messageId: string;
  data: Record<string, string | number>;
  message: string;
  component: ComponentKind | null;
  location: DiagnosticLocation | null;
  expected: string | null;
  actual: string | null;
  fixable: boolean;
  fix?: Fix;
  source: string;
}

export interface RuleMeta {
  id: string;
  component: ComponentKind | 'document';
  severity: Severity;
  fixable: 'safe' | 'unsafe' | false;
  title: { vi: string; en: string };
  description: { vi: string; en: string };
  /** The clause the rule enforces, e.g. `HD 36 §1.4.2`. */
  source: string;
  /** Messages by id, Vietnamese and English, with `{{placeholders}}`. */
  messages: Record<string, { vi: string; en: string }>;
  /** Needs effective typography (false for Markdown drafts → reported as not applicable). */
  needsTypography?: boolean;
  needsPageSetup?: boolean;
  docs?: string;
}

/** What a rule reports; the engine fills severity, message text, source, location text. */
export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** The paragraph the finding is about, or null for document-level findings. */
  paragraph?: Paragraph | null;
  /** Source position when there is no paragraph to point at (a Markdown front matter key). */
  line?: number;
  column?: number;
  /** Span inside the paragraph text. */
  offset?: number;
  length?: number;
  expected?: string | null;
  actual?: string | null;
  component?: ComponentKind;
  fix?: Fix;
  /** Override the component's severity for this finding (e.g. a "should" inside an error rule). */
  severity?: Severity;
}

export interface RuleContext {
  model: DocModel;
  anatomy: Anatomy;
  profile: Profile;
  /** Options of this rule from the profile (`rules[id]`) merged over `meta` defaults. */
  options: Record<string, unknown>;
  /** The content template that applies to the document (templates.md), or null. */
  template: ResolvedTemplate | null;
  report(report: Report): void;
  /** Debug notes: why a rule stayed silent. */
  note(message: string): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export interface CheckOptions {
  /** Profile id (`party`, `hd36`, `hd05`) or a profile object. Default `party`. */
  profile?: string | Profile;
  /** Per-rule severity overrides. */
  rules?: Record<string, SeveritySetting>;
  lang?: Lang;
  /** Reader limits (zip bombs). */
  limits?: Partial<import('../docx/zip.js').ZipLimits>;
  /** Collect debug notes from readers, anatomy and rules. */
  debug?: boolean;
  /**
   * Custom content templates (schemas/template.schema.json), added to the built-ins; one with a
   * built-in's id replaces it. Invalid data throws a TemplateError naming the template and the path.
   */
  templates?: TemplateDef[];
  /** Apply this template (an id) instead of detecting one; `null` applies none. */
  template?: string | null;
}

export interface CheckStats {
  errors: number;
  warnings: number;
  infos: number;
  ms: number;
}

export interface CheckReport {
  profile: string;
  /** Type abbreviation recognised (`NQ`, `CV` …) or null. */
  documentType: string | null;
  /** Id of the content template applied (`chi-bo/nghi-quyet-nam`), or null. */
  template: string | null;
  error: ReadError | null;
  diagnostics: Diagnostic[];
  /** Rules skipped because the input cannot support them (Markdown typography …). */
  skipped: string[];
  stats: CheckStats;
  notes: string[];
}

export type { Run };
