/** Every indicator of the plan: value, target, pass/fail, computed or reported, and how. */
import { formatNumber, formatTarget, indicatorStatus, indicatorsFromEdges, term, unitText } from '../../core/index.ts';
import type { IndicatorResult, Lang } from '../../core/index.ts';
import type React from 'react';
import { useLang } from '../i18n/i18n-context.tsx';

function valueText(lang: Lang, v: number | string | null, unit: string, na: string): string {
  if (v === null) return na;
  if (typeof v === 'string') return term(lang, v);
  return `${formatNumber(lang, v, 2)}${unit ? ` ${unitText(lang, unit)}` : ''}`;
}

export interface IndicatorBoardProps {
  readonly indicators: readonly IndicatorResult[] | null;
  readonly progress: { readonly done: number; readonly total: number } | null;
  readonly highlighted: string | null;
  readonly onPick: (id: string) => void;
  /** The dataset's years, when its manifest names others: each computed indicator's first and last value and the change. */
  readonly years?: { readonly from: number; readonly to: number; readonly values: Readonly<Record<string, { readonly from: number | null; readonly to: number | null; readonly change: number | null }>> } | null;
  /** What computed the overlays (the report's `overlays`), said under the spatial indicators. */
  readonly overlays?: string | null;
  /** Shown below the indicators (the year comparison). */
  readonly children?: React.ReactNode;
}

export function IndicatorBoard(p: IndicatorBoardProps) {
  const { lang, t } = useLang();
  const fromEdges = p.indicators ? indicatorsFromEdges(p.indicators) : [];
  const row = (ind: IndicatorResult) => {
    const badge = indicatorStatus(ind);
    const clickable = ind.source === 'computed' && ind.value !== null;
    return (
      <li key={ind.id} className={`indicator ${p.highlighted === ind.id ? 'active' : ''}`} data-testid={`indicator-${ind.id}`} data-value={ind.value ?? ''} data-status={badge}>
        <button type="button" disabled={!clickable} title={clickable ? t('clickToShow') : undefined} onClick={() => p.onPick(ind.id)}>
          <span className="ind-name">{lang === 'zh' ? ind.name : ind.nameEn}{ind.supplementary ? <em> · {t('supplementary')}</em> : null}</span>
          <span className="ind-value">{valueText(lang, ind.value, ind.unit, t('notAvailable'))}</span>
          <span className="ind-target">{t('target')} {formatTarget(ind.target, { lang })}</span>
          <span className={`badge ${badge}`} title={badge === 'incomplete' ? t('incompleteHint') : undefined}>{badge === 'na' ? t('notAvailable') : t(badge)}</span>
          <span className={`source ${ind.source}`}>{t(ind.source)}</span>
          <span className="ind-how">{ind.explanation[lang]}</span>
          {p.years && p.years.values[ind.id] && (() => {
            const y = p.years.values[ind.id]!;
            const v = (x: number | null) => (x === null ? t('notAvailable') : formatNumber(lang, x, 2));
            const d = y.change === null ? '—' : `${y.change >= 0 ? '+' : ''}${formatNumber(lang, y.change, 2)}`;
            return <span className="ind-years" data-testid={`years-line-${ind.id}`}>{t('yearsLine', { from: p.years.from, a: v(y.from), to: p.years.to, b: v(y.to), d })}</span>;
          })()}
        </button>
      </li>
    );
  };
  return (
    <section className="panel board" aria-label={t('board')} data-testid="board">
      {p.progress && (
        <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={p.progress.total} aria-valuenow={p.progress.done}>
          <span>{t('computing')} {p.progress.done}/{p.progress.total}</span>
          <div className="bar"><div style={{ width: `${(100 * p.progress.done) / Math.max(1, p.progress.total)}%` }} /></div>
        </div>
      )}
      {p.indicators && (
        <>
          <h3>{t('spatialIndicators')}</h3>
          <ul>{p.indicators.filter((i) => i.source === 'computed').map(row)}</ul>
          {p.overlays && <p className="board-method" data-testid="board-method">{t('overlaysBy', { engine: p.overlays })}</p>}
          {p.overlays && fromEdges.length > 0 && (
            <p className="board-method" data-testid="board-edges">
              {t('fromEdges', { names: fromEdges.map((i) => (lang === 'zh' ? i.name : i.nameEn)).join(lang === 'zh' ? '、' : ', ') })}
            </p>
          )}
          <h3>{t('reportedIndicators')}</h3>
          <ul>{p.indicators.filter((i) => i.source === 'reported').map(row)}</ul>
        </>
      )}
      {p.children}
    </section>
  );
}
