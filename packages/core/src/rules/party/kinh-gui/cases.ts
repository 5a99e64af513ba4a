import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts, invalidInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';

const CV = { kind: 'CV' } as const;
const TTR = { kind: 'TTr' } as const;
const SEVERAL = ['- Ban Tổ chức Tỉnh ủy,', '- Văn phòng Tỉnh ủy.'];

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant công văn', CV, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('compliant tờ trình', TTR, ['tabs', 'textbox', 'stacked']),
    ...validInLayouts('several addressees, one per line', { ...CV, overrides: { addressees: { text: SEVERAL } } }, ['table', 'stacked']),
    ...validInLayouts('tờ trình «Kính trình:» (accepted by the party profile)', { ...TTR, overrides: { kinhGui: { text: 'Kính trình:' } } }, ['table', 'tabs']),
    { name: 'hd05: tờ trình «Kính trình:»', doc: () => partyDraft({ ...TTR, overrides: { kinhGui: { text: 'Kính trình:' } } }), profile: 'hd05' },
    { name: 'hd36: compliant tờ trình', doc: () => partyDraft(TTR), profile: 'hd36' },
    ...validInLayouts('resolution without Kính gửi', {}, ['tabs', 'textbox', 'stacked']),
  ],
  invalid: [
    ...invalidInLayouts('công văn «Kính trình:»', { ...CV, overrides: { kinhGui: { text: 'Kính trình:' } } }, [
      { messageId: 'label', component: 'kinhGui', data: { expected: 'Kính gửi', actual: 'Kính trình' }, expected: 'Kính gửi', actual: 'Kính trình', fixable: true },
    ]),
    {
      name: 'hd05: tờ trình «Kính gửi:»',
      doc: () => partyDraft(TTR),
      profile: 'hd05',
      errors: [{ messageId: 'label', expected: 'Kính trình', actual: 'Kính gửi', fixable: true }],
    },
    ...invalidInLayouts('label upright', { ...CV, overrides: { kinhGui: { i: false } } }, [
      { messageId: 'italic', component: 'kinhGui', text: /^Kính gửi:/, fixable: true },
    ]),
    ...invalidInLayouts('tờ trình label 13 pt', { ...TTR, overrides: { kinhGui: { sz: 13 } } }, [{ messageId: 'size', component: 'kinhGui', expected: '14 pt', actual: '13 pt' }], ['table', 'stacked']),
    ...invalidInLayouts('addressee in italics', { ...CV, overrides: { addressees: { i: true } } }, [
      { messageId: 'notItalic', component: 'addressee', data: { what: 'Tên nơi nhận sau «Kính gửi»' }, fixable: true },
    ]),
    ...invalidInLayouts('several addressees in 12 pt', { ...CV, overrides: { addressees: { text: SEVERAL, sz: 12 } } }, [
      { messageId: 'size', component: 'addressee', text: '- Ban Tổ chức Tỉnh ủy,', expected: '14 pt', actual: '12 pt' },
      { messageId: 'size', component: 'addressee', text: '- Văn phòng Tỉnh ủy.', expected: '14 pt', actual: '12 pt' },
    ], ['table', 'stacked']),
    ...invalidInLayouts('công văn Kính gửi aligned left', { ...CV, overrides: { kinhGui: { align: 'left' } } }, [
      { messageId: 'centre', component: 'kinhGui', expected: 'center', actual: 'left', fixable: true },
    ], ['table', 'tabs', 'stacked']),
    ...invalidInLayouts('no «- Như trên,» in the recipients', { ...CV, overrides: { recipientsItems: { text: ['- Thường trực Tỉnh ủy,', '- Lưu Văn phòng Tỉnh ủy.'] } } }, [
      { messageId: 'nhuTren', component: 'recipientsItem', text: '- Thường trực Tỉnh ủy,', expected: '- Như trên,', actual: '- Thường trực Tỉnh ủy,', fixable: false },
    ]),
    ...invalidInLayouts('tờ trình: «- Như trên,» not first', { ...TTR, overrides: { recipientsItems: { text: ['- Các đồng chí Tỉnh ủy viên,', '- Như trên,', '- Lưu Văn phòng Tỉnh ủy.'] } } }, [
      { messageId: 'nhuTren', data: { actual: '- Các đồng chí Tỉnh ủy viên,' } },
    ], ['table', 'textbox']),
    ...invalidInLayouts('công văn without Kính gửi', { ...CV, omit: ['kinhGui', 'addressees'] }, [
      { messageId: 'missing', component: 'kinhGui', data: { expected: 'Kính gửi' }, expected: 'Kính gửi:', actual: null, fixable: false },
    ], ['table', 'tabs', 'stacked']),
    { name: 'hd05: tờ trình without Kính trình', doc: () => partyDraft({ ...TTR, omit: ['kinhGui', 'addressees'] }), profile: 'hd05', errors: [{ messageId: 'missing', expected: 'Kính trình:' }] },
  ],
} satisfies CaseTable;
