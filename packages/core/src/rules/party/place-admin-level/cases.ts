import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';

const DATE = 'ngày 08 tháng 01 năm 2026';
const place = (name: string, sep = ', ') => ({ overrides: { placeDate: { text: `${name}${sep}${DATE}` } } });

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('«Thành phố Huế»', place('Thành phố Huế'), ['table', 'tabs']),
    ...validInLayouts('«Phường 7»', place('Phường 7'), ['table', 'stacked']),
    ...validInLayouts('abbreviated level «TP. Huế»', place('TP. Huế'), ['table', 'textbox']),
    { name: 'abbreviated level without a space «TP.Vinh»', doc: () => partyDraft(place('TP.Vinh')) },
    { name: 'abbreviated district «Q. 1»', doc: () => partyDraft(place('Q. 1')) },
    { name: 'two-syllable place «Hà Nội»', doc: () => partyDraft(place('Hà Nội')) },
    { name: 'level in lower case «thành phố Vinh»', doc: () => partyDraft(place('thành phố Vinh')) },
    { name: 'a new special zone «Đặc khu Phú Quốc»', doc: () => partyDraft(place('Đặc khu Phú Quốc')) },
  ],
  invalid: [
    ...invalidInLayouts('one-syllable place «Huế»', place('Huế'), [
      { messageId: 'oneSyllable', component: 'placeDate', text: `Huế, ${DATE}`, data: { place: 'Huế' }, severity: 'warning', expected: '<cấp hành chính> Huế', actual: 'Huế', fixable: false },
    ]),
    ...invalidInLayouts('one-syllable place without the comma «Vinh ngày …»', place('Vinh', ' '), [{ messageId: 'oneSyllable', data: { place: 'Vinh' } }], ['table', 'stacked']),
    ...invalidInLayouts('numbered place «7»', place('7'), [{ messageId: 'numbered', data: { place: '7' }, actual: '7' }], ['table', 'tabs']),
    ...invalidInLayouts('numbered place in Roman numerals «IV»', place('IV'), [{ messageId: 'numbered', data: { place: 'IV' } }], ['textbox']),
    { name: 'one-syllable place under hd36', doc: () => partyDraft(place('Buổi')), profile: 'hd36', errors: [{ messageId: 'oneSyllable', data: { place: 'Buổi' } }] },
    { name: '«Tp» is not an abbreviation of a level when glued to the name', doc: () => partyDraft(place('Tphcm')), errors: [{ messageId: 'oneSyllable' }] },
  ],
} satisfies CaseTable;
