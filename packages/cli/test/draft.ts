/*
 * Realistic drafts from core's test support (packages/core/test/support/party-draft.ts). Imported through a
 * computed specifier: the CLI's tsconfig has rootDir `.`, so tsc must not follow it into core's tests; vitest
 * loads it from source like any other module.
 */

/** The subset of `DraftOptions` these tests use. */
export interface DraftOptions {
  overrides?: Record<string, Partial<{ text: string | string[]; sz: number; b: boolean; i: boolean; u: boolean; font: string }>>;
  omit?: string[];
}

type PartyDraft = (options?: DraftOptions) => Uint8Array;

const specifier = new URL('../../core/test/support/party-draft.ts', import.meta.url).href;
const { partyDraft } = (await import(/* @vite-ignore */ specifier)) as { partyDraft: PartyDraft };

export { partyDraft };

/** A draft with two fixable defects: «ngày 8 tháng 1» (party/date-format) and a 13 pt Party header (party/party-header-format). */
export function defectiveDraft(): Uint8Array {
  return partyDraft({
    overrides: { placeDate: { text: 'Tân An, ngày 8 tháng 1 năm 2026' }, partyHeader: { sz: 13 } },
  });
}

/** The same draft with a defect no fix can correct: the signer's name is missing (party/signature-missing). */
export function draftWithoutSigner(): Uint8Array {
  return partyDraft({ overrides: { placeDate: { text: 'Tân An, ngày 8 tháng 1 năm 2026' } }, omit: ['signatureName'] });
}
