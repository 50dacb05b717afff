/**
 * Export of the map as it is shown: a page (screen size, or A4/A3 landscape or portrait at 96, 150
 * or 300 dpi) with a title, the map with north arrow, scale bar and legend, the data source, the
 * 示意数据 note for sample data and the date; previewed, then downloaded as PNG or printed on the
 * chosen paper.
 */
import { useEffect, useRef, useState } from 'react';
import { formatNumber } from '../../core/index.ts';
import { metresPerPixel, pageLayout } from '../../map/index.ts';
import type { MapController, Orientation, Paper } from '../../map/index.ts';
import { drawMapPage, scaleDenominator } from '../export/draw-map-page.ts';
import type { LegendGroup } from '../export/draw-map-page.ts';
import { useLang } from '../i18n/i18n-context.tsx';
import { download } from '../sites/site-exports.ts';

export interface MapExportDialogProps {
  readonly map: { readonly current: MapController | null };
  readonly legend: readonly LegendGroup[];
  /** Dataset name, for the data source line. */
  readonly source: string;
  readonly sample: boolean;
  readonly onClose: () => void;
}

interface Made { readonly url: string; readonly blob: Blob; readonly width: number; readonly height: number; readonly paper: Paper; readonly orientation: Orientation }

export function MapExportDialog({ map, legend, source, sample, onClose }: MapExportDialogProps) {
  const { lang, t } = useLang();
  const [title, setTitle] = useState(t('title'));
  const [paper, setPaper] = useState<Paper>('A4');
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [dpi, setDpi] = useState(150);
  const [made, setMade] = useState<Made | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => { first.current?.focus(); }, []);
  useEffect(() => () => { if (made) URL.revokeObjectURL(made.url); }, [made]);

  const make = async () => {
    const m = map.current;
    if (!m) return;
    setBusy(true); setError(null);
    try {
      const screenDpi = 96 * (window.devicePixelRatio || 1);
      const layout = pageLayout(paper, orientation, paper === 'screen' ? screenDpi : dpi, m.viewSize());
      const image = await m.renderImage(layout.map.width / layout.scale, layout.map.height / layout.scale, layout.scale);
      const date = new Date().toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB');
      const mppImage = metresPerPixel(image.zoom, image.centerLat) / layout.scale;
      const scale = paper === 'screen' ? '' : ` · ${t('exportScale', { n: formatNumber(lang, scaleDenominator(mppImage, dpi), 0) })}`;
      const canvas = document.createElement('canvas');
      canvas.width = layout.width; canvas.height = layout.height;
      drawMapPage(canvas.getContext('2d')!, {
        layout, map: image, title, legend, legendTitle: t('legend'), north: t('exportNorth'),
        source: t('exportSource', { source: sample ? `${source}（${t('sampleBadge')}）` : source }),
        note: sample ? t('sampleNote') : null, right: `${t('exportRight', { date })}${scale}`,
      });
      const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser made no PNG'))), 'image/png'));
      setMade({ url: URL.createObjectURL(blob), blob, width: layout.width, height: layout.height, paper, orientation });
    } catch (e) {
      setError(t('exportFailed', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  const fileName = `${title.trim() || 'map'}.png`;
  return (
    <div className="dialog-backdrop map-export" onClick={onClose}>
      <section className="dialog panel export-dialog no-print" role="dialog" aria-modal="true" aria-label={t('exportMap')} data-testid="export-dialog" onClick={(e) => e.stopPropagation()}>
        <header className="export-head">
          <h2>{t('exportMap')}</h2>
          <button type="button" className="close" onClick={onClose} aria-label={t('close')}>×</button>
        </header>
        <div className="export-options">
          <label>{t('exportTitle')} <input ref={first} value={title} onChange={(e) => setTitle(e.target.value)} data-testid="export-title" /></label>
          <label>{t('exportPaper')}
            <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)} data-testid="export-paper">
              <option value="screen">{t('exportScreen')}</option><option value="A4">A4</option><option value="A3">A3</option>
            </select>
          </label>
          <label>
            <select value={orientation} onChange={(e) => setOrientation(e.target.value as Orientation)} disabled={paper === 'screen'} aria-label={t('exportLandscape')} data-testid="export-orientation">
              <option value="landscape">{t('exportLandscape')}</option><option value="portrait">{t('exportPortrait')}</option>
            </select>
          </label>
          <label>{t('exportDpi')}
            <select value={dpi} onChange={(e) => setDpi(Number(e.target.value))} disabled={paper === 'screen'} data-testid="export-dpi">
              {[96, 150, 300].map((d) => <option key={d} value={d}>{d} dpi</option>)}
            </select>
          </label>
          <button type="button" onClick={() => void make()} disabled={busy} data-testid="export-make">{busy ? t('exportMaking') : t('exportMake')}</button>
        </div>
        {error && <p className="table-error" role="alert">{error}</p>}
        {made && (
          <>
            <img className="export-preview" src={made.url} alt={title} data-testid="export-preview" />
            <p className="muted" data-testid="export-size">{t('exportSize', { w: made.width, h: made.height })}</p>
            <div className="export-actions">
              <button type="button" onClick={() => download(fileName, made.blob, 'image/png')} data-testid="export-png">{t('exportPng')}</button>
              <button type="button" onClick={() => window.print()} data-testid="export-print">{t('exportPrint')}</button>
            </div>
          </>
        )}
      </section>
      {made && (
        <>
          {made.paper !== 'screen' && <style>{`@page { size: ${made.paper} ${made.orientation}; margin: 0; }`}</style>}
          <img className="print-page" src={made.url} alt="" />
        </>
      )}
    </div>
  );
}
