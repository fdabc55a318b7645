import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts', zod: 'src/zod.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
  },
  {
    // The worker threads of `check` (src/cli/workers.ts) run cli-worker.cjs, found next to cli.cjs.
    entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['cjs'],
    banner: { js: '#!/usr/bin/env node' },
    target: 'node20',
  },
]);
