import type { CheckOptions } from '@thethuc/core';
import type { FileReport } from './report.js';

/** A report for a file the CLI could not hand to the engine (or the engine failed on). */
export function failedReport(options: CheckOptions, code: string, message: string): FileReport {
  return {
    profile: typeof options.profile === 'string' ? options.profile : (options.profile?.id ?? 'party'),
    documentType: null,
    template: null,
    error: { code, message },
    diagnostics: [],
    skipped: [],
    stats: { errors: 0, warnings: 0, infos: 0, ms: 0 },
    notes: [],
  };
}
