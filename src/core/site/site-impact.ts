/**
 * What building a site would cost the district's area indicators: for each indicator whose layers
 * the site takes land from — protected share (the manifest's protected roles), forest coverage
 * (forest parcels), park green per person (parks) — its value now and with the site built, the
 * site's area taken out of every feature of those layers it overlaps (the same indicator records
 * compute both, on the same prepared boundary), and whether that crosses the target.
 */
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import type { Dataset, Layer } from '../data/dataset.ts';
import { bboxesTouch, geometryBBox } from '../geo/bbox.ts';
import { differenceOf, intersectionOf, multiArea } from '../geo/clip.ts';
import { COMPUTED_INDICATORS } from '../indicators/catalog.ts';
import { effectiveTarget } from '../indicators/compute-report.ts';
import { meetsTarget } from '../indicators/indicator.ts';
import type { Target } from '../indicators/indicator.ts';
import type { OverlayContext } from '../indicators/overlay-context.ts';

/** One indicator before and with the site built. */
export interface IndicatorImpact {
  readonly before: number;
  readonly after: number;
  readonly unit: string;
  readonly target: Target | null;
  readonly passBefore: boolean | null;
  readonly passAfter: boolean | null;
  /** The site turns a met target into a missed one. */
  readonly crossesTarget: boolean;
  /** Land the site takes from the indicator's layers, m² (overlaps of features counted once). */
  readonly takenM2: number;
}

/** The layers each area indicator reads land from. */
function layersOf(id: string, dataset: Dataset): readonly string[] {
  if (id === 'protectedShare') return dataset.manifest.protectedRoles;
  if (id === 'forestCoverage') return ['forestParcels'];
  if (id === 'parkGreenPerCapita') return ['parks'];
  return [];
}

/** The layer with the site cut out of each feature it overlaps (features left empty dropped); null when it overlaps none. */
function withoutSite(layer: Layer | undefined, site: Polygon | MultiPolygon, box: ReturnType<typeof geometryBBox>): { layer: Layer; taken: Geometry[] } | null {
  if (!layer) return null;
  const taken: Geometry[] = [];
  let changed = false;
  const features = layer.features.flatMap((f) => {
    if (!bboxesTouch(box, geometryBBox(f.geometry))) return [f];
    const inside = intersectionOf([f.geometry], [site]);
    if (!(multiArea(inside) > 0)) return [f];
    changed = true;
    taken.push(f.geometry);
    const rest = differenceOf([f.geometry], [site]);
    if (rest.length === 0) return [];
    const geometry: Geometry = rest.length === 1 ? { type: 'Polygon', coordinates: rest[0]! } : { type: 'MultiPolygon', coordinates: rest };
    return [{ ...f, geometry }];
  });
  return changed ? { layer: { ...layer, features }, taken } : null;
}

/**
 * The impact of building `site` on each area indicator it takes land from (by indicator id);
 * indicators it does not touch, or that have no value, are left out. `overlay` is the dataset's
 * prepared boundary (null: the dataset has none, and there is nothing to measure).
 */
export function siteImpact(site: Polygon | MultiPolygon, dataset: Dataset, overlay: OverlayContext | null): Record<string, IndicatorImpact> {
  const out: Record<string, IndicatorImpact> = {};
  if (!overlay) return out;
  const box = geometryBBox(site);
  for (const def of COMPUTED_INDICATORS) {
    const roles = layersOf(def.id, dataset);
    if (roles.length === 0) continue;
    const layers: Record<string, Layer | undefined> = { ...dataset.layers };
    const taken: Geometry[] = [];
    for (const r of roles) {
      const cut = withoutSite(dataset.layers[r], site, box);
      if (cut) { layers[r] = cut.layer; taken.push(...cut.taken); }
    }
    if (taken.length === 0) continue;
    const before = def.compute({ dataset, overlay, sections: [] }).value;
    const after = def.compute({ dataset: { ...dataset, layers: layers as Dataset['layers'] }, overlay, sections: [] }).value;
    if (typeof before !== 'number' || typeof after !== 'number') continue;
    const target = effectiveTarget(def, dataset);
    const passBefore = meetsTarget(before, target);
    const passAfter = meetsTarget(after, target);
    out[def.id] = {
      before, after, unit: def.unit, target, passBefore, passAfter, crossesTarget: passBefore === true && passAfter === false,
      takenM2: multiArea(intersectionOf([site], taken)),
    };
  }
  return out;
}
