import { defineRule } from '../../../engine/define.js';
import type { FixOp } from '../../../engine/types.js';
import type { Paragraph } from '../../../model.js';
import { legacyFont } from '../../shared/legacy.js';

/** Phông chữ (HD 36 §4.1): Times New Roman, bộ mã Unicode TCVN 6909:2001. */
export default defineRule({
  meta: {
    id: 'party/font-family',
    component: 'document',
    severity: 'error',
    fixable: 'safe',
    title: { vi: 'Phông chữ Times New Roman', en: 'Times New Roman font' },
    description: {
      vi: 'Mọi chữ trong văn bản dùng phông Times New Roman (bộ mã Unicode theo TCVN 6909:2001). Phông được xét theo ô phông Word thực sự dùng để vẽ chữ: chữ tiếng Việt có dấu dùng ô w:hAnsi, không phải w:ascii.',
      en: 'All text uses Times New Roman (Unicode, TCVN 6909:2001), judged on the font slot Word actually draws with: Vietnamese letters with diacritics use w:hAnsi, not w:ascii.',
    },
    source: 'HD 36 §4.1',
    needsTypography: true,
    messages: {
      font: {
        vi: 'Văn bản dùng phông {{fonts}} ở {{runs}} đoạn chữ (trong {{paragraphs}} đoạn văn); văn bản của Đảng dùng phông {{expected}}. Chọn toàn bộ văn bản (Ctrl+A) và đặt phông {{expected}}, hoặc sửa phông của kiểu Normal.',
        en: 'The document uses {{fonts}} in {{runs}} runs ({{paragraphs}} paragraphs); Party documents use {{expected}}. Select all (Ctrl+A) and set {{expected}}, or change the font of the Normal style.',
      },
      fontSlot: {
        vi: 'Chữ không dấu hiện phông {{expected}} nhưng chữ tiếng Việt có dấu được vẽ bằng phông {{fonts}} (ô phông w:hAnsi) ở {{runs}} đoạn chữ (trong {{paragraphs}} đoạn văn). Chọn toàn bộ văn bản (Ctrl+A) và đặt lại phông {{expected}} để mọi ô phông cùng là {{expected}}.',
        en: 'Plain letters show {{expected}}, but Vietnamese letters with diacritics are drawn in {{fonts}} (the w:hAnsi font slot) in {{runs}} runs ({{paragraphs}} paragraphs). Select all (Ctrl+A) and set {{expected}} again so that every slot is {{expected}}.',
      },
    },
  },
  check(ctx) {
    const families = ctx.profile.font.families;
    const allowed = new Set(families.map((f) => f.trim().toLowerCase()));
    const ok = (font: string) => allowed.has(font.trim().toLowerCase());
    const counts = new Map<string, number>();
    const ops: FixOp[] = [];
    let first: Paragraph | null = null;
    let runs = 0;
    // Only the hAnsi slot is wrong everywhere: the font box shows Times New Roman, the diacritics are not.
    let hiddenSlotOnly = true;
    for (const p of ctx.model.paragraphs) {
      const indices: number[] = [];
      for (const r of p.runs) {
        if (!r.text.trim()) continue;
        // Legacy Vietnamese fonts (.VnTime, VNI-Times) are party/legacy-encoding's: their text needs converting too.
        const bad = r.props.fontsUsed.filter((f) => !ok(f) && !legacyFont(ctx.profile, f));
        if (!bad.length) continue;
        runs++;
        indices.push(r.index);
        for (const f of bad) counts.set(f, (counts.get(f) ?? 0) + 1);
        if (!(r.props.fonts.ascii && ok(r.props.fonts.ascii))) hiddenSlotOnly = false;
      }
      if (!indices.length) continue;
      first ??= p;
      ops.push({ op: 'setRunProps', paragraph: p.id, runs: indices, props: { font: families[0]! } });
    }
    if (!runs) return;
    const fonts = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([f]) => f)
      .join(', ');
    const expected = families.join(', ');
    ctx.report({
      messageId: hiddenSlotOnly ? 'fontSlot' : 'font',
      data: { fonts, runs, paragraphs: ops.length, expected },
      paragraph: first,
      expected,
      actual: fonts,
      fix: { kind: 'safe', ops },
    });
  },
});
