/**
 * 界址点坐标表: a site's boundary points in a spreadsheet (.csv or .xlsx), one row a point — 点号, X坐标
 * (northing), Y坐标 (easting, with or without the zone number), optionally 圈号 (1 the outer ring, 2, 3 …
 * holes) and 地块编号 / 地块名称 (several sites in one table). Headers in Chinese or English: X/Y,
 * N/E, 北坐标/东坐标, Northing/Easting, 经度/纬度. A sheet is taken as such a table only when its header
 * row has a point-number column and both coordinate columns, so that a monitoring spreadsheet is
 * never mistaken for one. CSV cells come from papaparse (monitoring/csv.ts, GBK or UTF-8 with or
 * without BOM); .xlsx cells from read-excel-file, read beforehand (import-files-async.ts) since it
 * reads asynchronously.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { DataIssue } from '../data/dataset.ts';
import type { FileContent } from '../data/decode-text.ts';
import { message } from '../i18n/messages.ts';
import { parseCsv } from './monitoring/csv.ts';
import type { Grid } from './monitoring/table.ts';
import { failed, fileError, fileWarning } from './source.ts';
import type { ReadOutcome } from './source.ts';

/** The `source` property of a feature read from a 界址点坐标表. */
export const POINT_TABLE_SOURCE = '界址点坐标表';

type Column = 'point' | 'north' | 'east' | 'lon' | 'lat' | 'ring' | 'code' | 'name';

/** Header names by column, compared without spaces, units in brackets, and case. */
const HEADERS: readonly [Column, RegExp][] = [
  ['point', /^(界址点号|界址点|点号|点名|点位|point(no|id|name)?|pt|ptno)$/],
  ['north', /^(x|x坐标|x座标|北坐标|纵坐标|n|northing|north|北)$/],
  ['east', /^(y|y坐标|y座标|东坐标|横坐标|e|easting|east|东)$/],
  ['lon', /^(经度|lon|lng|long|longitude)$/],
  ['lat', /^(纬度|lat|latitude)$/],
  ['ring', /^(圈号|环号|ring)$/],
  ['code', /^(地块编号|地块号|宗地号|宗地代码|编号|parcel|parcelid|code)$/],
  ['name', /^(地块名称|地块|宗地名称|名称|site|sitename|name)$/],
];

const clean = (h: string) => h.toLowerCase().replace(/[\s_]/g, '').replace(/[(（[【].*?[)）\]】]/g, '');

/** A cell as trimmed text ('' for an empty one). */
const cellText = (c: unknown) => (c === null || c === undefined ? '' : c instanceof Date ? c.toISOString() : String(c).trim());

/** The columns a header row names, by role; null unless it has a point column and both coordinates. */
export function pointColumns(header: readonly unknown[]): Partial<Record<Column, number>> | null {
  const out: Partial<Record<Column, number>> = {};
  header.forEach((cell, i) => {
    const h = clean(cellText(cell));
    const hit = HEADERS.find(([, re]) => re.test(h));
    if (hit && out[hit[0]] === undefined) out[hit[0]] = i;
  });
  const plane = out.north !== undefined && out.east !== undefined;
  const degrees = out.lon !== undefined && out.lat !== undefined;
  return out.point !== undefined && (plane || degrees) ? out : null;
}

/** A coordinate written in a cell (thousands separators and spaces allowed), or null. */
function coordinate(c: unknown): number | null {
  if (typeof c === 'number') return Number.isFinite(c) ? c : null;
  const t = cellText(c).replace(/[,\s，]/g, '');
  if (!/^[-+]?\d+(\.\d*)?$/.test(t)) return null;
  return Number(t);
}

/** True for a northing of China (17°–54° N): 1,800 km to 6,000 km. */
const northing = (v: number) => v > 1.8e6 && v < 6e6;

/**
 * Reads a 界址点坐标表 from its cells (see the module comment): one Polygon feature per site (rows
 * grouped by 地块编号, else 地块名称, else one site), rings by 圈号 in the order they appear, each closed
 * if the table does not repeat its first point, in plane coordinates [easting, northing] (or lon/lat
 * from 经度/纬度). When the X column holds eastings and Y northings (a GIS's habit), they are taken
 * the other way round, with a warning. Properties: `name` (地块名称, else the code, else
 * `${file} #n`), `code` (null without one), `pointNames` (per ring, closing point included) and
 * `source` ('界址点坐标表'). A sheet without point and coordinate columns is skipped (`skipped`, with the
 * reason); a coordinate that is not a number and a ring of fewer than three points are errors naming
 * the row. The system is left to the importer (null). Never throws.
 */
export function readPointGrid(file: string, grid: Grid, encoding: string | null, warnings: DataIssue[] = []): ReadOutcome {
  let headerRow = -1;
  let cols: Partial<Record<Column, number>> | null = null;
  for (let r = 0; r < Math.min(grid.length, 10) && !cols; r++) { cols = pointColumns(grid[r]!); headerRow = r; }
  if (!cols) return { sources: [], skipped: [fileError(file, message('pointTable.notTable', {}))] };
  const degrees = cols.north === undefined || cols.east === undefined;
  const xCol = degrees ? cols.lon! : cols.east!, yCol = degrees ? cols.lat! : cols.north!;
  const header = grid[headerRow]!;
  interface Row { row: number; point: string; ring: number; x: number; y: number }
  const sites = new Map<string, { code: string | null; name: string | null; rows: Row[] }>();
  for (let r = headerRow + 1; r < grid.length; r++) {
    const cells = grid[r]!;
    if (cells.every((c) => cellText(c) === '')) continue;
    const bad = (col: number) => failed(file, message('pointTable.badValue', { row: r + 1, column: cellText(header[col]), value: cellText(cells[col]).slice(0, 40) }));
    const x = coordinate(cells[xCol]), y = coordinate(cells[yCol]);
    if (x === null) return bad(xCol);
    if (y === null) return bad(yCol);
    const ringText = cols.ring !== undefined ? cellText(cells[cols.ring]) : '';
    const ring = ringText === '' ? 1 : Number(ringText);
    if (!Number.isInteger(ring) || ring < 1) return bad(cols.ring!);
    const code = cols.code !== undefined ? cellText(cells[cols.code]) || null : null;
    const name = cols.name !== undefined ? cellText(cells[cols.name]) || null : null;
    const key = code ?? name ?? '';
    const site = sites.get(key) ?? { code, name, rows: [] };
    sites.set(key, site);
    site.rows.push({ row: r + 1, point: cellText(cells[cols.point!]), ring, x, y });
  }
  const all = [...sites.values()].flatMap((s) => s.rows);
  if (all.length === 0) return failed(file, message('pointTable.noRows', { row: headerRow + 1 }));
  // X holding eastings and Y northings: taken the other way round.
  const swapped = !degrees && all.every((p) => northing(p.x) && !northing(p.y));
  if (swapped) warnings.push(fileWarning(file, message('pointTable.swapped', { x: cellText(header[yCol]), y: cellText(header[xCol]) })));

  const features: Feature<Polygon | MultiPolygon, Record<string, unknown>>[] = [];
  for (const site of sites.values()) {
    const name = site.name ?? site.code ?? `${file} #${features.length + 1}`;
    const rings = new Map<number, Row[]>();
    for (const p of site.rows) rings.set(p.ring, [...(rings.get(p.ring) ?? []), p]);
    const coords: Position[][] = [];
    const names: string[][] = [];
    for (const [ring, rows] of [...rings].sort((a, b) => a[0] - b[0])) {
      const pts: Position[] = rows.map((p) => (swapped ? [p.y, p.x] : [p.x, p.y]));
      const labels = rows.map((p) => p.point);
      const a = pts[0]!, b = pts[pts.length - 1]!;
      if (a[0] !== b[0] || a[1] !== b[1]) { pts.push([a[0]!, a[1]!]); labels.push(labels[0]!); }
      const distinct = new Set(pts.map((p) => `${p[0]},${p[1]}`)).size;
      if (distinct < 3) return failed(file, message('pointTable.shortRing', { site: name, ring, row: rows[0]!.row, points: distinct }));
      coords.push(pts);
      names.push(labels);
    }
    features.push({ type: 'Feature', geometry: { type: 'Polygon', coordinates: coords }, properties: { name, code: site.code, pointNames: names, source: POINT_TABLE_SOURCE } });
  }
  return { sources: [{ file, features, crs: null, declared: null, encoding, warnings }] };
}

/** Reads a .csv 界址点坐标表 (GBK, UTF-8 with or without BOM, UTF-16 by its BOM), as readPointGrid. Never throws. */
export function readPointCsv(file: string, content: FileContent): ReadOutcome {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const issues: DataIssue[] = [];
  const csv = parseCsv(file, bytes, issues);
  if (!csv) return { errors: issues };
  return readPointGrid(file, csv.grid, csv.encoding, issues.filter((i) => i.severity === 'warning'));
}
