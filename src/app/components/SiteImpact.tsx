/**
 * What building a site would cost the area indicators (site-impact.ts): each indicator it takes
 * land from, now and with the site built, and whether it would then miss its target.
 */
import { formatNumber, formatTarget, unitText } from '../../core/index.ts';
import type { SiteCheck } from '../../core/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';

/** The board's names of the area indicators. */
const NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  protectedShare: { zh: '受保护地区占国土面积比例', en: 'Protected-area share' },
  forestCoverage: { zh: '森林覆盖率', en: 'Forest coverage' },
  parkGreenPerCapita: { zh: '城镇人均公园绿地面积', en: 'Urban park green per person' },
};

export function SiteImpact({ check }: { check: SiteCheck }) {
  const { lang, t } = useLang();
  const rows = Object.entries(check.impact ?? {});
  if (!check.impact) return null;
  return (
    <div className="site-impact">
      <h4>{t('impactTitle')}</h4>
      {rows.length === 0 ? <p className="muted" data-testid="impact-none">{t('impactNone')}</p> : (
        <table className="overlaps" data-testid="impact-table">
          <thead><tr><th>{t('impactIndicator')}</th><th>{t('impactBefore')}</th><th>{t('impactAfter')}</th><th>{t('target')}</th><th /></tr></thead>
          <tbody>
            {rows.map(([id, i]) => (
              <tr key={id} data-testid={`impact-${id}`} data-before={i.before} data-after={i.after} className={i.crossesTarget ? 'crosses' : ''}>
                <td>{NAMES[id]?.[lang] ?? id}</td>
                <td className="num">{formatNumber(lang, i.before, 2)} {unitText(lang, i.unit)}</td>
                <td className="num">{formatNumber(lang, i.after, 2)} {unitText(lang, i.unit)}</td>
                <td>{formatTarget(i.target, { lang, unit: i.unit })}</td>
                <td>{i.crossesTarget ? <strong className="fail">{t('impactCrosses')}</strong> : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
