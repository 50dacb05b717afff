/** React hook over the stored sites: list, add, rename, delete; every change is saved at once. */
import { useCallback, useState } from 'react';
import type { MultiPolygon, Polygon } from 'geojson';
import { loadSites, newSiteId, saveSites } from './site-store.ts';
import type { Site } from './site-store.ts';

export interface SitesApi {
  readonly sites: readonly Site[];
  add(items: readonly { name: string; geometry: Polygon | MultiPolygon; source: Site['source'] }[]): string[];
  rename(id: string, name: string): void;
  remove(id: string): void;
}

export function useSites(): SitesApi {
  const [sites, setSites] = useState<readonly Site[]>(() => loadSites(window.localStorage));
  const commit = useCallback((next: readonly Site[]) => { saveSites(window.localStorage, next); setSites(next); }, []);
  return {
    sites,
    add: (items) => {
      const next = [...sites];
      const ids: string[] = [];
      for (const it of items) {
        const id = newSiteId(next);
        next.push({ id, name: it.name, geometry: it.geometry, source: it.source, created: new Date().toISOString() });
        ids.push(id);
      }
      commit(next);
      return ids;
    },
    rename: (id, name) => commit(sites.map((s) => (s.id === id ? { ...s, name } : s))),
    remove: (id) => commit(sites.filter((s) => s.id !== id)),
  };
}
