/**
 * Every computed indicator for each zone of a polygon layer (`--by towns`): the district's data
 * restricted to the zone, computed by the same indicator records as the district's report.
 *
 * - Area indicators (protected share, forest coverage) are on the part of the zone inside the
 *   district: the zone ∩ boundary takes the place of the boundary, so with zones that tile the
 *   district the zones' protected areas add up to the district's.
 * - Residential land (park service coverage) is cut to the zone; parks stay whole (a park across
 *   the edge still serves the zone's residents).
 * - Urban areas (park green per capita) belong wholly to one zone (zone-assignment.ts): the one
 *   their `town` names, else the one holding them; so do sections (the water rates), points on a
 *   shared edge going to the first zone in layer order.
 * - Zones that overlap: a section or urban area inside several is counted in the first of them in
 *   layer order only, and listed in `overlaps` (the CLI warns, naming it and the zones); the area
 *   indicators measure each zone whole, so their areas no longer add up to the district's.
 * Values are null where the zone has nothing to measure (no sections, no urban population).
 */
import type { Feature, Geometry, MultiPolygon } from 'geojson';
import type { Dataset, Layer } from '../data/dataset.ts';
import { featureLabel } from '../data/roles.ts';
import { geometryBBox } from '../geo/bbox.ts';
import type { BBox } from '../geo/bbox.ts';
import { asMultiPolygon, intersectionOf, multiArea } from '../geo/clip.ts';
import { COMPUTED_INDICATORS } from '../indicators/catalog.ts';
import { makeOverlayContext } from '../indicators/overlay-context.ts';
import { evaluateSections } from '../indicators/section-results.ts';
import { placingPoint, zoneOfArea, zoneOfPoint, zonesHolding, zoneShapes } from './zone-assignment.ts';
import { zoneInsideDistrict } from './zone-region.ts';

export interface ZoneIndicators {
  readonly name: string;
  /** Index of the zone's feature in its layer. */
  readonly index: number;
  /** Area of the zone inside the district, km² (ellipsoidal). */
  readonly areaKm2: number;
  /** Value of every computed indicator (its id → value in the indicator's unit, or null). */
  readonly indicators: Readonly<Record<string, number | null>>;
  /** What the area indicators measured in the zone, m² (to add up over zones). */
  readonly areas: { readonly protectedM2: number | null; readonly forestM2: number | null };
  /** Sections counted in the zone (their ids). */
  readonly sections: readonly string[];
}

/** A feature counted in one zone that lies in others too (the zones overlap there). */
export interface ZoneOverlap {
  readonly layer: 'sections' | 'urbanAreas';
  /** The feature's label (id or name, featureLabel). */
  readonly feature: string;
  /** Every zone holding it, in layer order; it is counted in the first only. */
  readonly zones: readonly string[];
}

export interface ByZone {
  readonly role: string;
  readonly zones: readonly ZoneIndicators[];
  /** Features in more than one zone (overlapping zones): each counted in the first (zone-assignment.ts). */
  readonly overlaps: readonly ZoneOverlap[];
}

const boxesMeet = (a: BBox, b: BBox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

function keep(layer: Layer | undefined, test: (f: Feature<Geometry, Record<string, unknown>>, i: number) => boolean): Layer | undefined {
  return layer ? { ...layer, features: layer.features.filter(test) } : undefined;
}

/** The indicators of every zone of the dataset's layer `role` (a polygon layer), in layer order. */
export function indicatorsByZone(dataset: Dataset, role: string): ByZone {
  const zoneLayer = dataset.layers[role];
  if (!zoneLayer) throw new Error(`the dataset has no layer "${role}"`);
  // The district once, indexed: each zone is cut to it near the zone only (a province of 89
  // counties would otherwise union its boundary again for every county).
  const district = makeOverlayContext(dataset)?.boundary ?? null;
  const named = zoneLayer.features.map((f, i) => ({ name: featureLabel(f.properties, i), geometry: f.geometry }));
  const shapes = zoneShapes(named);
  // Each section and urban area goes to one zone.
  const sectionZone = (dataset.layers.sections?.features ?? []).map((f) => (f.geometry.type === 'Point' ? zoneOfPoint(f.geometry.coordinates, shapes) : null));
  const urbanZone = (dataset.layers.urbanAreas?.features ?? []).map((f) => zoneOfArea(f.properties, f.geometry, shapes));
  const overlaps: ZoneOverlap[] = [];
  const note = (layer: ZoneOverlap['layer'], f: Feature<Geometry, Record<string, unknown>>, i: number, holding: number[]) => {
    if (holding.length > 1) overlaps.push({ layer, feature: featureLabel(f.properties, i), zones: holding.map((h) => named[h]!.name) });
  };
  (dataset.layers.sections?.features ?? []).forEach((f, i) => { if (f.geometry.type === 'Point') note('sections', f, i, zonesHolding(f.geometry.coordinates, shapes)); });
  (dataset.layers.urbanAreas?.features ?? []).forEach((f, i) => {
    const town = f.properties.town;
    if (typeof town === 'string' && named.some((z) => z.name === town)) return;
    note('urbanAreas', f, i, zonesHolding(placingPoint(f.geometry), shapes));
  });
  const zones = named.map(({ name }, z): ZoneIndicators => {
    const inside: MultiPolygon = zoneInsideDistrict(zoneLayer.features[z]!.geometry, district);
    const area = multiArea(inside.coordinates);
    const box = geometryBBox(inside);
    const near = (f: Feature<Geometry>) => boxesMeet(geometryBBox(f.geometry), box);
    const layers: Record<string, Layer | undefined> = { ...dataset.layers };
    layers.boundary = { type: 'FeatureCollection', features: inside.coordinates.length ? [{ type: 'Feature', properties: { name }, geometry: inside }] : [] };
    for (const r of [...dataset.manifest.protectedRoles, 'forestParcels']) layers[r] = keep(dataset.layers[r], near);
    layers.sections = keep(dataset.layers.sections, (_, i) => sectionZone[i] === z);
    layers.urbanAreas = keep(dataset.layers.urbanAreas, (_, i) => urbanZone[i] === z);
    const residential = dataset.layers.residential;
    if (residential) {
      layers.residential = {
        ...residential,
        features: residential.features.filter(near).flatMap((f) => {
          const cut = asMultiPolygon(intersectionOf([f.geometry], [inside]));
          return cut.coordinates.length ? [{ ...f, geometry: cut as Geometry }] : [];
        }),
      };
    }
    const zoneData: Dataset = { ...dataset, layers };
    const overlay = area > 0 ? makeOverlayContext(zoneData) : null;
    const sections = evaluateSections(zoneData);
    const indicators: Record<string, number | null> = {};
    const areas = { protectedM2: null as number | null, forestM2: null as number | null };
    for (const def of COMPUTED_INDICATORS) {
      const m = overlay || !def.inputs?.needs.includes('boundary') ? def.compute({ dataset: zoneData, overlay, sections }) : { value: null, details: {} };
      indicators[def.id] = m.value;
      if (def.id === 'protectedShare' && typeof m.details.protectedAreaM2 === 'number') areas.protectedM2 = m.details.protectedAreaM2;
      if (def.id === 'forestCoverage' && typeof m.details.forestAreaM2 === 'number') areas.forestM2 = m.details.forestAreaM2;
    }
    return { name, index: z, areaKm2: area / 1e6, indicators, areas, sections: sections.map((s) => s.id) };
  });
  return { role, zones, overlaps };
}
