/**
 * What changed between two years of a dataset: each computed indicator's value then and now, the
 * sections' classes (灭Ⅴ减Ⅳ增Ⅲ: counts per class, and which sections improved or worsened), the
 * land that came into forest cover or left it with the land-class transition matrix (转移矩阵),
 * and the protected land added or removed.
 *
 * Every area is measured on the district, as the indicators are, and per town on town ∩ district:
 * forest gained is area((F₂ − F₁) ∩ D) and lost area((F₁ − F₂) ∩ D), where Fᵧ is the union of
 * year y's forest-class parcels and D the later year's district — an overlay of the two years'
 * cover, whatever the parcels' ids, so parcels re-drawn, split, new or dropped count too and a
 * parcel across the district's edge counts only inside. They are obtained as area(F₂ ∩ D) −
 * area(F₁ ∩ F₂ ∩ D) and area(F₁ ∩ D) − area(F₁ ∩ F₂ ∩ D) with the indicators' own area function
 * (unionAreaWithin), so gained − lost = (coverage₂ − coverage₁) × district area exactly (when the
 * district is the same in both years). The same holds for protected land (all protected roles) and
 * the protected share. The matrix cell (i, j) is the area of (year 1's class-i parcels) ∩ (year 2's
 * class-j parcels) ∩ D, with a row and a column NO_PARCEL for land in a parcel of one year only.
 * Parcels are matched by id (小班号) only to list those added or removed and to outline on the map
 * the parcels that came into forest or left it. Protected areas are listed by name.
 */
import type { Geometry, MultiPolygon } from 'geojson';
import type { Dataset, Layer } from '../data/dataset.ts';
import { FOREST_COVER_CLASSES, featureLabel } from '../data/roles.ts';
import { geometryBBox } from '../geo/bbox.ts';
import type { BBox } from '../geo/bbox.ts';
import { asMultiPolygon, intersectionOf, unionOf } from '../geo/clip.ts';
import { asRegion, unionAreaWithin } from '../geo/union-area.ts';
import type { Region } from '../geo/union-area.ts';
import type { Report } from '../indicators/compute-report.ts';
import { makeOverlayContext } from '../indicators/overlay-context.ts';
import { countByClass } from '../indicators/water-indicators.ts';
import type { WaterClass } from '../water/water-class.ts';
import { zoneInsideDistrict } from '../zones/zone-region.ts';

/** The transition matrix's name for land that lies in a parcel of one year only (no parcel in the other). */
export const NO_PARCEL = '（无小班）';

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
  /** Land classes in the matrix, in the inventory's order; NO_PARCEL last when some land is in a parcel of one year only. */
  readonly classes: readonly string[];
  /** m² inside the district that was class `classes[i]` then and is `classes[j]` now (unchanged on the diagonal). */
  readonly matrixM2: readonly (readonly number[])[];
  /** Indices (in the later layer) of parcels that came into forest cover (or are new and forest), and that left it: for the map. */
  readonly intoForest: readonly number[];
  readonly outOfForest: readonly number[];
  /** area((F₂ − F₁) ∩ district) and area((F₁ − F₂) ∩ district), m² (see the module comment). */
  readonly intoForestM2: number;
  readonly outOfForestM2: number;
  /** Per town (when the later year has towns), on town ∩ district: forest gained and lost, m². */
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
  readonly protectedAreas: {
    /** Names of protected areas in the later year only, and in the earlier one only. */
    readonly added: readonly string[];
    readonly removed: readonly string[];
    /** Indices (in the later protectedAreas layer) of those added, for the map. */
    readonly addedIndices: readonly number[];
    /** Protected land (every protected role, overlaps once) added and removed inside the district, m² (null without a district). */
    readonly addedM2: number | null;
    readonly removedM2: number | null;
  };
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

/** Gained and lost between two covers inside a region, m² (see the module comment). */
interface Change { readonly gainedM2: number; readonly lostM2: number }

const boxesMeet = (a: BBox, b: BBox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

/**
 * area((after − before) ∩ region) and area((before − after) ∩ region), from the areas of each cover
 * in the region (given when already measured, as the indicators' values) and of their intersection.
 */
function coverChange(before: readonly Geometry[], after: readonly Geometry[], region: Region, beforeM2?: number, afterM2?: number): Change {
  const box = geometryBBox(region.geometry);
  const near = (gs: readonly Geometry[]) => gs.filter((g) => boxesMeet(geometryBBox(g), box));
  const b = near(before); const a = near(after);
  const areaBefore = beforeM2 ?? unionAreaWithin(b, region).area;
  const areaAfter = afterM2 ?? unionAreaWithin(a, region).area;
  const both = asMultiPolygon(intersectionOf(b, a));
  const kept = both.coordinates.length ? unionAreaWithin([both], region).area : 0;
  const gained = areaAfter - kept; const lost = areaBefore - kept;
  // Where nothing changed, one side is noise of either sign (the covers measured by two methods,
  // ~1e-8 of their area): it is moved to the other side, so neither is negative and gained − lost
  // stays areaAfter − areaBefore.
  if (lost < 0) return { gainedM2: gained - lost, lostM2: 0 };
  if (gained < 0) return { gainedM2: 0, lostM2: lost - gained };
  return { gainedM2: gained, lostM2: lost };
}

/** Each town's part inside the district, as a region (null where it has none). */
function townRegions(d: Dataset, district: Region): { name: string; region: Region | null }[] {
  return (d.layers.towns?.features ?? []).map((f, i) => {
    const inside = zoneInsideDistrict(f.geometry, district);
    return { name: featureLabel(f.properties, i), region: inside.coordinates.length ? asRegion(inside) : null };
  });
}

const LAND_CLASS_ORDER = ['乔木林地', '竹林地', '特殊灌木林地', '一般灌木林地', '疏林地', '未成林造林地', '苗圃地', '迹地', '宜林地', '其他'];

/**
 * The transition matrix inside the district: for each pair of classes, the area of the
 * intersection of their unions; the NO_PARCEL row and column take what each class's area in the
 * district leaves over (land in a parcel of one year only), with noding noise (under 1e-6 of the
 * class's area) taken as none.
 */
function transitionMatrix(pa: Layer, pb: Layer, district: Region): { classes: string[]; matrixM2: number[][] } {
  const classes = [...new Set([...pa.features, ...pb.features].map((f) => String(f.properties.landClass)))];
  const rank = (c: string) => (LAND_CLASS_ORDER.includes(c) ? LAND_CLASS_ORDER.indexOf(c) : 99);
  classes.sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
  const box = geometryBBox(district.geometry);
  const unionsOf = (layer: Layer) => classes.map((c) => {
    const u: MultiPolygon = asMultiPolygon(unionOf(layer.features.filter((f) => String(f.properties.landClass) === c && boxesMeet(geometryBBox(f.geometry), box)).map((f) => f.geometry)));
    return { u, box: u.coordinates.length ? geometryBBox(u) : null, areaM2: u.coordinates.length ? unionAreaWithin([u], district).area : 0 };
  });
  const before = unionsOf(pa); const after = unionsOf(pb);
  const n = classes.length;
  const m = Array.from({ length: n + 1 }, () => new Array<number>(n + 1).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const x = before[i]!; const y = after[j]!;
      if (!x.box || !y.box || !boxesMeet(x.box, y.box)) continue;
      const both = asMultiPolygon(intersectionOf([x.u], [y.u]));
      if (both.coordinates.length) m[i]![j] = unionAreaWithin([both], district).area;
    }
  }
  const rest = (total: number, parts: number) => (total - parts > 1e-6 * total ? total - parts : 0);
  for (let i = 0; i < n; i++) m[i]![n] = rest(before[i]!.areaM2, m[i]!.slice(0, n).reduce((s, v) => s + v, 0));
  for (let j = 0; j < n; j++) m[n]![j] = rest(after[j]!.areaM2, m.slice(0, n).reduce((s, row) => s + row[j]!, 0));
  if (m[n]!.every((v) => v === 0) && m.every((row) => row[n] === 0)) return { classes, matrixM2: m.slice(0, n).map((row) => row.slice(0, n)) };
  return { classes: [...classes, NO_PARCEL], matrixM2: m };
}

/**
 * An indicator's measured area (a detail, m²) to reuse for the earlier year: only when both years
 * have the same district, else that year is measured again on the later district.
 */
function measuredArea(r: YearReport, id: string, detail: string, sameDistrict: boolean): number | undefined {
  const v = r.report.indicators.find((i) => i.id === id)?.details[detail];
  return sameDistrict && typeof v === 'number' ? v : undefined;
}

function forestChange(a: YearReport, b: YearReport, district: Region | null, sameDistrict: boolean): ForestChange | null {
  const pa = a.dataset.layers.forestParcels;
  const pb = b.dataset.layers.forestParcels;
  if (!pa || !pb || !district) return null;
  const forest = (layer: Layer) => layer.features.filter((f) => FOREST_COVER_CLASSES.includes(String(f.properties.landClass))).map((f) => f.geometry);
  const fa = forest(pa); const fb = forest(pb);
  const inDistrict = coverChange(fa, fb, district, measuredArea(a, 'forestCoverage', 'forestAreaM2', sameDistrict), measuredArea(b, 'forestCoverage', 'forestAreaM2', true));
  const byTown = townRegions(b.dataset, district).map(({ name, region }) => {
    const c = region ? coverChange(fa, fb, region) : { gainedM2: 0, lostM2: 0 };
    return { name, intoForestM2: c.gainedM2, outOfForestM2: c.lostM2 };
  });
  // Parcels to outline on the map, matched by id (小班号).
  const key = (p: Record<string, unknown>, i: number) => (p.id === undefined || p.id === null ? `#${i}` : String(p.id));
  const before = new Map(pa.features.map((f, i) => [key(f.properties, i), String(f.properties.landClass)]));
  const intoForest: number[] = []; const outOfForest: number[] = []; const added: string[] = [];
  const seen = new Set<string>();
  pb.features.forEach((f, i) => {
    const id = key(f.properties, i);
    seen.add(id);
    const was = before.get(id);
    const isForest = FOREST_COVER_CLASSES.includes(String(f.properties.landClass));
    if (was === undefined) { added.push(id); if (isForest) intoForest.push(i); return; }
    const wasForest = FOREST_COVER_CLASSES.includes(was);
    if (isForest && !wasForest) intoForest.push(i);
    if (wasForest && !isForest) outOfForest.push(i);
  });
  const removed = [...before.keys()].filter((id) => !seen.has(id));
  return { ...transitionMatrix(pa, pb, district), intoForest, outOfForest, intoForestM2: inDistrict.gainedM2, outOfForestM2: inDistrict.lostM2, byTown, added, removed };
}

/** Protected land added and removed inside the district (every protected role of each year), m². */
function protectedChange(a: YearReport, b: YearReport, district: Region | null, sameDistrict: boolean): { addedM2: number | null; removedM2: number | null } {
  if (!district) return { addedM2: null, removedM2: null };
  const cover = (d: Dataset) => d.manifest.protectedRoles.flatMap((r) => (d.layers[r]?.features ?? []).map((f) => f.geometry));
  const c = coverChange(cover(a.dataset), cover(b.dataset), district, measuredArea(a, 'protectedShare', 'protectedAreaM2', sameDistrict), measuredArea(b, 'protectedShare', 'protectedAreaM2', true));
  return { addedM2: c.gainedM2, removedM2: c.lostM2 };
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
  // The later year's district: where both years' land is measured.
  const district = makeOverlayContext(b.dataset)?.boundary ?? null;
  const outline = (d: Dataset) => JSON.stringify(d.layers.boundary?.features.map((f) => f.geometry) ?? null);
  const sameDistrict = outline(a.dataset) === outline(b.dataset);
  const addedIndices = (b.dataset.layers.protectedAreas?.features ?? []).flatMap((f, i) => (na.has(featureLabel(f.properties, i)) ? [] : [i]));
  return {
    from: a.year, to: b.year, indicators,
    classCounts: { from: countByClass(a.report.sections.map((s) => s.cls)), to: countByClass(b.report.sections.map((s) => s.cls)) },
    sections: sectionChanges(a.report, b),
    forest: forestChange(a, b, district, sameDistrict),
    protectedAreas: { added: [...nb].filter((n) => !na.has(n)), removed: [...na].filter((n) => !nb.has(n)), addedIndices, ...protectedChange(a, b, district, sameDistrict) },
  };
}
