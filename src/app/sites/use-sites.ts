/**
 * React hook over the stored sites: list, add, rename, delete, change a shape, and undo / redo of
 * those edits (site-history.ts); every change is saved at once.
 */
import { useCallback, useState } from 'react';
import type { MultiPolygon, Polygon } from 'geojson';
import { loadSites, newSiteId, saveSites } from './site-store.ts';
import type { Site } from './site-store.ts';
import { EMPTY_HISTORY, record, redo, undo } from './site-history.ts';
import type { History, SiteEdit } from './site-history.ts';

/** A new site: its name, shape, how it came, and for an imported one its file and coordinate system. */
export type NewSite = Pick<Site, 'name' | 'geometry' | 'source'> & Partial<Pick<Site, 'crs' | 'file' | 'attributes' | 'lineage'>>;

export interface SitesApi {
  readonly sites: readonly Site[];
  add(items: readonly NewSite[]): string[];
  rename(id: string, name: string): void;
  remove(id: string): void;
  /** Gives a site a new shape (an edit that can be undone). */
  setGeometry(id: string, geometry: Polygon | MultiPolygon): void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** Undo / redo the last edit; resolve with the edit (null when there was none). */
  undo(): SiteEdit | null;
  redo(): SiteEdit | null;
}

export function useSites(): SitesApi {
  const [state, setState] = useState<{ sites: readonly Site[]; history: History }>(() => ({ sites: loadSites(window.localStorage), history: EMPTY_HISTORY }));
  const commit = useCallback((sites: readonly Site[], history: History) => { saveSites(window.localStorage, sites); setState({ sites, history }); }, []);
  const { sites, history } = state;
  const step = (f: typeof undo) => {
    const r = f(sites, history);
    if (r) commit(r.sites, r.history);
    return r?.edit ?? null;
  };
  return {
    sites,
    add: (items) => {
      if (items.length === 0) return [];
      const next = [...sites];
      const added: Site[] = [];
      for (const it of items) {
        const s: Site = { ...it, id: newSiteId(next), created: new Date().toISOString() };
        next.push(s);
        added.push(s);
      }
      commit(next, record(history, { kind: 'add', sites: added }));
      return added.map((s) => s.id);
    },
    rename: (id, name) => commit(sites.map((s) => (s.id === id ? { ...s, name } : s)), history),
    remove: (id) => {
      const index = sites.findIndex((s) => s.id === id);
      if (index < 0) return;
      commit(sites.filter((s) => s.id !== id), record(history, { kind: 'remove', site: sites[index]!, index }));
    },
    setGeometry: (id, geometry) => {
      const before = sites.find((s) => s.id === id)?.geometry;
      if (!before || JSON.stringify(before) === JSON.stringify(geometry)) return;
      commit(sites.map((s) => (s.id === id ? { ...s, geometry } : s)), record(history, { kind: 'geometry', id, before, after: geometry }));
    },
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    undo: () => step(undo),
    redo: () => step(redo),
  };
}
