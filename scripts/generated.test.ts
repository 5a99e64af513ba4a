/** Generated files (rule registry, bundled rule docs, docs/rules pages) are current: `pnpm gen`. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { render } from './gen-docs.js';

const repo = fileURLToPath(new URL('../', import.meta.url));

describe('generated documentation', () => {
  it('docs/rules and the bundled docs are current (pnpm gen:docs)', async () => {
    const files = await render();
    const stale = [...files].filter(([path, content]) => !existsSync(repo + path) || readFileSync(repo + path, 'utf8') !== content).map(([p]) => p);
    expect(stale).toEqual([]);
  });
});
