/**
 * Paths of the CLI, safe by construction: every path a dataset or a command names (layer files,
 * year manifests, `--out`, the tiles and the manifest `tiles --manifest` writes) goes through
 * resolveInside, which follows symbolic links (realpath) and refuses what ends outside its root.
 * The core's datasetPath (src/core/data/dataset-path.ts) is the lexical check of a manifest's
 * paths; this adds what only the file system knows. Names joined into output paths (layer names)
 * are checked by unsafeName first.
 */
import { constants } from 'node:fs';
import { mkdir, open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** A path refused: `code` is the reason, which the dataset loader shows after the file's name. */
export class PathRefused extends Error {
  readonly code: string;
  /** Refused on purpose (the loader says so: file.refused), not a file that failed to read. */
  readonly refused = true;
  constructor(reason: string) {
    super(reason);
    this.code = reason;
  }
}

/** The real path of `p` (symbolic links followed); for a path not yet there, that of its nearest existing folder with the rest joined on. */
export async function realpathLoose(p: string): Promise<string> {
  const abs = path.resolve(p);
  const rest: string[] = [];
  let at = abs;
  for (;;) {
    try {
      return path.join(await realpath(at), ...rest);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const up = path.dirname(at);
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || up === at) throw e;
      rest.unshift(path.basename(at));
      at = up;
    }
  }
}

/** Whether the absolute path `p` is `root` or lies inside it. */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * The real path of `name` (relative to `root`, or absolute), symbolic links followed, when it lies
 * inside the real `root`; else throws PathRefused naming why. A path not yet there is resolved
 * through its nearest existing folder, so a file about to be written is checked too.
 * @example await resolveInside('data', 'forest.geojson') // '/home/u/map/data/forest.geojson'
 */
export async function resolveInside(root: string, name: string): Promise<string> {
  const realRoot = await realpathLoose(root);
  const lexical = path.resolve(realRoot, name);
  if (!isInside(realRoot, lexical)) throw new PathRefused(`outside the dataset folder ${root}; refused`);
  const real = await realpathLoose(lexical);
  if (!isInside(realRoot, real)) throw new PathRefused(`a symbolic link to ${real}, outside the dataset folder ${root}; refused`);
  return real;
}

/**
 * Why `name` cannot be one part of an output path (a layer's folder), or null when it can: it must
 * not be empty, `.` or `..`, hold a slash or backslash, a NUL or another control character, or a
 * drive letter's colon.
 * @example unsafeName('../../escaped') // 'holds a path separator'
 */
export function unsafeName(name: string): string | null {
  if (name === '') return 'is empty';
  if (name === '.' || name === '..') return `is "${name}"`;
  if (/[/\\]/.test(name)) return 'holds a path separator';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'holds a control character';
  if (name.includes(':')) return 'holds a colon';
  return null;
}

/**
 * Checks that `out` can be the output folder: an existing folder or one that can be created (no
 * part of it an existing file). Returns the message to show, or null when it can.
 */
export async function outputFolderProblem(out: string, flag = '--out'): Promise<string | null> {
  let at = path.resolve(out);
  for (;;) {
    const s = await stat(at).catch(() => null);
    if (s) {
      if (s.isDirectory()) return null;
      return at === path.resolve(out)
        ? `${flag} ${out} is a file, not a folder: name a folder (it is created when missing)`
        : `${flag} ${out} cannot be a folder: ${at} is a file`;
    }
    const up = path.dirname(at);
    if (up === at) return null;
    at = up;
  }
}

/**
 * Writes `data` to `root/parts…`, creating the folders, when the file's real folder lies inside the
 * real `root` (a folder on the way that is a symbolic link leaving `root` is refused) and the file
 * itself is not a symbolic link (never followed). Throws PathRefused otherwise. `checked` caches
 * the folders already checked, for many writes into one tree.
 */
export async function writeInside(root: string, parts: readonly string[], data: Uint8Array | string, checked: Set<string> = new Set()): Promise<void> {
  for (const p of parts) {
    const bad = unsafeName(p);
    if (bad) throw new PathRefused(`"${p}" ${bad}; not written`);
  }
  const realRoot = await realpathLoose(root);
  const dir = path.join(realRoot, ...parts.slice(0, -1));
  if (!checked.has(dir)) {
    // Checked before creating (no folder is made outside) and after (what was made is inside).
    for (const check of [() => realpathLoose(dir), async () => { await mkdir(dir, { recursive: true }); return realpath(dir); }]) {
      const real = await check();
      if (!isInside(realRoot, real)) throw new PathRefused(`${dir} leads through a symbolic link to ${real}, outside ${root}; not written`);
    }
    checked.add(dir);
  }
  const file = path.join(dir, parts[parts.length - 1]!);
  let h;
  try {
    h = await open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o666);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw new PathRefused(`${file} is a symbolic link; not written`);
    throw e;
  }
  try {
    await h.writeFile(data);
  } finally {
    await h.close();
  }
}
