/** The problems found in the data: file, feature, what is wrong and how to fix it. */
import { useEffect, useRef } from 'react';
import { localizeIssue } from '../../core/index.ts';
import type { DataIssue } from '../../core/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';

/**
 * The issues of the last dataset opened. `rejected`: it could not be loaded at all; `shown` says
 * whether another dataset is still on the map (else the map is empty, and the panel says so).
 */
export function IssuesPanel({ issues, rejected, shown = true, onClose }: { issues: readonly DataIssue[]; rejected: boolean; shown?: boolean; onClose: () => void }) {
  const { lang, t } = useLang();
  const errors = issues.filter((i) => i.severity === 'error').length;
  // Esc closes it, as it closes the other dialogs.
  const close = useRef(onClose);
  useEffect(() => { close.current = onClose; });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') close.current(); };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <section className="panel issues" role="dialog" aria-label={t('issues')} data-testid="issues-panel">
      <header>
        <h3>{t('errorsTitle', { n: errors, m: issues.length - errors })}</h3>
        <button type="button" className="close" onClick={onClose} aria-label={t('close')}>×</button>
      </header>
      {rejected && <p className="rejected" role="alert">{t(shown ? 'rejected' : 'rejectedNothing')}</p>}
      {issues.length === 0 ? <p>{t('noIssues')}</p> : (
        <ul>
          {issues.map((i, k) => {
            const { message, hint } = localizeIssue(i, lang);
            return (
              <li key={k} className={i.severity}>
                <strong>{i.file}{i.featureIndex !== undefined ? ` #${i.featureIndex}` : ''}{i.featureId ? ` (${i.featureId})` : ''}</strong>
                <span>{message}</span>
                {hint && <em>{hint}</em>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
