/**
 * The bundled sample dataset (data/): its files are emitted beside the built app and fetched by the
 * report worker, all at once (same origin, so the app still makes no request outside itself), rather
 * than inlined into a script bundle. Only the report worker imports this module.
 */
const urls = import.meta.glob('../../../data/*.{json,geojson,csv}', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

/** File name → text of every file in data/, fetched in parallel. */
export async function fetchBundledFiles(): Promise<Record<string, string>> {
  const entries = await Promise.all(Object.entries(urls).map(async ([p, url]) => {
    const r = await fetch(url);
    if (!r.ok) throw new Error(`${p.slice(p.lastIndexOf('/') + 1)}: HTTP ${r.status}`);
    return [p.slice(p.lastIndexOf('/') + 1), await r.text()] as const;
  }));
  return Object.fromEntries(entries);
}
