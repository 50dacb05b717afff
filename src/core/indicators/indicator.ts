/**
 * One record per indicator: what it is (id, names, unit, target, the layers it reads), how it is
 * computed, how the result is explained in Chinese and English, and which features make it up on
 * the map. The report, the CLI, the board and the exhibition all read these records; adding an
 * indicator is one file with its record plus one line in the catalog.
 */
import type { Dataset } from '../data/dataset.ts';
import type { Lang } from '../format/format-number.ts';
import type { IndicatorResult, Measured } from './indicator-result.ts';
import type { OverlayContext } from './overlay-context.ts';
import type { SectionResult } from './section-results.ts';

export type Comparison = '>=' | '<=' | '>' | '<' | '==';

export interface Target {
  readonly op: Comparison;
  readonly value: number | string;
}

/** What every computation gets: the dataset, its prepared boundary, and the sections evaluated once. */
export interface ComputeInput {
  readonly dataset: Dataset;
  /** The boundary, indexed; null when the dataset has none usable. */
  readonly overlay: OverlayContext | null;
  readonly sections: readonly SectionResult[];
}

/**
 * Features to outline on the map, per layer: every feature, those whose property has one of the
 * values, or those at the given indices (as in the layer).
 */
export type Outline =
  | { readonly layer: string; readonly all: true }
  | { readonly layer: string; readonly property: string; readonly values: readonly string[] }
  | { readonly layer: string; readonly indices: readonly number[] };

/** What the map shows for an indicator: the layer groups to switch on and the features to outline. */
export interface Highlight {
  readonly layers: readonly string[];
  readonly outline: readonly Outline[];
}

/** The fields (领域) of the national and provincial eco-civilisation demonstration indicators. */
export type Domain = 'institutions' | 'security' | 'space' | 'economy' | 'living' | 'culture';

/** The fields' names as the plan writes them, and in English. */
export const DOMAIN_NAMES: Readonly<Record<Domain, { readonly zh: string; readonly en: string }>> = {
  institutions: { zh: '生态制度', en: 'Institutions' },
  security: { zh: '生态安全', en: 'Environmental security' },
  space: { zh: '生态空间', en: 'Ecological space' },
  economy: { zh: '生态经济', en: 'Green economy' },
  living: { zh: '生态生活', en: 'Green living' },
  culture: { zh: '生态文化', en: 'Eco-culture' },
};

export interface Indicator {
  readonly id: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly unit: string;
  /** null where the target comes from outside data (given in the statistics file). */
  readonly target: Target | null;
  readonly source: 'computed' | 'reported';
  /** The plan's field (领域) the indicator belongs to: the submission workbook groups by it. */
  readonly domain?: Domain;
  /**
   * How the value is obtained, in a sentence per language (the workbook's 计算方法 and the technical
   * report's method section); the result's own explanation (`explain`) comes after it.
   */
  readonly method?: { readonly zh: string; readonly en: string };
  /** Supplementary indicators are not in the plan but shown for context. */
  readonly supplementary?: boolean;
  /**
   * Layers (roles) a computed indicator reads; `protectedRoles` stands for the manifest's
   * protected roles. `needs`: without them there is no value (an empty or absent one gives null);
   * `refines`: they only refine it.
   */
  readonly inputs?: { readonly needs: readonly string[]; readonly refines?: readonly string[] };
  /** The value and its details (computed indicators read the geometry, reported ones the statistics). */
  compute(input: ComputeInput): Measured;
  /** How the value came about, in a sentence, from the result's details; '' when there is nothing to say. */
  explain(result: IndicatorResult, lang: Lang): string;
  /** The features behind the value on the map; none for reported indicators. */
  highlight?(input: ComputeInput): Highlight;
}

/** A record's static description (what the JSON report and the tables show), without its functions. */
export type IndicatorDef = Omit<Indicator, 'compute' | 'explain' | 'highlight'>;

/** The target "≥ value". */
export const atLeast = (value: number): Target => ({ op: '>=', value });
/** The target "< value". */
export const below = (value: number): Target => ({ op: '<', value });

/**
 * Whether a value meets a target. Null when either is missing or they are of different kinds
 * (a number against a text target).
 */
export function meetsTarget(value: number | string | null, target: Target | null): boolean | null {
  if (value === null || target === null) return null;
  if (typeof value !== typeof target.value) return null;
  switch (target.op) {
    case '>=': return value >= target.value;
    case '<=': return value <= target.value;
    case '>': return value > target.value;
    case '<': return value < target.value;
    case '==': return value === target.value;
  }
}
