import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts } from '../../../../test/support/cases.js';
import { DEFAULT_TEXTS, DOC_KINDS } from '../../../../test/support/party-draft.js';
import { editedInLayouts, paragraphsWithRun } from '../../../../test/support/draft-edit.js';

const items = (...text: string[]) => ({ overrides: { recipientsItems: { text } } });
const addressees = (...text: string[]) => ({ kind: 'CV' as const, overrides: { addressees: { text } } });
const [FIRST, SECOND, ARCHIVE] = DEFAULT_TEXTS.recipientsItems;

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('compliant công văn (Kính gửi: on one line)', { kind: 'CV' }, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('compliant tờ trình', { kind: 'TTr' }, ['tabs', 'stacked']),
    ...validInLayouts('a single recipient ends with a period', items(ARCHIVE), ['table', 'tabs']),
    ...validInLayouts('several addressees, one per line', addressees('- Ban Tổ chức Tỉnh ủy,', '- Văn phòng Tỉnh ủy.'), ['table', 'stacked']),
    ...editedInLayouts(
      'first of several addressees on the Kính gửi line ends with a comma',
      addressees('Ban Tổ chức Tỉnh ủy,', '- Văn phòng Tỉnh ủy.'),
      (spec) => {
        // "Kính gửi: Ban Tổ chức Tỉnh ủy," — a space instead of the tab, the others on their own lines.
        for (const p of paragraphsWithRun(spec, DEFAULT_TEXTS.kinhGui)) p.runs = p.runs.map((r) => (typeof r !== 'string' && r.tab ? { text: ' ', sz: r.sz } : r));
      },
      ['table', 'stacked'],
    ),
  ],
  invalid: [
    ...invalidInLayouts('no colon after Nơi nhận', { overrides: { recipientsLabel: { text: 'Nơi nhận' } } }, [
      { messageId: 'labelColon', component: 'recipientsLabel', text: 'Nơi nhận', data: { label: 'Nơi nhận', expected: 'Nơi nhận:' }, expected: 'Nơi nhận:', fixable: true },
    ]),
    ...invalidInLayouts('semicolon after Nơi nhận', { overrides: { recipientsLabel: { text: 'Nơi nhận;' } } }, [
      { messageId: 'labelColon', actual: 'Nơi nhận;', expected: 'Nơi nhận:' },
    ], ['table', 'stacked']),
    ...invalidInLayouts('no colon after Kính gửi', { kind: 'CV', overrides: { kinhGui: { text: 'Kính gửi' } } }, [
      { messageId: 'labelColon', component: 'kinhGui', text: /^Kính gửi Các đảng ủy/, data: { label: 'Kính gửi' } },
    ]),
    ...invalidInLayouts('tờ trình: no colon after Kính gửi', { kind: 'TTr', overrides: { kinhGui: { text: 'Kính gửi' } } }, [{ messageId: 'labelColon', component: 'kinhGui' }], ['table', 'tabs']),
    ...invalidInLayouts('addressee on the Kính gửi line without a period', addressees('Các đảng ủy trực thuộc Tỉnh ủy'), [
      { messageId: 'addresseeEnd', component: 'kinhGui', data: { expected: '.', expectedText: 'Các đảng ủy trực thuộc Tỉnh ủy.' }, actual: null, fixable: true },
    ]),
    ...invalidInLayouts('addressee on the Kính gửi line ends with a semicolon', addressees('Các đảng ủy trực thuộc Tỉnh ủy;'), [
      { messageId: 'addresseeEnd', expected: '.', actual: ';' },
    ], ['table', 'textbox']),
    ...invalidInLayouts('State style: semicolons and "Lưu: VT"', items('- Ban Thường vụ Tỉnh ủy;', '- Các huyện ủy, thành ủy;', '- Lưu: VT, VPTU.'), [
      { messageId: 'stateSemicolon', component: 'recipientsItem', text: '- Ban Thường vụ Tỉnh ủy;', data: { count: 2 }, expected: ',', actual: ';', fixable: true },
      { messageId: 'stateArchive', text: '- Lưu: VT, VPTU.', data: { actual: '- Lưu: VT, VPTU.' }, fixable: false },
    ]),
    ...invalidInLayouts('semicolon on the last line too', items(`${FIRST.slice(0, -1)};`, `${SECOND.slice(0, -1)};`, `${ARCHIVE.slice(0, -1)};`), [
      { messageId: 'stateSemicolon', data: { count: 3 }, expected: ', .' },
    ], ['tabs']),
    ...invalidInLayouts('last recipient ends with a comma', items(FIRST, SECOND, '- Lưu Văn phòng Tỉnh ủy,'), [
      { messageId: 'lastPeriod', component: 'recipientsItem', text: '- Lưu Văn phòng Tỉnh ủy,', data: { expected: '- Lưu Văn phòng Tỉnh ủy.' }, expected: '.', actual: ',' },
    ]),
    ...invalidInLayouts('recipient without a closing comma', items('- Ban Thường vụ Tỉnh ủy', SECOND, ARCHIVE), [
      { messageId: 'itemComma', text: '- Ban Thường vụ Tỉnh ủy', data: { expected: '- Ban Thường vụ Tỉnh ủy,' }, expected: ',', actual: null },
    ], ['table', 'tabs', 'stacked']),
    ...invalidInLayouts('period in the middle of the list', items(FIRST, '- Các huyện ủy, thành ủy.', ARCHIVE), [
      { messageId: 'itemComma', expected: ',', actual: '.' },
    ], ['textbox']),
    ...invalidInLayouts('plus sign instead of a hyphen', items('+ Ban Thường vụ Tỉnh ủy,', SECOND, ARCHIVE), [
      { messageId: 'itemDash', text: '+ Ban Thường vụ Tỉnh ủy,', data: { expected: '- Ban Thường vụ Tỉnh ủy,' }, expected: '- ', actual: '+ ' },
    ]),
    ...invalidInLayouts('hyphen without a space', items(FIRST, '-Các huyện ủy, thành ủy,', ARCHIVE), [{ messageId: 'itemDash', actual: '-' }], ['table', 'stacked']),
    ...invalidInLayouts('recipient without a hyphen', items(FIRST, 'Các huyện ủy, thành ủy,', ARCHIVE), [
      { messageId: 'itemDash', text: 'Các huyện ủy, thành ủy,', data: { expected: '- Các huyện ủy, thành ủy,' }, actual: null, fixable: true },
    ], ['table']),
  ],
} satisfies CaseTable;
