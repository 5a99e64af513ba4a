import { describe, expect, it } from 'vitest';
import * as cli from '../src/index.js';
import packageJson from '../package.json';

describe('public entry (style.md §16)', () => {
  it('exports main and the formatters, nothing else', () => {
    expect(Object.keys(cli).sort()).toEqual(['formatGithub', 'formatJson', 'formatStylish', 'main']);
  });

  it('ships the bin, the schema, README and LICENSE', () => {
    expect(packageJson.bin).toEqual({ thethuc: './dist/bin.js' });
    expect(packageJson.files).toEqual(expect.arrayContaining(['dist', 'schemas', 'README.md', 'LICENSE']));
  });
});
