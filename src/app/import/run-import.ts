/** Runs one import in a fresh worker and resolves with its result. */
import { message } from '../../core/index.ts';
import type { ImportRequest, ImportResponse } from './import-protocol.ts';

/** Reads the picked files as bytes (name → bytes). */
export async function readBytes(files: Iterable<File>): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = {};
  for (const f of files) out[f.name] = new Uint8Array(await f.arrayBuffer());
  return out;
}

/** Imports in a worker, so large files never block the map. */
export function runImport(req: ImportRequest): Promise<ImportResponse> {
  return new Promise((resolve) => {
    const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<ImportResponse>) => { resolve(e.data); w.terminate(); };
    w.onerror = (e) => { resolve({ kind: 'error', issues: [{ severity: 'error', file: Object.keys(req.files).join(', '), ...message('import.failed', { reason: e.message }) }] }); w.terminate(); };
    w.postMessage(req);
  });
}
