/**
 * The planner's sites, kept in the browser (localStorage) so a reload or a crash loses nothing.
 * Pure functions over a storage object, so they can be tested without a browser.
 */
import type { MultiPolygon, Polygon } from 'geojson';

export interface Site {
  readonly id: string;
  readonly name: string;
  readonly geometry: Polygon | MultiPolygon;
  /** ISO time the site was drawn or imported. */
  readonly created: string;
  /** Drawn or typed on the map, imported from a file, or derived from another site (buffered). */
  readonly source: 'drawn' | 'imported' | 'derived';
  /** An imported site's coordinate system as read or chosen (e.g. `EPSG:4549`); a derived site keeps its parent's. */
  readonly crs?: string;
  /** An imported site's file(s); a derived site keeps its parent's. */
  readonly file?: string;
  /** The attributes the file gave the feature (单位, 面积备注, 地块编号 …), shown in the report. */
  readonly attributes?: Readonly<Record<string, unknown>>;
  /** Where a derived site came from, e.g. 「由 site.zip 地块一 外扩 50 m」 (in the app's words when made). */
  readonly lineage?: string;
}

export const SITES_KEY = 'shangyu-eco-map.sites.v1';

/** Minimal storage interface (window.localStorage satisfies it). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The stored sites; an unreadable entry gives an empty list rather than an error. */
export function loadSites(store: KeyValueStore): Site[] {
  try {
    const v = JSON.parse(store.getItem(SITES_KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? (v.filter((s) => s && typeof s.id === 'string' && s.geometry) as Site[]) : [];
  } catch {
    return [];
  }
}

/** Writes the sites. */
export function saveSites(store: KeyValueStore, sites: readonly Site[]): void {
  store.setItem(SITES_KEY, JSON.stringify(sites));
}

/** A new site id, unique among the given ones. */
export function newSiteId(existing: readonly Site[]): string {
  let n = existing.length + 1;
  const ids = new Set(existing.map((s) => s.id));
  while (ids.has(`site-${n}`)) n++;
  return `site-${n}`;
}

/** The sites as a GeoJSON FeatureCollection (name, created, source as properties). */
export function sitesGeoJson(sites: readonly Site[]): object {
  return { type: 'FeatureCollection', features: sites.map((s) => ({ type: 'Feature', id: s.id, properties: { name: s.name, created: s.created, source: s.source, ...(s.crs ? { crs: s.crs } : {}), ...(s.file ? { file: s.file } : {}) }, geometry: s.geometry })) };
}

/** The stored site with exactly this shape (an import of the same file again), or null. */
export function sameShape(sites: readonly Site[], geometry: Site['geometry']): Site | null {
  const key = JSON.stringify(geometry);
  return sites.find((s) => JSON.stringify(s.geometry) === key) ?? null;
}
