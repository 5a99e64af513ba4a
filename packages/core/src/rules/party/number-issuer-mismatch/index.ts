import { parseNumber } from '../../../anatomy/patterns.js';
import { defineRule } from '../../../engine/define.js';
import type { RuleContext } from '../../../engine/types.js';
import { fold, foldedRegExp, stripDiacritics, toneKey } from '../../../text.js';
import { componentsOf, firstOf } from '../../shared/anatomy.js';

interface Committee {
  match: string;
  symbols: string[];
}

/** Initial of a syllable, upper case; "đ" keeps its stroke (ĐU, ĐUK, BCSĐ). */
function initial(syllable: string): string {
  const ch = syllable.charAt(0).toLocaleUpperCase('vi');
  return ch === 'Đ' ? ch : stripDiacritics(ch);
}

/** Comparison key of a symbol: NFC, upper case, one tone placement. */
const key = (s: string) => toneKey(s.normalize('NFC')).toLocaleUpperCase('vi');

/** Ký hiệu cơ quan ban hành trong số, ký hiệu (HD 36 §1.3.1 b). */
export default defineRule({
  meta: {
    id: 'party/number-issuer-mismatch',
    component: 'number',
    severity: 'warning',
    fixable: false,
    title: { vi: 'Ký hiệu cơ quan ban hành không khớp', en: 'Issuer symbol does not match the issuer' },
    description: {
      vi: 'Ký hiệu cơ quan ban hành trong số và ký hiệu khớp với cơ quan ban hành: tỉnh ủy TU, huyện ủy HU, quận ủy QU, đảng ủy ĐU, đảng ủy khối ĐUK, chi bộ CB, đại hội ĐH, Trung ương TW …; cơ quan tham mưu, giúp việc ghi chữ cái đầu tên cơ quan và tên cấp ủy (VPTU, BTCTU, UBKTTW).',
      en: 'The issuer symbol of the number matches the issuing body: tỉnh ủy TU, huyện ủy HU, quận ủy QU, đảng ủy ĐU, đảng ủy khối ĐUK, chi bộ CB, congress ĐH, Central Committee TW …; advisory bodies write the initials of their name and of their committee (VPTU, BTCTU, UBKTTW).',
    },
    source: 'HD 36 §1.3.1 b',
    messages: {
      mismatch: {
        vi: 'Ký hiệu cơ quan ban hành «{{actual}}» không khớp với «{{issuer}}»; ký hiệu đúng là «{{expected}}» ({{number}}).',
        en: 'The issuer symbol "{{actual}}" does not match "{{issuer}}"; the symbol is "{{expected}}" ({{number}}).',
      },
    },
  },
  check(ctx) {
    const number = firstOf(ctx.anatomy, 'number');
    if (!number) return;
    const parts = parseNumber(number.text);
    if (!parts?.issuerSymbol || !parts.typeSymbol) return ctx.note(`number "${number.text}" has no issuer symbol`);
    const issuer = componentsOf(ctx.anatomy, 'issuer').map((c) => c.text).join(' ');
    if (!issuer) return ctx.note('no issuer recognised');
    const expected = expectedSymbols(ctx, issuer);
    if (!expected.length) return ctx.note(`no symbol known for the issuer "${issuer}"`);
    const actual = parts.issuerSymbol;
    const given = actual.split('-').map(key);
    // Joint issuers (BTCTU-BDVTU): the issuing body is one of them; the others are not judged.
    if (given.some((g) => expected.some((e) => key(e) === g))) return;
    if (given.length > 1) return ctx.note(`joint issuer symbol "${actual}" names none of ${expected.join(', ')}; not judged`);
    const at = number.text.lastIndexOf(actual);
    ctx.report({
      messageId: 'mismatch',
      data: { actual, expected: expected.join(' / '), issuer, number: number.text },
      paragraph: number.paragraph,
      offset: number.offset + Math.max(0, at),
      length: at >= 0 ? actual.length : number.length,
      expected: expected[0]!,
      actual,
    });
  },
});

/**
 * The symbols the issuer may use: its kind's fixed symbol and the initials of the kind's words
 * (tolerant where the guideline leaves room); for advisory bodies, the initials of the body's name
 * followed by its committee's symbol. Empty when unsure — the rule then stays silent.
 */
function expectedSymbols(ctx: RuleContext, issuer: string): string[] {
  const { profile, anatomy } = ctx;
  const name = fold(issuer);
  const parentText = componentsOf(anatomy, 'parentIssuer').map((c) => fold(c.text)).join(' ');
  const out = new Set<string>();
  // Congress documents (and those of its presidium, secretariat, vote-counting board) all write ĐH.
  const congress = profile.issuerKinds.find((k) => k.kind === 'dai-hoi');
  if (congress?.symbol && [name, parentText].some((t) => foldedRegExp(congress.match).test(t))) return [congress.symbol];
  // Bodies the guideline leaves open ("thị ủy" is filed with huyện ủy but writes its own initials too).
  const alias = ((ctx.options.aliases as Committee[] | undefined) ?? []).find((a) => foldedRegExp(a.match).test(name));
  if (alias) return alias.symbols;
  const kind = profile.issuerKinds.find((k) => k.kind === anatomy.issuerKind);
  if (!kind) return [];
  if (kind.symbol) out.add(kind.symbol);
  const derived = (ctx.options.derivedKinds as string[] | undefined) ?? [];
  if (!derived.includes(kind.kind)) return [...out];
  const skip = new Set(((ctx.options.skipSyllables as string[] | undefined) ?? []).map(fold));
  const initials = (text: string) =>
    text
      .split(/[\s-]+/)
      .filter((w) => w && !skip.has(w))
      .map(initial)
      .join('');
  const committees = (ctx.options.committees as Committee[] | undefined) ?? [];
  // The committee named inside the issuer ("ban tổ chức tỉnh ủy"), else the parent line ("TỈNH ỦY KIÊN GIANG").
  let body = name;
  let committee: Committee | undefined;
  for (const c of committees) {
    const m = foldedRegExp(`\\s(${c.match})(?!\\p{L})`).exec(name);
    if (m) {
      committee = c;
      body = name.slice(0, m.index);
      break;
    }
  }
  committee ??= committees.find((c) => foldedRegExp(`^(${c.match})(?!\\p{L})`).test(parentText));
  if (!committee || !body.trim()) return [...out];
  const head = initials(body);
  for (const s of committee.symbols) out.add(head + s);
  return [...out];
}
