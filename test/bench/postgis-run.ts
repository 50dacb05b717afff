/**
 * Runs postgis.ts on a dataset folder in its own process: PostGIS's times and values for the
 * spatial indicators, or why there are none (no PostgreSQL server with PostGIS at hand).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const run = promisify(execFile);

/** PostGIS's times (ms, one per run) and value per indicator. */
export interface PostgisTimes {
  readonly byTask: Map<string, { ms: number[]; value: number }>;
  /** Why PostGIS gave nothing (no server, a failure), or null. */
  readonly unavailable: string | null;
}

/** PostGIS's `runs` runs of each indicator on the dataset in `dir` (postgis.ts loads it into its tables first). */
export async function postgisTimes(dir: string, runs: number): Promise<PostgisTimes> {
  const byTask = new Map<string, { ms: number[]; value: number }>();
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(HERE, 'postgis.ts'), dir, String(runs)], { cwd: ROOT, timeout: 600000, maxBuffer: 1 << 20 });
    for (const l of stdout.trim().split('\n')) {
      const j = JSON.parse(l) as { task?: string; ms: number[]; value: number; unavailable?: string };
      if (j.unavailable) return { byTask, unavailable: j.unavailable };
      byTask.set(j.task!, j);
    }
    return { byTask, unavailable: null };
  } catch (e) {
    return { byTask, unavailable: (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 200) };
  }
}
