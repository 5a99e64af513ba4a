import type { CheckOptions } from '@thethuc/core';
import type { FileReport } from './report.js';
import type { CheckFn } from './io.js';
import { failedReport } from './failure.js';

/**
 * Check a Markdown draft (markdown.md): the engine reads the text itself; the CLI only decodes it.
 * Bytes that are not UTF-8 text are reported, not guessed.
 */
export function checkMarkdown(input: Uint8Array, options: CheckOptions, check: CheckFn): FileReport {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return failedReport(options, 'E_CORRUPT', 'Tệp Markdown không phải văn bản UTF-8. / The Markdown file is not UTF-8 text.');
  }
  return check(text, options);
}
