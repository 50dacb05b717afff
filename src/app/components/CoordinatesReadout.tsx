/**
 * Where the pointer is: longitude/latitude in degrees and in degrees-minutes-seconds, and CGCS2000
 * 3° Gauss-Krüger zone 40 (the projection of Zhejiang's land and forestry data). A click copies it.
 */
import { useEffect, useState } from 'react';
import { loadCoordinates } from '../../core/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';

type Tools = Awaited<ReturnType<typeof loadCoordinates>>;

export function CoordinatesReadout({ lonLat }: { lonLat: readonly [number, number] | null }) {
  const { t } = useLang();
  const [tools, setTools] = useState<Tools | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => { void loadCoordinates().then(setTools); }, []);
  if (!lonLat || !tools) return null;
  const [lon, lat] = lonLat;
  const [x, y] = tools.toZone40(lon, lat);
  const text = `${lon.toFixed(6)}, ${lat.toFixed(6)} · ${tools.formatDms(lon, 'lon')} ${tools.formatDms(lat, 'lat')} · CGCS2000 GK 40: ${x.toFixed(1)} ${y.toFixed(1)}`;
  return (
    <button type="button" className="coords-readout" title={t('copyCoords')} aria-label={`${t('pointer')}: ${text}`} data-testid="coords-readout"
      onClick={() => { void navigator.clipboard?.writeText(text).then(() => { setCopied(true); setTimeout(() => setCopied(false), 1500); }); }}>
      {copied ? t('copied') : text}
    </button>
  );
}
