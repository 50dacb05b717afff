/**
 * GB 3838-2002 table 1 (basic items), limits for classes I…V.
 * `max`: the class is the first whose limit the value does not exceed (≤);
 * `min`: the first whose limit the value reaches (≥, dissolved oxygen);
 * `range`: pH, 6–9 for every class, anything outside is 劣V.
 *
 * Which items decide the class follows 《地表水环境质量评价办法（试行）》(环办〔2011〕22号): every
 * item of table 1 except water temperature, total nitrogen and faecal coliform, for rivers, lakes
 * and reservoirs alike. Total nitrogen keeps its limits here: lakes and reservoirs get a separate
 * TN class from them (`tnClass` in gb3838-classify.ts).
 */

/** Kind of water body: rivers use table 1's general limits, lakes and reservoirs the lake limits. */
export type WaterBody = 'river' | 'lake' | 'reservoir';

/** One parameter of table 1: sample key, names, unit and class limits. */
export interface ParameterLimits {
  readonly key: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly unit: string;
  readonly kind: 'max' | 'min' | 'range';
  /** Limits for classes I…V (for `range`, [low, high]). */
  readonly limits: readonly number[];
  /** Lake and reservoir limits where they differ (total phosphorus). */
  readonly lakeLimits?: readonly number[];
  /**
   * False for total nitrogen and faecal coliform: their limits are kept, but by 环办〔2011〕22号
   * they never decide the class of a section (river, lake or reservoir). Absent = counts.
   */
  readonly countsForClass?: false;
}

/**
 * GB 3838-2002 table 1 by sample key (`pH`, `DO`, `CODMn`, …), in table order. Water temperature
 * (`temp`) has no class limit and is not listed (see UNCLASSED_PARAMETERS); total nitrogen (limits
 * for lakes and reservoirs) and faecal coliform (per litre) are listed but do not count for the class.
 */
export const GB3838_PARAMETERS: readonly ParameterLimits[] = [
  { key: 'pH', nameZh: 'pH', nameEn: 'pH', unit: '', kind: 'range', limits: [6, 9] },
  { key: 'DO', nameZh: '溶解氧', nameEn: 'Dissolved oxygen', unit: 'mg/L', kind: 'min', limits: [7.5, 6, 5, 3, 2] },
  { key: 'CODMn', nameZh: '高锰酸盐指数', nameEn: 'Permanganate index', unit: 'mg/L', kind: 'max', limits: [2, 4, 6, 10, 15] },
  { key: 'COD', nameZh: '化学需氧量', nameEn: 'COD', unit: 'mg/L', kind: 'max', limits: [15, 15, 20, 30, 40] },
  { key: 'BOD5', nameZh: '五日生化需氧量', nameEn: 'BOD5', unit: 'mg/L', kind: 'max', limits: [3, 3, 4, 6, 10] },
  { key: 'NH3N', nameZh: '氨氮', nameEn: 'Ammonia nitrogen', unit: 'mg/L', kind: 'max', limits: [0.15, 0.5, 1.0, 1.5, 2.0] },
  { key: 'TP', nameZh: '总磷', nameEn: 'Total phosphorus', unit: 'mg/L', kind: 'max', limits: [0.02, 0.1, 0.2, 0.3, 0.4], lakeLimits: [0.01, 0.025, 0.05, 0.1, 0.2] },
  { key: 'TN', nameZh: '总氮', nameEn: 'Total nitrogen', unit: 'mg/L', kind: 'max', limits: [0.2, 0.5, 1.0, 1.5, 2.0], countsForClass: false },
  { key: 'Cu', nameZh: '铜', nameEn: 'Copper', unit: 'mg/L', kind: 'max', limits: [0.01, 1.0, 1.0, 1.0, 1.0] },
  { key: 'Zn', nameZh: '锌', nameEn: 'Zinc', unit: 'mg/L', kind: 'max', limits: [0.05, 1.0, 1.0, 2.0, 2.0] },
  { key: 'F', nameZh: '氟化物', nameEn: 'Fluoride', unit: 'mg/L', kind: 'max', limits: [1.0, 1.0, 1.0, 1.5, 1.5] },
  { key: 'Se', nameZh: '硒', nameEn: 'Selenium', unit: 'mg/L', kind: 'max', limits: [0.01, 0.01, 0.01, 0.02, 0.02] },
  { key: 'As', nameZh: '砷', nameEn: 'Arsenic', unit: 'mg/L', kind: 'max', limits: [0.05, 0.05, 0.05, 0.1, 0.1] },
  { key: 'Hg', nameZh: '汞', nameEn: 'Mercury', unit: 'mg/L', kind: 'max', limits: [0.00005, 0.00005, 0.0001, 0.001, 0.001] },
  { key: 'Cd', nameZh: '镉', nameEn: 'Cadmium', unit: 'mg/L', kind: 'max', limits: [0.001, 0.005, 0.005, 0.005, 0.01] },
  { key: 'Cr6', nameZh: '铬(六价)', nameEn: 'Chromium (VI)', unit: 'mg/L', kind: 'max', limits: [0.01, 0.05, 0.05, 0.05, 0.1] },
  { key: 'Pb', nameZh: '铅', nameEn: 'Lead', unit: 'mg/L', kind: 'max', limits: [0.01, 0.01, 0.05, 0.05, 0.1] },
  { key: 'CN', nameZh: '氰化物', nameEn: 'Cyanide', unit: 'mg/L', kind: 'max', limits: [0.005, 0.05, 0.2, 0.2, 0.2] },
  { key: 'phenol', nameZh: '挥发酚', nameEn: 'Volatile phenol', unit: 'mg/L', kind: 'max', limits: [0.002, 0.002, 0.005, 0.01, 0.1] },
  { key: 'oil', nameZh: '石油类', nameEn: 'Petroleum', unit: 'mg/L', kind: 'max', limits: [0.05, 0.05, 0.05, 0.5, 1.0] },
  { key: 'LAS', nameZh: '阴离子表面活性剂', nameEn: 'Anionic surfactant', unit: 'mg/L', kind: 'max', limits: [0.2, 0.2, 0.2, 0.3, 0.3] },
  { key: 'S2', nameZh: '硫化物', nameEn: 'Sulfide', unit: 'mg/L', kind: 'max', limits: [0.05, 0.1, 0.2, 0.5, 1.0] },
  { key: 'fecalColiform', nameZh: '粪大肠菌群', nameEn: 'Faecal coliform', unit: '个/L', kind: 'max', limits: [200, 2000, 10000, 20000, 40000], countsForClass: false },
];

/** A sample key that is recognised and shown but has no GB 3838 class limit. */
export interface UnclassedParameter {
  readonly key: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly unit: string;
}

/**
 * Recognised sample keys that never decide a class: water temperature (°C), and chlorophyll a
 * (mg/m³) and Secchi depth (m), which lakes and reservoirs need for the trophic state index
 * (trophic-state.ts).
 */
export const UNCLASSED_PARAMETER_INFO: readonly UnclassedParameter[] = [
  { key: 'temp', nameZh: '水温', nameEn: 'Water temperature', unit: '°C' },
  { key: 'chla', nameZh: '叶绿素a', nameEn: 'Chlorophyll a', unit: 'mg/m³' },
  { key: 'SD', nameZh: '透明度', nameEn: 'Secchi depth', unit: 'm' },
];

/** Keys of UNCLASSED_PARAMETER_INFO: recognised, never classed (`temp`, `chla`, `SD`). */
export const UNCLASSED_PARAMETERS: readonly string[] = UNCLASSED_PARAMETER_INFO.map((p) => p.key);

/** Limits by sample key (every key of GB3838_PARAMETERS). */
export const PARAMETER_BY_KEY: ReadonlyMap<string, ParameterLimits> = new Map(GB3838_PARAMETERS.map((p) => [p.key, p]));
