/**
 * Monitoring results kept in a spreadsheet, joined to the sections: each row is checked like a
 * sample written in the GeoJSON (a row with an error is left out and named), then added to the
 * samples of the section whose id (else name) it carries. The loader does this for a manifest's
 * `"samples"` file, the app for a spreadsheet dropped on the sections panel.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { joinSamples, readMonitoringTable } from '../import/monitoring-table.ts';
import type { Sample } from '../water/section-evaluation.ts';
import { checkSamples } from './check-properties.ts';
import type { Problem } from './check-geometry.ts';
import type { DataIssue, MissingInput } from './dataset.ts';
import { issueReason } from '../i18n/messages.ts';

type Features = readonly Feature<Geometry | null, Record<string, unknown>>[];

const text = (v: unknown): string | null => (v === undefined || v === null || String(v).trim() === '' ? null : String(v).trim());

/**
 * Reads the spreadsheet (.xlsx or .csv) and returns the features with the matching rows appended to
 * their `samples` (new objects; the input is untouched), the issues, and the rows left out for an
 * error (as missing inputs of the sections). `fields` maps `id`/`name` to source attributes, as
 * in the manifest. Never throws.
 */
export async function mergeSampleTable(features: Features, file: string, bytes: Uint8Array, fields: Readonly<Record<string, string>> = {}): Promise<{ features: Feature<Geometry | null, Record<string, unknown>>[]; issues: DataIssue[]; missing: MissingInput[] }> {
  const read = await readMonitoringTable(file, bytes);
  const issues: DataIssue[] = [...read.issues];
  const missing: MissingInput[] = read.issues.filter((i) => i.severity === 'error').map((i) => ({ layer: 'sections', file, ...(i.featureId !== undefined ? { id: i.featureId } : {}), ...issueReason(i) }));
  if (!read.table) return { features: [...features], issues, missing };
  const rows = read.table.rows.filter((r) => {
    const problems: Problem[] = [];
    checkSamples([r.sample], problems);
    for (const p of problems) {
      // The sample's message told by its row: "row 6: has no valid "date"" (the catalog's row form).
      const params = { ...p.params, row: r.row };
      const issue: DataIssue = { severity: p.severity, file, ...(r.id ?? r.name ? { featureId: (r.id ?? r.name)! } : {}), code: p.code, params, message: `row ${r.row}: ${p.message.replace(/^sample 1:? ?/, '')}`, hint: p.hint };
      issues.push(issue);
      if (p.severity === 'error') missing.push({ layer: 'sections', file, ...(r.id ?? r.name ? { id: (r.id ?? r.name)! } : {}), ...issueReason(issue) });
    }
    return !problems.some((p) => p.severity === 'error');
  });
  const attr = (p: Record<string, unknown>, key: string) => { const a = Object.hasOwn(fields, key) ? fields[key]! : key; return Object.hasOwn(p, a) ? p[a] : undefined; };
  const joined = joinSamples({ ...read.table, rows }, features.map((f) => ({ id: text(attr(f.properties ?? {}, 'id')), name: text(attr(f.properties ?? {}, 'name')) })));
  issues.push(...joined.issues);
  const out = features.map((f, i) => {
    const add = joined.samples.get(i);
    if (!add) return f;
    const own = Array.isArray(f.properties?.samples) ? (f.properties.samples as Sample[]) : [];
    return { ...f, properties: { ...f.properties, samples: [...own, ...add] } };
  });
  return { features: out, issues, missing };
}

/** The same for a layer of features already validated (the app's dropped spreadsheet). */
export async function mergeSamplesIntoLayer<L extends FeatureCollection<Geometry, Record<string, unknown>>>(layer: L, file: string, bytes: Uint8Array): Promise<{ layer: L; issues: DataIssue[]; missing: MissingInput[] }> {
  const r = await mergeSampleTable(layer.features, file, bytes);
  return { layer: { ...layer, features: r.features as L['features'] }, issues: r.issues, missing: r.missing };
}
