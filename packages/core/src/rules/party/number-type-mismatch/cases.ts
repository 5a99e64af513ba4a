import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { invalidInLayouts, validInLayouts } from '../../../../test/support/cases.js';
import { DOC_KINDS } from '../../../../test/support/party-draft.js';

const number = (text: string) => ({ overrides: { number: { text } } });
const withProfile = <T extends { name: string }>(profile: string, cases: T[]) => cases.map((c) => ({ ...c, name: `${c.name} [${profile}]`, profile }));

export default {
  valid: [
    ...DOC_KINDS.flatMap((kind) => validInLayouts(`compliant ${kind}`, { kind }, ['table'])),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    // Quy định: HD 36 writes QĐi, HD 05 reportedly QĐ; the default profile accepts both.
    ...validInLayouts('Quy định numbered QĐ', { kind: 'QĐi', ...number('Số 10-QĐ/TU') }, ['table', 'tabs']),
    ...withProfile('hd36', validInLayouts('Quy định numbered QĐi', { kind: 'QĐi' }, ['table', 'stacked'])),
    ...withProfile('hd05', validInLayouts('Quy định numbered QĐ', { kind: 'QĐi', ...number('Số 10-QĐ/TU') }, ['table', 'stacked'])),
    ...withProfile('hd05', validInLayouts('compliant decision', { kind: 'QĐ' }, ['table'])),
    ...validInLayouts('công văn (no type name to compare)', { kind: 'CV' }, ['tabs']),
  ],
  invalid: [
    ...invalidInLayouts('resolution numbered as a plan', number('Số 15-KH/TU'), [
      { messageId: 'mismatch', component: 'number', text: 'Số 15-KH/TU', expected: 'NQ', actual: 'KH', data: { typeName: 'NGHỊ QUYẾT' }, fixable: false },
    ]),
    ...invalidInLayouts('programme numbered CT (that is Chỉ thị)', { kind: 'CTr', ...number('Số 08-CT/TU') }, [{ messageId: 'mismatch', expected: 'CTr', actual: 'CT' }], ['table', 'tabs']),
    ...invalidInLayouts('submission numbered TT (that is Thông tri)', { kind: 'TTr', ...number('Số 05-TT/TU') }, [{ messageId: 'mismatch', expected: 'TTr', actual: 'TT' }], ['table', 'stacked']),
    ...invalidInLayouts('meeting record numbered as a report', { kind: 'BB', ...number('Số 01-BC/CB') }, [{ messageId: 'mismatch', expected: 'BB', actual: 'BC' }], ['textbox']),
    ...invalidInLayouts('Quy định symbol in capitals', { kind: 'QĐi', ...number('Số 10-QĐI/TU') }, [{ messageId: 'mismatch', expected: 'QĐi', actual: 'QĐI' }], ['table']),
    ...withProfile('hd36', invalidInLayouts('Quy định numbered QĐ', { kind: 'QĐi', ...number('Số 10-QĐ/TU') }, [{ messageId: 'mismatch', expected: 'QĐi', actual: 'QĐ' }], ['table', 'tabs'])),
    ...withProfile('hd05', invalidInLayouts('Quy định numbered QĐi', { kind: 'QĐi' }, [{ messageId: 'mismatch', expected: 'QĐ', actual: 'QĐi' }], ['table', 'textbox'])),
  ],
} satisfies CaseTable;
