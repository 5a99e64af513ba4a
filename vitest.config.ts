import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// One shared config: every package's tests run from the root (`pnpm test`), against the sources.
export default defineConfig({
  resolve: {
    alias: {
      '@thethuc/core': here('./packages/core/src/index.ts'),
    },
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts', 'examples/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', 'packages/word-addin/e2e/**'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
