/**
 * Fixes of party/cv-summary, party/kinh-gui and party/signature-name applied by the real docx writer
 * (`fixDocx`): the finding is gone after the fix and the text is unchanged except the fixed characters.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../src/engine/check.js';
import { fixDocx } from '../src/engine/fix.js';
import { readDocx } from '../src/docx/reader.js';
import { partyDraft, type DraftOptions } from './support/party-draft.js';

function texts(bytes: Uint8Array): string[] {
  const r = readDocx(bytes);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.paragraphs.map((p) => p.text);
}

const findings = (bytes: Uint8Array, ruleId: string, profile = 'party') => check(bytes, { profile }).diagnostics.filter((d) => d.ruleId === ruleId);

interface FixCase {
  name: string;
  ruleId: string;
  options: DraftOptions;
  profile?: string;
  /** The text edit the fix makes (none for formatting fixes). */
  edit?: [from: string, to: string];
}

const CASES: FixCase[] = [
  {
    name: 'cv-summary: «V/v» becomes «về việc»',
    ruleId: 'party/cv-summary',
    options: { kind: 'CV', overrides: { cvSummary: { text: 'V/v chuẩn bị tổng kết năm 2025' } } },
    edit: ['V/v chuẩn bị', 'về việc chuẩn bị'],
  },
  {
    name: 'cv-summary (hd36): «V/v» dropped, first letter capital',
    ruleId: 'party/cv-summary',
    profile: 'hd36',
    options: { kind: 'CV', overrides: { cvSummary: { text: 'V/v chuẩn bị tổng kết năm 2025' } } },
    edit: ['V/v chuẩn bị', 'Chuẩn bị'],
  },
  {
    name: 'cv-summary: 14 pt upright bold becomes 12 pt italic',
    ruleId: 'party/cv-summary',
    options: { kind: 'CV', layout: 'tabs', overrides: { cvSummary: { sz: 14, i: false, b: true } } },
  },
  {
    name: 'kinh-gui: «Kính trình» of a công văn becomes «Kính gửi»',
    ruleId: 'party/kinh-gui',
    options: { kind: 'CV', overrides: { kinhGui: { text: 'Kính trình:' } } },
    edit: ['Kính trình:', 'Kính gửi:'],
  },
  {
    name: 'kinh-gui: label italic, addressee upright, line centred',
    ruleId: 'party/kinh-gui',
    options: { kind: 'CV', layout: 'stacked', overrides: { kinhGui: { i: false, align: 'left' }, addressees: { i: true } } },
  },
  {
    name: 'signature-name: «TS.» removed',
    ruleId: 'party/signature-name',
    options: { overrides: { signatureName: { text: 'TS. Nguyễn Văn An' } } },
    edit: ['TS. Nguyễn Văn An', 'Nguyễn Văn An'],
  },
  {
    name: 'signature-name: «Đại tá» removed (tabs layout)',
    ruleId: 'party/signature-name',
    options: { layout: 'tabs', overrides: { signatureName: { text: 'Đại tá Nguyễn Văn An' } } },
    edit: ['Đại tá Nguyễn Văn An', 'Nguyễn Văn An'],
  },
];

describe('fixes of the issue-3 rules, applied by the docx writer', () => {
  for (const c of CASES)
    it(c.name, () => {
      const before = partyDraft(c.options);
      const found = findings(before, c.ruleId, c.profile);
      expect(found.filter((d) => d.fixable).length, `${c.ruleId} should report a fixable finding`).toBeGreaterThan(0);
      const result = fixDocx(before, { only: [c.ruleId], ...(c.profile ? { profile: c.profile } : {}) });
      expect(result.error).toBeNull();
      expect(result.skipped).toEqual([]);
      const left = findings(result.bytes, c.ruleId, c.profile).filter((d) => d.fixable);
      expect(left.map((d) => d.message)).toEqual([]);
      const [t0, t1] = [texts(before), texts(result.bytes)];
      expect(t1.length).toBe(t0.length);
      if (!c.edit) {
        expect(t1).toEqual(t0);
        return;
      }
      const [from, to] = c.edit;
      const i = t0.findIndex((t) => t.includes(from));
      expect(i).toBeGreaterThanOrEqual(0);
      expect(t1[i]).toBe(t0[i]!.replace(from, to));
      t0.forEach((t, k) => k !== i && expect(t1[k], `paragraph ${k + 1}`).toBe(t));
    });
});
