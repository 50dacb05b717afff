/** Parses and validates one GeoJSON layer file for its role. */
import gjv from 'geojson-validation';
import { firstPair } from '../geo/first-coordinate.ts';
import type { DataIssue, Layer, LayerFeature } from './dataset.ts';
import { checkGeometry } from './check-geometry.ts';
import { checkProperties } from './check-properties.ts';
import { isRole, ROLE_SPECS } from './roles.ts';
import { asRecord } from './parse-manifest.ts';

const LONLAT_CRS = /(CRS84|EPSG:{1,2}(4326|4490)|EPSG::?4326|EPSG::?4490)$/i;


function featureId(f: Record<string, unknown>, props: Record<string, unknown>): string | undefined {
  const id = props.id ?? f.id ?? props.name;
  return id === undefined || id === null ? undefined : String(id);
}

/**
 * Parses a layer file. `name` is the role (or any other name for a context layer, checked for
 * structure only). Features with errors are left out of the layer and reported; warnings keep
 * the feature. The layer is null when the file as a whole cannot be used.
 */
export function parseLayer(text: string, file: string, name: string, fields: Readonly<Record<string, string>> = {}): { layer: Layer | null; issues: DataIssue[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { layer: null, issues: [{ severity: 'error', file, message: `is not valid JSON (${(e as Error).message})`, hint: 'Export the layer again as GeoJSON, or check it in a JSON validator.' }] };
  }
  return validateLayer(json, file, name, fields);
}

/** Validates an already parsed GeoJSON object as a layer (see parseLayer). */
export function validateLayer(json: unknown, file: string, name: string, fields: Readonly<Record<string, string>> = {}): { layer: Layer | null; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const fileError = (message: string, hint: string) => { issues.push({ severity: 'error', file, message, hint }); return { layer: null, issues }; };
  const fc = asRecord(json);
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    return fileError('is not a GeoJSON FeatureCollection', 'The file must be { "type": "FeatureCollection", "features": [ … ] }.');
  }
  const crsName = asRecord(asRecord(asRecord(fc.crs)?.properties) ?? {})?.name;
  if (fc.crs !== undefined && fc.crs !== null && !(typeof crsName === 'string' && LONLAT_CRS.test(crsName))) {
    return fileError(`declares coordinate system ${typeof crsName === 'string' ? crsName : JSON.stringify(fc.crs)}, which is not longitude/latitude`,
      'Reproject the layer to EPSG:4490 (CGCS2000) or EPSG:4326 (WGS84) longitude/latitude, e.g. in QGIS: Export → Save Features As… → CRS EPSG:4490.');
  }
  for (const f of fc.features) {
    const p = firstPair(asRecord(asRecord(f)?.geometry)?.coordinates);
    if (!p) continue;
    if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90) {
      return fileError(`has coordinates like (${p[0]}, ${p[1]}), which look projected (metres), not longitude/latitude`,
        'Reproject the layer to EPSG:4490 (CGCS2000) or EPSG:4326 longitude/latitude before loading, e.g. in QGIS: Export → Save Features As… → CRS EPSG:4490.');
    }
    break;
  }
  const role = isRole(name) ? name : null;
  const kind = role ? ROLE_SPECS[role].geometry : 'any';
  const features: LayerFeature[] = [];
  fc.features.forEach((raw: unknown, index: number) => {
    const f = asRecord(raw);
    const props0 = asRecord(f?.properties) ?? {};
    const report = (severity: 'error' | 'warning', message: string, hint: string, props = props0) =>
      issues.push({ severity, file, featureIndex: index, featureId: f ? featureId(f, props) : undefined, message, hint });
    if (!f || f.type !== 'Feature') { report('error', 'is not a GeoJSON Feature', 'Each item of "features" must be { "type": "Feature", "geometry": …, "properties": { … } }.'); return; }
    const g = checkGeometry(f.geometry, kind);
    const p = role ? checkProperties(f.properties, role, fields) : { properties: { ...props0 }, problems: [] };
    for (const pr of [...g.problems, ...p.problems]) report(pr.severity, pr.message, pr.hint, p.properties);
    if (!g.geometry || p.problems.some((pr) => pr.severity === 'error')) return;
    const feature: LayerFeature = { type: 'Feature', geometry: g.geometry, properties: p.properties };
    if (f.id !== undefined) feature.id = f.id as string | number;
    const trace = gjv.isFeature(feature, true);
    if (trace.length > 0) { report('error', `is not valid GeoJSON: ${trace.join('; ')}`, 'Export the layer again from a GIS as GeoJSON.', p.properties); return; }
    features.push(feature);
  });
  return { layer: { type: 'FeatureCollection', features }, issues };
}
