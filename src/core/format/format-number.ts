/** Locale-aware numbers and areas, in Chinese or English: shared by the app, the exhibition and the explanations of the indicators. */

/** The two languages of the interface. */
export type Lang = 'zh' | 'en';

const LOCALES: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

/** A number with exactly `decimals` decimals, grouped for the language (12,345.67). */
export function formatNumber(lang: Lang, value: number, decimals = 2): string {
  const key = `${lang}:${decimals}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    cache.set(key, f);
  }
  return f.format(value);
}

/** An area in m² as "12,345 m² (1.23 ha)" or, from 1 km², "12.35 km² (1,234.57 ha)"; in Chinese with 公顷 for ha. */
export function formatArea(lang: Lang, m2: number): string {
  const ha = lang === 'zh' ? '公顷' : 'ha';
  if (m2 >= 1e6) return `${formatNumber(lang, m2 / 1e6, 2)} km² (${formatNumber(lang, m2 / 1e4, 2)} ${ha})`;
  return `${formatNumber(lang, m2, 0)} m² (${formatNumber(lang, m2 / 1e4, 2)} ${ha})`;
}

/** An area in m² as km² with 2 decimals ("106.90 km²"). */
export function formatKm2(lang: Lang, m2: unknown): string {
  return `${formatNumber(lang, Number(m2) / 1e6, 2)} km²`;
}

/** A length in metres as "850.0 m" or, from 1 km, "12.345 km". */
export function formatLength(lang: Lang, m: number): string {
  return m >= 1000 ? `${formatNumber(lang, m / 1000, 3)} km` : `${formatNumber(lang, m, 1)} m`;
}

/** 1 亩 in m² (1/15 ha). */
export const MU_M2 = 10000 / 15;

/** An area in m² as Chinese surveyors give it: square metres, 亩 and 公顷 (hectares). */
export function formatSurveyArea(lang: Lang, m2: number): string {
  return `${formatNumber(lang, m2, 2)} m² · ${formatNumber(lang, m2 / MU_M2, 2)} ${lang === 'zh' ? '亩' : 'mu'} · ${formatNumber(lang, m2 / 1e4, 4)} ${lang === 'zh' ? '公顷' : 'ha'}`;
}
