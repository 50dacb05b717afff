/**
 * Measuring on the map: a distance (click the vertices, click the last one again to end) or an
 * area (close the polygon on its first vertex), on the ellipsoid with the same core functions as
 * the indicators, read out live in m / km and m² / 亩 / 公顷.
 */
import { useState } from 'react';
import type { LineString, Polygon } from 'geojson';
import { formatLength, formatSurveyArea, geometryArea, lineLength } from '../../core/index.ts';
import type { MapController } from '../../map/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';

export function MeasureTool({ map }: { map: { readonly current: MapController | null } }) {
  const { lang, t } = useLang();
  const [kind, setKind] = useState<'distance' | 'area' | null>(null);
  const [shape, setShape] = useState<LineString | Polygon | null>(null);
  const start = (k: 'distance' | 'area') => {
    setKind(k);
    setShape(null);
    map.current?.startMeasuring(k, (g) => setShape(g));
  };
  const stop = () => { map.current?.stopMeasuring(); setKind(null); setShape(null); };
  const readout = !shape ? '' : shape.type === 'LineString'
    ? formatLength(lang, lineLength(shape.coordinates))
    : `${formatSurveyArea(lang, geometryArea(shape))} · ${t('perimeter')} ${formatLength(lang, lineLength(shape.coordinates[0] ?? []))}`;
  return (
    <div className="measure-tool" data-testid="measure-tool">
      <button type="button" aria-pressed={kind === 'distance'} onClick={() => start('distance')} data-testid="measure-distance">{t('measureDistance')}</button>
      <button type="button" aria-pressed={kind === 'area'} onClick={() => start('area')} data-testid="measure-area">{t('measureArea')}</button>
      {kind && <button type="button" onClick={stop} data-testid="measure-clear">{t('measureClear')}</button>}
      {kind && <output className="measure-readout" data-testid="measure-readout" aria-live="polite">{readout || (kind === 'distance' ? t('measureHintLine') : t('measureHintArea'))}</output>}
    </div>
  );
}
