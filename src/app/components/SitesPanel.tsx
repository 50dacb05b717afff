/**
 * The planner's sites: draw or import, rename, delete, export; for the chosen site its area, the
 * overlap with every line it is checked against, the findings (nearest ones where it touches none), and what building it would cost the indicators.
 */
import { useState } from 'react';
import type { SiteCheck } from '../../core/index.ts';
import { formatNumber, formatSurveyArea, term } from '../../core/index.ts';
import type { SiteShape } from '../../map/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';
import type { MultiPolygon, Polygon } from 'geojson';
import { CornersEntry } from './CornersEntry.tsx';
import { SiteFindings } from './SiteFindings.tsx';
import { SiteImpact } from './SiteImpact.tsx';
import { VertexEditor } from './VertexEditor.tsx';
import type { EditRefusal } from '../../map/index.ts';
import { FileButton } from './FileButton.tsx';
import { readBytes } from '../import/run-import.ts';
import type { Site } from '../sites/site-store.ts';
import type { SiteFormat } from '../sites/site-exports.ts';

export interface SitesPanelProps {
  readonly sites: readonly Site[];
  readonly checks: ReadonlyMap<string, SiteCheck>;
  readonly selectedId: string | null;
  readonly drawing: SiteShape | null;
  readonly busy: boolean;
  readonly onSelect: (id: string) => void;
  readonly onDraw: (shape: SiteShape) => void;
  /** The site being edited on the map, and how to start or end editing one. */
  readonly editingId: string | null;
  readonly onEdit: (id: string | null) => void;
  /** Why the site asked for could not be edited. */
  readonly editRefused: EditRefusal;
  /** Gives a site a new shape (typed boundary-point coordinates): an edit that can be undone. */
  readonly onGeometry: (id: string, geometry: Polygon | MultiPolygon) => void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  /** Adds the site buffered by metres as a new site; resolves false when nothing is left. */
  readonly onBuffer: (id: string, metres: number) => Promise<boolean>;
  readonly onCancelDraw: () => void;
  readonly onImport: (files: Record<string, Uint8Array>) => void;
  /** A site typed as its corners. */
  readonly onAddPolygon: (polygon: Polygon) => void;
  readonly onRename: (id: string, name: string) => void;
  readonly onDelete: (id: string) => void;
  readonly onExportAll: () => void;
  /** Downloads the site in a format planners hand on. */
  readonly onExport: (id: string, format: SiteFormat) => void;
  readonly onCsv: (id: string) => void;
  readonly onOverlapGeoJson: (id: string) => void;
  readonly onPrint: (id: string) => void;
}

export function SitesPanel(p: SitesPanelProps) {
  const { lang, t } = useLang();
  const [editing, setEditing] = useState<string | null>(null);
  const [metres, setMetres] = useState('50');
  const [bufferNote, setBufferNote] = useState<string | null>(null);
  const selected = p.sites.find((s) => s.id === p.selectedId) ?? null;
  const check = selected ? p.checks.get(selected.id) ?? null : null;
  return (
    <section className="panel sites" aria-label={t('sites')} data-testid="sites-panel">
      <div className="site-actions">
        {p.drawing
          ? <button type="button" onClick={p.onCancelDraw} data-testid="cancel-draw">{t('cancelDraw')}</button>
          : <>
            <button type="button" onClick={() => p.onDraw('polygon')} data-testid="draw-site">{t('drawSite')}</button>
            <button type="button" onClick={() => p.onDraw('rectangle')} data-testid="draw-rectangle">{t('drawRectangle')}</button>
            <button type="button" onClick={() => p.onDraw('circle')} data-testid="draw-circle">{t('drawCircle')}</button>
          </>}
        <FileButton className="file-button" multiple accept=".zip,.shp,.dbf,.prj,.cpg,.shx,.geojson,.json,.txt,.dxf,.kml,.kmz,.csv,.xlsx,.gpkg" testId="import-sites-input"
          onFiles={async (l) => p.onImport(await readBytes(l))}>{t('importSites')}</FileButton>
        {p.sites.length > 0 && <button type="button" onClick={p.onExportAll}>{t('exportSites')}</button>}
        <button type="button" onClick={p.onUndo} disabled={!p.canUndo} title="Ctrl+Z" data-testid="site-undo">↶ {t('undo')}</button>
        <button type="button" onClick={p.onRedo} disabled={!p.canRedo} title="Ctrl+Y" data-testid="site-redo">↷ {t('redo')}</button>
      </div>
      <CornersEntry onAdd={p.onAddPolygon} />
      {p.drawing && <p className="hint">{t(p.drawing === 'rectangle' ? 'drawHintRectangle' : p.drawing === 'circle' ? 'drawHintCircle' : 'drawHint')}</p>}
      {p.busy && <p className="hint">{t('importing')}</p>}
      {p.sites.length === 0 && !p.drawing && <p className="muted">{t('noSites')}</p>}
      <ul className="site-list">
        {p.sites.map((s) => (
          <li key={s.id} className={s.id === p.selectedId ? 'selected' : ''} data-testid={`site-${s.id}`}>
            {editing === s.id ? (
              <input autoFocus defaultValue={s.name} aria-label={t('rename')} data-testid="site-name-input"
                onKeyDown={(e) => { if (e.key === 'Enter') { p.onRename(s.id, e.currentTarget.value.trim() || s.name); setEditing(null); } if (e.key === 'Escape') setEditing(null); }}
                onBlur={(e) => { p.onRename(s.id, e.currentTarget.value.trim() || s.name); setEditing(null); }} />
            ) : (
              <button type="button" className="site-name" onClick={() => p.onSelect(s.id)}>{s.name}</button>
            )}
            <button type="button" className="small" onClick={() => setEditing(s.id)}>{t('rename')}</button>
            <button type="button" className="small" onClick={() => p.onDelete(s.id)} data-testid={`delete-${s.id}`}>{t('deleteSite')}</button>
          </li>
        ))}
      </ul>
      {selected && check && (
        <div className="site-check" data-testid="site-check">
          <h3>{selected.name}</h3>
          <SiteFindings check={check} />
          <p>{t('siteEllipsoidArea')}: <strong data-testid="site-area">{formatSurveyArea(lang, check.areaM2)}</strong></p>
          <div className="site-actions">
            <button type="button" onClick={() => p.onEdit(p.editingId === selected.id ? null : selected.id)} aria-pressed={p.editingId === selected.id} data-testid="edit-site">
              {p.editingId === selected.id ? t('editDone') : t('editVertices')}
            </button>
            <label className="buffer-input">{t('bufferMetres')}
              <input type="number" step="any" value={metres} onChange={(e) => setMetres(e.target.value)} data-testid="buffer-metres" />
            </label>
            <button type="button" data-testid="buffer-site" onClick={() => { setBufferNote(null); const m = Number(metres); void p.onBuffer(selected.id, m).then((ok) => { if (!ok && m < 0) setBufferNote(t('bufferEmpty', { m: -m })); }); }}>{t('buffer')}</button>
          </div>
          {bufferNote && <p className="table-error" role="alert">{bufferNote}</p>}
          {p.editingId === selected.id && <p className="hint" data-testid="edit-hint">{t('editHint')}</p>}
          {p.editRefused && p.editingId === null && <p className="table-error" role="alert" data-testid="edit-refused">{t(p.editRefused === 'tooManyVertices' ? 'editRefusedTooMany' : 'editRefusedInvalid')}</p>}
          <table className="overlaps" data-testid="overlap-table">
            <thead><tr><th>{t('layer')}</th><th>{t('name')}</th><th>{t('type')}</th><th>{t('overlapArea')} (m²)</th><th>{t('percentOfSite')}</th></tr></thead>
            <tbody>
              {check.overlaps.length === 0 && <tr><td colSpan={5}>{t('none')}</td></tr>}
              {check.overlaps.map((o) => (
                <tr key={`${o.layer}-${o.index}`} className={o.layer} data-testid="overlap-row">
                  <td>{t(`${o.layer}_`)}</td><td>{o.name}</td><td>{term(lang, o.kind)}</td>
                  <td className="num" data-m2={o.areaM2}>{formatNumber(lang, o.areaM2, 0)}</td><td className="num">{formatNumber(lang, o.percentOfSite, 2)} %</td>
                </tr>
              ))}
            </tbody>
          </table>
          <VertexEditor key={selected.id} geometry={selected.geometry} onChange={(g) => p.onGeometry(selected.id, g)}
            {...(Array.isArray(selected.attributes?.pointNames) ? { pointNames: selected.attributes.pointNames as string[][][] } : {})} />
          <SiteImpact check={check} />
          <div className="site-actions">
            <button type="button" onClick={() => p.onCsv(selected.id)}>{t('csv')}</button>
            <button type="button" onClick={() => p.onOverlapGeoJson(selected.id)} disabled={check.overlaps.length === 0}>{t('overlapGeojson')}</button>
            <button type="button" onClick={() => p.onPrint(selected.id)} data-testid="print-report">{t('printReport')}</button>
          </div>
          <div className="site-actions" role="group" aria-label={t('exportSite')}>
            <span className="muted">{t('exportSite')}:</span>
            {(['txt', 'dxf', 'shp', 'geojson'] as const).map((f) => <button key={f} type="button" className="small" onClick={() => p.onExport(selected.id, f)} data-testid={`export-${f}`}>{t(`export_${f}`)}</button>)}
          </div>
        </div>
      )}
    </section>
  );
}
