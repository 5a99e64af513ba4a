import { describe, expect, it } from 'vitest';
import { detectLegacy, fromTcvn3, fromVni, TCVN3_TABLE, VNI_TABLE } from './legacy.js';

/** Every Vietnamese letter with a diacritic, lower case (67) — the letters an encoding must cover. */
const LETTERS = 'àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵ';

describe('TCVN3 (ABC) → Unicode', () => {
  it('reads the classic sample', () => {
    expect(fromTcvn3('§¶ng Céng s¶n ViÖt Nam')).toBe('Đảng Cộng sản Việt Nam');
    expect(fromTcvn3('T©n An, ngµy 08 th¸ng 01 n¨m 2026')).toBe('Tân An, ngày 08 tháng 01 năm 2026');
    expect(fromTcvn3('Ban Th\u00ADêng vô TØnh ñy')).toBe('Ban Thường vụ Tỉnh ủy');
  });
  it('draws the …H fonts in capitals', () => {
    expect(fromTcvn3('§¶NG CéNG S¶N VIÖT NAM', true)).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(fromTcvn3('tØnh ñy long an', true)).toBe('TỈNH ỦY LONG AN');
  });
  it('covers every lower-case letter and the capitals Ă Â Ê Ô Ơ Ư Đ, once each', () => {
    const values = [...TCVN3_TABLE.values()];
    expect(new Set(values).size).toBe(values.length);
    for (const ch of LETTERS) expect(values, ch).toContain(ch);
    for (const ch of 'ĂÂÊÔƠƯĐ') expect(values, ch).toContain(ch);
    expect(values.length).toBe(LETTERS.length + 7);
  });
  it('leaves ASCII alone and returns NFC', () => {
    expect(fromTcvn3('Nam 2026, T/M.')).toBe('Nam 2026, T/M.');
    expect(fromTcvn3('ViÖt')).toBe(fromTcvn3('ViÖt').normalize('NFC'));
  });
});

describe('VNI Windows → Unicode', () => {
  it('reads the classic sample, in both cases', () => {
    expect(fromVni('Ñaûng Coäng saûn Vieät Nam')).toBe('Đảng Cộng sản Việt Nam');
    expect(fromVni('ÑAÛNG COÄNG SAÛN VIEÄT NAM')).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(fromVni('ngöôøi daân, hoøa bình, Quoác hoäi, thöôïng khaån')).toBe('người dân, hòa bình, Quốc hội, thượng khẩn');
  });
  it('covers every letter, lower and upper case', () => {
    const values = new Set(VNI_TABLE.values());
    // ì and í have the same code points in VNI and Unicode.
    for (const ch of LETTERS.replace(/[ìí]/gu, '')) {
      expect(values, ch).toContain(ch);
      expect(values, ch.toUpperCase()).toContain(ch.toUpperCase());
    }
  });
  it('round-trips every letter through its VNI spelling', () => {
    const inverse = new Map<string, string>();
    for (const [k, v] of VNI_TABLE) if (!inverse.has(v) || k.length > inverse.get(v)!.length) inverse.set(v, k);
    const text = [...LETTERS, ...LETTERS.toUpperCase()].join(' ');
    expect(fromVni([...text].map((c) => inverse.get(c) ?? c).join(''))).toBe(text);
  });
});

describe('recognising legacy bytes in a Unicode font', () => {
  it('tells TCVN3 and VNI apart', () => {
    expect(detectLegacy('§¶ng Céng s¶n ViÖt Nam')).toBe('tcvn3');
    expect(detectLegacy('Ban Th\u00ADêng vô TØnh ñy häp ®¸nh gi¸ kÕt qu¶')).toBe('tcvn3');
    expect(detectLegacy('Ñaûng Coäng saûn Vieät Nam')).toBe('vni');
  });
  it('never takes Unicode Vietnamese, quotes or signs for legacy text', () => {
    expect(detectLegacy('Đảng Cộng sản «Việt Nam» §2 © 2026')).toBeNull();
    expect(detectLegacy('«Quy chế» § 3, © Văn phòng; ½ số phiếu; 25 °C')).toBeNull();
    expect(detectLegacy('Café, naïve, Zürich, señor')).toBeNull();
  });
});
