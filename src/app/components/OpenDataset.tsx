/** "Open dataset…": pick manifest.json and its GeoJSON files (or drop them on the map). */
import { useRef } from 'react';
import { useLang } from '../i18n/i18n-context.tsx';

export function OpenDataset({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useLang();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="open-dataset" onClick={() => input.current?.click()} title={t('openHint')}>{t('openDataset')}</button>
      <input ref={input} type="file" multiple accept=".json,.geojson,application/json,application/geo+json" hidden data-testid="open-dataset-input"
        onChange={(e) => { const list = e.target.files; if (list?.length) onFiles([...list]); e.target.value = ''; }} />
    </>
  );
}
