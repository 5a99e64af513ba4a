import type { CheckOptions } from '@thethuc/core';
import type { FileReport } from './report.js';
import { failedReport } from './failure.js';

/**
 * Check a Markdown draft. Markdown support arrives in a later milestone (markdown.md); until then every .md
 * input is reported as unsupported. Replace this one function when core can read Markdown.
 */
export function checkMarkdown(input: Uint8Array, options: CheckOptions): FileReport {
  void input;
  return failedReport(
    options,
    'E_UNSUPPORTED',
    'Bản thảo Markdown sẽ được hỗ trợ ở phiên bản sau. / Markdown drafts will be supported in a later version.',
  );
}
