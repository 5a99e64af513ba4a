/**
 * Content templates (templates.md): what a standard Party document must contain. `TemplateDef` is the
 * data (JSON/YAML, schemas/template.schema.json); `ResolvedTemplate` is the same after validation, with
 * patterns compiled and constraints parsed — what rules read as `ctx.template`.
 */
import type { Severity } from '../engine/types.js';
import type { Comparison } from './expr.js';

/** When a template applies: every condition given must hold. */
export interface TemplateDetect {
  /** Document type abbreviation(s): `NQ`, `BB`, `CTr` … */
  type?: string | string[];
  /** Pattern for the type name as written (papers outside the type list: `BẢN KIỂM ĐIỂM CÁ NHÂN`). */
  typeName?: string;
  /** Kind(s) of the issuing body (`chi-bo`, `dang-uy` …). */
  issuerKind?: string | string[];
  /** Pattern for the summary (trích yếu). */
  summary?: string;
}

export interface TemplateSectionDef {
  id: string;
  title: string;
  /** Patterns for the heading (numbering removed first), then for the start of paragraphs. */
  match: string[];
  severity?: Severity;
  optional?: boolean;
}

export type TemplateValueType = 'integer' | 'time' | 'text' | 'enum';

export interface TemplateFieldDef {
  /** An identifier (constraints name fields by id): `present`, `inFavour`. */
  id: string;
  title: string;
  /** Patterns for the label; a named group `(?<value>…)` gives the value's place explicitly. */
  label: string[];
  /** Without `value`, the label being there is enough. */
  value?: { type: TemplateValueType; enum?: string[] };
  severity?: Severity;
  optional?: boolean;
  /** Used in constraints when an optional integer field is absent. */
  default?: number;
  /** Required only when this comparison holds (`absent > 0`). */
  requiredWhen?: string;
  /** Section id the field is looked for in. */
  within?: string;
  /** `body` (default) or `signature` (the signature block's authority and position lines). */
  scope?: 'body' | 'signature';
}

export interface TemplateConstraintDef {
  id: string;
  /** `present + absent == total` — see expr.ts for the grammar. */
  expr: string;
  /** Checked only when this comparison holds. */
  when?: string;
  message?: string | { vi: string; en: string };
  severity?: Severity;
}

/** A content template as data (schemas/template.schema.json). */
export interface TemplateDef {
  $schema?: string;
  id: string;
  title: string;
  /** The guidance the template follows; every finding names it. */
  source: string;
  description?: string;
  /** Conditions, or alternatives of which any one holds; absent: applied only when chosen by id. */
  detect?: TemplateDetect | TemplateDetect[];
  /** Sections must appear in the order listed (default true). */
  ordered?: boolean;
  sections?: TemplateSectionDef[];
  fields?: TemplateFieldDef[];
  constraints?: TemplateConstraintDef[];
}

export interface ResolvedDetect {
  types: string[] | null;
  typeName: RegExp | null;
  issuerKinds: string[] | null;
  summary: RegExp | null;
  /** Number of conditions: the more specific template wins when several apply. */
  weight: number;
}

export interface ResolvedSection {
  id: string;
  title: string;
  /** Position in the template's order (0-based). */
  index: number;
  patterns: RegExp[];
  severity: Severity | null;
  optional: boolean;
}

export interface ResolvedField {
  id: string;
  title: string;
  labels: RegExp[];
  value: { type: TemplateValueType; enum: string[] } | null;
  severity: Severity | null;
  optional: boolean;
  default: number | null;
  requiredWhen: Comparison | null;
  within: string | null;
  scope: 'body' | 'signature';
}

export interface ResolvedConstraint {
  id: string;
  expr: Comparison;
  /** The expression as written. */
  text: string;
  when: Comparison | null;
  message: { vi: string; en: string } | null;
  severity: Severity | null;
}

/** A validated template, patterns compiled and constraints parsed (what rules read as `ctx.template`). */
export interface ResolvedTemplate {
  id: string;
  title: string;
  source: string;
  builtIn: boolean;
  /** Alternatives; empty: only applied when chosen by id. */
  detect: ResolvedDetect[];
  ordered: boolean;
  sections: ResolvedSection[];
  fields: ResolvedField[];
  constraints: ResolvedConstraint[];
  /** The data it was made from. */
  def: TemplateDef;
}

/** A problem in template data: the template, the JSON path and what was expected. */
export interface TemplateProblem {
  templateId: string | null;
  /** JSON pointer into the template (`/sections/2/match/0`); `` for the template itself. */
  path: string;
  message: string;
}

/** A problem in a template file, located for people (`file:line:column`). */
export interface TemplateFileProblem extends TemplateProblem {
  file: string;
  line: number;
  column: number;
  /** Index of the template in the file (a file may hold several), or null for a syntax error. */
  index: number | null;
}
