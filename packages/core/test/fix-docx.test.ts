/**
 * The docx fix writer: the defect is gone after `fix`, the text is unchanged except the fixed
 * characters, and every part the fix did not need stays identical (compared after unzipping both).
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { check } from '../src/engine/check.js';
import { applyDocxFixes } from '../src/fix/docx.js';
import { fixDocx } from '../src/engine/fix.js';
import { readDocx } from '../src/docx/reader.js';
import type { Fix } from '../src/engine/types.js';
import type { DocModel } from '../src/model.js';
import { partyDraft, type DraftOptions } from './support/party-draft.js';

const fixesOf = (bytes: Uint8Array): Fix[] => check(bytes).diagnostics.flatMap((d) => (d.fix ? [d.fix] : []));

function model(bytes: Uint8Array): DocModel {
  const r = readDocx(bytes);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function roundTrip(options: DraftOptions, ruleId: string) {
  const before = partyDraft(options);
  const found = check(before).diagnostics.filter((d) => d.ruleId === ruleId);
  expect(found.length, `${ruleId} should fire on the seeded draft`).toBeGreaterThan(0);
  const r = applyDocxFixes(before, found.flatMap((d) => (d.fix ? [d.fix] : [])), model(before));
  return { before, after: r.bytes, result: r };
}

function unchangedPartsIdentical(a: Uint8Array, b: Uint8Array, changed: string[]) {
  const za = unzipSync(a);
  const zb = unzipSync(b);
  expect(Object.keys(zb).sort()).toEqual(Object.keys(za).sort());
  for (const name of Object.keys(za)) if (!changed.includes(name)) expect(Buffer.compare(Buffer.from(za[name]!), Buffer.from(zb[name]!)), name).toBe(0);
}

function texts(bytes: Uint8Array): string[] {
  return model(bytes).paragraphs.map((p) => p.text);
}

describe('applyDocxFixes', () => {
  it('replaceText: adds the leading zeros of a date and nothing else', () => {
    const { before, after, result } = roundTrip({ overrides: { placeDate: { text: 'Tân An, ngày 8 tháng 1 năm 2026' } } }, 'party/date-format');
    expect(result.skipped).toEqual([]);
    expect(check(after).diagnostics.filter((d) => d.ruleId === 'party/date-format')).toEqual([]);
    const [t0, t1] = [texts(before), texts(after)];
    const i = t0.findIndex((t) => t.includes('ngày 8 tháng 1'));
    expect(t1[i]).toBe(t0[i]!.replace('ngày 8 tháng 1', 'ngày 08 tháng 01'));
    t0.forEach((t, k) => k !== i && expect(t1[k]).toBe(t));
    unchangedPartsIdentical(before, after, result.changedParts);
    expect(result.changedParts).toEqual(['word/document.xml']);
  });

  it('setRunProps: fixes the Party header size and weight in place', () => {
    const { before, after, result } = roundTrip({ overrides: { partyHeader: { sz: 13, b: false } } }, 'party/party-header-format');
    expect(check(after).diagnostics.filter((d) => d.ruleId === 'party/party-header-format')).toEqual([]);
    expect(texts(after)).toEqual(texts(before));
    unchangedPartsIdentical(before, after, result.changedParts);
    const xml = strFromU8(unzipSync(after)['word/document.xml']!);
    // rPr children stay in schema order: b before sz.
    expect(xml).toMatch(/<w:b\/><w:bCs\/>.*?<w:sz w:val="30"\/><w:szCs w:val="30"\/>/s);
  });

  it('setPageSetup: Letter paper becomes A4 and the margins follow HD 36', () => {
    const opts: DraftOptions = { section: { widthMm: 215.9, heightMm: 279.4, marginsMm: { top: 25.4, bottom: 25.4, left: 25.4, right: 25.4 } } };
    const before = partyDraft(opts);
    const fixes = fixesOf(before);
    const r = applyDocxFixes(before, fixes, model(before));
    const ids = check(r.bytes).diagnostics.map((d) => d.ruleId);
    expect(ids).not.toContain('party/page-size');
    expect(ids).not.toContain('party/page-margins');
    expect(model(r.bytes).sections[0]!.page).toMatchObject({ widthMm: 210, heightMm: 297, marginsMm: { top: 20, bottom: 20, left: 30, right: 15 } });
    unchangedPartsIdentical(before, r.bytes, r.changedParts);
  });

  it('fix then check: no fixable finding is left on a draft with many seeded defects', () => {
    const before = partyDraft({
      layout: 'tabs',
      overrides: {
        partyHeader: { sz: 14 },
        placeDate: { text: 'Tân An, ngày 8 tháng 1 năm 2026', i: false },
        typeName: { sz: 14 },
        signatureName: { b: false },
      },
    });
    const r = fixDocx(before);
    expect(r.error).toBeNull();
    expect(r.passes).toBeGreaterThanOrEqual(1);
    const cur = r.bytes;
    const left = check(cur).diagnostics.filter((d) => d.fixable);
    expect(r.remaining.filter((d) => d.fixable)).toEqual([]);
    expect(left.map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
    // The words are all still there.
    expect(texts(cur).join('\n').replace('ngày 08 tháng 01', 'ngày 8 tháng 1')).toBe(texts(before).join('\n'));
  });
});
