/**
 * Paths of files named in a manifest: relative to the dataset folder and inside it. Absolute
 * paths, drive letters, URLs and `..` that leave the folder are refused, so a manifest can never
 * make the app or the CLI read a file outside its dataset.
 */
import { messagePart } from '../i18n/messages.ts';
import type { MessagePart } from '../i18n/messages.ts';

/**
 * The normalised path (forward slashes, no `.` or inner `..`), or an error message (with its code,
 * src/core/i18n/messages.ts). `base` is the folder of the manifest inside the dataset ('' for the root).
 */
export function datasetPath(path: string, base = ''): { ok: true; path: string } | ({ ok: false } & MessagePart) {
  const p = path.trim().replace(/\\/g, '/');
  if (p === '') return { ok: false, ...messagePart('path.empty', {}) };
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p) || /^[A-Za-z][A-Za-z0-9+.-]*:/.test(p)) {
    return { ok: false, ...messagePart('path.absolute', {}) };
  }
  const parts: string[] = base ? base.split('/').filter(Boolean) : [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return { ok: false, ...messagePart('path.outside', {}) };
      parts.pop();
    } else parts.push(seg);
  }
  if (parts.length === 0) return { ok: false, ...messagePart('path.noFile', {}) };
  return { ok: true, path: parts.join('/') };
}
