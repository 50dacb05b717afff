/**
 * The opt-in online basemap: off by default (the app then asks no server for anything). The user picks
 * 天地图 vector or imagery (with their own 天地图 key, remembered in this browser) or types an XYZ template.
 * The choice itself is not remembered: every start is offline.
 */
import { useState } from 'react';
import { basemapFor } from '../../map/index.ts';
import type { Basemap, BasemapChoice } from '../../map/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';

const KEY_STORE = 'shangyu-eco-map.tianditu-key';

function storedKey(): string {
  try { return window.localStorage.getItem(KEY_STORE) ?? ''; } catch { return ''; }
}

export function BasemapSetting({ onChange }: { onChange: (basemap: Basemap | null) => void }) {
  const { t } = useLang();
  const [choice, setChoice] = useState<BasemapChoice>('off');
  const [key, setKey] = useState(storedKey);
  const [url, setUrl] = useState('');
  const apply = (c: BasemapChoice, k: string, u: string) => {
    setChoice(c); setKey(k); setUrl(u);
    try { window.localStorage.setItem(KEY_STORE, k.trim()); } catch { /* private mode: the key lasts this visit */ }
    onChange(basemapFor(c, k, u));
  };
  const tianditu = choice === 'tianditu-vec' || choice === 'tianditu-img';
  const waiting = choice !== 'off' && basemapFor(choice, key, url) === null;
  return (
    <details className="basemap-setting panel" data-testid="basemap-setting">
      <summary>{t('basemap')}</summary>
      <select data-testid="basemap-choice" aria-label={t('basemap')} value={choice} onChange={(e) => apply(e.target.value as BasemapChoice, key, url)}>
        <option value="off">{t('basemapOff')}</option>
        <option value="tianditu-vec">{t('basemapTiandituVec')}</option>
        <option value="tianditu-img">{t('basemapTiandituImg')}</option>
        <option value="custom">{t('basemapCustom')}</option>
      </select>
      {tianditu && <input type="text" data-testid="basemap-key" aria-label={t('basemapKey')} placeholder={t('basemapKey')} value={key} onChange={(e) => apply(choice, e.target.value, url)} />}
      {choice === 'custom' && <input type="url" data-testid="basemap-url" aria-label={t('basemapUrl')} placeholder={t('basemapUrl')} value={url} onChange={(e) => apply(choice, key, e.target.value)} />}
      {waiting && <p className="hint" role="status">{tianditu ? t('basemapNeedsKey') : t('basemapNeedsUrl')}</p>}
    </details>
  );
}
