import { describe, it, expect } from 'vitest';
import { ReadFailure } from '../errors.js';
import { attr, child, children, descendants, isElement, parseXml, textOf, type XmlElement } from './xml.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function failureOf(fn: () => unknown): ReadFailure {
  try {
    fn();
  } catch (err) {
    if (err instanceof ReadFailure) return err;
    throw err;
  }
  throw new Error('expected a ReadFailure');
}

describe('parseXml: canonical names', () => {
  it('maps an unusual prefix to the canonical one', () => {
    const root = parseXml(
      `<x:document xmlns:x="${W}" xmlns:rel="${R}"><x:body><x:p><x:pPr><x:jc x:val="center"/></x:pPr><x:hyperlink rel:id="rId5"/></x:p></x:body></x:document>`,
    );
    expect(root.name).toBe('w:document');
    expect(root.local).toBe('document');
    expect(root.attrs).toEqual({}); // xmlns declarations are dropped
    const jc = descendants(root, 'w:jc')[0];
    expect(jc?.attrs).toEqual({ 'w:val': 'center' });
    expect(attr(descendants(root, 'w:hyperlink')[0], 'r:id')).toBe('rId5');
  });

  it('reads Strict OOXML as Transitional', () => {
    const root = parseXml(
      `<w:document xmlns:w="${W_STRICT}" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"><w:body><w:sectPr><w:headerReference r:id="rId1" w:type="default"/></w:sectPr></w:body></w:document>`,
    );
    const ref = descendants(root, 'w:headerReference')[0];
    expect(ref?.attrs).toEqual({ 'r:id': 'rId1', 'w:type': 'default' });
  });

  it('handles default namespaces and unprefixed attributes', () => {
    const rels = parseXml(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="t" Target="word/document.xml"/></Relationships>',
    );
    expect(rels.name).toBe('pr:Relationships');
    expect(children(rels, 'pr:Relationship')[0]?.attrs).toEqual({ Id: 'rId1', Type: 't', Target: 'word/document.xml' });
    const doc = parseXml(`<document xmlns="${W}"><body/></document>`);
    expect(doc.name).toBe('w:document');
    expect(child(doc, 'w:body')?.name).toBe('w:body');
    expect(parseXml('<plain a="1"/>').name).toBe('plain');
  });

  it('maps the drawing, VML and package namespaces', () => {
    const root = parseXml(
      '<root xmlns:wp="http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing" xmlns:d="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
        'xmlns:s="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:vml="urn:schemas-microsoft-com:vml" ' +
        'xmlns:props="http://purl.oclc.org/ooxml/officeDocument/extendedProperties" xmlns:c="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<wp:inline/><d:graphic/><s:wsp/><vml:textbox/><props:Pages/><c:Types/></root>',
    );
    expect(children(root).map((c) => c.name)).toEqual(['wp:inline', 'a:graphic', 'wps:wsp', 'v:textbox', 'ep:Pages', 'ct:Types']);
  });

  it('keeps unknown prefixes, but never lets them pass for a canonical one', () => {
    const root = parseXml('<foo:a xmlns:foo="urn:example"><w:b xmlns:w="urn:not-word"/></foo:a>');
    expect(root.name).toBe('foo:a');
    expect(child(root, 'w_:b')).toBeDefined();
    expect(child(root, 'w:b')).toBeUndefined();
  });

  it('keeps xml:space and rewrites markup-compatibility prefix lists', () => {
    const root = parseXml(
      `<w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:s="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="x14 unknown">` +
        '<mc:AlternateContent><mc:Choice Requires="s"><w:t xml:space="preserve"> a </w:t></mc:Choice><mc:Fallback/></mc:AlternateContent></w:document>',
    );
    expect(root.attrs['mc:Ignorable']).toBe('w14 unknown');
    expect(attr(descendants(root, 'mc:Choice')[0], 'Requires')).toBe('wps');
    expect(attr(descendants(root, 'w:t')[0], 'xml:space')).toBe('preserve');
  });
});

describe('parseXml: text', () => {
  it('keeps whitespace, decodes references and CDATA, skips comments and PIs', () => {
    const root = parseXml(
      `<?xml version="1.0"?><w:p xmlns:w="${W}"><w:r><w:t xml:space="preserve">  Đảng &amp; Nhà nước&#x20;</w:t><!-- note --><?pi x?><w:t><![CDATA[<b>]]>x</w:t></w:r>\n</w:p>`,
    );
    const ts = descendants(root, 'w:t');
    expect(ts[0]?.children).toEqual(['  Đảng & Nhà nước ']);
    expect(ts[1]?.children).toEqual(['<b>x']);
    expect(textOf(root)).toBe('  Đảng & Nhà nước <b>x\n');
  });
});

describe('parseXml: hostile input', () => {
  it('refuses any DOCTYPE (billion laughs)', () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      ' <!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
      ']>',
      `<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`,
    ].join('\n');
    const t0 = performance.now();
    const err = failureOf(() => parseXml(lol, 'word/document.xml'));
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(err.code).toBe('E_CORRUPT');
    expect(err.message).toMatch(/DOCTYPE/);
    expect(err.message).toMatch(/DTD/);
    expect(err.message).toContain('word/document.xml');
    expect(failureOf(() => parseXml('<!DOCTYPE a><a/>')).code).toBe('E_CORRUPT');
  });

  it('undefined entities and malformed XML → E_CORRUPT naming the part', () => {
    for (const bad of ['<a>&nbsp;</a>', '<a><b></a>', '<a', '', 'text only', '<a/><b/>', '<p:a/>', '<a x="1" x="2"/>']) {
      const err = failureOf(() => parseXml(bad, 'word/styles.xml'));
      expect(err.code).toBe('E_CORRUPT');
      expect(err.message).toContain('word/styles.xml');
    }
    // the position is reported even though the first pass does not track it
    expect(failureOf(() => parseXml('<a>\n\n<b></a>', 'x.xml')).message).toMatch(/3:\d+/);
  });

  it('refuses nesting deeper than 512', () => {
    const deep = (n: number) => '<a>'.repeat(n) + '</a>'.repeat(n);
    expect(parseXml(deep(512)).name).toBe('a');
    const err = failureOf(() => parseXml(deep(513), 'word/document.xml'));
    expect(err.code).toBe('E_CORRUPT');
    expect(failureOf(() => parseXml(deep(100_000))).code).toBe('E_CORRUPT');
  });
});

describe('helpers', () => {
  const root = parseXml(`<w:body xmlns:w="${W}"><w:p><w:r><w:t>a</w:t></w:r><w:r><w:t>b</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:body>`);

  it('child, children, attr', () => {
    expect(child(root, 'w:p')?.children.length).toBe(2);
    expect(children(root, 'w:p').length).toBe(2);
    expect(children(root).map((c) => c.name)).toEqual(['w:p', 'w:tbl', 'w:p']);
    expect(child(root, 'w:sectPr')).toBeUndefined();
    expect(child(undefined, 'w:p')).toBeUndefined();
    expect(attr(root, 'w:val')).toBeUndefined();
    expect(isElement(root.children[0])).toBe(true);
    expect(isElement('text')).toBe(false);
  });

  it('descendants in document order, textOf', () => {
    expect(descendants(root, 'w:t').map(textOf)).toEqual(['a', 'b', 'c']);
    expect(descendants(root, 'w:p').length).toBe(3);
    expect(textOf(root)).toBe('abc');
  });

  it('walks very deep trees without recursion', () => {
    const top: XmlElement = { name: 'a', local: 'a', attrs: {}, children: [] };
    let cur = top;
    for (let i = 0; i < 200_000; i++) {
      const next: XmlElement = { name: 'a', local: 'a', attrs: {}, children: ['x'] };
      cur.children.push(next);
      cur = next;
    }
    expect(descendants(top, 'a').length).toBe(200_000);
    expect(textOf(top).length).toBe(200_000);
  });
});

describe('performance', () => {
  it('parses a ~2 MB document.xml quickly', () => {
    const para = (i: number) =>
      `<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00D4E5F6"><w:pPr><w:spacing w:before="120" w:after="0" w:line="360" w:lineRule="auto"/><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr>` +
      `<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr><w:t xml:space="preserve">Đoạn ${i}: Chi bộ đã lãnh đạo thực hiện nhiệm vụ chính trị, </w:t></w:r>` +
      `<w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t>nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức đảng.</w:t></w:r></w:p>`;
    const body: string[] = [];
    for (let i = 0, size = 0; size < 2_000_000; i++) {
      const p = para(i);
      body.push(p);
      size += p.length;
    }
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body.join('')}</w:body></w:document>`;
    parseXml(xml); // warm up
    const t0 = performance.now();
    const root = parseXml(xml, 'word/document.xml');
    const ms = performance.now() - t0;
    expect(descendants(root, 'w:p').length).toBe(body.length);
    // Generous bound for slow CI machines; locally this is a few tens of ms.
    expect(ms).toBeLessThan(1000);
  });
});
