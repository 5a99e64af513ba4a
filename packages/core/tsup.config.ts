import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  // Pure engine: bundle nothing from Node; dependencies stay external.
  external: ['ajv', 'fflate', 'saxes', 'ts-pattern'],
});
