/** The title of an attribute-table column in the language: known property names translated, others as they are. */
import { AREA_COLUMN, translate } from '../../core/index.ts';
import type { Lang, StringKey } from '../../core/index.ts';

const KNOWN: Readonly<Record<string, StringKey>> = {
  [AREA_COLUMN]: 'areaM2', id: 'identifier', name: 'name', river: 'river', level: 'level', type: 'type', category: 'category',
  landClass: 'landClass', population: 'population', targetClass: 'targetClass', class: 'class',
};

/** A column's title: `面积（m²）` for the area, `名称` for `name`, any other property name unchanged. */
export function columnTitle(lang: Lang, key: string): string {
  const k = Object.hasOwn(KNOWN, key) ? KNOWN[key] : undefined;
  return k ? translate(lang, k) : key;
}
