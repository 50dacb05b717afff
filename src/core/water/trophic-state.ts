/**
 * Trophic state of lakes and reservoirs, 综合营养状态指数 TLI(Σ) of 《地表水环境质量评价办法（试行）》
 * (环办〔2011〕22号): TLI(Σ) = Σ Wj·TLI(j) over chlorophyll a, TP, TN, Secchi depth and CODMn, with
 * Wj = rij² / Σ rij² (rij: correlation of parameter j with chlorophyll a).
 */
import type { WaterBody } from './gb3838-limits.ts';
import { measurementValue } from './measurement.ts';
import { parameterMeans } from './section-evaluation.ts';
import type { Sample } from './section-evaluation.ts';

/** Sample keys of the five parameters: chla in mg/m³, SD in m, TP, TN and CODMn in mg/L. */
export type TrophicKey = 'chla' | 'TP' | 'TN' | 'SD' | 'CODMn';

/** One parameter of the index: TLI(j) = 10 (a + b ln x), and r, its correlation with chlorophyll a. */
export interface TliParameter {
  readonly key: TrophicKey;
  readonly r: number;
  readonly a: number;
  readonly b: number;
}

/** The five parameters in the method's order, with their formulas and correlations. */
export const TLI_PARAMETERS: readonly TliParameter[] = [
  { key: 'chla', r: 1, a: 2.5, b: 1.086 },
  { key: 'TP', r: 0.84, a: 9.436, b: 1.624 },
  { key: 'TN', r: 0.82, a: 5.453, b: 1.694 },
  { key: 'SD', r: -0.83, a: 5.118, b: -1.94 },
  { key: 'CODMn', r: 0.83, a: 0.109, b: 2.661 },
];

const R2_SUM = TLI_PARAMETERS.reduce((s, p) => s + p.r * p.r, 0);

/** Weight of each parameter, Wj = rij² / Σ rij² (they add up to 1). */
export function tliWeight(key: TrophicKey): number {
  const p = TLI_PARAMETERS.find((x) => x.key === key)!;
  return (p.r * p.r) / R2_SUM;
}

/**
 * TLI(j) of one parameter value (chla mg/m³, SD m, others mg/L), which must be above 0.
 *
 * @example partialTli('TN', 1) // 54.53
 */
export function partialTli(key: TrophicKey, value: number): number {
  const p = TLI_PARAMETERS.find((x) => x.key === key)!;
  return 10 * (p.a + p.b * Math.log(value));
}

/**
 * Grade of a TLI(Σ): < 30 贫营养 (oligotrophic); 30–50 中营养 (mesotrophic, both ends included);
 * above 50 up to 60 轻度富营养 (light eutrophic); above 60 up to 70 中度富营养 (moderate
 * eutrophic); above 70 重度富营养 (severe eutrophic).
 */
export function trophicGrade(tli: number): { readonly grade: string; readonly gradeEn: string } {
  if (tli < 30) return { grade: '贫营养', gradeEn: 'oligotrophic' };
  if (tli <= 50) return { grade: '中营养', gradeEn: 'mesotrophic' };
  if (tli <= 60) return { grade: '轻度富营养', gradeEn: 'light eutrophic' };
  if (tli <= 70) return { grade: '中度富营养', gradeEn: 'moderate eutrophic' };
  return { grade: '重度富营养', gradeEn: 'severe eutrophic' };
}

/** One parameter's share of the index. */
export interface TrophicPart {
  readonly key: TrophicKey;
  readonly tli: number;
  readonly weight: number;
}

/** Trophic state of a lake or reservoir: TLI(Σ), its grade in Chinese and English, and the parts. */
export interface TrophicState {
  readonly tli: number;
  readonly grade: string;
  readonly gradeEn: string;
  readonly parts: readonly TrophicPart[];
}

/**
 * Trophic state from annual means keyed `chla`, `TP`, `TN`, `SD`, `CODMn` (raw values are read with
 * parseMeasurement). Null for rivers and unless all five are present and above 0.
 *
 * @example trophicState({ chla: 10, TP: 0.05, TN: 1, SD: 1, CODMn: 4 }, 'lake')?.grade // '中营养' (TLI 48.02)
 */
export function trophicState(values: Readonly<Record<string, unknown>>, body: WaterBody): TrophicState | null {
  if (body === 'river') return null;
  const parts: TrophicPart[] = [];
  for (const p of TLI_PARAMETERS) {
    const v = measurementValue(values[p.key], p.key);
    if (v === null || v <= 0) return null;
    parts.push({ key: p.key, tli: partialTli(p.key, v), weight: tliWeight(p.key) });
  }
  const tli = parts.reduce((s, x) => s + x.weight * x.tli, 0);
  return { tli, ...trophicGrade(tli), parts };
}

/** Trophic state of a lake's or reservoir's samples, on their annual means (null as for trophicState). */
export function annualTrophicState(samples: readonly Sample[], body: WaterBody): TrophicState | null {
  return trophicState(parameterMeans(samples), body);
}
