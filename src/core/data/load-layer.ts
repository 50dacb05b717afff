/** Validates one layer (already read and converted to lon/lat by the importer) for its role. */
import gjv from 'geojson-validation';
import type { DataIssue, Layer, LayerFeature } from './dataset.ts';
import { checkGeometry } from './check-geometry.ts';
import { checkProperties, sanitizeProperties } from './check-properties.ts';
import { isRole, ROLE_SPECS } from './roles.ts';
import type { Role } from './roles.ts';
import { asRecord } from './parse-manifest.ts';
import { message } from '../i18n/messages.ts';
import type { Message } from '../i18n/messages.ts';
import { pushAll } from '../push-all.ts';

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
}

function featureId(f: Record<string, unknown>, props: Record<string, unknown>): string | undefined {
  const id = props.id ?? f.id ?? props.name;
  return id === undefined || id === null ? undefined : String(id);
}

/** One warning per descriptive property that some features lack (see RoleSpec.optional). */
function optionalSummary(role: Role, features: readonly LayerFeature[], file: string): DataIssue[] {
  const out: DataIssue[] = [];
  for (const key of ROLE_SPECS[role].optional) {
    const lacking = features.filter((f) => isBlank(f.properties[key])).length;
    if (lacking === 0) continue;
    out.push({ severity: 'warning', file, ...message('layer.optionalMissing', { key, lacking, total: features.length }) });
  }
  return out;
}

/**
 * Validates a parsed GeoJSON object as a layer. `name` is the role (or any other name for a
 * context layer, checked for structure only). Features with errors are left out of the layer and
 * reported; warnings keep the feature. Sections whose id repeats an earlier one are left out
 * with a warning (counted once). The layer is null when the object is not a FeatureCollection.
 */
export function validateLayer(json: unknown, file: string, name: string, fields: Readonly<Record<string, string>> = {}): { layer: Layer | null; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const fc = asRecord(json);
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    issues.push({ severity: 'error', file, ...message('layer.notFeatureCollection', {}) });
    return { layer: null, issues };
  }
  const role = isRole(name) ? name : null;
  const kind = role ? ROLE_SPECS[role].geometry : 'any';
  const features: LayerFeature[] = [];
  const sectionIds = new Map<string, number>();
  fc.features.forEach((raw: unknown, index: number) => {
    const f = asRecord(raw);
    // NUL and lone surrogates replaced here, once, for every engine (check-properties.ts).
    const cleaned = sanitizeProperties(asRecord(f?.properties) ?? {});
    const props0 = cleaned.properties;
    const report = (severity: 'error' | 'warning', m: Message, props = props0) =>
      issues.push({ severity, file, featureIndex: index, featureId: f ? featureId(f, props) : undefined, ...m });
    if (!f || f.type !== 'Feature') { report('error', message('feature.notFeature', {})); return; }
    if (cleaned.changed.length > 0) report('warning', message('property.badText', { keys: cleaned.changed.join(', ') }));
    const g = checkGeometry(f.geometry, kind);
    const p = role ? checkProperties(props0, role, fields) : { properties: { ...props0 }, problems: [] };
    for (const { severity, ...m } of [...g.problems, ...p.problems]) report(severity, m, p.properties);
    if (!g.geometry || p.problems.some((pr) => pr.severity === 'error')) return;
    if (role === 'sections' && !isBlank(p.properties.id)) {
      const id = String(p.properties.id).trim();
      const first = sectionIds.get(id);
      if (first !== undefined) {
        report('warning', message('section.duplicateId', { id, first }), p.properties);
        return;
      }
      sectionIds.set(id, index);
    }
    const feature: LayerFeature = { type: 'Feature', geometry: g.geometry, properties: p.properties };
    if (f.id !== undefined) feature.id = f.id as string | number;
    const trace = gjv.isFeature(feature, true);
    if (trace.length > 0) { report('error', message('feature.invalidGeoJson', { trace: trace.slice(0, 3).join('; ').slice(0, 200) }), p.properties); return; }
    features.push(feature);
  });
  if (role && features.length > 0) pushAll(issues, optionalSummary(role, features, file));
  return { layer: { type: 'FeatureCollection', features }, issues };
}
