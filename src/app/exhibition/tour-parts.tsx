/** The pieces of the exhibition's cards: the indicator card, the class bars, the timeline, the legend. */
import { CLASS_LABELS, countByClass, formatNumber, formatTarget, indicatorStatus, meetsTarget, translate } from '../../core/index.ts';
import type { IndicatorResult, IndicatorStatus, Report, StringKey, WaterClass } from '../../core/index.ts';
import type { ByZone } from '../../core/compute.ts';
import { CLASS_COLORS, classColor, classRange, legendEntries } from '../../map/index.ts';
import type { ChoroplethClass, GroupId, LayerSummary } from '../../map/index.ts';
import { rankZones } from '../towns/rank-zones.ts';
import { phaseFromData, PHASES } from './tour-steps.ts';

/** Card wording of each status: an incomplete value is never shown as a plain fail. */
/** The exhibition speaks Chinese; its words come from the one catalog. */
const t = (key: StringKey, vars?: Readonly<Record<string, string | number>>) => translate('zh', key, vars);
const BIG_STATUS: Readonly<Record<IndicatorStatus, string>> = { pass: t('ex_passed'), fail: t('ex_failed'), incomplete: t('ex_incomplete'), na: t('notAvailable') };
export const SHORT_STATUS: Readonly<Record<IndicatorStatus, string>> = { pass: t('ex_pass'), fail: t('ex_failed'), incomplete: t('ex_incompleteShort'), na: '—' };

/** The big card of one indicator: value, target, status (an incomplete value is never a plain fail). */
export function IndicatorCard({ report, id }: { report: Report; id: string }) {
  const ind = report.indicators.find((i) => i.id === id);
  if (!ind) return null;
  const value = typeof ind.value === 'number' ? formatNumber('zh', ind.value, 2) : ind.value ?? '—';
  return (
    <div className="big-indicator" data-indicator={ind.id} data-value={ind.value ?? ''}>
      <div className="big-name">{ind.name}</div>
      <div className="big-value">{value}<small>{ind.unit}</small></div>
      <div className="big-target">{t('ex_target')} {formatTarget(ind.target, { unit: ind.unit })}
        <span className={`big-badge ${indicatorStatus(ind)}`} data-testid="big-badge">{BIG_STATUS[indicatorStatus(ind)]}</span>
      </div>
    </div>
  );
}

/** How many sections are in each class, as bars. */
export function ClassBars({ classes }: { classes: readonly (WaterClass | null)[] }) {
  const counts = countByClass(classes);
  const max = Math.max(1, ...Object.values(counts));
  return (
    <div className="class-bars" data-testid="class-bars">
      {([1, 2, 3, 4, 5, 6] as WaterClass[]).map((c) => (
        <div key={c} className="class-bar">
          <div className="bar" style={{ height: `${(counts[CLASS_LABELS[c]]! / max) * 100}%`, background: CLASS_COLORS[c] }} />
          <span>{CLASS_LABELS[c]}</span><b>{counts[CLASS_LABELS[c]]}</b>
        </div>
      ))}
    </div>
  );
}

/** The plan's timeline, the current phase taken from the data (its year and how many indicators are met). */
export function Timeline({ year, met, total }: { year: number | null; met: number; total: number }) {
  const now = phaseFromData(year, met, total);
  return (
    <ol className="timeline" data-testid="timeline" aria-label={year === null ? undefined : t('ex_dataStatus', { year, met, total })}>
      {year !== null && <li className="data-status" data-testid="data-status">{t('ex_dataStatus', { year, met, total })}</li>}
      {PHASES.map((p, i) => (
        <li key={p.zh} className={i < now ? 'done' : i === now ? 'current' : ''} data-current={i === now || undefined}>
          <b>{p.zh}</b><span>{p.from.replace('-', '.')}–{p.to.replace('-', '.')}</span>
        </li>
      ))}
      {now === PHASES.length && <li className="current all-done" data-current>{t('ex_allDone')}</li>}
    </ol>
  );
}

/** The legend of what the step shows, from the same catalog and palette as the map's. */
export function StepLegend({ groups, summaries, classes, towns }: { groups: readonly GroupId[]; summaries: Readonly<Record<string, LayerSummary>>; classes: ReadonlySet<WaterClass | null>; towns?: { readonly classes: readonly ChoroplethClass[]; readonly unit: string } }) {
  const entries = [
    ...groups.filter((g) => g !== 'towns' && g !== 'water').flatMap((g) => legendEntries(g, summaries[g], classes, 'zh')),
    // The towns' colours: classes around the target.
    ...(towns?.classes ?? []).map((k) => ({ swatch: 'fill' as const, color: k.color, label: `${classRange(k, (x) => formatNumber('zh', x, 1))}${towns!.unit}${k.meets ? ' 达标' : ''}` })),
  ];
  if (entries.length === 0) return null;
  return (
    <ul className="ex-legend" data-testid="ex-legend" aria-label={t('ex_legend')}>
      {entries.map((e) => <li key={`${e.label}${e.color}`}><span className={`swatch ${e.swatch}`} style={{ background: e.swatch === 'hatch' ? `repeating-linear-gradient(45deg, ${e.color} 0 3px, transparent 3px 9px)` : e.color, borderColor: e.color }} />{e.label}</li>)}
    </ul>
  );
}

/**
 * The towns ranked by an indicator, best five with their colour on the map, and how many meet the
 * target (the exhibition's towns step); nothing while the values are being computed.
 */
export function TownRanking({ byZone, indicator, classes }: { byZone: ByZone | null; indicator: IndicatorResult; classes: readonly ChoroplethClass[] }) {
  if (!byZone) return null;
  const ranked = rankZones(byZone.zones, indicator.id, indicator.target).filter((z) => z.indicators[indicator.id] != null);
  const met = ranked.filter((z) => meetsTarget(z.indicators[indicator.id]!, indicator.target)).length;
  return (
    <div className="town-ranking" data-testid="tour-towns">
      <div className="summary-count">{t('ex_townsMet', { met, total: byZone.zones.length })}</div>
      <ol>
        {ranked.slice(0, 5).map((z) => (
          <li key={z.index}><span className="swatch" style={{ background: classColor(z.indicators[indicator.id]!, classes) }} />{z.name}<b>{formatNumber('zh', z.indicators[indicator.id]!, 1)}{indicator.unit}</b></li>
        ))}
      </ol>
    </div>
  );
}

/** Sections per class in the first and last year (灭Ⅴ减Ⅳ增Ⅲ): "劣V 5 → 1 · V 6 → 4 …". */
export function YearClasses({ from, to, counts }: { from: number; to: number; counts: { from: Readonly<Record<string, number>>; to: Readonly<Record<string, number>> } }) {
  const labels = ['劣V', 'V', 'IV', 'III', 'II', 'I'].filter((l) => counts.from[l] || counts.to[l]);
  return (
    <p className="year-classes" data-testid="tour-years">{t('ex_yearsClasses', { from, to })}{labels.map((l) => `${l} ${counts.from[l]} → ${counts.to[l]}`).join(' · ')}</p>
  );
}
