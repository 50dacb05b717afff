/** The opt-in online basemap: off unless the user gives a tile URL and switches it on. */
import { useState } from 'react';
import { useLang } from '../i18n/i18n-context.tsx';

export function BasemapSetting({ onChange }: { onChange: (template: string | null) => void }) {
  const { t } = useLang();
  const [url, setUrl] = useState('');
  const [on, setOn] = useState(false);
  const apply = (u: string, o: boolean) => onChange(o && /^https?:\/\/.+\{z\}.+\{x\}.+\{y\}/.test(u) ? u : null);
  return (
    <details className="basemap-setting panel">
      <summary>{t('basemap')}</summary>
      <input type="url" placeholder={t('basemapUrl')} value={url} onChange={(e) => { setUrl(e.target.value); apply(e.target.value, on); }} />
      <label><input type="checkbox" checked={on} onChange={(e) => { setOn(e.target.checked); apply(url, e.target.checked); }} /> {t('basemapOn')}</label>
    </details>
  );
}
