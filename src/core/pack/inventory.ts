/**
 * The data inventory of a dataset (the submission pack's 数据清单): every file the dataset was read
 * from — the manifest, each layer's files, the monitoring spreadsheet, the statistics — with its
 * role, feature count, coordinate system, size, SHA-256 and modification date, so an expert can
 * tell which data produced which number. Pure: files are read through the same `read` function
 * the dataset was loaded with.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Dataset, Layer } from '../data/dataset.ts';
import type { ReadFile } from '../data/load-dataset.ts';
import { TABLE_PREFIX } from '../data/load-dataset.ts';

export interface InventoryRow {
  /** The layer's role (or context-layer name); 'manifest', 'statistics' or 'samples' for the others. */
  readonly role: string;
  /** Path inside the dataset folder (a database table: `table:schema.name`). */
  readonly file: string;
  /** Features loaded from the file (the layer's count, on its main file); null for files without features. */
  readonly features: number | null;
  /** The coordinate system the file was read in (EPSG code); null for files without coordinates. */
  readonly crs: string | null;
  /** Size in bytes; null when the file could not be read again (or is a table). */
  readonly bytes: number | null;
  /** SHA-256 of the file's bytes as read (lower-case hex); null when it could not be read again. */
  readonly sha256: string | null;
  /** When the file was last modified (ISO 8601), where the reader knows; else null. */
  readonly modified: string | null;
}

/** What the user changed in the app after loading: layers replaced by imported ones, monitoring spreadsheets joined. */
export interface InventoryChanges {
  readonly replaced?: Readonly<Record<string, Layer>>;
  readonly samples?: readonly { readonly name: string; readonly bytes: Uint8Array; readonly modified?: string | null }[];
}

/** Prefix of the inventory's rows for data imported in the app (not a file of the dataset folder). */
export const IMPORTED_PREFIX = 'imported:';

/** When a file was last modified; null when unknown. */
export type ModifiedTime = (path: string) => Promise<Date | null>;

/** SHA-256 of bytes (or of text as UTF-8), lower-case hex. */
export function sha256Hex(content: Uint8Array | string): string {
  return bytesToHex(sha256(typeof content === 'string' ? new TextEncoder().encode(content) : content));
}

/**
 * The inventory rows of a loaded dataset, in the manifest's order: the manifest, then each layer's
 * files (a shapefile's .shp, .dbf, .prj and .cpg that exist; the sections' monitoring
 * spreadsheet after them), then the statistics file. Files are read again through `read` (the
 * same reader the dataset was loaded with) to hash them; a file that cannot be read again keeps its
 * row with null size and hash. Layers drawn from vector tiles only list their template, no hash.
 * `changes`: a layer replaced in the app is listed as `imported:<role>.geojson` with the hash of its
 * features as GeoJSON text; joined monitoring spreadsheets as `imported:<name>` with their bytes' hash.
 */
export async function datasetInventory(dataset: Dataset, read: ReadFile, manifestPath = 'manifest.json', modified: ModifiedTime = async () => null, changes: InventoryChanges = {}): Promise<InventoryRow[]> {
  const rows: InventoryRow[] = [];
  const add = async (role: string, file: string, features: number | null, crs: string | null, hash = true): Promise<void> => {
    let bytes: Uint8Array | string | null = null;
    if (hash) {
      try { bytes = await read(file); } catch { bytes = null; }
    }
    const size = bytes === null ? null : typeof bytes === 'string' ? new TextEncoder().encode(bytes).length : bytes.length;
    let when: Date | null = null;
    if (bytes !== null) { try { when = await modified(file); } catch { when = null; } }
    rows.push({ role, file, features, crs, bytes: size, sha256: bytes === null ? null : sha256Hex(bytes), modified: when && !Number.isNaN(when.getTime()) ? when.toISOString() : null });
  };
  await add('manifest', manifestPath, null, null);
  for (const [role, spec] of Object.entries(dataset.manifest.layers)) {
    const layer = dataset.layers[role];
    const swapped = changes.replaced?.[role];
    if (swapped) {
      // A layer the user replaced in the app: the features as used, hashed as GeoJSON text (lon/lat).
      const text = JSON.stringify(swapped);
      rows.push({ role, file: `${IMPORTED_PREFIX}${role}.geojson`, features: swapped.features.length, crs: 'EPSG:4326', bytes: new TextEncoder().encode(text).length, sha256: sha256Hex(text), modified: null });
      continue;
    }
    const count = layer ? layer.features.length : null;
    const sources = dataset.sources?.[role] ?? [];
    const crs = sources[0]?.crs ?? null;
    if (spec.table) { rows.push({ role, file: `${TABLE_PREFIX}${spec.table.name}`, features: count, crs, bytes: null, sha256: null, modified: null }); continue; }
    if (spec.tiles && !layer) { await add(role, spec.tiles.template, null, null, false); continue; }
    if (/\.shp$/i.test(spec.file)) {
      const base = spec.file.replace(/\.shp$/i, '');
      await add(role, spec.file, count, crs);
      for (const side of ['.dbf', '.prj', '.cpg']) {
        const f = `${base}${side}`;
        const exists = await read(f).then((c) => c !== null, () => false);
        if (exists) await add(role, f, null, null);
      }
    } else {
      await add(role, spec.file, count, crs);
    }
    if (role === 'sections' && spec.samples) await add('samples', spec.samples, null, null);
  }
  for (const f of changes.samples ?? []) rows.push({ role: 'samples', file: `${IMPORTED_PREFIX}${f.name}`, features: null, crs: null, bytes: f.bytes.length, sha256: sha256Hex(f.bytes), modified: f.modified ?? null });
  if (dataset.manifest.statistics) await add('statistics', dataset.manifest.statistics, null, null);
  return rows;
}
