/**
 * The bundled sample dataset (data/), imported as text at build time so the built app needs no
 * network request for it. Only the report worker imports this module.
 */
const raw = import.meta.glob('../../../data/*.{json,geojson,csv}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** File name → file text of every file in data/. */
export const BUNDLED_FILES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(raw).map(([p, text]) => [p.slice(p.lastIndexOf('/') + 1), text]),
);
