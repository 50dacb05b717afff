/** Builds the app once and serves dist/ on a free localhost port, as `npm start` does. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { PreviewServer } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Builds into dist/ and starts a preview server; returns its URL and a stop function. */
export async function serveApp(): Promise<{ url: string; close: () => Promise<void> }> {
  await build({ root: ROOT, logLevel: 'warn' });
  const server: PreviewServer = await preview({ root: ROOT, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
