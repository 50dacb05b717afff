/**
 * How the CLI commands read a dataset folder: files by their path inside it, and layers given as
 * database tables (`table:schema.table#geom`) from the database named by `--db`, the manifest's
 * `"database"` or the PG* variables.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { databaseHasPassword, TABLE_PREFIX } from '../core/io.ts';
import type { ReadFile } from '../core/io.ts';
import { tableAsGeoJson } from './postgis-engine.ts';

/** A reader of files of the dataset folder; null for a file that does not exist. */
function folderReader<T>(dir: string, read: (file: string) => Promise<T>) {
  return async (file: string): Promise<T | null> => {
    try {
      return await read(path.resolve(dir, file));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  };
}

/** The manifest's "database", if it names one. */
function databaseOf(manifest: Uint8Array | null): string | null {
  try {
    const m = JSON.parse(new TextDecoder().decode(manifest ?? new Uint8Array())) as { database?: unknown };
    // Never one with a password (the loader reports it as an error).
    return typeof m.database === 'string' && !databaseHasPassword(m.database) ? m.database : null;
  } catch {
    return null;
  }
}

/**
 * The reader of the dataset in `dir`: its files' bytes, and its table layers as GeoJSON read from
 * `db` (or the manifest's database); a table layer without any database throws, which the loader
 * reports as that layer's error.
 */
export function datasetReader(dir: string, db: string | null): ReadFile {
  const files = folderReader(dir, async (f) => new Uint8Array(await readFile(f)));
  return async (f: string) => {
    if (!f.startsWith(TABLE_PREFIX)) return files(f);
    const [table, geometry] = f.slice(TABLE_PREFIX.length).split('#') as [string, string];
    const named = db ?? databaseOf(await files('manifest.json'));
    if (!named && !process.env.PGDATABASE && !process.env.PGHOST) throw Object.assign(new Error('no database: pass --db postgres://host/database'), { code: 'no database: pass --db postgres://host/database' });
    return tableAsGeoJson(named, table, geometry);
  };
}
