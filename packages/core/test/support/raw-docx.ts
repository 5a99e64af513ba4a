/** Minimal .docx packages from raw XML strings — for reader cases the builder cannot express. */
import { strToU8, zipSync } from 'fflate';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface RawParts {
  /** Inner XML of w:body. */
  body: string;
  styles?: string;
  numbering?: string;
  theme?: string;
  settings?: string;
  app?: string;
  /** Extra parts: path → XML. Relationships from document.xml: id → [type suffix, target]. */
  parts?: Record<string, string>;
  rels?: Record<string, [string, string]>;
  /** Namespace of w: (Strict OOXML uses another). */
  wNs?: string;
  rNs?: string;
}

export function rawDocx(p: RawParts): Uint8Array {
  const wNs = p.wNs ?? W_NS;
  const rNs = p.rNs ?? R_NS;
  const relBase = rNs === R_NS ? 'http://schemas.openxmlformats.org/officeDocument/2006/relationships' : 'http://purl.oclc.org/ooxml/officeDocument/relationships';
  const files: Record<string, Uint8Array> = {};
  const docRels: string[] = [];
  const add = (path: string, xml: string) => (files[path] = strToU8(xml));
  add(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  add(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relBase}/officeDocument" Target="word/document.xml"/>${p.app ? `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` : ''}</Relationships>`,
  );
  const ns = `xmlns:w="${wNs}" xmlns:r="${rNs}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"`;
  add('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${ns}><w:body>${p.body}</w:body></w:document>`);
  let n = 10;
  const part = (type: string, target: string, xml: string | undefined) => {
    if (xml === undefined) return;
    add(`word/${target}`, xml.startsWith('<?xml') ? xml : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${xml}`);
    docRels.push(`<Relationship Id="rId${n++}" Type="${relBase}/${type}" Target="${target}"/>`);
  };
  part('styles', 'styles.xml', p.styles && `<w:styles ${ns}>${p.styles}</w:styles>`);
  part('numbering', 'numbering.xml', p.numbering && `<w:numbering ${ns}>${p.numbering}</w:numbering>`);
  part('settings', 'settings.xml', p.settings && `<w:settings ${ns}>${p.settings}</w:settings>`);
  part('theme', 'theme/theme1.xml', p.theme);
  for (const [path, xml] of Object.entries(p.parts ?? {})) add(path, xml);
  for (const [id, [type, target]] of Object.entries(p.rels ?? {})) docRels.push(`<Relationship Id="${id}" Type="${relBase}/${type}" Target="${target}"/>`);
  add('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${docRels.join('')}</Relationships>`);
  if (p.app) add('docProps/app.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">${p.app}</Properties>`);
  return zipSync(files);
}

export const p = (inner: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inner}</w:p>`;
export const r = (text: string, rPr = '') => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;

export function theme(major: string, minor: string): string {
  return `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office"><a:themeElements><a:fontScheme name="Office"><a:majorFont><a:latin typeface="${major}"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="${minor}"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;
}
