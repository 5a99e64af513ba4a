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
