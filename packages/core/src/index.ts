// Public entry of @thethuc/core — keep it small (style.md §16); pinned by test/exports.test.ts.
export type * from './model.js';
export type * from './engine/types.js';
export type * from './anatomy/types.js';
export type { ReadError, ReadErrorCode, Result } from './errors.js';
export type { Profile, TypographySpec, DocumentTypeDef, IssuerKindDef } from './profiles/types.js';
export type { ZipLimits } from './docx/zip.js';
export { check } from './engine/check.js';
export { readDocx } from './docx/reader.js';
export { recognize } from './anatomy/recognize.js';
export { resolveProfile, PROFILE_IDS, DEFAULT_PROFILE, ProfileError } from './profiles/index.js';
export { rules } from './rules/index.js';
export { defineRule } from './engine/define.js';
export { DEFAULT_ZIP_LIMITS } from './docx/zip.js';
export { ruleDocs } from './rules/docs.generated.js';
export { fixDocx } from './engine/fix.js';
export type { FixOptions, FixReport } from './engine/fix.js';
export { applyDocxFixes } from './fix/docx.js';
export type { ApplyResult, SkippedOp } from './fix/docx.js';
export type {
  TemplateDef,
  TemplateDetect,
  TemplateSectionDef,
  TemplateFieldDef,
  TemplateConstraintDef,
  ResolvedTemplate,
  TemplateProblem,
  TemplateFileProblem,
} from './templates/types.js';
export type { ParsedTemplateFile, TemplateChoice } from './templates/index.js';
export {
  BUILTIN_TEMPLATE_IDS,
  builtinTemplates,
  formatTemplateProblem,
  parseTemplateText,
  resolveTemplates,
  selectTemplate,
  templateSet,
  TemplateError,
  validateTemplate,
} from './templates/index.js';
export { renderMarkdown } from './render/markdown.js';
export type { RenderOptions, RenderResult } from './render/markdown.js';
export type { FrontMatterProblem } from './markdown/reader.js';
