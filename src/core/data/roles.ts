/**
 * The data contract: which roles a dataset may have, what geometry each takes and which
 * canonical properties each needs. Documented for users in data/README.md.
 */
export const THEMATIC_ROLES = [
  'boundary', 'towns', 'redLines', 'protectedAreas', 'forestParcels', 'urbanAreas', 'parks',
  'residential', 'waterFunctionZones', 'sections',
] as const;

/** A role with meaning for the indicators. Any other layer name is basemap context, drawn only. */
export type Role = (typeof THEMATIC_ROLES)[number];

export type GeometryKind = 'polygon' | 'point' | 'any';

export interface RoleSpec {
  readonly geometry: GeometryKind;
  readonly required: readonly string[];
}

export const ROLE_SPECS: Readonly<Record<Role, RoleSpec>> = {
  boundary: { geometry: 'polygon', required: ['name'] },
  towns: { geometry: 'polygon', required: ['name', 'population'] },
  redLines: { geometry: 'polygon', required: ['name', 'type'] },
  protectedAreas: { geometry: 'polygon', required: ['name', 'category', 'level'] },
  forestParcels: { geometry: 'polygon', required: ['id', 'landClass'] },
  urbanAreas: { geometry: 'polygon', required: ['name', 'population'] },
  parks: { geometry: 'polygon', required: ['name', 'type'] },
  residential: { geometry: 'polygon', required: [] },
  waterFunctionZones: { geometry: 'polygon', required: ['name', 'targetClass'] },
  sections: { geometry: 'point', required: ['id', 'name', 'river', 'level'] },
};

/** True when the name is one of the thematic roles. */
export function isRole(name: string): name is Role {
  return (THEMATIC_ROLES as readonly string[]).includes(name);
}

/** Forest land classes of the forest inventory (森林资源二类调查 地类). */
export const LAND_CLASSES = ['乔木林地', '竹林地', '特殊灌木林地', '一般灌木林地', '疏林地', '未成林造林地', '苗圃地', '迹地', '宜林地', '其他'] as const;

/** Land classes that count as forest cover for `forestCoverage`. */
export const FOREST_COVER_CLASSES: readonly string[] = ['乔木林地', '竹林地', '特殊灌木林地'];

/** Section monitoring levels, from the highest. "市控 or above" means the first three. */
export const SECTION_LEVELS = ['国控', '省控', '市控', '县控'] as const;

/** Protected-area categories known to the app; others are accepted with a warning. */
export const PROTECTED_CATEGORIES = ['自然保护区', '风景名胜区', '森林公园', '湿地公园', '地质公园', '饮用水水源保护区', '海洋公园', '水产种质资源保护区'] as const;

/** The protected-area category that makes a section a drinking-water-source section. */
export const DRINKING_WATER_CATEGORY = '饮用水水源保护区';

/** Water-body kinds of a section; Chinese names are accepted too. */
export const WATER_BODY_ALIASES: Readonly<Record<string, 'river' | 'lake' | 'reservoir'>> = {
  river: 'river', lake: 'lake', reservoir: 'reservoir', 河流: 'river', 河: 'river', 湖泊: 'lake', 湖: 'lake', 水库: 'reservoir',
};
