/**
 * The bundled sample dataset (data/): its files are emitted beside the built app and fetched by the
 * report worker, rather than inlined into a script bundle. The files of the root folder are fetched
 * all at once (same origin, so the app still makes no request outside itself); those of other
 * years (data/2016/…) only when asked for. Only the report worker imports this module.
 */
const urls = import.meta.glob('../../../data/**/*.{json,geojson,csv}', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const PREFIX = '../../../data/';

/** Path inside data/ → URL of every bundled file. */
const byPath = new Map(Object.entries(urls).map(([p, url]) => [p.slice(PREFIX.length), url]));

async function fetchText(path: string, url: string): Promise<string> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
  return r.text();
}

/** File name → text of every file directly in data/, fetched in parallel. */
export async function fetchBundledFiles(): Promise<Record<string, string>> {
  const root = [...byPath].filter(([p]) => !p.includes('/'));
  return Object.fromEntries(await Promise.all(root.map(async ([p, url]) => [p, await fetchText(p, url)] as const)));
}

/** The text of a bundled file in a subfolder (another year's), fetched now; null when there is none. */
export async function fetchBundledFile(path: string): Promise<string | null> {
  const url = byPath.get(path);
  return url ? fetchText(path, url) : null;
}
