/**
 * vite.config.ts: the dev server (`npm run dev`) serves the app's modules, the bundled report
 * included, which watches every file of data/ — its year folders too (a folder given to the
 * watcher made the dev server answer the report's module with an error).
 */
import path from 'node:path';
import { createServer } from 'vite';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

describe('vite.config.ts', () => {
  it('serves the bundled report from the dev server', async () => {
    const server = await createServer({ configFile: path.join(ROOT, 'vite.config.ts'), root: ROOT, logLevel: 'silent', server: { port: 0, host: '127.0.0.1', ws: false } });
    await server.listen();
    try {
      const base = server.resolvedUrls!.local[0]!;
      const page = await fetch(new URL('src/app/main.tsx', base));
      expect(page.status).toBe(200);
      const r = await fetch(new URL('@id/__x00__virtual:bundled-report', base));
      const code = await r.text();
      expect(r.status, code.slice(0, 300)).toBe(200);
      expect(code).toContain('"dataset":"上虞区"');
    } finally {
      await server.close();
    }
  }, 60000);
});
