import type { ReportDocument } from '../report.js';

/** `--format json`: exactly the contract document (output.md), one JSON document, newline-terminated. */
export function formatJson(doc: ReportDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
