/**
 * The By-town view: choose an indicator, read its legend (classes around the target), the towns
 * ranked best first (in step with the map's colours and selection), and the chosen town's card
 * with all its indicators beside the district's.
 */
import { useEffect, useRef } from 'react';
import { formatNumber, formatTarget, meetsTarget } from '../../core/index.ts';
import type { IndicatorResult, Target } from '../../core/index.ts';
import { CHOROPLETH_NO_DATA, classRange } from '../../map/index.ts';
import { rankZones } from '../towns/rank-zones.ts';
import type { ByTown } from '../towns/use-by-town.ts';
import { useLang } from '../i18n/i18n-context.tsx';

export interface TownsPanelProps {
  readonly view: ByTown;
  /** The district's computed indicators (names, units, targets, district values). */
  readonly indicators: readonly IndicatorResult[];
  /** Index of the selected town in the towns layer. */
  readonly selected: number | null;
  readonly onSelect: (index: number) => void;
}

/** The water rates: computed from the sections in the town, which may be few (a rate of one section says so). */
const SECTION_RATES: ReadonlySet<string> = new Set(['sectionsGoodRate', 'functionZoneCompliance', 'drinkingWaterCompliance']);

export function TownsPanel({ view, indicators, selected, onSelect }: TownsPanelProps) {
  const { lang, t } = useLang();
  const computed = indicators.filter((i) => i.source === 'computed');
  const ind = computed.find((i) => i.id === view.indicatorId) ?? computed[0];
  const selectedRow = useRef<HTMLTableRowElement>(null);
  useEffect(() => { selectedRow.current?.scrollIntoView({ block: 'nearest' }); }, [selected]);
  if (view.missing) return <p className="panel muted">{t('townsNone')}</p>;
  if (!view.byZone || !ind) return <p className="panel muted" data-testid="towns-loading">{t('townsLoading')}</p>;
  const value = (v: number | null | undefined, unit: string) => (v === null || v === undefined ? '—' : `${formatNumber(lang, v, 2)} ${unit}`);
  const status = (v: number | null | undefined, target: Target | null) => {
    const ok = v === null || v === undefined ? null : meetsTarget(v, target);
    return ok === null ? '' : ok ? t('townsMeets') : t('townsFails');
  };
  const ranked = rankZones(view.byZone.zones, ind.id, ind.target);
  const town = selected === null ? null : view.byZone.zones[selected] ?? null;
  const bound = (k: { from: number | null; to: number | null }) => classRange(k, (x) => formatNumber(lang, x, 1));
  return (
    <section className="panel towns-panel" aria-label={t('towns')} data-testid="towns-panel">
      <label className="towns-indicator">{t('townsIndicator')}
        <select value={ind.id} onChange={(e) => view.setIndicator(e.target.value)} data-testid="towns-indicator">
          {computed.map((i) => <option key={i.id} value={i.id}>{lang === 'zh' ? i.name : i.nameEn}</option>)}
        </select>
      </label>
      <ul className="legend towns-legend" data-testid="towns-legend">
        {view.classes.map((k) => (
          <li key={k.color}><span className="swatch" style={{ background: k.color }} />{bound(k)} {ind.unit}{k.meets ? ` · ${t('townsMeets')}` : ''}</li>
        ))}
        <li><span className="swatch" style={{ background: CHOROPLETH_NO_DATA }} />{t('townsNoData')}</li>
      </ul>
      {ind.source === 'computed' && !ind.complete && <p className="table-error" data-testid="towns-incomplete">{t('townsIncomplete')}</p>}
      <p className="muted">{t('townsDistrict')}: {value(typeof ind.value === 'number' ? ind.value : null, ind.unit)} · {formatTarget(ind.target, { lang, unit: ind.unit })}</p>
      <table className="towns-rank" data-testid="towns-rank">
        <thead><tr><th>{t('townsRank')}</th><th>{t('townsTown')}</th><th>{t('townsValue')}</th><th /></tr></thead>
        <tbody>
          {ranked.map((z, k) => {
            const v = z.indicators[ind.id] ?? null;
            return (
              <tr key={z.index} ref={z.index === selected ? selectedRow : undefined} className={z.index === selected ? 'selected' : ''} tabIndex={0}
                onClick={() => onSelect(z.index)} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); onSelect(z.index); } }} data-testid={`town-row-${z.index}`}>
                <td>{v === null ? '—' : k + 1}</td><td>{z.name}</td><td className="num">{value(v, ind.unit)}</td><td>{status(v, ind.target)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {town ? (
        <div className="town-card" data-testid="town-card">
          <h3>{t('townsCard', { name: town.name, area: formatNumber(lang, town.areaKm2, 2) })}</h3>
          <table>
            <tbody>
              {computed.map((i) => (
                <tr key={i.id}>
                  <td>{lang === 'zh' ? i.name : i.nameEn}</td>
                  <td className="num" data-testid={`town-value-${i.id}`}>{value(town.indicators[i.id], i.unit)}
                    {SECTION_RATES.has(i.id) && town.indicators[i.id] !== null && <span className="muted" data-testid={`town-n-${i.id}`}> {t('townsSections', { n: town.sections.length })}</span>}</td>
                  <td>{formatTarget(i.target, { lang, unit: i.unit })}</td>
                  <td>{status(town.indicators[i.id], i.target)}</td>
                  <td className="muted num">{t('townsDistrict')} {value(typeof i.value === 'number' ? i.value : null, i.unit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : <p className="muted">{t('townsClickHint')}</p>}
    </section>
  );
}
