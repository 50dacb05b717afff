/**
 * Polygon overlays in GEOS — the C++ library PostGIS runs, compiled to WebAssembly (`geos-wasm`,
 * GEOS 3.13 with OverlayNG, as PostGIS 3.3 on GEOS 3.11 uses) — for clip.ts, which uses them
 * instead of JSTS once GEOS is loaded (`loadGeos`) and falls back to JSTS where GEOS fails.
 * The same algorithms as JTS, 1.5–3× faster here, with results equal to JSTS's to ~1e-12: JSTS
 * remains the engine until GEOS is loaded, and where WebAssembly is unavailable.
 *
 * Geometries pass as MultiPolygon coordinates, copied into GEOS's memory ring by ring; every GEOS
 * object made here is destroyed before returning, so nothing leaks in a kiosk running for days
 * (GEOS's memory keeps the size of its largest operation: WebAssembly memory does not shrink).
 */
import type { Position } from 'geojson';
import { oriented } from './ring-orientation.ts';

/** The part of geos-wasm's module used here (its own typings describe every function). */
interface Geos {
  Module: { _malloc(n: number): number; _free(p: number): void; HEAPF64: Float64Array; HEAPU32: Uint32Array; HEAPU8: Uint8Array; UTF8ToString(p: number): string };
  GEOSCoordSeq_copyFromBuffer(buf: number, size: number, hasZ: number, hasM: number): number;
  GEOSCoordSeq_copyToBuffer(s: number, buf: number, hasZ: number, hasM: number): number;
  GEOSCoordSeq_getSize(s: number, size: number): number;
  GEOSGeom_createLinearRing(s: number): number;
  GEOSGeom_createPolygon(shell: number, holes: number, n: number): number;
  GEOSGeom_createCollection(type: number, geoms: number, n: number): number;
  GEOSGeom_destroy(g: number): void;
  GEOSGeomTypeId(g: number): number;
  GEOSGetNumGeometries(g: number): number;
  GEOSGetGeometryN(g: number, n: number): number;
  GEOSGetExteriorRing(g: number): number;
  GEOSGetNumInteriorRings(g: number): number;
  GEOSGetInteriorRingN(g: number, n: number): number;
  GEOSGeom_getCoordSeq(g: number): number;
  GEOSUnaryUnion(g: number): number;
  GEOSUnion(a: number, b: number): number;
  GEOSIntersection(a: number, b: number): number;
  GEOSDifference(a: number, b: number): number;
  GEOSBuffer(g: number, width: number, quadsegs: number): number;
  GEOSisValidDetail(g: number, flags: number, reason: number, location: number): number;
  GEOSMakeValidParams_create(): number;
  GEOSMakeValidParams_setMethod(p: number, method: number): number;
  GEOSMakeValidParams_setKeepCollapsed(p: number, keep: number): number;
  GEOSMakeValidParams_destroy(p: number): void;
  GEOSMakeValidWithParams(g: number, p: number): number;
  GEOSGeomGetX(g: number, x: number): number;
  GEOSGeomGetY(g: number, y: number): number;
  GEOSFree(p: number): void;
  GEOSversion(): string;
}

/** MultiPolygon coordinates. */
type Polys = Position[][][];

const POLYGON = 3, MULTIPOLYGON = 6, COLLECTION = 7;

let geos: Geos | null = null;
let loading: Promise<boolean> | null = null;
/** GEOS failed inside (its state may be broken): it is not called again, and each overlay that would have used it counts as a fallback. */
let broken = false;

/** How long loading GEOS may take before JSTS is used instead (a page whose policy blocks WebAssembly never finishes loading it). */
const LOAD_TIMEOUT_MS = 60000;

/**
 * Loads GEOS (once; later calls return the same promise). Resolves true when loaded, false where
 * it cannot be (no WebAssembly, its module failing, or not loaded within a minute): clip.ts then
 * keeps using JSTS.
 */
export function loadGeos(): Promise<boolean> {
  if (loading) return loading;
  if (typeof WebAssembly === 'undefined') return (loading = Promise.resolve(false));
  let gaveUp = false;
  const load = import('geos-wasm')
    .then(async (m) => {
      // Errors are reported by GEOS returning no geometry; its messages are not printed.
      const g = (await m.default({ errorHandler: () => {}, noticeHandler: () => {} })) as unknown as Geos;
      if (gaveUp) return false;
      geos = g;
      broken = false;
      return true;
    })
    .catch(() => false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => { timer = setTimeout(() => { gaveUp = true; resolve(false); }, LOAD_TIMEOUT_MS); });
  loading = Promise.race([load, timeout]).finally(() => clearTimeout(timer));
  return loading;
}

/** Whether GEOS was loaded (the overlays below may be called; after an internal failure they fail at once, counted). */
export function geosLoaded(): boolean {
  return geos !== null;
}

/**
 * Which engine the overlays run on, for a report to say how its numbers were made: e.g.
 * "GEOS 3.13.0 (WebAssembly)", or "JSTS" when GEOS is not loaded.
 */
export function overlayEngineName(): string {
  return geos ? `GEOS ${geos.GEOSversion().split('-')[0]} (WebAssembly)` : 'JSTS';
}

/** Stops using GEOS (tests of the JSTS path); loadGeos makes it used again. */
export function unloadGeos(): void {
  geos = null;
  loading = null;
  broken = false;
  stats.runs = 0;
  stats.failures = 0;
}

/** A GEOS MultiPolygon of the polygons (rings closed, as GeoJSON's). */
function toGeos(g: Geos, polys: Polys): number {
  const M = g.Module;
  const ring = (r: Position[]): number => {
    const buf = M._malloc(r.length * 16);
    // The heap's views are read after each call that may grow GEOS's memory (a grown memory
    // detaches the old views, and a write through one would be lost).
    const heap = M.HEAPF64;
    const base = buf / 8;
    for (let i = 0; i < r.length; i++) { heap[base + 2 * i] = r[i]![0]!; heap[base + 2 * i + 1] = r[i]![1]!; }
    const seq = g.GEOSCoordSeq_copyFromBuffer(buf, r.length, 0, 0);
    M._free(buf);
    return g.GEOSGeom_createLinearRing(seq);
  };
  const ptrs = M._malloc(Math.max(1, polys.length) * 4);
  for (let k = 0; k < polys.length; k++) {
    const rings = polys[k]!;
    const shell = ring(rings[0]!);
    const holes = rings.length > 1 ? M._malloc((rings.length - 1) * 4) : 0;
    for (let h = 1; h < rings.length; h++) { const hole = ring(rings[h]!); M.HEAPU32[holes / 4 + h - 1] = hole; }
    const polygon = g.GEOSGeom_createPolygon(shell, holes, rings.length - 1);
    M.HEAPU32[ptrs / 4 + k] = polygon;
    if (holes) M._free(holes);
  }
  const mp = g.GEOSGeom_createCollection(MULTIPOLYGON, ptrs, polys.length);
  M._free(ptrs);
  return mp;
}

/** The coordinates of a GEOS ring. */
function ringCoords(g: Geos, r: number): Position[] {
  const M = g.Module;
  const seq = g.GEOSGeom_getCoordSeq(r);
  const sizePtr = M._malloc(4);
  g.GEOSCoordSeq_getSize(seq, sizePtr);
  const n = M.HEAPU32[sizePtr / 4]!;
  M._free(sizePtr);
  const buf = M._malloc(Math.max(1, n) * 16);
  g.GEOSCoordSeq_copyToBuffer(seq, buf, 0, 0);
  const base = buf / 8;
  const out: Position[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = [M.HEAPF64[base + 2 * i]!, M.HEAPF64[base + 2 * i + 1]!];
  M._free(buf);
  return out;
}

/** The polygonal parts of a GEOS result, outer rings counter-clockwise and holes clockwise (as clip.ts gives). */
function fromGeos(g: Geos, geom: number, out: Polys = []): Polys {
  const type = g.GEOSGeomTypeId(geom);
  if (type === POLYGON) {
    const shell = g.GEOSGetExteriorRing(geom);
    const rings = [ringCoords(g, shell)];
    if (rings[0]!.length === 0) return out;
    const nh = g.GEOSGetNumInteriorRings(geom);
    for (let h = 0; h < nh; h++) rings.push(ringCoords(g, g.GEOSGetInteriorRingN(geom, h)));
    out.push(oriented(rings));
  } else if (type === MULTIPOLYGON || type === COLLECTION) {
    const n = g.GEOSGetNumGeometries(geom);
    for (let k = 0; k < n; k++) fromGeos(g, g.GEOSGetGeometryN(geom, k), out);
  }
  return out;
}

/** Operations run by GEOS since it was loaded, and those where it failed (and JSTS ran instead). */
const stats = { runs: 0, failures: 0 };

/** How many operations GEOS ran since it was loaded, and on how many it failed (JSTS then ran). */
export function geosStats(): { readonly runs: number; readonly failures: number } {
  return { ...stats };
}

/** Size in bytes of GEOS's WebAssembly memory (it grows as needed and never shrinks); 0 when not loaded. */
export function geosHeapBytes(): number {
  return geos ? geos.Module.HEAPU8.byteLength : 0;
}

/** Thrown where GEOS gives no result (it failed on the input): clip.ts then runs JSTS. */
export class GeosFailure extends Error {
  override name = 'GeosFailure';
}

/**
 * Throws a GeosFailure (counted) unless every polygon has closed rings of at least 4 positions with
 * finite coordinates: GEOS refuses others by an exception its WebAssembly build cannot unwind.
 */
function checkPolys(polys: Polys): void {
  for (const p of polys) {
    if (p.length === 0) { stats.failures++; throw new GeosFailure('a polygon without rings'); }
    for (const r of p) {
      if (r.length < 4) { stats.failures++; throw new GeosFailure('a ring of fewer than 4 positions'); }
      if (r[0]![0] !== r[r.length - 1]![0] || r[0]![1] !== r[r.length - 1]![1]) { stats.failures++; throw new GeosFailure('a ring that is not closed'); }
      for (const q of r) if (!Number.isFinite(q[0]) || !Number.isFinite(q[1])) { stats.failures++; throw new GeosFailure('a coordinate that is not a finite number'); }
    }
  }
}

/**
 * Runs `op` on GEOS copies of the inputs and returns the result's polygons; every GEOS object is
 * destroyed. An error inside GEOS other than its "no result" (an exception its WebAssembly build
 * cannot unwind, memory exhausted) may leave it broken: GEOS is then not called again — this
 * operation and every later one fail at once as GeosFailures, counted, and JSTS computes them.
 */
function run(inputs: readonly Polys[], op: (g: Geos, geoms: number[]) => number): Polys {
  const g = geos;
  if (!g) throw new GeosFailure('GEOS is not loaded');
  stats.runs++;
  if (broken) { stats.failures++; throw new GeosFailure('GEOS stopped after an internal error'); }
  for (const p of inputs) checkPolys(p);
  const geoms: number[] = [];
  try {
    for (const p of inputs) geoms.push(toGeos(g, p));
    const r = op(g, geoms);
    if (!r) { stats.failures++; throw new GeosFailure('GEOS gave no result'); }
    try {
      return fromGeos(g, r);
    } finally {
      g.GEOSGeom_destroy(r);
    }
  } catch (e) {
    if (e instanceof GeosFailure) throw e;
    broken = true;
    stats.failures++;
    throw new GeosFailure(`GEOS stopped after an internal error (${(e as Error).message ?? String(e)}); JSTS computes from here on`);
  } finally {
    if (!broken) for (const x of geoms) g.GEOSGeom_destroy(x);
  }
}

/** Union of polygons (which may overlap), by GEOS's cascaded union. */
export function geosUnion(polys: Polys): Polys {
  return run([polys], (g, [a]) => g.GEOSUnaryUnion(a!));
}

/** (union of a) ∩ (union of b); each side is unioned first unless `valid` says its polygons do not overlap. */
export function geosIntersection(a: Polys, b: Polys, valid: boolean): Polys {
  return run([a, b], (g, [x, y]) => overlay2(g, x!, y!, valid, (p, q) => g.GEOSIntersection(p, q)));
}

/** (union of a) ∪ (union of b). */
export function geosUnion2(a: Polys, b: Polys, valid: boolean): Polys {
  return run([a, b], (g, [x, y]) => overlay2(g, x!, y!, valid, (p, q) => g.GEOSUnion(p, q)));
}

/** (union of a) − (union of b). */
export function geosDifference(a: Polys, b: Polys, valid: boolean): Polys {
  return run([a, b], (g, [x, y]) => overlay2(g, x!, y!, valid, (p, q) => g.GEOSDifference(p, q)));
}

/**
 * The union of each polygon set buffered by its own distance (in the coordinates' units; 8
 * segments a quarter circle, as JTS's and PostGIS's default), by GEOS's buffer and cascaded union.
 */
export function geosBufferUnion(items: readonly { polys: Polys; distance: number }[]): Polys {
  return run(items.map((it) => it.polys), (g, geoms) => {
    const buffers: number[] = [];
    for (let k = 0; k < geoms.length; k++) {
      const b = g.GEOSBuffer(geoms[k]!, items[k]!.distance, 8);
      if (!b) { for (const y of buffers) g.GEOSGeom_destroy(y); return 0; }
      buffers.push(b);
    }
    const M = g.Module;
    const ptrs = M._malloc(Math.max(1, buffers.length) * 4);
    buffers.forEach((b, k) => { M.HEAPU32[ptrs / 4 + k] = b; });
    const all = g.GEOSGeom_createCollection(COLLECTION, ptrs, buffers.length);
    M._free(ptrs);
    try {
      return g.GEOSUnaryUnion(all);
    } finally {
      g.GEOSGeom_destroy(all);
    }
  });
}

/** Why a geometry is not valid (GEOS's reason, as PostGIS's ST_IsValidDetail gives it) and where. */
export interface Invalidity {
  /** GEOS's reason, e.g. "Hole lies outside shell", "Self-intersection", "Nested shells". */
  readonly reason: string;
  /** A point where the rule is broken, [lon, lat], or null when GEOS gives none. */
  readonly at: Position | null;
}

/**
 * Whether the polygons (one feature's: a Polygon's rings, or a MultiPolygon's parts) form a valid
 * geometry by the OGC rules, as PostGIS's ST_IsValidDetail(geom) checks them (flags 0): null when
 * valid, else GEOS's reason and where. Throws a GeosFailure when GEOS is not loaded or fails.
 */
export function geosInvalidity(polys: Polys): Invalidity | null {
  const g = geos;
  if (!g || broken) throw new GeosFailure('GEOS is not loaded');
  checkPolys(polys);
  const M = g.Module;
  const x = toGeos(g, polys);
  const out = M._malloc(8);
  try {
    M.HEAPU32[out / 4] = 0; M.HEAPU32[out / 4 + 1] = 0;
    const valid = g.GEOSisValidDetail(x, 0, out, out + 4);
    if (valid === 1) return null;
    const reasonPtr = M.HEAPU32[out / 4]!;
    const locationPtr = M.HEAPU32[out / 4 + 1]!;
    if (valid !== 0) throw new GeosFailure('GEOS could not check the geometry');
    const reason = reasonPtr ? M.UTF8ToString(reasonPtr) : 'Invalid geometry';
    if (reasonPtr) g.GEOSFree(reasonPtr);
    let at: Position | null = null;
    if (locationPtr) {
      const xy = M._malloc(16);
      if (g.GEOSGeomGetX(locationPtr, xy) && g.GEOSGeomGetY(locationPtr, xy + 8)) at = [M.HEAPF64[xy / 8]!, M.HEAPF64[xy / 8 + 1]!];
      M._free(xy);
      g.GEOSGeom_destroy(locationPtr);
    }
    return { reason, at };
  } finally {
    M._free(out);
    g.GEOSGeom_destroy(x);
  }
}

/** GEOS's MakeValid methods (GEOSMakeValidMethods). */
const MAKE_VALID_STRUCTURE = 1;

/**
 * The polygons made valid as PostGIS's `ST_MakeValid(geom, 'method=structure')` makes them (GEOS
 * MakeValid, structure method, collapsed parts dropped): the outer rings unioned, the holes
 * unioned and cut out — so overlapping parts and repeated rings count once, and a self-crossing
 * ring keeps every lobe. Polygonal parts only (a part that collapses to a line is dropped).
 * Throws a GeosFailure when GEOS is not loaded or fails.
 */
export function geosMakeValid(polys: Polys): Polys {
  return run([polys], (g, [x]) => {
    const params = g.GEOSMakeValidParams_create();
    try {
      g.GEOSMakeValidParams_setMethod(params, MAKE_VALID_STRUCTURE);
      g.GEOSMakeValidParams_setKeepCollapsed(params, 0);
      return g.GEOSMakeValidWithParams(x!, params);
    } finally {
      g.GEOSMakeValidParams_destroy(params);
    }
  });
}

/** A binary overlay of two MultiPolygons, each unioned first (into a valid one) unless they are known valid. */
function overlay2(g: Geos, x: number, y: number, valid: boolean, op: (p: number, q: number) => number): number {
  if (valid) return op(x, y);
  const ux = g.GEOSUnaryUnion(x);
  const uy = ux ? g.GEOSUnaryUnion(y) : 0;
  try {
    return ux && uy ? op(ux, uy) : 0;
  } finally {
    if (ux) g.GEOSGeom_destroy(ux);
    if (uy) g.GEOSGeom_destroy(uy);
  }
}
