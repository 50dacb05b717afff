/**
 * 部标坐标文件 (TXT): the exchange format of 建设用地预审/报批 电子报盘 and of most 勘测定界 deliveries.
 * Read from the format's published description; there is no library for it.
 *
 *     [属性描述]                       ← brackets may be 【】
 *     坐标系=2000国家大地坐标系          ← or 1980西安坐标系 / 1954北京坐标系 (refused: see below)
 *     几度分带=3                        ← 3 or 6
 *     投影类型=高斯克吕格
 *     计量单位=米
 *     带号=40
 *     精度=0.001                        ← of the coordinates, m
 *     转换参数=,,,,,,
 *     [地块坐标]
 *     12,1.4505,D01,地块一,面,H51G012034,建设用地,0601,@   ← 界址点数,地块面积(公顷),地块编号,地块名称,面,图幅号,地块用途,地类编号,@
 *     J1,1,3320100.000,40500100.000                      ← 点号,圈号,X (northing),Y (easting, zone number in front)
 *     …
 *
 * Each 地块 is one feature: 圈号 1 its outer ring, 2, 3 … rings cut out of it (扣除), each ring closed by
 * repeating its first point. GBK or UTF-8, any line ending. The system is CGCS2000 Gauss–Krüger: the
 * zone from 带号 or from the eastings' leading digits (40 500 000.000 → zone 40, EPSG:4528); eastings
 * without zone digits take the CM variant of 带号 (EPSG:4549 for zone 40), or, without 带号, are left to
 * the importer's guess (`needs-crs`). Xian 1980 and Beijing 1954 files are refused: they need a
 * seven-parameter datum transformation with local parameters to reach CGCS2000.
 */
import type { Feature, Polygon, MultiPolygon, Position } from 'geojson';
import type { DataIssue } from '../data/dataset.ts';
import { decodeText } from '../data/decode-text.ts';
import type { FileContent } from '../data/decode-text.ts';
import { planePolygonArea } from '../geo/plane-area.ts';
import { message } from '../i18n/messages.ts';
import { KNOWN_CRS } from './crs.ts';
import type { CrsInfo } from './crs.ts';
import { failed, fileError, fileWarning } from './source.ts';
import type { ReadOutcome } from './source.ts';

/** The `source` property of a feature read from a 部标 TXT. */
export const PARCEL_TXT_SOURCE = '部标 TXT';

/** Half-width brackets, commas and equals signs for their full-width forms, and trimmed. */
function normalise(line: string): string {
  return line.replace(/[【［]/g, '[').replace(/[】］]/g, ']').replace(/，/g, ',').replace(/＝/g, '=').trim();
}

/** True when the text has the sections of a 部标 coordinate file (`[属性描述]` or `[地块坐标]`, any brackets). */
export function looksLikeParcelTxt(text: string): boolean {
  return /[[【［]\s*(属性描述|地块坐标)\s*[\]】］]/.test(text);
}

interface Point { readonly name: string; readonly ring: number; readonly x: number; readonly y: number; readonly line: number }
interface Parcel { readonly line: number; readonly fields: readonly string[]; readonly points: Point[] }

/** A number written in a field, or null for an empty or non-numeric one. */
function num(s: string | undefined): number | null {
  if (s === undefined || s.trim() === '') return null;
  const v = Number(s.trim());
  return Number.isFinite(v) ? v : null;
}

/** Digits after the decimal point of a number as written (`1.4505` → 4). */
const decimals = (s: string) => /\.(\d+)\s*$/.exec(s)?.[1]?.length ?? 0;

/** The system of the file's header: a CGCS2000 zone, null when the eastings carry no zone and no 带号 is given, or the error. */
function systemOf(file: string, attrs: ReadonlyMap<string, string>, parcels: readonly Parcel[], warnings: DataIssue[]): { crs: CrsInfo | null } | ReadOutcome {
  const system = attrs.get('坐标系') ?? '';
  if (system === '') warnings.push(fileWarning(file, message('parcelTxt.noSystem', {})));
  else if (!/2000|CGCS/i.test(system)) {
    const old = /西安|xi.?an|80/i.test(system) || /北京|beijing|54/i.test(system);
    return failed(file, message(old ? 'parcelTxt.oldDatum' : 'parcelTxt.unknownSystem', { system }));
  }
  const unit = attrs.get('计量单位') ?? '';
  if (unit !== '' && !/^(米|m|metre|meter)$/i.test(unit)) return failed(file, message('parcelTxt.unit', { unit }));
  const projection = attrs.get('投影类型') ?? '';
  if (projection !== '' && !/高斯|gauss|克吕格|克里格/i.test(projection)) return failed(file, message('parcelTxt.projection', { projection }));

  const widthText = attrs.get('几度分带') ?? '';
  const width = num(widthText.replace(/度/, ''));
  if (widthText !== '' && width !== 3 && width !== 6) return failed(file, message('parcelTxt.zoneWidth', { width: widthText }));
  const zoneText = attrs.get('带号') ?? '';
  const zone = num(zoneText);
  if (zoneText !== '' && (zone === null || !Number.isInteger(zone))) return failed(file, message('parcelTxt.zoneNumber', { zone: zoneText }));

  // The zone digits of the eastings: all alike, or none.
  const prefixes = new Set<number>();
  let plain = 0;
  for (const p of parcels) for (const pt of p.points) {
    if (pt.y >= 1e7) prefixes.add(Math.floor(pt.y / 1e6));
    else plain++;
  }
  if (prefixes.size > 1 || (prefixes.size === 1 && plain > 0)) {
    return failed(file, message('parcelTxt.zonesMixed', { zones: [...prefixes].sort().join(', ') + (plain > 0 ? ', —' : '') }));
  }
  const prefix = prefixes.size === 1 ? [...prefixes][0]! : null;
  if (prefix !== null && zone !== null && prefix !== zone) return failed(file, message('parcelTxt.zoneMismatch', { zone, prefix }));
  const n = prefix ?? zone;
  if (n === null) return { crs: null };
  const w = width ?? (n >= 25 && n <= 45 ? 3 : n >= 13 && n <= 23 ? 6 : null);
  const code = w === 3 && n >= 25 && n <= 45 ? (prefix !== null ? 4513 : 4534) + n - 25
    : w === 6 && n >= 13 && n <= 23 ? (prefix !== null ? 4491 : 4502) + n - 13 : null;
  if (code === null) return failed(file, message('parcelTxt.zoneUnknown', { zone: n, width: w ?? 0 }));
  return { crs: KNOWN_CRS.get(`EPSG:${code}`)! };
}

/** True when (x, y) lies inside the ring (even–odd rule); plane coordinates. */
function inside(ring: readonly Position[], x: number, y: number): boolean {
  let odd = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number], [xj, yj] = ring[j] as [number, number];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

/** Sum of the rings' side lengths, in the coordinates' unit. */
function perimeter(rings: readonly Position[][]): number {
  let sum = 0;
  for (const r of rings) for (let i = 0; i + 1 < r.length; i++) sum += Math.hypot(r[i + 1]![0]! - r[i]![0]!, r[i + 1]![1]! - r[i]![1]!);
  return sum;
}

/**
 * Reads a 部标坐标文件 (see the module comment) into one Polygon feature per 地块, in the file's plane
 * coordinates [easting Y, northing X]. Properties: `name` (地块名称, else `${file} #n`), `code`
 * (地块编号), `declaredAreaM2` (地块面积 in 公顷 × 10,000; null when empty), `use` (地块用途),
 * `landCode` (地类编号), `sheet` (图幅号), `precision` (精度, m), `crs` (the code, or null when the
 * importer has to ask), `pointNames` (the 点号 of every vertex, one array per ring in the geometry's
 * order, the closing point included) and `source` ('部标 TXT'). Empty fields are null.
 *
 * A ring not closed is closed (warning); a ring numbered 2, 3 … that lies outside ring 1 is kept as
 * another part of the 地块 (MultiPolygon, warning); a 界址点数 that differs from the points, and a
 * 地块面积 that differs from the plane area of the coordinates by more than the file can explain (half a
 * unit of its last decimal, plus 精度 × perimeter), are warnings. Errors name the line: a line that is
 * neither a point nor a 地块 header, a ring of fewer than three points, eastings and northings swapped,
 * an old datum, zones that disagree. Never throws.
 */
export function readParcelTxt(file: string, content: FileContent): ReadOutcome {
  const decoded = decodeText(content, file);
  if (decoded.tooLarge) return { errors: decoded.issues };
  if (!looksLikeParcelTxt(decoded.text)) return { sources: [], skipped: [fileError(file, message('parcelTxt.notParcelFile', {}))] };
  // GBK is this format's usual encoding, and a byte-order mark harms no one here: neither is worth a warning.
  const warnings: DataIssue[] = decoded.issues.filter((i) => i.code !== 'text.gbk' && i.code !== 'text.bom');
  const attrs = new Map<string, string>();
  const parcels: Parcel[] = [];
  let section = '';
  const lines = decoded.text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = normalise(lines[i]!);
    const lineNo = i + 1;
    if (line === '') continue;
    const head = /^\[\s*(.+?)\s*\]$/.exec(line);
    if (head) { section = head[1]!; continue; }
    if (section !== '地块坐标') {
      const kv = /^([^=]+)=(.*)$/.exec(line);
      if (kv) attrs.set(kv[1]!.trim(), kv[2]!.trim());
      continue;
    }
    const fields = line.split(',').map((f) => f.trim());
    if (fields[fields.length - 1] === '@') { parcels.push({ line: lineNo, fields, points: [] }); continue; }
    while (fields.length > 4 && fields[fields.length - 1] === '') fields.pop();
    const [name, ringText, xText, yText] = fields;
    const ring = num(ringText), x = num(xText), y = num(yText);
    const shown = line.length > 60 ? `${line.slice(0, 60)}…` : line;
    if (fields.length !== 4 || !name || ring === null || !Number.isInteger(ring) || ring < 1 || x === null || y === null) {
      return failed(file, message('parcelTxt.badLine', { line: lineNo, text: shown }));
    }
    const parcel = parcels[parcels.length - 1];
    if (!parcel) return failed(file, message('parcelTxt.pointBeforeHeader', { line: lineNo, text: shown }));
    if (x >= 1e7 && y < 1e7) return failed(file, message('parcelTxt.swapped', { line: lineNo, x, y }));
    if (x <= 0 || x >= 1e7 || y <= 0 || (y >= 1e6 && y < 1e7)) return failed(file, message('parcelTxt.badCoordinate', { line: lineNo, x, y }));
    parcel.points.push({ name, ring, x, y, line: lineNo });
  }
  if (parcels.length === 0) return failed(file, message('parcelTxt.noParcels', {}));
  const system = systemOf(file, attrs, parcels, warnings);
  if (!('crs' in system)) return system;
  const crs = system.crs;
  const precision = num(attrs.get('精度'));

  const features: Feature<Polygon | MultiPolygon, Record<string, unknown>>[] = [];
  for (const [index, parcel] of parcels.entries()) {
    const f = parcel.fields;
    const field = (k: number) => (f[k] !== undefined && f[k] !== '' && f[k] !== '@' ? f[k] : null);
    const name = field(3) ?? `${file} #${index + 1}`;
    const where = { parcel: name, line: parcel.line };
    if (parcel.points.length === 0) return failed(file, message('parcelTxt.emptyParcel', where));
    // Rings by 圈号, in the order they first appear.
    const rings = new Map<number, Point[]>();
    for (const pt of parcel.points) rings.set(pt.ring, [...(rings.get(pt.ring) ?? []), pt]);
    const built: { number: number; coords: Position[]; names: string[] }[] = [];
    for (const [number, pts] of rings) {
      const coords: Position[] = pts.map((p) => [p.y, p.x]);
      const names = pts.map((p) => p.name);
      const first = pts[0]!, last = pts[pts.length - 1]!;
      if (pts.length > 1 && (first.x !== last.x || first.y !== last.y)) {
        warnings.push({ ...fileWarning(file, message('parcelTxt.unclosed', { ...where, ring: number })), featureIndex: index });
        coords.push([first.y, first.x]);
        names.push(first.name);
      }
      if (new Set(coords.map((c) => `${c[0]},${c[1]}`)).size < 3) {
        return failed(file, message('parcelTxt.shortRing', { parcel: name, line: first.line, ring: number, points: new Set(coords.map((c) => `${c[0]},${c[1]}`)).size }));
      }
      built.push({ number, coords, names });
    }
    // 圈号 1 is the outer ring (else the first ring given); the others are cut out of it, or, lying outside it, other parts.
    const outerAt = Math.max(0, built.findIndex((r) => r.number === 1));
    const outer = built[outerAt]!;
    const parts: { rings: Position[][]; names: string[][] }[] = [{ rings: [outer.coords], names: [outer.names] }];
    for (const [k, r] of built.entries()) {
      if (k === outerAt) continue;
      const [x, y] = r.coords[0] as [number, number];
      if (inside(outer.coords, x, y)) { parts[0]!.rings.push(r.coords); parts[0]!.names.push(r.names); } else {
        warnings.push({ ...fileWarning(file, message('parcelTxt.ringOutside', { ...where, ring: r.number })), featureIndex: index });
        parts.push({ rings: [r.coords], names: [r.names] });
      }
    }
    const geometry: Polygon | MultiPolygon = parts.length === 1 ? { type: 'Polygon', coordinates: parts[0]!.rings } : { type: 'MultiPolygon', coordinates: parts.map((p) => p.rings) };
    const declaredCount = num(field(0) ?? undefined);
    if (declaredCount !== null && declaredCount !== parcel.points.length) {
      warnings.push({ ...fileWarning(file, message('parcelTxt.pointCount', { ...where, declared: declaredCount, actual: parcel.points.length })), featureIndex: index });
    }
    const areaText = field(1);
    const hectares = num(areaText ?? undefined);
    // 公顷 to m², to a micro-m² so that 1.0150 公顷 is 10,150 m², not 10,149.999999999998.
    const declaredAreaM2 = hectares === null ? null : Math.round(hectares * 1e10) / 1e6;
    if (declaredAreaM2 !== null) {
      const plane = planePolygonArea(geometry);
      const tolerance = 0.5 * 10 ** -decimals(areaText!) * 1e4 + (precision ?? 0) * perimeter(parts.flatMap((p) => p.rings));
      if (Math.abs(plane - declaredAreaM2) > tolerance) {
        warnings.push({ ...fileWarning(file, message('parcelTxt.areaDiffers', {
          ...where, declared: round2(declaredAreaM2), plane: round2(plane), difference: round2(plane - declaredAreaM2), tolerance: round2(tolerance),
        })), featureIndex: index, ...(field(2) ? { featureId: field(2)! } : {}) });
      }
    }
    features.push({
      type: 'Feature',
      geometry,
      properties: {
        name, code: field(2), declaredAreaM2, use: field(6), landCode: field(7), sheet: field(5), precision,
        crs: crs?.code ?? null, pointNames: parts.flatMap((p) => p.names), source: PARCEL_TXT_SOURCE,
      },
    });
  }
  return { sources: [{ file, features, crs, declared: crs?.code ?? null, encoding: decoded.encoding, warnings }] };
}

const round2 = (v: number) => Math.round(v * 100) / 100;
