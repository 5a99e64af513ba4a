/** Helpers for case tables: the same case in every layout the anatomy supports. */
import { LAYOUTS, partyDraft, type DraftOptions, type Layout } from './party-draft.js';
import type { InvalidCase, ValidCase, ExpectedFinding } from './rule-tester.js';

export { partyDraft, LAYOUTS };
export type { DraftOptions, Layout };

/** One valid case per layout. */
export function validInLayouts(name: string, options: DraftOptions = {}, layouts: readonly Layout[] = LAYOUTS): ValidCase[] {
  return layouts.map((layout) => ({ name: `${name} (${layout})`, doc: () => partyDraft({ ...options, layout }) }));
}

/** One invalid case per layout, with the same expected findings. */
export function invalidInLayouts(name: string, options: DraftOptions, errors: ExpectedFinding[], layouts: readonly Layout[] = LAYOUTS): InvalidCase[] {
  return layouts.map((layout) => ({ name: `${name} (${layout})`, doc: () => partyDraft({ ...options, layout }), errors }));
}
