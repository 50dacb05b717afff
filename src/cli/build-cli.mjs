// Builds the CLI once into dist/cli/indicators.mjs: one bundled file that plain Node runs, without
// TypeScript tooling at run time (npm run indicators calls it; `npm ci` builds it via `prepare`;
// `node dist/cli/indicators.mjs --data DIR` runs it directly).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
await build({
  root,
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: path.join(root, 'src/cli/indicators.ts'),
    outDir: path.join(root, 'dist/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'indicators.mjs', format: 'es', codeSplitting: false, banner: '#!/usr/bin/env node' } },
  },
  // Everything bundled but the embedded PostGIS (a WASM build with its data files), loaded from
  // node_modules only when `--engine postgis` runs without a server.
  ssr: { noExternal: true, external: ['@electric-sql/pglite', '@electric-sql/pglite-postgis'], target: 'node' },
});
