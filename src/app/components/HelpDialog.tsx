/**
 * The app's help, in a dialog (opened with ? or the header's ? button): the user guide in sections
 * (each opened by its heading; texts in src/core/i18n/help.ts, in the interface's language) and the
 * keyboard shortcuts. The dialog scrolls inside itself, so it fits small screens.
 */
import { useEffect, useRef } from 'react';
import { helpGuide } from '../../core/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';

/** Within the screen on any size, scrolling inside (the close button stays in reach at the top). */
const DIALOG_STYLE = { width: 'min(640px, calc(100vw - 16px))', maxWidth: 'none', maxHeight: 'calc(100dvh - 16px)', overflowY: 'auto', boxSizing: 'border-box', paddingTop: 0 } as const;
const HEADER_STYLE = { display: 'flex', justifyContent: 'space-between', alignItems: 'center', position: 'sticky', top: 0, background: '#fff', paddingTop: 8 } as const;

export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { lang, t } = useLang();
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => { close.current?.focus(); }, []);
  const guide = helpGuide(lang);
  const rows: [string, string][] = [['?', t('key_help')], ['Esc', t('key_escape')], ['1 – 5', t('key_tabs')], ['L', t('key_layers')], ['← ↑ → ↓  + −', t('key_map')], ['Tab, Enter', t('key_rows')], ['↑ ↓', t('key_table')], ['Ctrl+Z  Ctrl+Y', t('key_undo')]];
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <section className="dialog panel help-dialog" role="dialog" aria-modal="true" aria-label={guide.title} data-testid="help-dialog" style={DIALOG_STYLE} onClick={(e) => e.stopPropagation()}>
        <header style={HEADER_STYLE}>
          <h2>{guide.title}</h2>
          <button ref={close} type="button" className="close" onClick={onClose} aria-label={t('close')}>×</button>
        </header>
        <p>{guide.intro}</p>
        {guide.sections.map((s) => (
          <details key={s.id} data-testid={`help-${s.id}`}>
            <summary style={{ cursor: 'pointer', fontWeight: 600, padding: '4px 0' }}>{s.title}</summary>
            {s.paragraphs.map((p, i) => <p key={i} style={{ lineHeight: 1.55 }}>{p}</p>)}
          </details>
        ))}
        <h3>{t('shortcuts')}</h3>
        <table data-testid="help-shortcuts"><tbody>{rows.map(([k, v]) => <tr key={k}><td><kbd>{k}</kbd></td><td>{v}</td></tr>)}</tbody></table>
      </section>
    </div>
  );
}
