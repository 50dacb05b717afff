/**
 * Builds the app once and serves it on a free localhost port, as `npm start` does. Each run builds
 * into its own temporary folder, so test runs, the bench and the soak can run at the same time
 * without overwriting each other's build.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { PreviewServer } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Builds into a fresh temporary folder and starts a preview server; returns its URL, the built folder and a stop function (which removes the build). */
export async function serveApp(): Promise<{ url: string; dir: string; close: () => Promise<void> }> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'shangyu-eco-map-build-'));
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({ root: ROOT, build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, dir: outDir, close: async () => { await server.close(); await rm(outDir, { recursive: true, force: true }); } };
}
