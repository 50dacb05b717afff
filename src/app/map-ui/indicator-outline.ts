/** What the map shows for an indicator picked on the board: the highlight its record put in the report. */
import type { BBox, Dataset, Highlight, Report } from '../../core/index.ts';
import { GROUP_IDS } from '../../map/index.ts';
import type { GroupId } from '../../map/index.ts';
import { featuresBBox } from '../feature-lookup.ts';

const NOTHING: Highlight = { layers: [], outline: [] };

/** The highlight of an indicator in the report; nothing for reported indicators or without a report. */
export function indicatorHighlight(id: string | null, report: Report | null): Highlight {
  return (id && report?.indicators.find((i) => i.id === id)?.highlight) || NOTHING;
}

/** The layer groups a highlight switches on. */
export function highlightGroups(h: Highlight): GroupId[] {
  return h.layers.filter((l): l is GroupId => (GROUP_IDS as readonly string[]).includes(l));
}

/**
 * The box around the outlined features the main thread holds (a layer kept in the worker is not
 * held: then null, and the camera stays).
 */
export function highlightBox(h: Highlight, dataset: Dataset): BBox | null {
  const features = h.outline.flatMap((o) => {
    const all = dataset.layers[o.layer]?.features ?? [];
    if ('all' in o) return all;
    if ('property' in o) return all.filter((f) => o.values.includes(String(f.properties[o.property])));
    return o.indices.flatMap((i) => (all[i] ? [all[i]] : []));
  });
  return featuresBBox(features);
}
