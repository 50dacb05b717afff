/**
 * How the CLI commands read a dataset folder: files by their path inside it (symbolic links
 * followed and refused when they leave it: safe-path.ts), and layers given as database tables
 * (`table:schema.table#geom`) from the database named by `--db` or the PG* variables. A manifest's
 * `"database"` is never connected to on the dataset's word: psql would send the user's PGPASSWORD
 * or ~/.pgpass password there. Without `--db`, a dataset whose table layers ask for a database
 * stops at its manifest, naming the server; `--db` with that URL is the user's confirmation.
 */
import { readFile } from 'node:fs/promises';
import { databaseHasPassword, TABLE_PREFIX } from '../core/io.ts';
import type { ReadFile } from '../core/io.ts';
import { tableAsGeoJson } from './postgis-engine.ts';
import { resolveInside } from './safe-path.ts';

/** A reader of files of the dataset folder; null for a file that does not exist; throws PathRefused for one outside it. */
function folderReader<T>(dir: string, read: (file: string) => Promise<T>) {
  return async (file: string): Promise<T | null> => {
    try {
      return await read(await resolveInside(dir, file));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  };
}

/** The manifest's "database" when one of its layers is a database table, else null. */
export function askedDatabase(manifest: Uint8Array): string | null {
  try {
    const m = JSON.parse(new TextDecoder().decode(manifest)) as { database?: unknown; layers?: unknown };
    const layers = m.layers !== null && typeof m.layers === 'object' ? Object.values(m.layers) : [];
    const tables = layers.some((l) => l !== null && typeof l === 'object' && typeof (l as { table?: unknown }).table === 'string');
    return tables && typeof m.database === 'string' ? m.database : null;
  } catch {
    return null;
  }
}

/** Why a manifest asking for `database` stops the command when `--db` is not given. */
export function untrustedDatabase(database: string): string {
  if (databaseHasPassword(database)) return 'its "database" holds a password, which a dataset may never give; refused';
  return `the dataset asks for the database ${database} for its table layers; it is not connected to on the dataset's word (psql would send your PGPASSWORD or ~/.pgpass password there). If you trust it, run again with --db ${database}`;
}

/**
 * The reader of the dataset in `dir`: its files' bytes (inside `dir`, symbolic links included),
 * and its table layers as GeoJSON read from `db` or the PG* variables. A manifest whose table
 * layers ask for a database (`"database"`) while `db` is null throws when read (the loader reports
 * it, naming the server, and the command stops); a table layer without any database throws, which
 * the loader reports as that layer's error.
 */
export function datasetReader(dir: string, db: string | null): ReadFile {
  const files = folderReader(dir, async (f) => new Uint8Array(await readFile(f)));
  return async (f: string) => {
    if (!f.startsWith(TABLE_PREFIX)) {
      const bytes = await files(f);
      // Any file may be a manifest (a year's is named by the root's "years"): those that say "database" are looked at.
      const asked = db === null && bytes !== null && bytes.length < 1 << 24 && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes('"database"') ? askedDatabase(bytes) : null;
      if (asked !== null) { const why = untrustedDatabase(asked); throw Object.assign(new Error(why), { code: why, refused: true }); }
      return bytes;
    }
    const [table, geometry] = f.slice(TABLE_PREFIX.length).split('#') as [string, string];
    if (!db && !process.env.PGDATABASE && !process.env.PGHOST) throw Object.assign(new Error('no database: pass --db postgres://host/database'), { code: 'no database: pass --db postgres://host/database' });
    try {
      return await tableAsGeoJson(db, table, geometry);
    } catch (e) {
      // The loader shows an error's code: the server's own message, on one line.
      const why = (e as Error).message.replace(/\s+/g, ' ').trim();
      throw Object.assign(new Error(why), { code: why });
    }
  };
}
