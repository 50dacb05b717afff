/**
 * KML and KMZ (Google Earth, 奥维互动地图): the Placemarks holding a Polygon, or a MultiGeometry of them,
 * as features in WGS 84 longitude/latitude (KML's only system). Parsed by fast-xml-parser (pure
 * JavaScript, no DOM: @tmcw/togeojson needs a DOM the core does not have). No entity is expanded but
 * the five of XML and character references (&#…;): a DOCTYPE's own entities stay as written, so no
 * file reaches outside itself (XXE) or grows by expansion (billion laughs).
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { DataIssue } from '../data/dataset.ts';
import { decodeText } from '../data/decode-text.ts';
import type { FileContent } from '../data/decode-text.ts';
import { message } from '../i18n/messages.ts';
import { KNOWN_CRS } from './crs.ts';
import { unzip, ZipLimitError } from './shapefile.ts';
import { failed, fileWarning } from './source.ts';
import type { ReadOutcome } from './source.ts';

/** Elements that may repeat, always read as arrays. */
const REPEATED = new Set(['Document', 'Folder', 'Placemark', 'MultiGeometry', 'Polygon', 'innerBoundaryIs', 'LinearRing', 'Data', 'SchemaData', 'SimpleData', 'Point', 'LineString', 'Model', 'Track']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  trimValues: true,
  cdataPropName: '#cdata',
  isArray: (name) => REPEATED.has(name),
});

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Text with XML's five entities and character references replaced; any other entity left as written. */
export function xmlText(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (all, e: string) => {
    if (e[0] !== '#') return ENTITIES[e]!;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

type Node = Record<string, unknown>;
const asNode = (v: unknown): Node | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Node) : null);
const nodes = (v: unknown): Node[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]).map(asNode).filter((n): n is Node => n !== null);

/** The text of an element (a string, or an element with attributes, #text and CDATA, which is taken as written), entities replaced; null when absent. */
function text(v: unknown): string | null {
  if (typeof v === 'string') return xmlText(v);
  if (typeof v === 'number') return String(v);
  const n = asNode(v);
  if (!n) return null;
  const cdata = n['#cdata'];
  return (typeof n['#text'] === 'string' ? xmlText(n['#text']) : '') + (Array.isArray(cdata) ? cdata.join('') : typeof cdata === 'string' ? cdata : '');
}

/** The positions of a <coordinates> text (`lon,lat[,alt]` tuples), or null when one is not a number pair. */
function coordinates(v: unknown): Position[] | null {
  const t = text(v) ?? '';
  const out: Position[] = [];
  for (const tuple of t.split(/\s+/).filter(Boolean)) {
    const parts = tuple.split(',').map(Number);
    if (parts.length < 2 || !Number.isFinite(parts[0]) || !Number.isFinite(parts[1])) return null;
    out.push([parts[0]!, parts[1]!]);
  }
  const a = out[0], b = out[out.length - 1];
  if (a && b && (a[0] !== b[0] || a[1] !== b[1])) out.push([a[0]!, a[1]!]);
  return out;
}

/** Every Polygon of a Placemark, nested MultiGeometry included, as rings; null when a coordinate list is broken. */
function polygonsOf(placemark: Node): Position[][][] | null {
  const out: Position[][][] = [];
  const visit = (n: Node): boolean => {
    for (const p of nodes(n.Polygon)) {
      const outer = nodes(asNode(p.outerBoundaryIs)?.LinearRing)[0];
      const shell = outer ? coordinates(outer.coordinates) : [];
      if (!shell) return false;
      const rings = [shell];
      for (const inner of nodes(p.innerBoundaryIs)) for (const r of nodes(inner.LinearRing)) {
        const hole = coordinates(r.coordinates);
        if (!hole) return false;
        rings.push(hole);
      }
      if (shell.length > 0) out.push(rings);
    }
    for (const m of nodes(n.MultiGeometry)) if (!visit(m)) return false;
    return true;
  };
  return visit(placemark) ? out : null;
}

/** Placemarks anywhere under a node (Documents, Folders), in document order. */
function placemarksOf(n: Node, out: Node[] = []): Node[] {
  for (const [k, v] of Object.entries(n)) {
    if (k.startsWith('@_') || k === '#text') continue;
    if (k === 'Placemark') out.push(...nodes(v));
    else for (const child of nodes(v)) placemarksOf(child, out);
  }
  return out;
}

/** ExtendedData as properties: <Data name><value> and <SchemaData><SimpleData name>. */
function extendedData(placemark: Node): Record<string, string> {
  const out: Record<string, string> = {};
  const ext = asNode(placemark.ExtendedData);
  if (!ext) return out;
  for (const d of nodes(ext.Data)) { const k = d['@_name']; if (typeof k === 'string') out[xmlText(k)] = text(d.value) ?? ''; }
  for (const sd of nodes(ext.SchemaData)) for (const d of nodes(sd.SimpleData)) { const k = d['@_name']; if (typeof k === 'string') out[xmlText(k)] = text(d) ?? ''; }
  return out;
}

/**
 * Reads a KML document (text or bytes, any encoding decodeText reads) into one feature per Placemark
 * with a polygon: a Polygon, or a MultiPolygon for a MultiGeometry of several (holes from
 * innerBoundaryIs), in lon/lat (altitudes dropped, unclosed rings closed). Properties: `name`
 * (<name>, else `${file} #n`), `description` (null without one), every ExtendedData field by its
 * name (not overriding those two), and `source` (`KML`, or `KMZ` through readKmz). Placemarks without
 * a polygon (points, lines) are skipped with a warning; XML that is not well formed is an error naming
 * its line. Never throws.
 */
export function readKml(file: string, content: FileContent, source = 'KML'): ReadOutcome {
  const decoded = decodeText(content, file);
  if (decoded.tooLarge) return { errors: decoded.issues };
  const warnings: DataIssue[] = decoded.issues.filter((i) => i.code !== 'text.bom');
  const valid = XMLValidator.validate(decoded.text);
  if (valid !== true) return failed(file, message('kml.invalidXml', { line: valid.err.line, reason: valid.err.msg }));
  let doc: Node | null;
  try { doc = asNode(parser.parse(decoded.text)); } catch (e) {
    return failed(file, message('kml.invalidXml', { line: 0, reason: e instanceof Error ? e.message : String(e) }));
  }
  const root = asNode(doc?.kml);
  if (!root) return failed(file, message('kml.notKml', {}));
  const features: Feature<Polygon | MultiPolygon, Record<string, unknown>>[] = [];
  let others = 0;
  for (const [i, pm] of placemarksOf(root).entries()) {
    const name = text(pm.name) || `${file} #${i + 1}`;
    const polygons = polygonsOf(pm);
    if (!polygons) return failed(file, message('kml.badCoordinates', { placemark: name }));
    if (polygons.length === 0) { others++; continue; }
    const geometry: Polygon | MultiPolygon = polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
    features.push({ type: 'Feature', geometry, properties: { ...extendedData(pm), name, description: text(pm.description) || null, source } });
  }
  if (features.length === 0) return failed(file, message('kml.noPolygons', { count: others }));
  if (others > 0) warnings.push(fileWarning(file, message('kml.skipped', { count: others })));
  return { sources: [{ file, features, crs: KNOWN_CRS.get('EPSG:4326')!, declared: 'KML (WGS 84)', encoding: decoded.encoding, warnings }] };
}

/**
 * Reads a KMZ (a zip holding doc.kml, or another .kml at its top, and images) as readKml does, the
 * features' `source` being `KMZ`. Entries larger than `maxEntryBytes` are refused before inflating
 * (shapefile.ts's unzip). Never throws.
 */
export function readKmz(file: string, content: FileContent, maxEntryBytes?: number): ReadOutcome {
  if (typeof content === 'string') return failed(file, message('zip.asText', {}));
  let entries: Record<string, Uint8Array>;
  try { entries = unzip(content, maxEntryBytes); } catch (e) {
    return failed(file, e instanceof ZipLimitError ? e.refused : message('kmz.unreadable', {}));
  }
  const names = Object.keys(entries).filter((n) => /\.kml$/i.test(n)).sort((a, b) => a.split('/').length - b.split('/').length);
  const kml = names.find((n) => /(^|\/)doc\.kml$/i.test(n)) ?? names[0];
  if (!kml) return failed(file, message('kmz.noKml', {}));
  const r = readKml(file, entries[kml]!, 'KMZ');
  return r;
}
