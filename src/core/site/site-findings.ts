/**
 * What a site check found, line by line, in words the panel, the printed report and the CLI share:
 * 「完全位于生态保护红线内」, 「部分位于生态保护红线内（40.64 %，1,234.56 m²）」, 「不涉及生态保护红线（最近
 * 312 m：…）」, 「占用永久基本农田 1.85 亩」, 「数据集中没有…图层：未核查」 — and the verdict they add up to.
 * Levels: a red line, permanent basic farmland or a heritage protection range stop the site
 * ('stop'); a protected area or a heritage construction control zone need the authority's consent
 * ('consent'); the urban development boundary is noted ('note'); a line the dataset lacks is
 * 'unchecked' (never 'clear').
 */
import { formatNumber, MU_M2 } from '../format/format-number.ts';
import type { Lang } from '../format/format-number.ts';
import { translate } from '../i18n/ui.ts';
import type { StringKey } from '../i18n/ui.ts';
import { SITE_CHECK_LAYERS } from './site-layers.ts';
import type { SiteCheckLayer } from './site-layers.ts';
import type { SiteCheck, SiteStatus } from './site-check.ts';

export type FindingLevel = 'stop' | 'consent' | 'note' | 'clear' | 'unchecked';

/** One line of the findings: its layer, how serious, and the words (a catalog key and its values). */
export interface SiteFinding {
  readonly layer: SiteCheckLayer;
  readonly level: FindingLevel;
  readonly status: SiteStatus | null;
  readonly key: StringKey;
  /** Values for the key's placeholders: numbers already formatted are not kept here (see findingText). */
  readonly values: { readonly m2: number; readonly pct: number; readonly d: number | null; readonly name: string };
}

const LAYER_KEY: Readonly<Record<SiteCheckLayer, StringKey>> = {
  redLines: 'redLines_', protectedAreas: 'protectedAreas_', permanentFarmland: 'permanentFarmland_', heritageAreas: 'heritageAreas_', urbanBoundary: 'urbanBoundary_',
};

/** The findings of a check, one per line the site is checked against, in SITE_CHECK_LAYERS order. */
export function siteFindings(check: SiteCheck): SiteFinding[] {
  return SITE_CHECK_LAYERS.map((layer): SiteFinding => {
    const r = check.roles[layer];
    const base = { layer, status: r.status, values: { m2: r.areaM2, pct: r.percentOfSite, d: r.nearest?.distanceM ?? null, name: r.nearest?.name ?? '' } };
    if (!r.covered || r.status === null) return { ...base, level: 'unchecked', key: 'findUnchecked' };
    if (layer === 'urbanBoundary') {
      const outside = { ...base.values, m2: Math.max(0, check.areaM2 - r.areaM2), pct: Math.max(0, 100 - r.percentOfSite) };
      if (r.status === 'wholly') return { ...base, level: 'clear', key: 'findUrbanInside' };
      return { ...base, values: outside, level: 'note', key: r.status === 'partly' ? 'findUrbanPartly' : 'findUrbanOutside' };
    }
    if (r.status === 'none') return { ...base, level: 'clear', key: r.nearest ? 'findNone' : 'findNoneFar' };
    if (layer === 'permanentFarmland') return { ...base, level: 'stop', key: 'findFarmland' };
    if (layer === 'heritageAreas') {
      const range = check.overlaps.filter((o) => o.layer === 'heritageAreas' && o.kind === '保护范围').reduce((s, o) => s + o.areaM2, 0);
      return range > 0 ? { ...base, values: { ...base.values, m2: range }, level: 'stop', key: 'findHeritageRange' } : { ...base, level: 'consent', key: 'findHeritageControl' };
    }
    return { ...base, level: layer === 'redLines' ? 'stop' : 'consent', key: r.status === 'wholly' ? 'findWholly' : 'findPartly' };
  });
}

/** A finding in words: areas to 0.01 m², shares to 0.01 %, 亩 to 0.01, distances to the metre. */
export function findingText(f: SiteFinding, lang: Lang): string {
  return translate(lang, f.key, {
    layer: translate(lang, LAYER_KEY[f.layer]),
    m2: formatNumber(lang, f.values.m2, 2),
    pct: formatNumber(lang, f.values.pct, 2),
    mu: formatNumber(lang, f.values.m2 / MU_M2, 2),
    d: f.values.d === null ? '' : formatNumber(lang, f.values.d, 0),
    name: f.values.name,
  });
}

/** The verdict the findings add up to: the worst level, and its sentence (naming what stops the site or needs consent). */
export function siteVerdict(findings: readonly SiteFinding[], lang: Lang): { level: 'stop' | 'consent' | 'clear'; text: string } {
  const sep = lang === 'zh' ? '；' : '; ';
  const of = (level: FindingLevel) => findings.filter((f) => f.level === level).map((f) => findingText(f, lang)).join(sep);
  if (findings.some((f) => f.level === 'stop')) return { level: 'stop', text: translate(lang, 'siteStop', { reasons: of('stop') }) };
  if (findings.some((f) => f.level === 'consent')) return { level: 'consent', text: translate(lang, 'siteConsent', { reasons: of('consent') }) };
  const checked = findings.filter((f) => f.level !== 'unchecked').map((f) => translate(lang, LAYER_KEY[f.layer])).join(lang === 'zh' ? '、' : ', ');
  return { level: 'clear', text: translate(lang, 'clearSite', { layers: checked }) };
}
