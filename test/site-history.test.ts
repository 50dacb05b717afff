import { describe, expect, it } from 'vitest';
import { EMPTY_HISTORY, record, redo, undo } from '../src/app/sites/site-history.ts';
import type { Site } from '../src/app/sites/site-store.ts';
import { rect } from './helpers/shapes.ts';

const site = (id: string, w = 120): Site => ({ id, name: id, geometry: rect(w, 30, w + 0.01, 30.01), created: '2026-01-01T00:00:00Z', source: 'drawn' });

describe('site history', () => {
  it('undoes and redoes a changed shape', () => {
    const a = site('a'); const moved = rect(120, 30, 120.02, 30.01);
    let sites: Site[] = [{ ...a, geometry: moved }];
    let h = record(EMPTY_HISTORY, { kind: 'geometry', id: 'a', before: a.geometry, after: moved });
    const u = undo(sites, h)!;
    expect(u.sites[0]!.geometry).toEqual(a.geometry);
    sites = u.sites; h = u.history;
    const r = redo(sites, h)!;
    expect(r.sites[0]!.geometry).toEqual(moved);
    expect(redo(r.sites, r.history)).toBeNull();
  });
  it('undoes an added site (it goes) and a deleted one (it comes back in its place)', () => {
    const [a, b, c] = [site('a'), site('b', 121), site('c', 122)];
    let h = record(EMPTY_HISTORY, { kind: 'add', sites: [c] });
    h = record(h, { kind: 'remove', site: b, index: 1 });
    const u1 = undo([a, c], h)!;
    expect(u1.sites.map((s) => s.id)).toEqual(['a', 'b', 'c']);
    const u2 = undo(u1.sites, u1.history)!;
    expect(u2.sites.map((s) => s.id)).toEqual(['a', 'b']);
    expect(undo(u2.sites, u2.history)).toBeNull();
    const r = redo(u2.sites, u2.history)!;
    expect(r.sites.map((s) => s.id)).toEqual(['a', 'b', 'c']);
  });
  it('forgets what was undone once a new edit is made, and keeps at most 100 steps', () => {
    const a = site('a');
    let h = record(EMPTY_HISTORY, { kind: 'add', sites: [a] });
    h = undo([a], h)!.history;
    expect(h.future.length).toBe(1);
    h = record(h, { kind: 'add', sites: [site('b')] });
    expect(h.future).toEqual([]);
    for (let i = 0; i < 150; i++) h = record(h, { kind: 'add', sites: [site(`s${i}`)] });
    expect(h.past.length).toBe(100);
  });
});
