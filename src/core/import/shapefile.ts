/**
 * ESRI shapefiles: the .shp geometry and .dbf attributes parsed by shpjs, the .prj and .cpg read
 * as text. Attribute text is decoded with the .cpg's encoding, or, without one, as UTF-8 when the
 * bytes are valid UTF-8 and as GBK otherwise (Chinese agency files are mostly GBK).
 */
import { unzipSync } from 'fflate';
import type { Feature, Geometry } from 'geojson';
import { parseDbf, parseShp } from 'shpjs';

/** The files of one shapefile, by extension. */
export interface ShapefileParts {
  readonly name: string;
  readonly shp: Uint8Array;
  readonly dbf?: Uint8Array;
  readonly prj?: string;
  readonly cpg?: string;
}

const text = (b: Uint8Array) => new TextDecoder().decode(b).trim();

/** Groups files (name → bytes) into shapefiles by base name; other files are ignored. */
export function groupShapefiles(files: Readonly<Record<string, Uint8Array>>): ShapefileParts[] {
  const byBase = new Map<string, Record<string, Uint8Array>>();
  for (const [path, bytes] of Object.entries(files)) {
    if (path.includes('__MACOSX')) continue;
    const m = /^(.*)\.(shp|dbf|prj|cpg)$/i.exec(path);
    if (!m) continue;
    const base = m[1]!;
    const entry = byBase.get(base) ?? {};
    entry[m[2]!.toLowerCase()] = bytes;
    byBase.set(base, entry);
  }
  const out: ShapefileParts[] = [];
  for (const [base, e] of byBase) {
    if (!e.shp) continue;
    out.push({ name: base.slice(base.lastIndexOf('/') + 1), shp: e.shp, ...(e.dbf ? { dbf: e.dbf } : {}), ...(e.prj ? { prj: text(e.prj) } : {}), ...(e.cpg ? { cpg: text(e.cpg) } : {}) });
  }
  return out;
}

/** The files inside a .zip, by path. */
export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

/** The encoding to decode a .dbf with: the .cpg's, else UTF-8 if the records are valid UTF-8, else GBK. */
export function dbfEncoding(dbf: Uint8Array, cpg?: string): string {
  if (cpg && cpg.trim()) return cpg.trim();
  const headerLength = dbf.length >= 10 ? dbf[8]! | (dbf[9]! << 8) : 0;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf.subarray(headerLength));
    return 'utf-8';
  } catch {
    return 'gbk';
  }
}

/** The features of a shapefile in its own coordinates (no reprojection), and the encoding used. */
export function readShapefile(parts: ShapefileParts): { features: Feature<Geometry | null, Record<string, unknown>>[]; encoding: string | null } {
  const geoms = parseShp(parts.shp);
  const encoding = parts.dbf ? dbfEncoding(parts.dbf, parts.cpg) : null;
  const rows = parts.dbf ? parseDbf(parts.dbf, encoding ?? undefined) : [];
  const features = geoms.map((g, i) => ({ type: 'Feature' as const, geometry: g, properties: { ...(rows[i] ?? {}) } }));
  return { features, encoding };
}
