/** The keyboard shortcuts, in a dialog (opened with ? or the header's ? button). */
import { useEffect, useRef } from 'react';
import { useLang } from '../i18n/i18n-context.tsx';

export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useLang();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => { close.current?.focus(); }, []);
  const rows: [string, string][] = [['?', t('key_help')], ['Esc', t('key_escape')], ['1 – 5', t('key_tabs')], ['L', t('key_layers')], ['← ↑ → ↓  + −', t('key_map')], ['Tab, Enter', t('key_rows')], ['↑ ↓', t('key_table')], ['Ctrl+Z  Ctrl+Y', t('key_undo')]];
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <section className="dialog panel help-dialog" role="dialog" aria-modal="true" aria-label={t('shortcuts')} data-testid="help-dialog" onClick={(e) => e.stopPropagation()}>
        <header style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <h2>{t('shortcuts')}</h2>
          <button ref={close} type="button" className="close" onClick={onClose} aria-label={t('close')}>×</button>
        </header>
        <table><tbody>{rows.map(([k, v]) => <tr key={k}><td><kbd>{k}</kbd></td><td>{v}</td></tr>)}</tbody></table>
      </section>
    </div>
  );
}
