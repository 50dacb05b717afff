/**
 * A printable site-check report: what was found on every line the site is checked against (in the
 * words of site-findings.ts, as the panel and the CLI say them), its ellipsoidal, Gauss–Krüger
 * plane and declared areas, where it came from (file, coordinate system, or the site it was
 * buffered from) and the file's attributes, the map (north up, with scale bar, north arrow and a
 * legend drawn from the map's own legend entries), the overlap table, the cost to the indicators,
 * the 界址点坐标表, the data source and the date. Printing it (or saving as PDF from the print
 * dialog) gives the planner's document.
 */
import type { Geometry } from 'geojson';
import type { SiteCheck, VertexRow } from '../../core/index.ts';
import { COLORS, metresPerPixel, scaleBarLength } from '../../map/index.ts';
import type { LegendEntry } from '../../map/index.ts';
import { formatNumber, formatSurveyArea, MU_M2, term } from '../../core/index.ts';
import { LocatorMap } from './LocatorMap.tsx';
import { Swatch } from './LayerPanel.tsx';
import { SiteFindings } from './SiteFindings.tsx';
import { SiteImpact } from './SiteImpact.tsx';
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
  /** The dataset (the data source line): its name, and whether it is sample data. */
  readonly dataset: { readonly name: string; readonly sample: boolean };
  /** The legend of the layers the map shows (as the layer panel and the map export draw it). */
  readonly legend: readonly { readonly name: string; readonly entries: readonly LegendEntry[] }[];
  readonly onClose: () => void;
}

/** Attributes of an imported site that are the importer's own, not the file's (shown elsewhere or not at all). */
const INTERNAL = new Set(['pointNames', 'crs', 'source', 'declaredAreaM2', 'precision', 'name']);

/** The file's attributes worth showing: plain values, not the importer's own keys. */
function shownAttributes(attributes: Readonly<Record<string, unknown>> | undefined): [string, string][] {
  return Object.entries(attributes ?? {}).filter(([k, v]) => !INTERNAL.has(k) && !k.startsWith('_') && v !== null && v !== undefined && v !== '' && typeof v !== 'object').map(([k, v]) => [k, String(v)]);
}

export function SiteReport({ site, check, map, vertices, district, towns, dataset, legend, onClose }: SiteReportProps) {
  const { lang, t } = useLang();
  const shownWidth = 680;
  // Chinese text takes the full-width colon, English the ASCII one with a space.
  const colon = lang === 'zh' ? '：' : ': ';
  const bar = scaleBar(map.zoom, map.centerLat, map.width, shownWidth);
  const declared = typeof site.attributes?.declaredAreaM2 === 'number' ? site.attributes.declaredAreaM2 : null;
  const attributes = shownAttributes(site.attributes);
  const source = site.source === 'derived' && site.lineage ? site.lineage
    : site.source === 'imported' && site.crs ? t('siteImported', { file: site.file ?? '', crs: site.crs }) : t('siteDrawn');
  return (
    <div className="report-backdrop">
      <article className="site-report" data-testid="site-report">
        <div className="report-tools no-print">
          <button type="button" onClick={() => window.print()}>{t('printReport')}</button>
          <button type="button" onClick={onClose}>{t('close')}</button>
        </div>
        <h1>{t('reportTitle')}{colon}{site.name}</h1>
        <table className="report-facts">
          <tbody>
            <tr><th>{t('siteEllipsoidArea')}</th><td data-testid="report-area">{formatSurveyArea(lang, check.areaM2)}</td></tr>
            <tr><th>{t('sitePlaneArea')}{lang === 'zh' ? `（CGCS2000 3° 第 ${check.planeZone} 带）` : ` (CGCS2000 3° zone ${check.planeZone})`}</th><td data-testid="report-plane-area">{formatSurveyArea(lang, check.planeAreaM2)}</td></tr>
            {declared !== null && <tr><th>{t('siteDeclaredArea')}</th><td data-testid="report-declared-area">{formatSurveyArea(lang, declared)}</td></tr>}
            <tr><th>{t('siteSource')}</th><td data-testid="report-source">{source}</td></tr>
            {attributes.length > 0 && <tr><th>{t('siteAttributes')}</th><td data-testid="report-attributes">{attributes.map(([k, v]) => <span key={k} className="attr"><b>{k}</b> {v}</span>)}</td></tr>}
          </tbody>
        </table>
        <h2 className="report-h2">{t('findingsTitle')}</h2>
        <SiteFindings check={check} />
        <figure className="report-map" style={{ width: shownWidth }}>
          <img src={map.image} alt={site.name} width={shownWidth} />
          <div className="report-north" aria-label="N">▲<br />N</div>
          <div className="report-scale"><div style={{ width: bar.px }} /><span>{bar.metres >= 1000 ? `${bar.metres / 1000} km` : `${bar.metres} m`}</span></div>
          <ul className="report-legend" data-testid="report-legend">
            <li><Swatch e={{ swatch: 'dashed', color: COLORS.site, label: '' }} />{t('siteName')}</li>
            <li><Swatch e={{ swatch: 'fill', color: COLORS.overlap, label: '' }} />{t('overlapArea')}</li>
            {legend.flatMap((g) => g.entries.map((e) => <li key={`${g.name}-${e.label}`}><Swatch e={e} />{g.entries.length > 1 ? `${g.name}${colon}${e.label}` : e.label}</li>))}
          </ul>
        </figure>
        <table className="overlaps">
          <thead><tr><th>{t('layer')}</th><th>{t('name')}</th><th>{t('type')}</th><th>{t('overlapArea')} (m²)</th><th>{t('overlapArea')} ({lang === 'zh' ? '亩' : 'mu'})</th><th>{t('percentOfSite')}</th></tr></thead>
          <tbody>
            {check.overlaps.length === 0 && <tr><td colSpan={6}>{t('none')}</td></tr>}
            {check.overlaps.map((o) => (
              <tr key={`${o.layer}-${o.index}`}><td>{t(`${o.layer}_`)}</td><td>{o.name}</td><td>{term(lang, o.kind)}</td><td className="num">{formatNumber(lang, o.areaM2, 2)}</td><td className="num">{formatNumber(lang, o.areaM2 / MU_M2, 2)}</td><td className="num">{formatNumber(lang, o.percentOfSite, 2)} %</td></tr>
            ))}
          </tbody>
        </table>
        <SiteImpact check={check} />
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
        <footer>
          <p>{t('dataSource')}{colon}{dataset.name}{dataset.sample ? ` (${t('sampleBadge')})` : ''}{lang === 'zh' ? '。' : '. '}{t('reportNote')}</p>
          <p>{t('reportDate')}{colon}{new Date().toLocaleDateString(lang === 'zh' ? 'zh-CN' : 'en-GB')}</p>
        </footer>
      </article>
    </div>
  );
}
