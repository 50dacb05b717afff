/**
 * CAD drawings (DXF, ASCII) from design institutes: the closed polylines of the ENTITIES section as
 * polygons, in the drawing's own units (Gauss–Krüger metres, with or without the zone number in
 * front of the easting). DXF has no coordinate system: the importer guesses it from the coordinates
 * and asks (`needs-crs`), as for a shapefile without .prj.
 *
 * A minimal group-code reader, written here rather than taken from dxf-parser: that package's
 * typings pull in Node's (the core compiles without them), it has no HATCH, and its errors do not
 * say the line. DXF is pairs of lines, a group code and its value; the entities read are
 * - LWPOLYLINE (70 flags, bit 1 closed; 10/20 vertices; 42 bulge of the segment after a vertex),
 * - POLYLINE with its VERTEX entities up to SEQEND (2D and 3D polylines; meshes are skipped),
 * - HATCH boundary paths made of polylines or straight edges (arcs too), a path marked external or
 *   outermost an outer ring, the others holes of the outer ring holding them; a hatch that only
 *   repeats the boundary of a polyline already read is left out.
 * Arc segments (bulges) are followed by chords at most 5 mm from the arc. Text is UTF-8 (R2007 on) or
 * the drawing's code page (GBK for Chinese drawings), with \U+XXXX escapes decoded.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { DataIssue } from '../data/dataset.ts';
import { decodeText } from '../data/decode-text.ts';
import type { FileContent } from '../data/decode-text.ts';
import { message } from '../i18n/messages.ts';
import { failed, fileWarning } from './source.ts';
import type { ReadOutcome } from './source.ts';

/** The `source` property of a feature read from a DXF. */
export const DXF_SOURCE = 'DXF';

/** Largest distance of a chord from the arc it stands for, drawing units (m). */
export const ARC_TOLERANCE = 0.005;

interface Pair { readonly code: number; readonly value: string; readonly line: number }
interface Entity { readonly type: string; readonly line: number; readonly pairs: readonly Pair[] }

/** A ring read from an entity: vertices (open, not repeating the first), bulges, whether it is closed. */
interface Path { readonly points: Position[]; readonly bulges: number[]; readonly closed: boolean }

/** The group code/value pairs, or the line where a group code is not a number. */
function readPairs(text: string): Pair[] | { line: number; text: string } {
  const lines = text.split(/\r\n|\r|\n/);
  const out: Pair[] = [];
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const c = lines[i]!.trim();
    if (c === '' && i + 2 >= lines.length) break;
    if (!/^-?\d+$/.test(c)) return { line: i + 1, text: c.length > 40 ? `${c.slice(0, 40)}…` : c };
    out.push({ code: Number(c), value: lines[i + 1]!.trim(), line: i + 2 });
  }
  return out;
}

/** The entities of the ENTITIES section, each with its pairs (VERTEX and SEQEND kept as entities). */
function entitiesOf(pairs: readonly Pair[]): Entity[] {
  const out: Entity[] = [];
  let inEntities = false;
  let current: { type: string; line: number; pairs: Pair[] } | null = null;
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i]!;
    if (p.code === 0 && p.value === 'SECTION') {
      inEntities = pairs[i + 1]?.code === 2 && pairs[i + 1]!.value === 'ENTITIES';
      continue;
    }
    if (!inEntities) continue;
    if (p.code === 0) {
      if (current) out.push(current);
      current = p.value === 'ENDSEC' ? null : { type: p.value, line: p.line - 1, pairs: [] };
      if (!current) inEntities = false;
    } else current?.pairs.push(p);
  }
  if (current) out.push(current);
  return out;
}

/** Text with AutoCAD's \U+XXXX escapes decoded. */
const unescape = (s: string) => s.replace(/\\U\+([0-9A-Fa-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

const first = (pairs: readonly Pair[], code: number) => pairs.find((p) => p.code === code)?.value;

/** The points of the arc from p to q of the given bulge (tan of a quarter of its angle, + counter-clockwise), p and q excluded. */
export function arcPoints(p: Position, q: Position, bulge: number, tolerance = ARC_TOLERANCE): Position[] {
  const dx = q[0]! - p[0]!, dy = q[1]! - p[1]!;
  const c = Math.hypot(dx, dy);
  if (bulge === 0 || c === 0) return [];
  const theta = 4 * Math.atan(bulge);
  const r = Math.abs(c / (2 * Math.sin(theta / 2)));
  const off = c / 2 / Math.tan(theta / 2);
  const cx = (p[0]! + q[0]!) / 2 - (dy / c) * off, cy = (p[1]! + q[1]!) / 2 + (dx / c) * off;
  const step = r > tolerance ? 2 * Math.acos(1 - tolerance / r) : Math.PI / 2;
  const n = Math.min(1024, Math.max(1, Math.ceil(Math.abs(theta) / step)));
  const a0 = Math.atan2(p[1]! - cy, p[0]! - cx);
  const out: Position[] = [];
  for (let k = 1; k < n; k++) out.push([cx + r * Math.cos(a0 + (theta * k) / n), cy + r * Math.sin(a0 + (theta * k) / n)]);
  return out;
}

/** A closed ring from a path: arcs followed, the first point repeated at the end. */
function ring(path: Path, arcs: { count: number }): Position[] {
  const out: Position[] = [];
  const n = path.points.length;
  for (let i = 0; i < n; i++) {
    out.push(path.points[i]!);
    const b = path.bulges[i] ?? 0;
    if (b !== 0 && (i + 1 < n || path.closed)) { arcs.count++; out.push(...arcPoints(path.points[i]!, path.points[(i + 1) % n]!, b)); }
  }
  out.push(path.points[0]!);
  return out;
}

/** A path's vertices without a last one repeating the first, and whether it closes (flag, or ending where it began). */
function closePath(points: Position[], bulges: number[], flagged: boolean): Path {
  const last = points[points.length - 1], head = points[0];
  const repeats = points.length > 3 && last && head && last[0] === head[0] && last[1] === head[1];
  return repeats ? { points: points.slice(0, -1), bulges: bulges.slice(0, -1), closed: true } : { points, bulges, closed: flagged };
}

/** Vertices (10/20, 42) of pairs, from a 10 on. */
function vertices(pairs: readonly Pair[]): { points: Position[]; bulges: number[] } {
  const points: Position[] = [], bulges: number[] = [];
  for (const p of pairs) {
    if (p.code === 10) { points.push([Number(p.value), NaN]); bulges.push(0); }
    else if (p.code === 20 && points.length) points[points.length - 1]![1] = Number(p.value);
    else if (p.code === 42 && points.length) bulges[bulges.length - 1] = Number(p.value);
  }
  return { points, bulges };
}

/** The boundary paths of a HATCH; null when one has an edge other than a line or a circular arc. */
function hatchPaths(pairs: readonly Pair[]): { path: Path; outer: boolean }[] | null {
  const start = pairs.findIndex((p) => p.code === 91);
  if (start < 0) return [];
  const count = Number(pairs[start]!.value);
  const out: { path: Path; outer: boolean }[] = [];
  let i = start + 1;
  const next = (code: number) => { while (i < pairs.length && pairs[i]!.code !== code) i++; return i < pairs.length ? pairs[i++]!.value : null; };
  const num = (code: number) => Number(next(code));
  for (let k = 0; k < count; k++) {
    const flags = num(92);
    const outer = (flags & 1) !== 0 || (flags & 16) !== 0;
    if (flags & 2) {
      const hasBulge = num(72) !== 0;
      num(73); // 'is closed': a boundary path always is
      const n = num(93);
      const points: Position[] = [], bulges: number[] = [];
      for (let v = 0; v < n; v++) { points.push([num(10), num(20)]); bulges.push(hasBulge ? num(42) : 0); }
      out.push({ path: closePath(points, bulges, true), outer });
    } else {
      const n = num(93);
      const points: Position[] = [], bulges: number[] = [];
      for (let e = 0; e < n; e++) {
        const type = num(72);
        if (type === 1) { points.push([num(10), num(20)]); bulges.push(0); num(11); num(21); }
        else if (type === 2) {
          const cx = num(10), cy = num(20), r = num(40), a = num(50), b = num(51), ccw = num(73) !== 0;
          // A clockwise arc's angles are stored mirrored (the actual ones are −a and −b): either way it sweeps b − a.
          const sweep = (((b - a) % 360) + 360) % 360 || 360;
          const a0 = ((ccw ? a : -a) * Math.PI) / 180;
          const from: Position = [cx + r * Math.cos(a0), cy + r * Math.sin(a0)];
          points.push(from);
          bulges.push((ccw ? 1 : -1) * Math.tan((sweep * Math.PI) / 180 / 4));
        } else return null;
      }
      out.push({ path: closePath(points, bulges, true), outer });
    }
    if (out[out.length - 1]!.path.points.some((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1]))) return null;
  }
  return out;
}

/** True when (x, y) lies inside the ring (even–odd rule). */
function inside(r: readonly Position[], x: number, y: number): boolean {
  let odd = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i] as [number, number], [xj, yj] = r[j] as [number, number];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

/** A ring's vertices to the millimetre, in order from the smallest: the same ring whatever its start and direction. */
const ringKey = (r: readonly Position[]) => r.slice(0, -1).map((p) => `${Math.round(p[0]! * 1000)},${Math.round(p[1]! * 1000)}`).sort().join(';');

/**
 * Reads a DXF (ASCII; see the module comment) into one Polygon feature per closed polyline and one
 * Polygon or MultiPolygon per HATCH, in the drawing's coordinates, with properties `name`
 * (`${file} #n`), `layer`, `handle` (the entity's, as the drawing lists it), `entity` (LWPOLYLINE,
 * POLYLINE or HATCH) and `source` ('DXF'); its system is left to the importer (null). Open polylines
 * are skipped with a warning naming their handles; arcs followed by chords with a warning; a binary
 * DXF, a broken group code (naming the line) and a drawing without any closed polyline are errors.
 * Never throws.
 */
export function readDxf(file: string, content: FileContent): ReadOutcome {
  if (typeof content !== 'string' && /^AutoCAD Binary DXF/.test(new TextDecoder().decode(content.subarray(0, 18)))) {
    return failed(file, message('dxf.binary', {}));
  }
  const decoded = decodeText(content, file);
  if (decoded.tooLarge) return { errors: decoded.issues };
  // A code page other than UTF-8 is usual in drawings before R2007: not worth a warning.
  const warnings: DataIssue[] = decoded.issues.filter((i) => i.code !== 'text.gbk' && i.code !== 'text.bom');
  const pairs = readPairs(decoded.text);
  if (!Array.isArray(pairs)) return failed(file, message('dxf.badCode', pairs));
  const entities = entitiesOf(pairs);
  if (entities.length === 0 && !pairs.some((p) => p.code === 0 && p.value === 'SECTION')) return failed(file, message('dxf.notDxf', {}));

  const features: Feature<Polygon | MultiPolygon, Record<string, unknown>>[] = [];
  const open: string[] = [];
  const skippedHatches: string[] = [];
  const arcs = { count: 0 };
  const polylineRings = new Set<string>();
  const hatches: Entity[] = [];
  const add = (e: Entity, geometry: Polygon | MultiPolygon) => {
    const layer = unescape(first(e.pairs, 8) ?? '0');
    features.push({ type: 'Feature', geometry, properties: { name: `${file} #${features.length + 1}`, layer, handle: first(e.pairs, 5) ?? null, entity: e.type, source: DXF_SOURCE } });
  };
  const takePath = (e: Entity, path: Path) => {
    if (!path.closed || path.points.length < 3) { open.push(first(e.pairs, 5) ?? `line ${e.line}`); return; }
    if (path.points.some((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1]))) { open.push(first(e.pairs, 5) ?? `line ${e.line}`); return; }
    const r = ring(path, arcs);
    polylineRings.add(ringKey(r));
    add(e, { type: 'Polygon', coordinates: [r] });
  };
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    if (e.type === 'LWPOLYLINE') {
      const v = vertices(e.pairs);
      takePath(e, closePath(v.points, v.bulges, (Number(first(e.pairs, 70) ?? 0) & 1) !== 0));
    } else if (e.type === 'POLYLINE') {
      const flags = Number(first(e.pairs, 70) ?? 0);
      const points: Position[] = [], bulges: number[] = [];
      while (entities[i + 1]?.type === 'VERTEX') {
        const v = entities[++i]!;
        if (Number(first(v.pairs, 70) ?? 0) & 16) continue; // a spline frame's control point
        points.push([Number(first(v.pairs, 10)), Number(first(v.pairs, 20))]);
        bulges.push(Number(first(v.pairs, 42) ?? 0));
      }
      if (flags & (16 | 64)) { open.push(first(e.pairs, 5) ?? `line ${e.line}`); continue; }
      takePath(e, closePath(points, bulges, (flags & 1) !== 0));
    } else if (e.type === 'HATCH') hatches.push(e);
  }
  for (const e of hatches) {
    const paths = hatchPaths(e.pairs);
    if (!paths) { skippedHatches.push(first(e.pairs, 5) ?? `line ${e.line}`); continue; }
    const rings = paths.filter((p) => p.path.points.length >= 3).map((p) => ({ ring: ring(p.path, arcs), outer: p.outer }));
    if (rings.length === 0) continue;
    if (rings.every((r) => polylineRings.has(ringKey(r.ring)))) continue;
    const outers = rings.filter((r) => r.outer);
    const shells = (outers.length ? outers : [rings[0]!]).map((r) => [r.ring]);
    for (const r of rings) {
      if (shells.some((s) => s[0] === r.ring)) continue;
      const holder = shells.find((s) => inside(s[0]!, r.ring[0]![0]!, r.ring[0]![1]!));
      if (holder) holder.push(r.ring); else shells.push([r.ring]);
    }
    add(e, shells.length === 1 ? { type: 'Polygon', coordinates: shells[0]! } : { type: 'MultiPolygon', coordinates: shells });
  }
  if (open.length > 0) warnings.push(fileWarning(file, message('dxf.open', { count: open.length, handles: list(open) })));
  if (skippedHatches.length > 0) warnings.push(fileWarning(file, message('dxf.hatchSkipped', { count: skippedHatches.length, handles: list(skippedHatches) })));
  if (arcs.count > 0) warnings.push(fileWarning(file, message('dxf.arcs', { count: arcs.count, tolerance: ARC_TOLERANCE * 1000 })));
  if (features.length === 0) {
    const counts = new Map<string, number>();
    for (const e of entities) if (e.type !== 'VERTEX' && e.type !== 'SEQEND') counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    return failed(file, message('dxf.noPolygons', { found: [...counts].map(([t, n]) => `${n} ${t}`).join(', ') || '—' }));
  }
  return { sources: [{ file, features, crs: null, declared: null, encoding: decoded.encoding, warnings }] };
}

/** Up to ten items, and how many more. */
const list = (items: readonly string[]) => items.slice(0, 10).join(', ') + (items.length > 10 ? ` … (+${items.length - 10})` : '');
