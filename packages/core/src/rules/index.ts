// Rule registry — sorted by id. Checked by test/rules-registry.test.ts against the folders.
import type { Rule } from '../engine/types.js';
import pageSize from './party/page-size/index.js';

export const rules: readonly Rule[] = [pageSize];
