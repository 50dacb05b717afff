/**
 * Common Chinese and coded attribute names of agency data for the canonical properties, so an
 * imported layer whose attributes are 名称, 类型, 地类 … maps itself without a manifest.
 */
import { ROLE_SPECS } from './roles.ts';
import type { Role } from './roles.ts';

export const FIELD_ALIASES: Readonly<Record<string, readonly string[]>> = {
  name: ['name', 'NAME', 'Name', '名称', '名字', '项目名称', 'MC', 'XMMC', 'HXMC', 'BHDMC'],
  type: ['type', 'TYPE', 'Type', '类型', '红线类型', 'LX', 'HXLX'],
  category: ['category', '类别', '保护地类型', '保护地类别', 'LB'],
  level: ['level', '级别', '保护级别', '等级', 'JB'],
  id: ['id', 'ID', '编号', '小班号', 'XBH', 'BH', 'DMBM'],
  landClass: ['landClass', '地类', '地类名称', 'DLMC', 'DL'],
  population: ['population', '人口', '常住人口', 'RK'],
  targetClass: ['targetClass', '水质目标', '目标水质', '目标类别', 'SZMB'],
  river: ['river', '河流', '河流名称', 'HLMC'],
};

/**
 * A `fields` mapping (canonical → attribute) for the role's required and descriptive properties
 * that the features lack under their canonical name but carry under a known alias. Looks at the
 * first feature; only own properties count.
 */
export function guessFields(role: Role, sample: Readonly<Record<string, unknown>> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!sample) return out;
  const has = (k: string) => Object.hasOwn(sample, k) && sample[k] !== undefined && sample[k] !== null && sample[k] !== '';
  for (const key of [...ROLE_SPECS[role].required, ...ROLE_SPECS[role].optional]) {
    if (Object.hasOwn(sample, key)) continue;
    const alias = FIELD_ALIASES[key]?.find(has);
    if (alias) out[key] = alias;
  }
  return out;
}
