/** A site typed as its corners (longitude, latitude per line): drawing with the keyboard. */
import { useState } from 'react';
import type { Polygon } from 'geojson';
import { useLang } from '../i18n/i18n-context.tsx';
import { parseCorners } from '../sites/parse-corners.ts';

export function CornersEntry({ onAdd }: { onAdd: (polygon: Polygon) => void }) {
  const { t } = useLang();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const r = parseCorners(text);
    if (r === 'too-few') { setError(t('coordsTooFew')); return; }
    if ('badLine' in r) { setError(t('coordsError', { n: r.badLine })); return; }
    setError(null);
    setText('');
    onAdd(r);
  };
  return (
    <details className="coords-entry" data-testid="coords-entry">
      <summary>{t('enterCoords')}</summary>
      <label>{t('coordsHint')}
        <textarea rows={5} value={text} onChange={(e) => setText(e.target.value)} data-testid="coords-text" placeholder={'120.80, 30.00\n120.82, 30.00\n120.82, 30.02'} />
      </label>
      {error && <p className="error" role="alert" data-testid="coords-error">{error}</p>}
      <button type="button" onClick={add} data-testid="coords-add">{t('addSite')}</button>
    </details>
  );
}
