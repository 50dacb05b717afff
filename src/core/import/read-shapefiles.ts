/** Shapefiles among the imported files: each .shp with its .dbf, .prj and .cpg (shapefile.ts reads them). */
import type { DataIssue } from '../data/dataset.ts';
import { message, messagePart } from '../i18n/messages.ts';
import { crsFromPrj } from './crs.ts';
import type { CrsInfo } from './crs.ts';
import { groupShapefiles, readShapefile, ShapefileError } from './shapefile.ts';
import { failed, fileWarning } from './source.ts';
import type { ImportSource, ReadOutcome } from './source.ts';

/**
 * Every shapefile among the files (name → bytes; other files are ignored): its features in its own
 * coordinates, the system of its .prj (null without one) and the encoding of its attributes. The
 * first unusable one (no .dbf, a broken .shp, a .prj that is refused) is the error. Never throws.
 */
export function readShapefiles(files: Readonly<Record<string, Uint8Array>>): ReadOutcome {
  const sources: ImportSource[] = [];
  for (const parts of groupShapefiles(files)) {
    const file = `${parts.name}.shp`;
    if (!parts.dbf) return failed(file, message('shapefile.noDbf', {}));
    let read;
    try { read = readShapefile(parts); } catch (e) {
      const part = e instanceof ShapefileError ? e.part : messagePart('shp.unreadable', {});
      return failed(file, message('shapefile.invalid', { ...part.params, detail: part.code }));
    }
    let crs: CrsInfo | null = null;
    const warnings: DataIssue[] = [];
    if (parts.prj !== undefined) {
      const c = crsFromPrj(parts.prj);
      if ('error' in c) return failed(file, message('crs.prjRefused', { ...c.errorPart.params, detail: c.errorPart.code }));
      crs = c.crs;
      if (c.warning) warnings.push(fileWarning(file, message('prj.uncommon', { name: c.crs.name })));
    }
    sources.push({ file, features: read.features, crs, declared: crs ? crs.code : null, encoding: read.encoding, warnings });
  }
  return { sources };
}
