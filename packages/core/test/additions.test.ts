/**
 * The additional components of HD 36 §2–§4.5 (urgency and secrecy marks, draft note, circulation notes,
 * typist mark, contact information, appendices, copy block) are recognised without disturbing the
 * rest: a compliant draft that carries them still gets zero errors, and every component of the plain
 * draft is still found where it was.
 */
import { describe, expect, it } from 'vitest';
import { recognize } from '../src/anatomy/recognize.js';
import type { Anatomy } from '../src/anatomy/types.js';
import { readDocx } from '../src/docx/reader.js';
import { check } from '../src/index.js';
import { resolveProfile } from '../src/profiles/index.js';
import { ADDED_DEFAULTS, addedDraft, type Additions } from './support/additions.js';
import { DOC_KINDS, LAYOUTS, partyDraft } from './support/party-draft.js';

function anatomy(bytes: Uint8Array): Anatomy {
  const r = readDocx(bytes);
  if (!r.ok) throw new Error(r.error.message);
  return recognize(r.value, resolveProfile('party'));
}

const errorsOf = (bytes: Uint8Array) => check(bytes).diagnostics.filter((d) => d.severity === 'error').map((d) => `¶${d.location?.paragraph ?? '-'} ${d.ruleId}: ${d.message}`);

/** The core components by kind and text, in order (paragraph ids shift with the additions). */
const core = (a: Anatomy) =>
  a.components
    .filter((c) => !['urgencyMark', 'secrecyMark', 'draftNote', 'circulationNote', 'typist', 'contact', 'appendix', 'copyBlock'].includes(c.kind))
    // The sentence that refers to the appendices is added to the body.
    .filter((c) => c.text !== ADDED_DEFAULTS.appendixReference)
    .map((c) => `${c.kind}: ${c.text}`);

const MARKS: Additions = {
  urgency: 'HỎA TỐC',
  draftNote: 'Dự thảo lần 2',
  circulation: 'XONG HỘI NGHỊ TRẢ LẠI',
  noPublication: ADDED_DEFAULTS.noPublication.text,
  typist: 'ABC268',
  contact: {},
};
const ATTACHED: Additions = { appendices: [{}, { newPage: 'break' }], copy: {} };

describe('drafts with additional components', () => {
  for (const layout of LAYOUTS)
    for (const kind of DOC_KINDS) {
      // A biên bản has no recipients, so no archive line to put a typist mark after.
      const { typist: _typist, ...withoutTypist } = MARKS;
      const marks: Additions = kind === 'BB' ? withoutTypist : MARKS;
      it(`${kind} in ${layout} layout, with marks, notes, typist mark and contact information`, () => {
        const bytes = addedDraft({ kind, layout }, marks)();
        expect(errorsOf(bytes)).toEqual([]);
        const a = anatomy(bytes);
        expect(core(a)).toEqual(core(anatomy(partyDraft({ kind, layout }))));
        const kinds = a.components.map((c) => c.kind);
        for (const k of ['urgencyMark', 'draftNote', 'circulationNote', 'contact'] as const) expect(kinds, k).toContain(k);
        if (kind !== 'BB') expect(kinds).toContain('typist');
      });
    }

  for (const layout of LAYOUTS)
    for (const kind of ['NQ', 'CV', 'KH', 'QĐi'] as const)
      it(`${kind} in ${layout} layout, with two appendices and a copy block`, () => {
        const bytes = addedDraft({ kind, layout }, ATTACHED)();
        expect(errorsOf(bytes)).toEqual([]);
        const a = anatomy(bytes);
        expect(core(a)).toEqual(core(anatomy(partyDraft({ kind, layout }))));
        expect(a.components.filter((c) => c.kind === 'appendix' && c.role === 'label').map((c) => c.text)).toEqual(['Phụ lục 1', 'Phụ lục 2']);
        expect(a.components.filter((c) => c.kind === 'copyBlock').map((c) => c.role).sort()).toEqual(['issuer', 'issuer', 'kind', 'line', 'number', 'placeDate']);
      });
});
