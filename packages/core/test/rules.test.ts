/**
 * Runs every rule's co-located case table, and checks the repository's promises about rules:
 * one folder per rule with index.ts, cases.ts and doc.md; ids equal folders; a sorted registry.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../src/engine/types.js';
import { rules } from '../src/rules/index.js';
import { testRule, type CaseTable } from './support/rule-tester.js';

const root = fileURLToPath(new URL('../src/rules/', import.meta.url));
const folders = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared')
  .flatMap((d) => readdirSync(root + d.name, { withFileTypes: true }).filter((r) => r.isDirectory()).map((r) => `${d.name}/${r.name}`))
  .sort();
const file = (id: string, name: string) => `${root}${id}/${name}`;
const ruleModules: Record<string, { default: Rule }> = {};
const caseModules: Record<string, { default: CaseTable }> = {};
for (const id of folders) {
  if (existsSync(file(id, 'index.ts'))) ruleModules[file(id, 'index.ts')] = await import(file(id, 'index.ts'));
  if (existsSync(file(id, 'cases.ts'))) caseModules[file(id, 'cases.ts')] = await import(file(id, 'cases.ts'));
}
const docs = Object.fromEntries(folders.filter((id) => existsSync(file(id, 'doc.md'))).map((id) => [file(id, 'doc.md'), true]));

const folderId = (path: string) => /rules\/([^/]+\/[^/]+)\//.exec(path)![1]!;

describe('rule catalog', () => {
  it('every rule folder is in the registry, sorted, with its id equal to its folder', () => {
    const folders = Object.keys(ruleModules).map(folderId).sort();
    expect(rules.map((r) => r.meta.id)).toEqual(folders);
    for (const [path, mod] of Object.entries(ruleModules)) expect(mod.default.meta.id).toBe(folderId(path));
  });

  it('every rule has its case table and its doc page', () => {
    for (const path of Object.keys(ruleModules)) {
      const id = folderId(path);
      expect(Object.keys(caseModules).map(folderId), `${id} has no cases.ts`).toContain(id);
      expect(Object.keys(docs).map(folderId), `${id} has no doc.md`).toContain(id);
    }
  });

  it('every rule has complete meta: titles, description, source and messages in both languages', () => {
    for (const r of rules) {
      const m = r.meta;
      expect(m.title.vi && m.title.en && m.description.vi && m.description.en, m.id).toBeTruthy();
      expect(m.source, m.id).toMatch(/\S/);
      expect(Object.keys(m.messages).length, m.id).toBeGreaterThan(0);
      for (const [id, msg] of Object.entries(m.messages)) expect(msg.vi && msg.en, `${m.id}:${id}`).toBeTruthy();
    }
  });
});

for (const [path, mod] of Object.entries(caseModules)) {
  const id = folderId(path);
  const rule = rules.find((r) => r.meta.id === id);
  if (rule) testRule(rule, mod.default);
}

describe('generated registry', () => {
  it('packages/core/src/rules/index.ts is current (pnpm gen:rules)', async () => {
    const { readFileSync } = await import('node:fs');
    const { renderRegistry } = await import('../../../scripts/gen-rules-registry.js');
    expect(readFileSync(`${root}index.ts`, 'utf8')).toBe(renderRegistry());
  });
});
