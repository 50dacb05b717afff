/**
 * Paths of files named in a manifest: relative to the dataset folder and inside it. Absolute
 * paths, drive letters, URLs and `..` that leave the folder are refused, so a manifest can never
 * make the app or the CLI read a file outside its dataset.
 */

/**
 * The normalised path (forward slashes, no `.` or inner `..`), or an error message. `base` is the
 * folder of the manifest inside the dataset ('' for the root).
 */
export function datasetPath(path: string, base = ''): { ok: true; path: string } | { ok: false; message: string } {
  const p = path.trim().replace(/\\/g, '/');
  if (p === '') return { ok: false, message: 'is an empty file name' };
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p) || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(p)) {
    return { ok: false, message: 'is an absolute path or a URL; files must lie inside the dataset folder and be named relative to manifest.json' };
  }
  const parts: string[] = base ? base.split('/').filter(Boolean) : [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return { ok: false, message: 'points outside the dataset folder (../); files must lie inside the folder of manifest.json' };
      parts.pop();
    } else parts.push(seg);
  }
  if (parts.length === 0) return { ok: false, message: 'names no file' };
  return { ok: true, path: parts.join('/') };
}
