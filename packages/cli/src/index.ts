// Public entry of @thethuc/cli — keep it small (style.md §16).
export { main } from './main.js';
export type { CheckFn, FixFn, Io, Writer } from './io.js';
export { formatGithub, formatJson, formatStylish } from './formatters/index.js';
export type { StylishOptions } from './formatters/stylish.js';
export type {
  FileEntry,
  FileError,
  FileStats,
  OutputDiagnostic,
  OutputLocation,
  ReportDocument,
  Summary,
} from './report.js';
export type { FixDocument, FixFileEntry, FixSummary, SkippedEntry } from './fix.js';
export type { RuleEntry, RuleListDocument } from './catalog.js';
