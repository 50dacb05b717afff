import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The README's screenshots live in public/readme/ so the repository's README can show them, but
 * they are not part of the app: this deletes the copy Vite makes of them in the build output.
 */
function withoutReadmeImages(): Plugin {
  let outDir = 'dist';
  return {
    name: 'without-readme-images',
    apply: 'build',
    configResolved(config) { outDir = path.resolve(config.root, config.build.outDir); },
    closeBundle() { rmSync(path.join(outDir, 'readme'), { recursive: true, force: true }); },
  };
}

/**
 * The app builds into dist/, beside the CLI's bundle in dist/cli/ (npm run indicators): Vite's own
 * emptying would delete the CLI with every `npm start` or `npm run build`, so the build empties
 * the folder itself, keeping cli/. A build into another folder (the tests' temporary ones) is
 * emptied whole, as Vite would.
 */
function keepCliBundle(): Plugin {
  let outDir = 'dist';
  let empty = true;
  return {
    name: 'keep-cli-bundle',
    apply: 'build',
    config: (c) => { empty = c.build?.emptyOutDir !== false; return { build: { emptyOutDir: false } }; },
    configResolved(config) { outDir = path.resolve(config.root, config.build.outDir); },
    buildStart() {
      if (!empty || !existsSync(outDir)) return;
      for (const name of readdirSync(outDir)) if (name !== 'cli') rmSync(path.join(outDir, name), { recursive: true, force: true });
    },
  };
}

/**
 * Asset file names: MapLibre's worker comes as a `.mjs` file, a type stock web servers do not know
 * (Debian's nginx serves it as application/octet-stream, and the browser refuses the module worker:
 * a blank map). Every asset keeps its name and hash; `.mjs` becomes `.js`, which every server knows.
 */
function assetFileName(info: { names?: readonly string[] }): string {
  const name = info.names?.[0] ?? '';
  return name.endsWith('.mjs') ? 'assets/[name]-[hash].js' : 'assets/[name]-[hash][extname]';
}

/**
 * `virtual:bundled-report`: the report of the bundled dataset (data/), computed when the app is
 * built by the same core code (src/cli/bundled-report.ts, loaded through tsx at build time), so the
 * board has its numbers as soon as the page runs.
 */
function bundledReport(): Plugin {
  const id = 'virtual:bundled-report';
  return {
    name: 'bundled-report',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    async load(resolved) {
      if (resolved !== `\0${id}`) return null;
      const dataDir = path.resolve(import.meta.dirname, 'data');
      // Every file of the dataset, in its year folders too (a folder given here breaks the dev server).
      for (const f of readdirSync(dataDir, { recursive: true, withFileTypes: true })) if (f.isFile()) this.addWatchFile(path.join(f.parentPath, f.name));
      const { tsImport } = await import('tsx/esm/api');
      const m = await tsImport('./src/cli/bundled-report.ts', import.meta.url) as { bundledReport: (dir: string) => Promise<unknown> };
      return `export default ${JSON.stringify(await m.bundledReport(dataDir))};`;
    },
  };
}

// The app is fully static: the bundled sample data under data/ is imported at build time,
// so the built app makes no network request beyond its own files.
export default defineConfig({
  plugins: [react(), keepCliBundle(), withoutReadmeImages(), bundledReport()],
  build: { chunkSizeWarningLimit: 3000, rollupOptions: { output: { assetFileNames: assetFileName } } },
  // Workers as ES modules, so the report worker loads GEOS (2.5 MB) as a chunk of its own only when
  // it computes, instead of carrying it inlined into its first load.
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.{ts,tsx}'], exclude: ['test/browser/**'], environment: 'node', testTimeout: 30000, setupFiles: ['test/helpers/geos-setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 120000,
          hookTimeout: 120000,
          fileParallelism: false,
        },
      },
    ],
  },
});
