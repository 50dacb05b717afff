/**
 * A printable site-check report: the map (north up, with scale bar, north arrow and legend), the
 * overlap table, the nearest protected land, the data source and the date. Printing it (or saving
 * as PDF from the print dialog) gives the planner's document.
 */
import type { Geometry } from 'geojson';
import type { SiteCheck, VertexRow } from '../../core/index.ts';
import { COLORS, metresPerPixel, scaleBarLength } from '../../map/index.ts';
import { formatNumber, formatSurveyArea, MU_M2 } from '../../core/index.ts';
import { LocatorMap } from './LocatorMap.tsx';
import { useLang } from '../i18n/i18n-context.tsx';
import type { Site } from '../sites/site-store.ts';

export interface ReportMap {
  readonly image: string;
  readonly zoom: number;
  readonly centerLat: number;
  /** Width in CSS pixels the image was taken at. */
  readonly width: number;
}

/** A round scale-bar length (m) and its width in pixels of the printed image, for ~1/5 of its width. */
export function scaleBar(zoom: number, lat: number, imageWidth: number, shownWidth: number): { metres: number; px: number } {
  const b = scaleBarLength(metresPerPixel(zoom, lat), imageWidth / 5);
  return { metres: b.metres, px: b.px * (shownWidth / imageWidth) };
}

export interface SiteReportProps {
  readonly site: Site;
  readonly check: SiteCheck;
  readonly map: ReportMap;
  /** The site's 界址点坐标表. */
  readonly vertices: readonly VertexRow[];
  /** The district and its towns, for the location map. */
  readonly district: readonly Geometry[];
  readonly towns: readonly Geometry[];
  /** Name of the dataset (the data source line). */
  readonly dataset: string;
  readonly onClose: () => void;
}

export function SiteReport({ site, check, map, vertices, district, towns, dataset, onClose }: SiteReportProps) {
  const { lang, t } = useLang();
  const shownWidth = 680;
  const bar = scaleBar(map.zoom, map.centerLat, map.width, shownWidth);
  return (
    <div className="report-backdrop">
      <article className="site-report" data-testid="site-report">
        <div className="report-tools no-print">
          <button type="button" onClick={() => window.print()}>{t('printReport')}</button>
          <button type="button" onClick={onClose}>{t('close')}</button>
        </div>
        <h1>{t('reportTitle')}</h1>
        <p>{t('siteName')}：<strong>{site.name}</strong></p>
        <p>{t('siteAreaSurvey')}：<strong data-testid="report-area">{formatSurveyArea(lang, check.areaM2)}</strong></p>
        <p data-testid="report-source">{t('siteSource')}：{site.source === 'imported' && site.crs ? t('siteImported', { file: site.file ?? '', crs: site.crs }) : t('siteDrawn')}</p>
        <p className={`report-status ${check.inExclusionZone ? 'exclusion' : check.inProtectedArea ? 'restricted' : 'clear'}`}>
          {check.inExclusionZone ? t('exclusion') : check.inProtectedArea ? t('protectedWarn') : t('clearSite')}
        </p>
        <figure className="report-map" style={{ width: shownWidth }}>
          <img src={map.image} alt={site.name} width={shownWidth} />
          <div className="report-north" aria-label="N">▲<br />N</div>
          <div className="report-scale"><div style={{ width: bar.px }} /><span>{bar.metres >= 1000 ? `${bar.metres / 1000} km` : `${bar.metres} m`}</span></div>
          <ul className="report-legend">
            <li><span className="swatch" style={{ border: `2px dashed ${COLORS.site}` }} />{t('siteName')}</li>
            <li><span className="swatch" style={{ background: COLORS.overlap }} />{t('overlapArea')}</li>
            <li><span className="swatch" style={{ background: `repeating-linear-gradient(45deg, ${COLORS.redLine} 0 2px, transparent 2px 6px)`, border: `2px solid ${COLORS.redLine}` }} />{t('redLines_')}</li>
            <li><span className="swatch" style={{ background: '#43a04766', border: '1px solid #43a047' }} />{t('protectedAreas_')}</li>
          </ul>
        </figure>
        <table className="overlaps">
          <thead><tr><th>{t('layer')}</th><th>{t('name')}</th><th>{t('type')}</th><th>{t('overlapArea')} (m²)</th><th>{t('overlapArea')} ({lang === 'zh' ? '亩' : 'mu'})</th><th>{t('percentOfSite')}</th></tr></thead>
          <tbody>
            {check.overlaps.length === 0 && <tr><td colSpan={6}>{t('none')}</td></tr>}
            {check.overlaps.map((o) => (
              <tr key={`${o.layer}-${o.index}`}><td>{t(`${o.layer}_`)}</td><td>{o.name}</td><td>{o.kind}</td><td className="num">{formatNumber(lang, o.areaM2, 2)}</td><td className="num">{formatNumber(lang, o.areaM2 / MU_M2, 2)}</td><td className="num">{formatNumber(lang, o.percentOfSite, 2)} %</td></tr>
            ))}
          </tbody>
        </table>
        <LocatorMap district={district} towns={towns} site={site.geometry} label={t('locatorMap')} />
        <h2 className="report-h2">{t('vertexTable')}</h2>
        <table className="vertex-table" data-testid="vertex-table">
          <thead><tr><th>{t('vertexPoint')}</th><th>{t('vertexX')}</th><th>{t('vertexY')}</th><th>{t('vertexLon')}</th><th>{t('vertexLat')}</th><th>{t('vertexSide')}</th></tr></thead>
          <tbody>
            {vertices.map((v, k) => {
              const head = k === 0 || vertices[k - 1]!.part !== v.part || vertices[k - 1]!.ring !== v.ring;
              const multi = vertices.some((x) => x.part > 1 || x.ring > 1);
              return [
                head && multi ? <tr key={`h${k}`} className="ring-head"><td colSpan={6}>{t('vertexRing', { part: v.part, hole: v.ring > 1 ? t('vertexHole') : '' })}</td></tr> : null,
                <tr key={k} data-testid="vertex-row">
                  <td>{v.point}</td><td className="num">{v.x.toFixed(3)}</td><td className="num">{v.y.toFixed(3)}</td>
                  <td className="num">{v.lon.toFixed(8)}</td><td className="num">{v.lat.toFixed(8)}</td><td className="num">{v.side === null ? '' : v.side.toFixed(3)}</td>
                </tr>,
              ];
            })}
          </tbody>
        </table>
        {Object.values(check.nearest).filter((n) => n !== null).map((n) => (
          <p key={n!.layer}>{t('nearest')} {t(`${n!.layer}_`)}：{n!.name}，{formatNumber(lang, n!.distanceM, 1)} m</p>
        ))}
        <footer>
          <p>{t('dataSource')}：{dataset}. {t('reportNote')}</p>
          <p>{t('reportDate')}：{new Date().toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB')}</p>
        </footer>
      </article>
    </div>
  );
}
