import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'node18',
    platform: 'neutral',
    // franc-min and its trigram helpers are ESM-only: bundled, so `require('vinews')` works too
    noExternal: ['franc-min', 'trigram-utils', 'n-gram', 'collapse-white-space'],
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    clean: false,
    target: 'node18',
    platform: 'node',
    noExternal: ['franc-min', 'trigram-utils', 'n-gram', 'collapse-white-space'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
