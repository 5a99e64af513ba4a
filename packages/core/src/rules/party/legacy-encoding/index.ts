import { defineRule } from '../../../engine/define.js';
import type { FixOp } from '../../../engine/types.js';
import type { Paragraph, Run } from '../../../model.js';
import { detectLegacy, fromLegacy, type LegacyEncoding } from '../../../text/legacy.js';
import { legacyFontOf } from '../../shared/legacy.js';

interface Found {
  name: string;
  fonts: Map<string, number>;
  byFont: boolean;
  runs: number;
  paragraphs: Set<number>;
  ops: FixOp[];
  first: { p: Paragraph; offset: number; length: number; actual: string; expected: string } | null;
}

const NON_ASCII = /[^\x00-\x7F]/;
const SAMPLE = 90;

const clip = (s: string) => (s.length > SAMPLE ? `${s.slice(0, SAMPLE - 1)}…` : s);

/** Bảng mã cũ (HD 36 §4.1): chữ gõ bằng TCVN3 (ABC) hoặc VNI thay vì Unicode TCVN 6909:2001. */
export default defineRule({
  meta: {
    id: 'party/legacy-encoding',
    component: 'document',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Bảng mã cũ TCVN3, VNI', en: 'Legacy encoding (TCVN3, VNI)' },
    description: {
      vi: 'Văn bản của Đảng dùng bộ mã Unicode theo TCVN 6909:2001. Chữ gõ bằng bảng mã cũ TCVN3 (ABC, phông .VnTime, .VnTimeH …) hoặc VNI (phông VNI-Times …) được nhận ra theo tên phông và theo các ký tự đặc trưng của bảng mã; sửa tự động bằng cách chuyển mã sang Unicode dựng sẵn và đặt phông Times New Roman.',
      en: 'Party documents use Unicode per TCVN 6909:2001. Text typed in the legacy TCVN3 (ABC: .VnTime, .VnTimeH …) or VNI (VNI-Times …) encodings is recognised by its font and by the tell-tale characters of the encoding; the fix converts it to precomposed Unicode and sets Times New Roman.',
    },
    source: 'HD 36 §4.1',
    needsTypography: true,
    messages: {
      font: {
        vi: 'Văn bản gõ bằng bảng mã {{encoding}} (phông {{fonts}}) ở {{runs}} đoạn chữ trong {{paragraphs}} đoạn văn: «{{actual}}» là «{{expected}}». Văn bản của Đảng dùng bảng mã Unicode (TCVN 6909:2001): chuyển mã sang Unicode (ví dụ Unikey › Công cụ chuyển mã, từ {{encoding}} sang Unicode) rồi đặt phông Times New Roman.',
        en: 'Text typed in the {{encoding}} encoding (font {{fonts}}) in {{runs}} runs of {{paragraphs}} paragraphs: "{{actual}}" reads "{{expected}}". Party documents use Unicode (TCVN 6909:2001): convert the text to Unicode (e.g. Unikey’s converter, from {{encoding}} to Unicode) and set Times New Roman.',
      },
      pattern: {
        vi: 'Chữ gõ bằng bảng mã {{encoding}} nhưng đang hiện bằng phông Unicode ({{fonts}}) ở {{runs}} đoạn chữ trong {{paragraphs}} đoạn văn: «{{actual}}» phải là «{{expected}}». Chuyển mã đoạn chữ đó từ {{encoding}} sang Unicode.',
        en: 'Text typed in the {{encoding}} encoding but shown in a Unicode font ({{fonts}}) in {{runs}} runs of {{paragraphs}} paragraphs: "{{actual}}" should read "{{expected}}". Convert it from {{encoding}} to Unicode.',
      },
    },
  },
  check(ctx) {
    const family = ctx.profile.font.families[0]!;
    const names = new Map<LegacyEncoding, string>((ctx.profile.legacyEncodings ?? []).map((d) => [d.encoding, d.name]));
    if (!names.size) return;
    const found = new Map<LegacyEncoding, Found>();
    for (const p of ctx.model.paragraphs) {
      const legacy = new Map<Run, ReturnType<typeof legacyFontOf>>(p.runs.map((r) => [r, legacyFontOf(ctx.profile, r.props.fontsUsed)]));
      // Runs in a Unicode font: the paragraph's characters alone tell whether they are legacy bytes.
      const plainText = p.runs.filter((r) => !legacy.get(r)).map((r) => r.text).join(' ');
      const byPattern = plainText && NON_ASCII.test(plainText) ? detectLegacy(plainText) : null;
      let pos = 0;
      const fontRuns: number[] = [];
      const converted: { run: Run; at: number; text: string; encoding: LegacyEncoding; viaFont: boolean }[] = [];
      for (const r of p.runs) {
        const at = pos;
        pos += r.text.length;
        const lf = legacy.get(r) ?? null;
        const encoding = lf?.def.encoding ?? (byPattern && NON_ASCII.test(r.text) ? byPattern : null);
        if (!encoding || !names.has(encoding) || !r.text.trim()) continue;
        if (lf) fontRuns.push(r.index);
        converted.push({ run: r, at, text: fromLegacy(r.text, encoding, lf?.upperCase ?? false), encoding, viaFont: !!lf });
        const f = found.get(encoding) ?? { name: names.get(encoding)!, fonts: new Map(), byFont: false, runs: 0, paragraphs: new Set(), ops: [], first: null };
        found.set(encoding, f);
        const font = lf?.font ?? r.props.fontsUsed.find((x) => x !== '') ?? family;
        f.fonts.set(font, (f.fonts.get(font) ?? 0) + 1);
        f.byFont ||= !!lf;
        f.runs++;
        f.paragraphs.add(p.id);
      }
      if (!converted.length) continue;
      for (const c of converted) {
        const f = found.get(c.encoding)!;
        // One replaceText per stretch of the run between tabs and breaks (one w:t element each).
        const re = /[^\t\n]+/g;
        let m: RegExpExecArray | null;
        while ((m = re.exec(c.run.text))) {
          const to = fromLegacy(m[0], c.encoding, legacy.get(c.run)?.upperCase ?? false);
          if (to !== m[0]) f.ops.push({ op: 'replaceText', paragraph: p.id, offset: c.at + m.index, length: m[0].length, text: to });
        }
        if (!f.first) {
          const actual = p.text.slice(converted[0]!.at, converted[converted.length - 1]!.at + converted[converted.length - 1]!.run.text.length);
          const expected = converted.map((x, i) => x.text + (converted[i + 1] ? p.text.slice(x.at + x.run.text.length, converted[i + 1]!.at) : '')).join('');
          f.first = { p, offset: converted[0]!.at, length: actual.length, actual: clip(actual.trim()), expected: clip(expected.trim()) };
        }
      }
      if (fontRuns.length) {
        const enc = converted.find((c) => c.viaFont)!.encoding;
        found.get(enc)!.ops.push({ op: 'setRunProps', paragraph: p.id, runs: fontRuns, props: { font: family } });
      }
    }
    for (const f of found.values()) {
      const fonts = [...f.fonts.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([x]) => x)
        .join(', ');
      ctx.report({
        messageId: f.byFont ? 'font' : 'pattern',
        data: { encoding: f.name, fonts, runs: f.runs, paragraphs: f.paragraphs.size, actual: f.first!.actual, expected: f.first!.expected },
        paragraph: f.first!.p,
        offset: f.first!.offset,
        length: f.first!.length,
        expected: f.first!.expected,
        actual: f.first!.actual,
        fix: { kind: 'safe', ops: f.ops },
      });
    }
  },
});
