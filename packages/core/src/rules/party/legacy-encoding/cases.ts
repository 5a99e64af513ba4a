import type { CaseTable } from '../../../../test/support/rule-tester.js';
import { partyDraft, validInLayouts } from '../../../../test/support/cases.js';
import { DEFAULT_TEXTS, DOC_KINDS } from '../../../../test/support/party-draft.js';
import { editedDraft, editedInLayouts, editRuns } from '../../../../test/support/draft-edit.js';
import type { RunSpec } from '../../../../test/support/docx-builder.js';
import { TCVN3_TABLE } from '../../../text/legacy.js';

/** Realistic legacy text, written out byte for byte (Windows-1252 as Word shows it in a Unicode font). */
export const TCVN3 = {
  header: '§¶NG CéNG S¶N VIÖT NAM', // in .VnTimeH: ĐẢNG CỘNG SẢN VIỆT NAM
  date: 'T©n An, ngµy 08 th¸ng 01 n¨m 2026', // Tân An, ngày 08 tháng 01 năm 2026
  body: 'Ban Th\u00ADêng vô TØnh ñy häp ®¸nh gi¸ kÕt qu¶ thùc hiÖn nhiÖm vô n¨m 2025.', // Ban Thường vụ Tỉnh ủy họp đánh giá …
};
export const VNI = {
  header: 'ÑAÛNG COÄNG SAÛN VIEÄT NAM',
  body: 'Ban Thöôøng vuï Tænh uûy hoïp ñaùnh giaù keát quaû thöïc hieän nhieäm vuï naêm 2025.',
};
const BODY_UNICODE = 'Ban Thường vụ Tỉnh ủy họp đánh giá kết quả thực hiện nhiệm vụ năm 2025.';

const INVERSE = new Map([...TCVN3_TABLE].map(([k, v]) => [v, k]));
/** Unicode → TCVN3 bytes for `.VnTime` (lower case and Ă Â Ê Ô Ơ Ư Đ) — for whole drafts typed the old way. */
function toTcvn3(text: string): string {
  return [...text.normalize('NFC')].map((ch) => INVERSE.get(ch) ?? (/[^\x00-\x7F]/.test(ch) ? INVERSE.get(ch.toLowerCase()) ?? ch : ch)).join('');
}

/** Every run of the draft typed in TCVN3: capitals lines in `.VnTimeH`, the rest in `.VnTime`. */
function wholeDraftInTcvn3(run: RunSpec): RunSpec {
  if (run.tab || run.field || !run.text) return run;
  const upper = /\p{Lu}/u.test(run.text) && !/\p{Ll}/u.test(run.text);
  return { ...run, text: toTcvn3(upper ? run.text.toLowerCase() : run.text), font: upper ? '.VnTimeH' : '.VnTime' };
}

const header = (text: string, font: string) => (spec: Parameters<typeof editRuns>[0]) => editRuns(spec, DEFAULT_TEXTS.partyHeader, (r) => ({ ...r, text, font }));
const body = (text: string, font: string) => (spec: Parameters<typeof editRuns>[0]) => editRuns(spec, /^Ngày 06 tháng 01 năm 2026, Ban Thường vụ/, (r) => ({ ...r, text, font }));

export default {
  valid: [
    ...DOC_KINDS.map((kind) => ({ name: `compliant ${kind}`, doc: () => partyDraft({ kind, layout: 'table' }) })),
    ...validInLayouts('compliant resolution', {}, ['tabs', 'textbox', 'stacked']),
    {
      name: 'Unicode text with «guillemets», © and § signs',
      doc: editedDraft({}, body('Theo «Quy chế làm việc» (§ 2, Điều 5) © Văn phòng Tỉnh ủy; nhiệt độ 25 °C; tỷ lệ ½ số phiếu.', 'Times New Roman')),
    },
    {
      name: 'a run of English text in Arial (not a legacy font)',
      doc: editedDraft({}, body('Resolution on the tasks for 2026 — summary.', 'Arial')),
    },
  ],
  invalid: [
    ...editedInLayouts('Party header in .VnTimeH', {}, header(TCVN3.header, '.VnTimeH'), undefined, [
      {
        messageId: 'font',
        text: TCVN3.header,
        data: { encoding: 'TCVN3 (ABC)', fonts: '.VnTimeH', runs: 1, paragraphs: 1 },
        actual: TCVN3.header,
        expected: 'ĐẢNG CỘNG SẢN VIỆT NAM',
        fixable: true,
      },
    ]),
    ...editedInLayouts('a body paragraph in .VnTime', {}, body(TCVN3.body, '.VnTime'), ['table', 'stacked'], [
      { messageId: 'font', text: TCVN3.body, data: { fonts: '.VnTime' }, actual: TCVN3.body, expected: BODY_UNICODE },
    ]),
    {
      name: 'the whole draft typed in TCVN3 (.VnTime, .VnTimeH)',
      doc: editedDraft({ layout: 'table' }, (spec) => editRuns(spec, /./u, wholeDraftInTcvn3)),
      // Typed in lower case: the .VnTimeH font draws it in capitals.
      errors: [{ messageId: 'font', text: 'tØnh ñy long an', data: { encoding: 'TCVN3 (ABC)', fonts: '.VnTime, .VnTimeH' }, actual: 'tØnh ñy long an', expected: 'TỈNH ỦY LONG AN' }],
    },
    ...editedInLayouts('Party header in VNI-Times', {}, header(VNI.header, 'VNI-Times'), ['table', 'tabs'], [
      { messageId: 'font', text: VNI.header, data: { encoding: 'VNI', fonts: 'VNI-Times' }, expected: 'ĐẢNG CỘNG SẢN VIỆT NAM' },
    ]),
    ...editedInLayouts('a body paragraph in VNI-Helve', {}, body(VNI.body, 'VNI-Helve'), ['table', 'textbox'], [
      { messageId: 'font', text: VNI.body, data: { encoding: 'VNI', fonts: 'VNI-Helve' }, expected: BODY_UNICODE },
    ]),
    ...editedInLayouts('TCVN3 text whose font was changed to Times New Roman', {}, body(TCVN3.body, 'Times New Roman'), ['table', 'tabs', 'stacked'], [
      { messageId: 'pattern', text: TCVN3.body, data: { encoding: 'TCVN3 (ABC)', fonts: 'Times New Roman', runs: 1 }, actual: TCVN3.body, expected: BODY_UNICODE, fixable: true },
    ]),
    ...editedInLayouts('the place and date in TCVN3 shown in Times New Roman', {}, (spec) => editRuns(spec, DEFAULT_TEXTS.placeDate, (r) => ({ ...r, text: TCVN3.date })), ['table', 'textbox'], [
      { messageId: 'pattern', text: TCVN3.date, expected: DEFAULT_TEXTS.placeDate },
    ]),
    ...editedInLayouts('VNI text whose font was changed to Times New Roman', {}, body(VNI.body, 'Times New Roman'), ['table', 'stacked'], [
      { messageId: 'pattern', text: VNI.body, data: { encoding: 'VNI' }, expected: BODY_UNICODE },
    ]),
  ],
} satisfies CaseTable;
