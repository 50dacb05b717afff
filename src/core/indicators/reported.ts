/** Indicators reported in the statistics file (energy per GDP, good-air days, …): one factory for all of them. */
import type { Indicator, IndicatorDef } from './indicator.ts';
import { missingReason } from '../i18n/messages.ts';

/** How every reported indicator is obtained: from the statistics file, as the department reports it. */
const REPORTED_METHOD = { zh: '由主管部门统计报送（统计数据文件），本系统不计算，按报送值与目标比较', en: 'Reported by the responsible department (the statistics file); not computed here, the reported value is compared with the target' } as const;

/**
 * The record of a reported indicator: its value, unit, year and source come from the statistics
 * file; a value that is absent or null is not available (and listed as missing).
 */
export function reportedIndicator(def: Omit<IndicatorDef, 'source' | 'inputs' | 'method'>): Indicator {
  return {
    ...def,
    method: REPORTED_METHOD,
    source: 'reported',
    compute: ({ dataset }) => {
      const s = Object.hasOwn(dataset.statistics, def.id) ? dataset.statistics[def.id] : undefined;
      if (!s || s.value === null) {
        const file = dataset.manifest.statistics ?? 'manifest.json';
        return { value: null, details: {}, missing: [{ layer: 'statistics', file, ...(dataset.manifest.statistics ? missingReason('missing.noStatistic', { id: def.id }) : missingReason('missing.noStatisticsFile', {})) }] };
      }
      return { value: s.value as number, details: { ...(s.year !== undefined ? { year: s.year } : {}), ...(s.source ? { source: s.source } : {}), ...(s.sourceEn ? { sourceEn: s.sourceEn } : {}), ...(s.unit ? { unit: s.unit } : {}) } };
    },
    // In English the source's English form when the file gives one, else the source as written.
    explain: (r, lang) => [lang === 'en' ? r.details.sourceEn ?? r.details.source : r.details.source, r.details.year].filter((x) => x !== undefined && x !== null).join(' · '),
  };
}
