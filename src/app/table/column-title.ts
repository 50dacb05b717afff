/**
 * The title of an attribute-table column in the language (known property names translated, others
 * as they are), and a cell's value in words: yes/no for true/false, water bodies and the data's
 * terms (land classes, categories …) in the language.
 */
import { AREA_COLUMN, term, translate } from '../../core/index.ts';
import type { Lang, StringKey } from '../../core/index.ts';

const KNOWN: Readonly<Record<string, StringKey>> = {
  [AREA_COLUMN]: 'areaM2', id: 'identifier', name: 'name', river: 'river', level: 'level', type: 'type', category: 'category',
  landClass: 'landClass', population: 'population', targetClass: 'targetClass', class: 'class',
  code: 'col_code', waterBody: 'col_waterBody', drinkingWaterSource: 'col_drinkingWaterSource', zone: 'col_zone', site: 'col_site',
  landUse: 'col_landUse', adcode: 'col_adcode', source: 'col_source', town: 'col_town', year: 'col_year',
};

const WATER_BODY: Readonly<Record<string, StringKey>> = { river: 'waterBody_river', lake: 'waterBody_lake', reservoir: 'waterBody_reservoir' };

/** A cell's text in the language: true/false as 是/否 (Yes/No), river/lake/reservoir as 河流/湖泊/水库, a known term of the data translated in English; anything else as it is. */
export function cellText(lang: Lang, key: string, value: string | number): string {
  if (typeof value === 'number') return String(value);
  if (value === 'true' || value === 'false') return translate(lang, value === 'true' ? 'yes' : 'no');
  if (key === 'waterBody' && Object.hasOwn(WATER_BODY, value)) return translate(lang, WATER_BODY[value]!);
  return term(lang, value);
}

/** A column's title: `面积（m²）` for the area, `名称` for `name`, any other property name unchanged. */
export function columnTitle(lang: Lang, key: string): string {
  const k = Object.hasOwn(KNOWN, key) ? KNOWN[key] : undefined;
  return k ? translate(lang, k) : key;
}
