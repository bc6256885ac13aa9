import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS + types, tree-shakable, no Node built-ins (runs in browsers).
    entry: { index: 'src/index.ts', testing: 'src/testing.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['vitest'],
    splitting: true,
    treeshake: true,
    // Regex literals with \p{…} are emitted as `new RegExp(…)` calls: V8 checks every literal's
    // syntax while it parses the module (each \p{…} class built through ICU), then parses it
    // again when it runs; a constructor call parses only when it runs.
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'regexp-unicode-property-escapes': false };
    },
  },
  {
    // The command line tool (Node only).
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
  },
]);
