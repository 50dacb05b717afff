/**
 * Terms of the data and of the plan that the interface shows in English mode: land classes of the
 * forest inventory, protected-area categories and levels, monitoring levels, red-line types, park
 * types, units of the indicators. Chinese is the data's own language: in Chinese mode every term
 * shows as it is; in English mode a known term is translated and any other value (a name, a
 * category the catalogue does not know) shows as it is.
 */
import type { Lang } from '../format/format-number.ts';

/** The class worse than class V of GB 3838-2002, as the data and the CLI's JSON write it. */
const WORSE_THAN_V_ZH = '劣V';
/** The same class in English: text, chips, legend and charts alike (see TERMS). */
export const WORSE_THAN_V = 'worse than V';

const TERMS: ReadonlyMap<string, string> = new Map([
  // Forest-inventory land classes (森林资源二类调查地类).
  ['高速公路', 'Expressway'], ['县道', 'County road'],
  ['乔木林地', 'Arbor forest'], ['竹林地', 'Bamboo forest'], ['特殊灌木林地', 'Special shrubland'], ['一般灌木林地', 'Ordinary shrubland'],
  ['疏林地', 'Sparse forest'], ['未成林造林地', 'Young plantation'], ['苗圃地', 'Nursery'], ['迹地', 'Cut-over land'], ['宜林地', 'Land suitable for forest'], ['其他', 'Other'], ['（无小班）', '(no parcel)'],
  // Protected-area categories and levels.
  ['自然保护区', 'Nature reserve'], ['风景名胜区', 'Scenic area'], ['森林公园', 'Forest park'], ['湿地公园', 'Wetland park'], ['地质公园', 'Geopark'],
  ['饮用水水源保护区', 'Drinking-water source protection area'], ['海洋公园', 'Marine park'], ['水产种质资源保护区', 'Aquatic germplasm reserve'],
  ['国家级', 'national'], ['省级', 'provincial'], ['市级', 'municipal'], ['县级', 'county'],
  // Monitoring levels of sections.
  ['国控', 'national'], ['省控', 'provincial'], ['市控', 'municipal'], ['县控', 'county'],
  // Red-line types.
  ['水源涵养', 'Water conservation'], ['生物多样性维护', 'Biodiversity'], ['水土保持', 'Soil conservation'], ['防风固沙', 'Sand fixation'], ['海岸生态稳定', 'Coastal stability'],
  // Park types (CJJ/T 85).
  ['综合公园', 'Comprehensive park'], ['社区公园', 'Community park'], ['专类公园', 'Specialised park'], ['游园', 'Pocket park'], ['带状公园', 'Linear park'],
  // Water bodies.
  ['河流', 'river'], ['湖泊', 'lake'], ['水库', 'reservoir'],
  // Heritage protection zones and levels; farmland use.
  ['保护范围', 'Protection range'], ['建设控制地带', 'Construction control zone'],
  ['全国重点文物保护单位', 'National key cultural relic'], ['省级文物保护单位', 'Provincial cultural relic'], ['市级文物保护单位', 'Municipal cultural relic'], ['县级文物保护单位', 'County cultural relic'],
  ['水田', 'Paddy field'], ['旱地', 'Dry land'], ['水浇地', 'Irrigated land'],
  // Water classes of GB 3838-2002: I…V are Roman numerals in both languages; 劣V (劣Ⅴ) is
  // "worse than V", as English editions of Chinese environmental bulletins write it ("worse than
  // Grade V"; also "inferior to Grade V"). The same words everywhere English shows a class, chips,
  // legend, map labels and charts included: the short forms "<V" and "V+" read as "below V" and
  // "V or better". Data files and the CLI's JSON keep 劣V.
  [WORSE_THAN_V_ZH, WORSE_THAN_V], ['劣Ⅴ', WORSE_THAN_V],
  // Ecological index (EI) ratings of HJ 192-2015 (生态环境状况评价技术规范), as its English summaries name them.
  ['优', 'excellent'], ['良', 'good'], ['一般', 'fair'], ['较差', 'poor'], ['差', 'very poor'],
]);

const UNITS: ReadonlyMap<string, string> = new Map([
  ['m²/人', 'm²/person'], ['吨标煤/万元', 't sce/10k CNY'], ['m³/万元', 'm³/10k CNY'], ['分', 'points'], ['个/L', 'per L'],
]);

/** A term of the data in the language: as it is in Chinese; in English, its translation when known, else as it is. */
export function term(lang: Lang, value: string): string {
  return lang === 'en' ? TERMS.get(value) ?? value : value;
}

/**
 * A water-class label (`III`, `劣V`, from `formatWaterClass`) in the language: I…V as they are;
 * 劣V in English is "worse than V". An empty label (no class) stays empty.
 */
export function classText(lang: Lang, label: string): string {
  return term(lang, label);
}

/** A unit in the language (`m²/人` → `m²/person` in English); units without Chinese stay. */
export function unitText(lang: Lang, unit: string): string {
  return lang === 'en' ? UNITS.get(unit) ?? unit : unit;
}
