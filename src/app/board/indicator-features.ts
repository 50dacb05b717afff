/**
 * Which features make up an indicator, to highlight them on the map when the indicator is
 * clicked: the layers to switch on and the features to outline.
 */
import type { Dataset } from '../../core/data/dataset.ts';
import { FOREST_COVER_CLASSES } from '../../core/data/roles.ts';
import type { Report } from '../../core/indicators/compute-report.ts';
import { sectionId } from '../../core/indicators/section-results.ts';
import { CITY_OR_ABOVE } from '../../core/indicators/water-indicators.ts';
import { GROUP_IDS } from '../../map/layer-groups.ts';
import type { GroupId } from '../../map/layer-groups.ts';
import { fidOf } from '../../map/display-features.ts';

export interface IndicatorFeatures {
  readonly groups: readonly GroupId[];
  /** `_fid`s to outline. */
  readonly fids: readonly string[];
}

function sectionFids(dataset: Dataset, ids: ReadonlySet<string>): string[] {
  return (dataset.layers.sections?.features ?? []).flatMap((f, i) => (ids.has(sectionId(f.properties, i)) ? [fidOf('sections', i)] : []));
}

function all(dataset: Dataset, role: string, keep: (p: Record<string, unknown>) => boolean = () => true): string[] {
  return (dataset.layers[role]?.features ?? []).flatMap((f, i) => (keep(f.properties) ? [fidOf(role, i)] : []));
}

/** The layers and features behind an indicator (nothing for reported indicators). */
export function indicatorFeatures(id: string, dataset: Dataset, report: Report): IndicatorFeatures {
  const s = report.sections;
  switch (id) {
    case 'protectedShare':
      return { groups: dataset.manifest.protectedRoles.filter((r) => (GROUP_IDS as readonly string[]).includes(r)) as GroupId[], fids: dataset.manifest.protectedRoles.flatMap((r) => all(dataset, r)) };
    case 'forestCoverage':
      // The forest layer is coloured by land class; outline the parcels that count.
      return { groups: ['forestParcels'], fids: all(dataset, 'forestParcels', (p) => FOREST_COVER_CLASSES.includes(String(p.landClass))) };
    case 'parkGreenPerCapita':
      return { groups: ['urbanAreas', 'parks'], fids: all(dataset, 'parks') };
    case 'parkServiceCoverage':
      return { groups: ['residential', 'parks'], fids: all(dataset, 'parks') };
    case 'sectionsGoodRate':
      return { groups: ['sections'], fids: sectionFids(dataset, new Set(s.filter((x) => x.level !== null && CITY_OR_ABOVE.includes(x.level) && x.cls !== null && x.cls > 3).map((x) => x.id))) };
    case 'functionZoneCompliance':
      return { groups: ['sections', 'waterFunctionZones'], fids: sectionFids(dataset, new Set(s.filter((x) => x.compliant === false).map((x) => x.id))) };
    case 'drinkingWaterCompliance':
      return { groups: ['sections', 'protectedAreas'], fids: sectionFids(dataset, new Set(s.filter((x) => x.drinkingWater).map((x) => x.id))) };
    default:
      return { groups: [], fids: [] };
  }
}
