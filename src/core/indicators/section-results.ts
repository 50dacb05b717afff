/**
 * Evaluates every monitoring section once: class (GB 3838 single factor on annual means, over the
 * items of table 1 except water temperature, TN and faecal coliform, 环办〔2011〕22号), for lakes and
 * reservoirs the TN class and trophic state, target (own, else the water-function zone it lies in),
 * compliance, and whether it is a drinking-water source. The three water indicators and the section
 * list all read from this.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Point, Polygon, MultiPolygon } from 'geojson';
import type { Dataset, LayerFeature } from '../data/dataset.ts';
import { DRINKING_WATER_CATEGORY, featureLabel } from '../data/roles.ts';
import { classify, tnClass } from '../water/gb3838-classify.ts';
import type { WaterBody } from '../water/gb3838-limits.ts';
import { parameterMeans } from '../water/section-evaluation.ts';
import type { Sample } from '../water/section-evaluation.ts';
import { trophicState } from '../water/trophic-state.ts';
import type { TrophicState } from '../water/trophic-state.ts';
import { parseWaterClass } from '../water/water-class.ts';
import type { WaterClass } from '../water/water-class.ts';

/** One evaluated monitoring section. */
export interface SectionResult {
  readonly id: string;
  readonly name: string;
  readonly river: string;
  /** Monitoring level (国控…县控); null when the file gives none (left out of the 市控-and-above rate). */
  readonly level: string | null;
  readonly waterBody: WaterBody;
  readonly cls: WaterClass | null;
  /** Parameters that decide the class (empty when the class was given, not computed). */
  readonly decisive: readonly string[];
  readonly classSource: 'samples' | 'given' | null;
  /** Lakes and reservoirs: class of the annual mean TN (lake limits), beside the class; null for rivers or without TN. */
  readonly tnClass: WaterClass | null;
  /** Lakes and reservoirs: TLI(Σ) of the annual means; null for rivers or unless chla, TP, TN, SD and CODMn are all measured. */
  readonly trophic: TrophicState | null;
  readonly targetClass: WaterClass | null;
  readonly targetSource: 'section' | 'zone' | null;
  /** Name of the water-function zone the section lies in, if any. */
  readonly zone: string | null;
  /** Class no worse than target; null without a class or a target. */
  readonly compliant: boolean | null;
  readonly drinkingWater: boolean;
  readonly samples: readonly Sample[];
  readonly coordinates: readonly [number, number];
}

function containing(point: Point, features: readonly LayerFeature[]): LayerFeature[] {
  return features.filter((f) => booleanPointInPolygon(point, f.geometry as Polygon | MultiPolygon));
}

const blank = (v: unknown) => v === undefined || v === null || String(v).trim() === '';

/** The id a section goes by: its `id`, else its name, else its number in the layer (`#3`). */
export function sectionId(properties: Readonly<Record<string, unknown>>, index: number): string {
  return blank(properties.id) ? featureLabel(properties, index) : String(properties.id).trim();
}

/**
 * Evaluates the sections of a dataset, in layer order (so result i is feature i). Where a point
 * lies in several zones the strictest target applies. Sections inside a protected area of
 * category 饮用水水源保护区 are drinking-water sections even when not flagged. A section without
 * id or name is labelled by its number in the layer (`#3`).
 */
export function evaluateSections(dataset: Dataset): SectionResult[] {
  const zones = dataset.layers.waterFunctionZones?.features ?? [];
  const dwAreas = (dataset.layers.protectedAreas?.features ?? []).filter((f) => f.properties.category === DRINKING_WATER_CATEGORY);
  return (dataset.layers.sections?.features ?? []).map((f, index) => {
    const p = f.properties;
    const label = featureLabel(p, index);
    const point = f.geometry as Point;
    const body = (p.waterBody as WaterBody | undefined) ?? 'river';
    const samples = Array.isArray(p.samples) ? (p.samples as Sample[]) : [];
    const means = parameterMeans(samples);
    const computed = samples.length > 0 ? classify(means, body) : null;
    const cls = computed?.cls ?? parseWaterClass(p.class);
    const inZones = containing(point, zones);
    const zoneTargets = inZones.map((z) => parseWaterClass(z.properties.targetClass)).filter((c): c is WaterClass => c !== null);
    const own = parseWaterClass(p.targetClass);
    const targetClass = own ?? (zoneTargets.length > 0 ? (Math.min(...zoneTargets) as WaterClass) : null);
    return {
      id: sectionId(p, index),
      name: blank(p.name) ? label : String(p.name),
      river: blank(p.river) ? '' : String(p.river),
      level: p.level === undefined || p.level === null || String(p.level).trim() === '' ? null : String(p.level),
      waterBody: body,
      cls,
      decisive: computed?.cls != null ? computed.decisive : [],
      classSource: computed?.cls != null ? 'samples' : cls !== null ? 'given' : null,
      tnClass: tnClass(means, body),
      trophic: trophicState(means, body),
      targetClass,
      targetSource: own !== null ? 'section' : targetClass !== null ? 'zone' : null,
      zone: inZones[0] ? String(inZones[0].properties.name) : null,
      compliant: cls === null || targetClass === null ? null : cls <= targetClass,
      drinkingWater: p.drinkingWaterSource === true || containing(point, dwAreas).length > 0,
      samples,
      coordinates: [point.coordinates[0]!, point.coordinates[1]!],
    };
  });
}
