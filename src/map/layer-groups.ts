/**
 * The thematic layer groups a user can switch on and off: their names, the dataset role that
 * feeds each, and whether it starts visible. The style (map-style.ts) and the legend use this list.
 */
export const GROUP_IDS = [
  'towns', 'water', 'waterFunctionZones', 'forestParcels', 'urbanAreas', 'residential', 'parks',
  'protectedAreas', 'redLines', 'sections',
] as const;

export type GroupId = (typeof GROUP_IDS)[number];

export interface LayerGroup {
  readonly id: GroupId;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly visible: boolean;
  /** Can be clicked to open the inspector. */
  readonly interactive: boolean;
}

export const LAYER_GROUPS: readonly LayerGroup[] = [
  { id: 'towns', nameZh: '镇街', nameEn: 'Towns and streets', visible: true, interactive: false },
  { id: 'water', nameZh: '水系', nameEn: 'Rivers and lakes', visible: true, interactive: true },
  { id: 'waterFunctionZones', nameZh: '水环境功能区', nameEn: 'Water-function zones', visible: false, interactive: true },
  { id: 'forestParcels', nameZh: '森林小班', nameEn: 'Forest parcels', visible: false, interactive: true },
  { id: 'urbanAreas', nameZh: '城镇建成区', nameEn: 'Urban areas', visible: false, interactive: true },
  { id: 'residential', nameZh: '居住用地', nameEn: 'Residential land', visible: false, interactive: true },
  { id: 'parks', nameZh: '公园绿地', nameEn: 'Parks', visible: false, interactive: true },
  { id: 'protectedAreas', nameZh: '自然保护地', nameEn: 'Protected areas', visible: true, interactive: true },
  { id: 'redLines', nameZh: '生态保护红线', nameEn: 'Ecological red lines', visible: true, interactive: true },
  { id: 'sections', nameZh: '水质监测断面', nameEn: 'Water-quality sections', visible: true, interactive: true },
];

/** The group of a given id. */
export function groupById(id: GroupId): LayerGroup {
  return LAYER_GROUPS.find((g) => g.id === id)!;
}

/** Visibility of every group at start. */
export function defaultVisibility(): Record<GroupId, boolean> {
  return Object.fromEntries(LAYER_GROUPS.map((g) => [g.id, g.visible])) as Record<GroupId, boolean>;
}
