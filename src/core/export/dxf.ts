/**
 * Sites as a CAD drawing: DXF R2000 (AC1015), ASCII, in CGCS2000 3° Gauss–Krüger metres with the
 * zone number in front of the easting (EPSG:4528 in zone 40), one layer per site, each ring a closed
 * LWPOLYLINE and a TEXT with the site's name, code and areas. Text is GBK under $DWGCODEPAGE
 * ANSI_936, as Chinese AutoCAD writes it; a character GBK lacks is written as AutoCAD's \U+XXXX.
 *
 * The drawing carries the structure R2000 readers expect besides the entities — handles and owners,
 * the symbol tables (VPORT, LTYPE, LAYER, STYLE, VIEW, UCS, APPID, DIMSTYLE, BLOCK_RECORD), the model
 * and paper space blocks, the root dictionary — and is read back by src/core/import/dxf.ts; GDAL's DXF
 * driver and ezdxf's auditor were used to check it (ezdxf: no errors, nothing fixed).
 */
import { messagePart } from '../i18n/messages.ts';
import type { MessagePart } from '../i18n/messages.ts';
import { encodeGbk, gbkHas } from './gbk.ts';
import { declaredArea, exportZone, fixed, planeParts, siteAreas, siteCode, siteName, zoneCrs } from './sites.ts';
import type { ExportedFile, SiteFeature } from './sites.ts';

export interface SiteDxfOptions {
  /** The CGCS2000 3° zone (default: the sites' own). */
  readonly zone?: number;
}

/** A layer name DXF accepts: none of < > / \ " : ; ? * | = `, nothing GBK lacks (it would need a \U+ escape), at most 255 characters, not empty. */
const layerName = (s: string) => [...s.replace(/[<>/\\":;?*|=`\r\n]/g, '_')].map((c) => (gbkHas(c) ? c : '_')).join('').slice(0, 255).trim() || '地块';

/**
 * The sites as a DXF drawing (see the module comment): layer per site named after it (made unique),
 * colour 1 (red) for the boundary; a TEXT at the site's first vertex with `name code 面积 平方米` (the
 * plane area in the zone). Throws a RangeError for a zone outside 25–45.
 */
export function siteDxf(sites: readonly SiteFeature[], options: SiteDxfOptions = {}): ExportedFile {
  const zone = exportZone(sites, options.zone);
  const crs = zoneCrs(zone, true);
  let next = 0x20;
  const handle = () => (next++).toString(16).toUpperCase();
  const out: (string | number)[] = [];
  const put = (...pairs: (string | number)[]) => { out.push(...pairs); };

  // Entities first (their handles and extent are needed by the header and tables).
  const layers: string[] = [];
  const entities: (string | number)[] = [];
  const modelSpace = handle(), paperSpace = handle();
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  sites.forEach((site, index) => {
    const name = siteName(site, index);
    let layer = layerName(name);
    for (let k = 2; layers.includes(layer); k++) layer = layerName(`${name} ${k}`);
    layers.push(layer);
    const parts = planeParts(site, crs);
    for (const rings of parts) for (const ring of rings) {
      const open = ring.slice(0, -1);
      entities.push(0, 'LWPOLYLINE', 5, handle(), 330, modelSpace, 100, 'AcDbEntity', 8, layer, 100, 'AcDbPolyline', 90, open.length, 70, 1, 43, 0);
      for (const p of open) {
        entities.push(10, fixed(p[0]!, 4), 20, fixed(p[1]!, 4));
        west = Math.min(west, p[0]!); east = Math.max(east, p[0]!); south = Math.min(south, p[1]!); north = Math.max(north, p[1]!);
      }
    }
    const at = parts[0]?.[0]?.[0];
    if (at) {
      const { planeAreaM2 } = siteAreas(site, zone);
      const declared = declaredArea(site);
      const label = [name, siteCode(site), `${fixed(planeAreaM2, 2)} 平方米`, declared !== null ? `(申报 ${fixed(declared, 2)} 平方米)` : null].filter(Boolean).join(' ');
      const height = Math.max(1, Math.sqrt(planeAreaM2) / 25);
      entities.push(0, 'TEXT', 5, handle(), 330, modelSpace, 100, 'AcDbEntity', 8, layer, 100, 'AcDbText', 10, fixed(at[0]!, 4), 20, fixed(at[1]!, 4), 30, 0, 40, fixed(height, 2), 1, label, 100, 'AcDbText');
    }
  });
  if (!Number.isFinite(west)) { west = zone * 1e6 + 5e5; east = west; south = 0; north = 0; }

  const table = (name: string, records: (owner: string) => (string | number)[], extra: (string | number)[] = []) => {
    const h = handle();
    put(0, 'TABLE', 2, name, 5, h, 330, 0, 100, 'AcDbSymbolTable', 70, 0, ...extra);
    put(...records(h));
    put(0, 'ENDTAB');
  };
  const record = (owner: string, type: string, subclass: string, fields: (string | number)[], handleCode = 5) =>
    [0, type, handleCode, handle(), 330, owner, 100, 'AcDbSymbolTableRecord', 100, subclass, ...fields];

  const tables: (string | number)[] = [];
  const header = out.length;
  put(0, 'SECTION', 2, 'TABLES');
  table('VPORT', (o) => record(o, 'VPORT', 'AcDbViewportTableRecord', [2, '*ACTIVE', 70, 0, 10, 0, 20, 0, 11, 1, 21, 1,
    12, fixed((west + east) / 2, 3), 22, fixed((south + north) / 2, 3), 13, 0, 23, 0, 14, 10, 24, 10, 15, 10, 25, 10, 16, 0, 26, 0, 36, 1, 17, 0, 27, 0, 37, 0,
    40, fixed(Math.max(north - south, (east - west) / 1.5, 10) * 1.1, 3), 41, 1.5, 42, 50, 43, 0, 44, 0, 50, 0, 51, 0, 71, 0, 72, 100, 73, 1, 74, 3, 75, 0, 76, 0, 77, 0, 78, 0]));
  table('LTYPE', (o) => [
    ...record(o, 'LTYPE', 'AcDbLinetypeTableRecord', [2, 'ByBlock', 70, 0, 3, '', 72, 65, 73, 0, 40, 0]),
    ...record(o, 'LTYPE', 'AcDbLinetypeTableRecord', [2, 'ByLayer', 70, 0, 3, '', 72, 65, 73, 0, 40, 0]),
    ...record(o, 'LTYPE', 'AcDbLinetypeTableRecord', [2, 'Continuous', 70, 0, 3, 'Solid line', 72, 65, 73, 0, 40, 0]),
  ]);
  table('LAYER', (o) => [
    ...record(o, 'LAYER', 'AcDbLayerTableRecord', [2, '0', 70, 0, 62, 7, 6, 'Continuous']),
    ...layers.flatMap((l) => record(o, 'LAYER', 'AcDbLayerTableRecord', [2, l, 70, 0, 62, 1, 6, 'Continuous'])),
  ]);
  table('STYLE', (o) => record(o, 'STYLE', 'AcDbTextStyleTableRecord', [2, 'Standard', 70, 0, 40, 0, 41, 1, 50, 0, 71, 0, 42, 2.5, 3, 'txt', 4, 'gbcbig.shx']));
  table('VIEW', () => []);
  table('UCS', () => []);
  table('APPID', (o) => record(o, 'APPID', 'AcDbRegAppTableRecord', [2, 'ACAD', 70, 0]));
  table('DIMSTYLE', (o) => record(o, 'DIMSTYLE', 'AcDbDimStyleTableRecord', [2, 'Standard', 70, 0], 105), [100, 'AcDbDimStyleTable', 71, 1]);
  const blockRecords = handle();
  put(0, 'TABLE', 2, 'BLOCK_RECORD', 5, blockRecords, 330, 0, 100, 'AcDbSymbolTable', 70, 2);
  put(0, 'BLOCK_RECORD', 5, modelSpace, 330, blockRecords, 100, 'AcDbSymbolTableRecord', 100, 'AcDbBlockTableRecord', 2, '*Model_Space');
  put(0, 'BLOCK_RECORD', 5, paperSpace, 330, blockRecords, 100, 'AcDbSymbolTableRecord', 100, 'AcDbBlockTableRecord', 2, '*Paper_Space');
  put(0, 'ENDTAB', 0, 'ENDSEC');
  tables.push(...out.splice(header));

  const blocks: (string | number)[] = [0, 'SECTION', 2, 'BLOCKS'];
  for (const [owner, name, paper] of [[modelSpace, '*Model_Space', false], [paperSpace, '*Paper_Space', true]] as const) {
    blocks.push(0, 'BLOCK', 5, handle(), 330, owner, 100, 'AcDbEntity', ...(paper ? [67, 1] : []), 8, '0', 100, 'AcDbBlockBegin', 2, name, 70, 0, 10, 0, 20, 0, 30, 0, 3, name, 1, '');
    blocks.push(0, 'ENDBLK', 5, handle(), 330, owner, 100, 'AcDbEntity', ...(paper ? [67, 1] : []), 8, '0', 100, 'AcDbBlockEnd');
  }
  blocks.push(0, 'ENDSEC');
  const root = handle(), groups = handle();
  const objects = [0, 'SECTION', 2, 'OBJECTS',
    0, 'DICTIONARY', 5, root, 330, 0, 100, 'AcDbDictionary', 281, 1, 3, 'ACAD_GROUP', 350, groups,
    0, 'DICTIONARY', 5, groups, 330, root, 100, 'AcDbDictionary', 281, 1, 0, 'ENDSEC'];

  const head = [0, 'SECTION', 2, 'HEADER', 9, '$ACADVER', 1, 'AC1015', 9, '$DWGCODEPAGE', 3, 'ANSI_936', 9, '$INSUNITS', 70, 6,
    9, '$EXTMIN', 10, fixed(west, 4), 20, fixed(south, 4), 30, 0, 9, '$EXTMAX', 10, fixed(east, 4), 20, fixed(north, 4), 30, 0,
    9, '$HANDSEED', 5, next.toString(16).toUpperCase(), 0, 'ENDSEC', 0, 'SECTION', 2, 'CLASSES', 0, 'ENDSEC'];
  const all = [...head, ...tables, ...blocks, 0, 'SECTION', 2, 'ENTITIES', ...entities, 0, 'ENDSEC', ...objects, 0, 'EOF'];
  const lines: string[] = [];
  for (let i = 0; i < all.length; i += 2) lines.push(String(all[i]).padStart(3), String(all[i + 1]));
  // Outside GBK: AutoCAD's \U+XXXX for a character of the Basic Multilingual Plane, '?' beyond it.
  const gbk = encodeGbk(`${lines.join('\r\n')}\r\n`, (ch) => (ch.codePointAt(0)! > 0xffff ? '?' : `\\U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`));
  const warnings: MessagePart[] = [];
  if (gbk.missing.some((c) => c.codePointAt(0)! > 0xffff)) warnings.push(messagePart('export.notInGbk', { chars: gbk.missing.filter((c) => c.codePointAt(0)! > 0xffff).join(' ') }));
  return { bytes: gbk.bytes, warnings };
}
