import type { CheckOptions, CheckReport } from './types.js';

/** Read a draft and check it. Bytes are a .docx package. (Being written — see issue 2.) */
export function check(input: Uint8Array, options: CheckOptions = {}): CheckReport {
  void input;
  return {
    profile: typeof options.profile === 'string' ? options.profile : 'party',
    documentType: null,
    template: null,
    error: { code: 'E_INTERNAL', message: 'not implemented yet' },
    diagnostics: [],
    skipped: [],
    stats: { errors: 0, warnings: 0, infos: 0, ms: 0 },
    notes: [],
  };
}
