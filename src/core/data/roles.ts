import { translate } from '../i18n/ui.ts';
import type { StringKey } from '../i18n/ui.ts';
import type { Lang } from '../format/format-number.ts';

/**
 * The data contract: which roles a dataset may have, what geometry each takes and which
 * canonical properties each needs. Documented for users in data/README.md.
 */
export const THEMATIC_ROLES = [
  'boundary', 'towns', 'redLines', 'protectedAreas', 'forestParcels', 'urbanAreas', 'parks',
  'residential', 'waterFunctionZones', 'sections', 'permanentFarmland', 'heritageAreas', 'urbanBoundary',
] as const;

/** A role with meaning for the indicators. Any other layer name is basemap context, drawn only. */
export type Role = (typeof THEMATIC_ROLES)[number];

export type GeometryKind = 'polygon' | 'point' | 'any';

export interface RoleSpec {
  readonly geometry: GeometryKind;
  /** Properties an indicator reads: a feature without them is left out (an error). */
  readonly required: readonly string[];
  /** Descriptive properties: missing ones get one warning per layer and a fallback label. */
  readonly optional: readonly string[];
}

/**
 * Only what an indicator reads is required: land class of forest parcels, population of urban
 * areas, the target of water-function zones (sections need samples or a class, checked apart).
 */
export const ROLE_SPECS: Readonly<Record<Role, RoleSpec>> = {
  boundary: { geometry: 'polygon', required: [], optional: ['name'] },
  towns: { geometry: 'polygon', required: [], optional: ['name'] },
  redLines: { geometry: 'polygon', required: [], optional: ['name', 'type'] },
  protectedAreas: { geometry: 'polygon', required: [], optional: ['name', 'category', 'level'] },
  forestParcels: { geometry: 'polygon', required: ['landClass'], optional: ['id'] },
  urbanAreas: { geometry: 'polygon', required: ['population'], optional: ['name'] },
  parks: { geometry: 'polygon', required: [], optional: ['name', 'type'] },
  residential: { geometry: 'polygon', required: [], optional: [] },
  waterFunctionZones: { geometry: 'polygon', required: ['targetClass'], optional: ['name'] },
  sections: { geometry: 'point', required: [], optional: ['id', 'name', 'river', 'level'] },
  // The other lines a site is checked against (三区三线 and heritage): no indicator reads them.
  permanentFarmland: { geometry: 'polygon', required: [], optional: ['name', 'code'] },
  heritageAreas: { geometry: 'polygon', required: [], optional: ['name', 'zone', 'level'] },
  urbanBoundary: { geometry: 'polygon', required: [], optional: ['name'] },
};

/**
 * The role a layer name was probably meant to be (`redline` → `redLines`, `protected-areas` →
 * `protectedAreas`), or null when it is not close to any: case, `-`, `_`, spaces and a plural
 * `s` are ignored, then at most two letters may differ (edit distance).
 */
export function likelyRole(name: string): Role | null {
  const norm = (s: string) => s.toLowerCase().replace(/[-_\s.]/g, '').replace(/s$/, '');
  const n = norm(name);
  let best: Role | null = null;
  let bestD = 3;
  for (const r of THEMATIC_ROLES) {
    const d = editDistance(n, norm(r));
    if (d < bestD) { best = r; bestD = d; }
  }
  return best;
}

/** Levenshtein distance of two short strings (two rows, no recursion). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** A feature's label: its name, else its id, else its number in the file (`#3`, 0-based as in load messages). */
export function featureLabel(properties: Readonly<Record<string, unknown>>, index: number): string {
  for (const k of ['name', 'id']) {
    const v = Object.hasOwn(properties, k) ? properties[k] : undefined;
    if (v !== undefined && v !== null && String(v).trim() !== '') return String(v);
  }
  return `#${index}`;
}

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
export const WATER_BODY_ALIASES: ReadonlyMap<string, 'river' | 'lake' | 'reservoir'> = new Map([
  ['river', 'river'], ['lake', 'lake'], ['reservoir', 'reservoir'], ['河流', 'river'], ['河', 'river'], ['湖泊', 'lake'], ['湖', 'lake'], ['水库', 'reservoir'],
]);

/** Catalog keys of the roles' display names (the statistics file too). */
const ROLE_NAME_KEYS: ReadonlyMap<string, StringKey> = new Map<string, StringKey>([
  ['boundary', 'role_boundary'], ['towns', 'group_towns'], ['redLines', 'group_redLines'], ['protectedAreas', 'group_protectedAreas'],
  ['forestParcels', 'group_forestParcels'], ['urbanAreas', 'group_urbanAreas'], ['parks', 'group_parks'], ['residential', 'group_residential'],
  ['waterFunctionZones', 'group_waterFunctionZones'], ['sections', 'group_sections'], ['statistics', 'role_statistics'],
  ['permanentFarmland', 'group_permanentFarmland'], ['heritageAreas', 'group_heritageAreas'], ['urbanBoundary', 'group_urbanBoundary'],
]);

/** The display name of a role in the language, from the one catalog; any other layer name as it is. */
export function roleName(role: string, lang: Lang): string {
  const key = ROLE_NAME_KEYS.get(role);
  return key ? translate(lang, key) : role;
}
