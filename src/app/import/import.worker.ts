/// <reference lib="webworker" />
/** Web Worker: parses, reprojects and validates imported files off the main thread. */
import { isRole, message } from '../../core/index.ts';
import { guessFields, importFilesAsync, validateLayer } from '../../core/io.ts';
import { loadOverlayEngine } from '../../core/compute.ts';
import type { ImportRequest, ImportResponse } from './import-protocol.ts';

const post = (m: ImportResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

// GEOS checks and repairs the imported polygons as it does every dataset's (loaded once, on the first import).
const engine = loadOverlayEngine();

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const { files, crs, role, fields } = e.data;
  await engine;
  try {
    const r = await importFilesAsync(files, crs);
    if (r.kind !== 'ok') { post(r); return; }
    const file = r.sources.map((s) => s.file).join(', ');
    // Sites are validated as plain polygons: no attributes are required. A replaced layer keeps the
    // manifest's field mapping, completed from common attribute names (名称, 类型, 地类 …).
    const mapping = role && isRole(role) ? { ...guessFields(role, r.collection.features[0]?.properties ?? undefined), ...(fields ?? {}) } : {};
    const v = validateLayer(r.collection, file, role ?? 'residential', mapping);
    if (!v.layer || v.layer.features.length === 0) {
      post({ kind: 'error', issues: v.issues.length ? v.issues : [{ severity: 'error', file, message: 'has no usable polygon', hint: 'A site must be a Polygon or MultiPolygon.' }] });
      return;
    }
    // The importer's own warnings (a declared area that disagrees, an open polyline skipped …) with the
    // validation's; "converted from EPSG:…" is left out: the site's source line says it.
    const said = r.issues.filter((i) => i.code !== 'crs.converted');
    post({ kind: 'ok', layer: v.layer, issues: [...said, ...v.issues], crs: r.sources.map((s) => s.crs).join(', ') });
  } catch (err) {
    post({ kind: 'error', issues: [{ severity: 'error', file: Object.keys(files).join(', '), ...message('import.failed', { reason: (err as Error).message }) }] });
  }
};
