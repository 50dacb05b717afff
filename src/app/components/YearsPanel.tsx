/**
 * Year against year on the board: sections per class in each year (灭Ⅴ减Ⅳ增Ⅲ), those that got
 * better or worse, protected areas and land added, forest gained and lost (km² and 亩, on the district) with the changed
 * land-class transitions and the towns where it happened, and a switch that outlines the change on
 * the map.
 */
import { classText, formatNumber, MU_M2, term } from '../../core/index.ts';
import type { YearsSummary } from '../report/worker-protocol.ts';
import { useLang } from '../i18n/i18n-context.tsx';

export interface YearsPanelProps {
  readonly years: YearsSummary;
  readonly showing: boolean;
  readonly onShow: (on: boolean) => void;
}

export function YearsPanel({ years, showing, onShow }: YearsPanelProps) {
  const { lang, t } = useLang();
  const c = years.comparison;
  const area = (m2: number) => `${formatNumber(lang, m2 / 1e6, 2)} km² (${formatNumber(lang, m2 / MU_M2, 0)} ${lang === 'zh' ? '亩' : 'mu'})`;
  const labels = Object.keys(c.classCounts.to);
  const f = c.forest;
  const transitions = f ? f.classes.flatMap((a, i) => f.classes.flatMap((b, j) => (i !== j && f.matrixM2[i]![j]! > 0 ? [{ a, b, m2: f.matrixM2[i]![j]! }] : []))).sort((x, y) => y.m2 - x.m2) : [];
  const towns = f ? f.byTown.filter((x) => x.intoForestM2 || x.outOfForestM2) : [];
  return (
    <section className="years-panel" data-testid="years-panel">
      <h3>{t('yearsTitle', { from: c.from, to: c.to })}</h3>
      <button type="button" aria-pressed={showing} onClick={() => onShow(!showing)} data-testid="years-show-change">{showing ? t('yearsHideChange') : t('yearsShowChange')}</button>
      {showing && <p className="muted years-legend">{t('yearsChangeLegend')}</p>}
      <h4>{t('yearsClasses')}</h4>
      <table className="years-classes" data-testid="years-classes">
        <thead><tr><th>{t('yearsYear')}</th>{labels.map((l) => <th key={l}>{classText(lang, l)}</th>)}</tr></thead>
        <tbody>
          <tr><td>{c.from}</td>{labels.map((l) => <td key={l} className="num">{c.classCounts.from[l]}</td>)}</tr>
          <tr><td>{c.to}</td>{labels.map((l) => <td key={l} className="num">{c.classCounts.to[l]}</td>)}</tr>
        </tbody>
      </table>
      <p data-testid="years-sections">{t('yearsImproved', { n: c.sections.filter((s) => s.change === 'improved').length })} · {t('yearsWorsened', { n: c.sections.filter((s) => s.change === 'worsened').length })}
        {c.sections.some((s) => s.change === 'worsened') && (lang === 'zh' ? `（${c.sections.filter((s) => s.change === 'worsened').map((s) => s.name).join('、')}）` : ` (${c.sections.filter((s) => s.change === 'worsened').map((s) => s.name).join(', ')})`)}</p>
      {c.protectedAreas.added.length > 0 && <p>{t('yearsProtectedAdded', { names: c.protectedAreas.added.join(lang === 'zh' ? '、' : ', ') })}</p>}
      {c.protectedAreas.addedM2 !== null && c.protectedAreas.removedM2 !== null && (c.protectedAreas.addedM2 > 0 || c.protectedAreas.removedM2 > 0) && (
        <p data-testid="years-protected-land">{t('yearsProtectedLand', { gain: area(c.protectedAreas.addedM2), loss: area(c.protectedAreas.removedM2) })}</p>
      )}
      {f && (
        <>
          <p data-testid="years-forest">{t('yearsForest', { gain: area(f.intoForestM2), loss: area(f.outOfForestM2) })}</p>
          <p className="muted">{t('yearsBasis')}</p>
          <h4>{t('yearsTransitions')}</h4>
          <table className="years-transitions" data-testid="years-transitions">
            <thead><tr><th>{t('yearsFromTo')}</th><th>{t('yearsArea')}</th></tr></thead>
            <tbody>{transitions.map((x) => <tr key={`${x.a}-${x.b}`}><td>{term(lang, x.a)} → {term(lang, x.b)}</td><td className="num">{area(x.m2)}</td></tr>)}</tbody>
          </table>
          {towns.length > 0 && (
            <>
              <h4>{t('yearsByTown')}</h4>
              <table className="years-towns" data-testid="years-towns">
                <thead><tr><th>{t('townsTown')}</th><th>{t('yearsGain')}</th><th>{t('yearsLoss')}</th></tr></thead>
                <tbody>{towns.map((x) => <tr key={x.name}><td>{x.name}</td><td className="num">{area(x.intoForestM2)}</td><td className="num">{area(x.outOfForestM2)}</td></tr>)}</tbody>
              </table>
            </>
          )}
        </>
      )}
    </section>
  );
}
