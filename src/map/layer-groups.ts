/**
 * The thematic layer groups a user can switch on and off: the dataset role that feeds each, whether
 * it starts visible and can be clicked; their names come from the one catalog (core/i18n). The style (map-style.ts) and the legend use this list.
 */
import { translate } from '../core/index.ts';
import type { Lang } from '../core/index.ts';

export const GROUP_IDS = [
  'neighbours', 'roads', 'towns', 'water', 'waterFunctionZones', 'forestParcels', 'permanentFarmland', 'urbanAreas', 'residential', 'parks',
  'urbanBoundary', 'heritageAreas', 'protectedAreas', 'redLines', 'sections',
] as const;

export type GroupId = (typeof GROUP_IDS)[number];

export interface LayerGroup {
  readonly id: GroupId;
  readonly visible: boolean;
  /** Can be clicked to open the inspector. */
  readonly interactive: boolean;
}

export const LAYER_GROUPS: readonly LayerGroup[] = [
  { id: 'neighbours', visible: true, interactive: false },
  { id: 'roads', visible: true, interactive: false },
  { id: 'towns', visible: true, interactive: false },
  { id: 'water', visible: true, interactive: true },
  { id: 'waterFunctionZones', visible: false, interactive: true },
  { id: 'forestParcels', visible: false, interactive: true },
  { id: 'permanentFarmland', visible: false, interactive: true },
  { id: 'urbanAreas', visible: false, interactive: true },
  { id: 'residential', visible: false, interactive: true },
  { id: 'parks', visible: false, interactive: true },
  { id: 'urbanBoundary', visible: false, interactive: true },
  { id: 'heritageAreas', visible: false, interactive: true },
  { id: 'protectedAreas', visible: true, interactive: true },
  { id: 'redLines', visible: true, interactive: true },
  { id: 'sections', visible: true, interactive: true },
];

/** The name of a group in the language (from the one catalog); any other layer name as it is. */
export function groupName(id: string, lang: Lang): string {
  return (GROUP_IDS as readonly string[]).includes(id) ? translate(lang, `group_${id as GroupId}`) : id;
}

/** The group of a given id. */
export function groupById(id: GroupId): LayerGroup {
  return LAYER_GROUPS.find((g) => g.id === id)!;
}

/** Visibility of every group at start. */
export function defaultVisibility(): Record<GroupId, boolean> {
  return Object.fromEntries(LAYER_GROUPS.map((g) => [g.id, g.visible])) as Record<GroupId, boolean>;
}
