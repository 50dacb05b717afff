/**
 * What a site check found, in the words the CLI and the printed report share (site-findings.ts):
 * the verdict, then one line per line checked — wholly / partly / not in it, farmland in 亩, lines
 * the dataset lacks said to be not checked.
 */
import { findingText, siteFindings, siteVerdict } from '../../core/index.ts';
import type { SiteCheck } from '../../core/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';

export function SiteFindings({ check }: { check: SiteCheck }) {
  const { lang } = useLang();
  const findings = siteFindings(check);
  const verdict = siteVerdict(findings, lang);
  return (
    <div className="site-findings">
      <p className={`site-status ${verdict.level === 'stop' ? 'exclusion' : verdict.level === 'consent' ? 'restricted' : 'clear'}`} data-testid="site-status" data-level={verdict.level}>{verdict.text}</p>
      <ul data-testid="site-findings">
        {findings.map((f) => <li key={f.layer} className={`finding ${f.level}`} data-layer={f.layer} data-level={f.level} data-status={f.status ?? ''}>{findingText(f, lang)}</li>)}
      </ul>
    </div>
  );
}
