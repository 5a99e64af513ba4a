// The builder moved into core (src/docx/writer.ts): `thethuc render` writes .docx with it too.
export * from '../../src/docx/writer.js';
