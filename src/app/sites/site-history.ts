/**
 * Undo and redo of the planner's site edits, as pure functions over the list of sites: a moved
 * vertex or a new shape (`geometry`), a site added (drawn, imported, buffered) or deleted. Each
 * step records both sides, so undo and redo are the same operation in opposite directions.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { Site } from './site-store.ts';

export type SiteEdit =
  | { readonly kind: 'geometry'; readonly id: string; readonly before: Polygon | MultiPolygon; readonly after: Polygon | MultiPolygon }
  | { readonly kind: 'add'; readonly sites: readonly Site[] }
  | { readonly kind: 'remove'; readonly site: Site; readonly index: number };

export interface History {
  readonly past: readonly SiteEdit[];
  readonly future: readonly SiteEdit[];
}

export const EMPTY_HISTORY: History = { past: [], future: [] };

/** At most this many steps are kept. */
const LIMIT = 100;

/** The history after a new edit: it can be undone; what was undone before can no longer be redone. */
export function record(h: History, edit: SiteEdit): History {
  return { past: [...h.past, edit].slice(-LIMIT), future: [] };
}

/** The sites with an edit applied forwards (redo) or backwards (undo). */
export function applyEdit(sites: readonly Site[], e: SiteEdit, forwards: boolean): Site[] {
  switch (e.kind) {
    case 'geometry': return sites.map((s) => (s.id === e.id ? { ...s, geometry: forwards ? e.after : e.before } : s));
    case 'add': {
      if (!forwards) { const ids = new Set(e.sites.map((s) => s.id)); return sites.filter((s) => !ids.has(s.id)); }
      return [...sites.filter((s) => !e.sites.some((n) => n.id === s.id)), ...e.sites];
    }
    case 'remove': {
      if (forwards) return sites.filter((s) => s.id !== e.site.id);
      const next = sites.filter((s) => s.id !== e.site.id);
      next.splice(Math.min(e.index, next.length), 0, e.site);
      return next;
    }
  }
}

/** Undoes the last edit: the sites before it and the history; null when there is nothing to undo. */
export function undo(sites: readonly Site[], h: History): { sites: Site[]; history: History; edit: SiteEdit } | null {
  const edit = h.past.at(-1);
  if (!edit) return null;
  return { sites: applyEdit(sites, edit, false), history: { past: h.past.slice(0, -1), future: [edit, ...h.future] }, edit };
}

/** Redoes the last undone edit; null when there is none. */
export function redo(sites: readonly Site[], h: History): { sites: Site[]; history: History; edit: SiteEdit } | null {
  const edit = h.future[0];
  if (!edit) return null;
  return { sites: applyEdit(sites, edit, true), history: { past: [...h.past, edit], future: h.future.slice(1) }, edit };
}
