// Builds the CLI commands once into dist/cli/indicators.mjs, tiles.mjs, check-site.mjs and pack.mjs: bundled files that plain Node runs, without
// TypeScript tooling at run time (npm run indicators calls it; `npm ci` builds it via `prepare`;
// `node dist/cli/indicators.mjs --data DIR` runs it directly).
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import process from 'node:process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// Built into a folder of this process, then each file renamed into dist/cli (atomic): test files that
// build at the same time never see a half-written or emptied dist/cli.
const staging = path.join(root, 'dist', `.cli-build-${process.pid}`);
for (const [entry, i] of [['indicators', 0], ['tiles', 1], ['check-site', 2], ['pack', 3]]) {
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: path.join(root, `src/cli/${entry}.ts`),
      outDir: staging,
      emptyOutDir: i === 0,
      target: 'node20',
      minify: false,
      rollupOptions: { output: { entryFileNames: `${entry}.mjs`, format: 'es', codeSplitting: false, banner: '#!/usr/bin/env node' } },
    },
    // Everything bundled but the WebAssembly builds, loaded from node_modules: the embedded PostGIS
    // (with its data files; only when PostGIS runs without a server) and GEOS (2.5 MB, the overlays);
    // and the pack's writers and browser driver (exceljs, docx, playwright-core: large, Node-ready as they are).
    ssr: { noExternal: true, external: ['@electric-sql/pglite', '@electric-sql/pglite-postgis', 'geos-wasm', 'exceljs', 'docx', 'playwright-core'], target: 'node' },
  });
}
mkdirSync(path.join(root, 'dist', 'cli'), { recursive: true });
for (const f of readdirSync(staging)) renameSync(path.join(staging, f), path.join(root, 'dist', 'cli', f));
rmSync(staging, { recursive: true, force: true });
