/**
 * What changed between two years of a dataset: each computed indicator's value then and now, the
 * sections' classes (灭Ⅴ减Ⅳ增Ⅲ: counts per class, and which sections improved or worsened), the
 * forest parcels whose land class changed (a transition matrix, 转移矩阵, in m², per land class and
 * per town), and the protected areas added or removed.
 *
 * Parcels are matched by their id (小班号, `id`) as forest-inventory updates keep it; the area of a
 * transition is the later parcel's ellipsoidal area. A parcel found in one year only is listed as
 * added or removed. Protected areas are matched by name.
 */
import type { Dataset } from '../data/dataset.ts';
import { FOREST_COVER_CLASSES, featureLabel } from '../data/roles.ts';
import { geometryArea } from '../geo/ellipsoidal-area.ts';
import type { Report } from '../indicators/compute-report.ts';
import { countByClass } from '../indicators/water-indicators.ts';
import type { WaterClass } from '../water/water-class.ts';
import { zoneOfArea, zoneShapes } from '../zones/zone-assignment.ts';

export interface YearReport {
  readonly year: number;
  readonly dataset: Dataset;
  readonly report: Report;
}

export interface SectionChange {
  readonly id: string;
  readonly name: string;
  readonly from: WaterClass | null;
  readonly to: WaterClass | null;
  /** Better (a lower class), worse, the same, or null when either year has no class. */
  readonly change: 'improved' | 'worsened' | 'same' | null;
  /** Index of the section in the later year's layer. */
  readonly index: number;
}

export interface ForestChange {
  /** Land classes in the matrix, in the inventory's order. */
  readonly classes: readonly string[];
  /** m² of parcels that were class `classes[i]` then and are `classes[j]` now (unchanged on the diagonal). */
  readonly matrixM2: readonly (readonly number[])[];
  /** Indices (in the later layer) of parcels that came into forest cover, and that left it. */
  readonly intoForest: readonly number[];
  readonly outOfForest: readonly number[];
  readonly intoForestM2: number;
  readonly outOfForestM2: number;
  /** Per town (when the later year has towns): forest gained and lost, m². */
  readonly byTown: readonly { readonly name: string; readonly intoForestM2: number; readonly outOfForestM2: number }[];
  /** Parcel ids found only in the later year, or only in the earlier one. */
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

export interface YearComparison {
  readonly from: number;
  readonly to: number;
  /** Every computed indicator: value in each year and the change (to − from); null where either is. */
  readonly indicators: readonly { readonly id: string; readonly from: number | null; readonly to: number | null; readonly change: number | null }[];
  /** Sections per class label (I…劣V) in each year. */
  readonly classCounts: { readonly from: Readonly<Record<string, number>>; readonly to: Readonly<Record<string, number>> };
  readonly sections: readonly SectionChange[];
  readonly forest: ForestChange | null;
  readonly protectedAreas: { readonly added: readonly string[]; readonly removed: readonly string[]; readonly addedIndices: readonly number[] };
}

const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

function sectionChanges(a: Report, b: YearReport): SectionChange[] {
  const before = new Map(a.sections.map((s) => [s.id, s.cls]));
  const layerIndex = new Map((b.report.sections).map((s, i) => [s.id, i]));
  return b.report.sections.map((s) => {
    const from = before.has(s.id) ? before.get(s.id)! : null;
    const to = s.cls;
    const change = from === null || to === null ? null : to < from ? 'improved' : to > from ? 'worsened' : 'same';
    return { id: s.id, name: s.name, from, to, change, index: layerIndex.get(s.id) ?? -1 };
  });
}

function forestChange(a: Dataset, b: Dataset): ForestChange | null {
  const pa = a.layers.forestParcels;
  const pb = b.layers.forestParcels;
  if (!pa || !pb) return null;
  const key = (p: Record<string, unknown>, i: number) => (p.id === undefined || p.id === null ? `#${i}` : String(p.id));
  const before = new Map(pa.features.map((f, i) => [key(f.properties, i), String(f.properties.landClass)]));
  const classes = [...new Set([...pa.features, ...pb.features].map((f) => String(f.properties.landClass)))];
  const order = ['乔木林地', '竹林地', '特殊灌木林地', '一般灌木林地', '疏林地', '未成林造林地', '苗圃地', '迹地', '宜林地', '其他'];
  classes.sort((x, y) => (order.indexOf(x) < 0 ? 99 : order.indexOf(x)) - (order.indexOf(y) < 0 ? 99 : order.indexOf(y)) || x.localeCompare(y));
  const matrix = classes.map(() => classes.map(() => 0));
  const towns = b.layers.towns ? zoneShapes(b.layers.towns.features.map((f, i) => ({ name: featureLabel(f.properties, i), geometry: f.geometry }))) : [];
  const byTown = towns.map((t) => ({ name: t.name, intoForestM2: 0, outOfForestM2: 0 }));
  const intoForest: number[] = []; const outOfForest: number[] = [];
  let into = 0; let out = 0;
  const added: string[] = [];
  const seen = new Set<string>();
  pb.features.forEach((f, i) => {
    const id = key(f.properties, i);
    seen.add(id);
    const was = before.get(id);
    if (was === undefined) { added.push(id); return; }
    const now = String(f.properties.landClass);
    const area = geometryArea(f.geometry);
    matrix[classes.indexOf(was)]![classes.indexOf(now)]! += area;
    const wasForest = FOREST_COVER_CLASSES.includes(was); const isForest = FOREST_COVER_CLASSES.includes(now);
    if (wasForest === isForest) return;
    const town = towns.length ? zoneOfArea(f.properties, f.geometry, towns) : null;
    if (isForest) { intoForest.push(i); into += area; if (town !== null) byTown[town]!.intoForestM2 += area; }
    else { outOfForest.push(i); out += area; if (town !== null) byTown[town]!.outOfForestM2 += area; }
  });
  const removed = [...before.keys()].filter((id) => !seen.has(id));
  return { classes, matrixM2: matrix, intoForest, outOfForest, intoForestM2: into, outOfForestM2: out, byTown, added, removed };
}

/** The comparison of an earlier and a later year (see the module comment). */
export function compareYears(a: YearReport, b: YearReport): YearComparison {
  const valueOf = (r: Report, id: string) => num(r.indicators.find((i) => i.id === id)?.value);
  const indicators = b.report.indicators.filter((i) => i.source === 'computed').map((i) => {
    const from = valueOf(a.report, i.id); const to = valueOf(b.report, i.id);
    return { id: i.id, from, to, change: from === null || to === null ? null : to - from };
  });
  const names = (d: Dataset) => new Set(d.manifest.protectedRoles.flatMap((r) => (d.layers[r]?.features ?? []).map((f, i) => featureLabel(f.properties, i))));
  const na = names(a.dataset); const nb = names(b.dataset);
  const addedIndices = (b.dataset.layers.protectedAreas?.features ?? []).flatMap((f, i) => (na.has(featureLabel(f.properties, i)) ? [] : [i]));
  return {
    from: a.year, to: b.year, indicators,
    classCounts: { from: countByClass(a.report.sections.map((s) => s.cls)), to: countByClass(b.report.sections.map((s) => s.cls)) },
    sections: sectionChanges(a.report, b),
    forest: forestChange(a.dataset, b.dataset),
    protectedAreas: { added: [...nb].filter((n) => !na.has(n)), removed: [...na].filter((n) => !nb.has(n)), addedIndices },
  };
}
