/** The app: header, layer panel, map, and the board / sections / sites / inspector panels. */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { formatNumber, hasErrors, translate } from '../core/index.ts';
import type { BBox, FeatureId, LayerFeature } from '../core/index.ts';
import { groupName, visibleLegend } from '../map/index.ts';
import { useDatasetTiles } from './map-ui/use-dataset-tiles.ts';
import type { Basemap, GroupId, IndexFilter, MapController, MapState, View } from '../map/index.ts';
import { AttributeTable } from './components/AttributeTable.tsx';
import { BasemapSetting } from './components/BasemapSetting.tsx';
import { CrsDialog } from './components/CrsDialog.tsx';
import { CoordinatesReadout } from './components/CoordinatesReadout.tsx';
import { FeaturesHere } from './components/FeaturesHere.tsx';
import { Header } from './components/Header.tsx';
import { MeasureTool } from './components/MeasureTool.tsx';
import { SearchBox } from './components/SearchBox.tsx';
import { HelpDialog } from './components/HelpDialog.tsx';
import { IndicatorBoard } from './components/IndicatorBoard.tsx';
import { Inspector } from './components/Inspector.tsx';
import { IssuesPanel } from './components/IssuesPanel.tsx';
import { LayerPanel } from './components/LayerPanel.tsx';
import { MapExportDialog } from './components/MapExportDialog.tsx';
import { PackButton } from './components/PackButton.tsx';
import type { PackSources } from './pack/make-pack.ts';
import { usePackMapsHook } from './pack/pack-maps-hook.ts';
import { MapView } from './components/MapView.tsx';
import { SectionsPanel } from './components/SectionsPanel.tsx';
import { TownsPanel } from './components/TownsPanel.tsx';
import { YearsPanel } from './components/YearsPanel.tsx';
import { useYears } from './years/use-years.ts';
import { useByTown } from './towns/use-by-town.ts';
import { SiteReport } from './components/SiteReport.tsx';
import { SitesPanel } from './components/SitesPanel.tsx';
import { featureAt, featuresBBox, sectionFeatureId, sectionsFilter } from './feature-lookup.ts';
import { LangContext } from './i18n/i18n-context.tsx';
import { useImporter } from './import/use-importer.ts';
import { useLayerReplacement } from './layers/use-layer-replacement.ts';
import { highlightBox, highlightGroups, indicatorHighlight } from './map-ui/indicator-outline.ts';
import { useDrop } from './map-ui/use-drop.ts';
import { useReport } from './report/use-report.ts';
import { download, downloadSite, overlapCsv, overlapGeoJson } from './sites/site-exports.ts';
import { sitesGeoJson } from './sites/site-store.ts';
import { useSiteWorkflow } from './sites/use-site-workflow.ts';
import { initialState, reduce } from './state/app-state.ts';
import type { Tab } from './state/app-state.ts';
import { sectionClasses } from './state/section-classes.ts';
import { applyUrl, formatHash, parseHash } from './state/url-state.ts';
import { useFeature } from './use-feature.ts';
import { useShortcuts } from './use-shortcuts.ts';
import { downloadTableCsv, downloadTableGeoJson } from './table/table-exports.ts';
import { useAttributeTable } from './table/use-attribute-table.ts';

const TEST_MODE = new URLSearchParams(window.location.search).has('test');
const TABS: readonly Tab[] = ['board', 'towns', 'sections', 'sites', 'inspector'];

declare global {
  interface Window { __ecoMap?: MapController }
}

export function App({ onExhibition }: { onExhibition?: () => void } = {}) {
  const rs = useReport();
  const url = useMemo(() => parseHash(window.location.hash), []);
  const [state, dispatch] = useReducer(reduce, undefined, () => applyUrl(initialState(), url));
  const view = useRef<View | null>(url.view ?? null);
  const map = useRef<MapController | null>(null);
  const [fit, setFit] = useState<{ bbox: BBox; maxZoom?: number } | null>(null);
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  const [dismissedLoad, setDismissedLoad] = useState(-1);
  // Small screens: the header menu, the layer drawer, the bottom sheet; and the shortcuts dialog.
  const [menuOpen, setMenuOpen] = useState(false);
  // The side panel (a bottom sheet on a phone): a newly opened feature's details start at their top.
  const rightPanel = useRef<HTMLElement>(null);
  const [layersOpen, setLayersOpen] = useState(false);
  const [sheetOpen, setSheetOpen] = useState(true);
  const [helpOpen, setHelpOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const t = (k: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) => translate(state.lang, k, vars);

  const stateRef = useRef(state);
  const writeUrl = useCallback(() => window.history.replaceState(null, '', `#${formatHash(stateRef.current, view.current)}`), []);
  useEffect(() => { stateRef.current = state; writeUrl(); document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en'; }, [state, writeUrl]);

  const dataset = rs.dataset;
  const computed = rs.report;
  const select = (id: FeatureId | null) => dispatch({ type: 'select', id });
  const importer = useImporter();
  const sites = useSiteWorkflow(rs, dataset, importer, map, (bbox, maxZoom) => setFit({ bbox, maxZoom }), () => dispatch({ type: 'tab', tab: 'sites' }));
  const layers = useLayerReplacement(rs, importer, () => select(null));
  const openFiles = (files: File[]) => {
    select(null);
    dispatch({ type: 'highlight', id: null });
    layers.forget();
    rs.open(files);
  };
  const drop = useDrop(openFiles, (files) => { dispatch({ type: 'tab', tab: 'sites' }); sites.importFiles(files); });

  // Without a view in the URL, show the whole district once the data is there.
  const initialFit = useMemo(() => (rs.districtBox && !url.view ? { bbox: rs.districtBox } : null), [rs.districtBox, url.view]);
  const shown = useMemo(() => sectionClasses(computed, rs.monthly, state.month), [computed, rs.monthly, state.month]);
  const classesShown = useMemo(() => new Set(shown.values()), [shown]);
  // Attributes of features picked on the dataset's own vector tiles (nothing else holds them).
  const [tileProperties, setTileProperties] = useState<Readonly<Record<string, Readonly<Record<string, unknown>>>>>({});
  const selected = useFeature(rs, state.selected, tileProperties);
  const selectedKey = state.selected ? `${state.selected.layer}:${state.selected.index}` : '';
  useEffect(() => { if (state.tab === 'inspector' && rightPanel.current) rightPanel.current.scrollTop = 0; }, [state.tab, selectedKey]);
  const section = selected?.id.layer === 'sections' ? computed?.sections[selected.id.index] ?? null : null;
  const highlight = useMemo(() => indicatorHighlight(state.highlight, computed), [state.highlight, computed]);
  // A place found by typed coordinates, pinned on the map; where the pointer is.
  const [marker, setMarker] = useState<readonly [number, number] | null>(null);
  const [pointer, setPointer] = useState<readonly [number, number] | null>(null);
  // The attribute table open under the map, and the sections panel's filter: the map draws only the rows they show.
  const [tableLayer, setTableLayer] = useState<GroupId | null>(null);
  const table = useAttributeTable(tableLayer, rs.urls, rs.fetchTable);
  // A filtered table says the map draws only the rows that pass: its layer is switched on to show them.
  const tableLayerHidden = tableLayer !== null && !state.visible[tableLayer];
  useEffect(() => { if (tableLayer && tableLayerHidden && table.mapFilter) dispatch({ type: 'visible', group: tableLayer, visible: true }); }, [tableLayer, tableLayerHidden, table.mapFilter]);
  const [sectionsShown, setSectionsShown] = useState<IndexFilter | null>(null);
  const filters = useMemo(() => {
    const f: Partial<Record<GroupId, IndexFilter>> = {};
    if (sectionsShown) f.sections = sectionsShown;
    if (tableLayer && table.mapFilter) f[tableLayer] = table.mapFilter;
    return f;
  }, [sectionsShown, tableLayer, table.mapFilter]);
  // The By-town view colours the towns by the chosen indicator while its tab is open.
  const byTown = useByTown(state.tab === 'towns', rs.urls, rs.fetchByZone, computed?.indicators ?? null);
  const choropleth = useMemo(() => (byTown.colors ? { colors: byTown.colors } : null), [byTown.colors]);
  // Year against year: the board's lines and panel; the change outlined on the map when asked for
  // (only when the map shows the last year compared).
  const years = useYears(dataset, rs.fetchYears);
  const [showChange, setShowChange] = useState(false);
  const change = useMemo(() => {
    const c = years?.comparison;
    if (!showChange || !c || c.to !== dataset?.manifest.year) return null;
    return {
      intoForest: c.forest?.intoForest ?? [], outOfForest: c.forest?.outOfForest ?? [], protectedAdded: c.protectedAreas.addedIndices,
      sectionsImproved: c.sections.filter((s) => s.change === 'improved').map((s) => s.index), sectionsWorsened: c.sections.filter((s) => s.change === 'worsened').map((s) => s.index),
    };
  }, [showChange, years, dataset]);
  // Layers the dataset brings as vector tiles are drawn from them.
  const tiles = useDatasetTiles(rs.tiles, rs.loadId);
  const mapState = useMemo((): MapState => ({
    visible: state.visible, opacity: state.opacity, urls: rs.urls, tiles, highlight: highlight.outline,
    selection: state.selected, basemap, largeLabels: false, marker, order: state.order, colors: state.colors, filters, choropleth, change,
  }), [state.visible, state.opacity, rs.urls, tiles, highlight, state.selected, basemap, marker, state.order, state.colors, filters, choropleth, change]);
  // The submission pack (the board's button; `npm run pack` draws its maps through the same code).
  const packSources = useCallback((): PackSources | null => (computed && dataset && map.current && rs.districtBox && rs.status === 'ready'
    ? { dataset, report: computed, summaries: rs.summaries, districtBox: rs.districtBox, controller: map.current, mapState, lang: state.lang, fetchByZone: rs.fetchByZone, fetchYears: rs.fetchYears, fetchInventory: rs.fetchInventory }
    : null), [computed, dataset, rs.districtBox, rs.status, rs.summaries, mapState, state.lang, rs.fetchByZone, rs.fetchYears, rs.fetchInventory]);
  usePackMapsHook(packSources);
  /** Goes to a feature found by search: selects it (the inspector opens) and frames it. */
  const goToFeature = (id: FeatureId) => {
    setMenuOpen(false);
    setMarker(null);
    select(id);
    dispatch({ type: 'tab', tab: 'inspector' });
    setSheetOpen(true);
    const f = featureAt(dataset, id);
    if (f) { const b = featuresBBox([f])!; const pad = 0.01; setFit({ bbox: [b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad], maxZoom: 13 }); }
  };
  /** Selects a feature chosen in a table and frames it (fetched from the worker when the page does not hold it). */
  const selectInTable = (id: FeatureId) => {
    select(id);
    const frame = (f: Pick<LayerFeature, 'geometry'> | null) => {
      if (!f) return;
      const b = featuresBBox([f])!; const pad = 0.005;
      setFit({ bbox: [b[0] - pad, b[1] - pad, b[2] + pad, b[3] + pad], maxZoom: 14 });
    };
    const here = featureAt(dataset, id);
    if (here) frame(here); else void rs.fetchFeature(id).then(frame);
  };
  const goToPoint = (p: readonly [number, number]) => {
    setMenuOpen(false);
    select(null);
    setMarker(p);
    setFit({ bbox: [p[0] - 0.01, p[1] - 0.01, p[0] + 0.01, p[1] + 0.01], maxZoom: 14 });
  };

  const pickIndicator = (id: string) => {
    const h = indicatorHighlight(id, computed);
    dispatch({ type: 'showGroups', groups: highlightGroups(h) });
    dispatch({ type: 'highlight', id });
    const box = dataset ? highlightBox(h, dataset) : null;
    if (box && state.highlight !== id) setFit({ bbox: box });
  };
  const selectSection = (sectionId: string) => {
    const id = sectionFeatureId(dataset, sectionId);
    select(id);
    const f = featureAt(dataset, id);
    if (f) { const b = featuresBBox([f])!; setFit({ bbox: [b[0] - 0.02, b[1] - 0.02, b[2] + 0.02, b[3] + 0.02], maxZoom: 12 }); }
  };
  // Every feature under the last click (the park under the river, both function zones): the
  // inspector lists them to choose from.
  const [under, setUnder] = useState<readonly FeatureId[]>([]);
  // The notice that the page's ?data= address was refused, until closed.
  const [refusedClosed, setRefusedClosed] = useState(false);
  const onMapSelect = (id: FeatureId | null, all: readonly FeatureId[] = [], fromTiles: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {}) => {
    if (id) setSheetOpen(true);
    setTileProperties(fromTiles);
    setUnder(all.filter((u) => u.layer !== 'sites'));
    if (id?.layer === 'sites') sites.selectAt(id.index); else select(id);
  };

  // New problems open the panel by themselves; closing it dismisses them until the next load.
  const issuesOpen = state.showIssues || (rs.loadId !== dismissedLoad && (rs.rejected || hasErrors(rs.issues)));
  const closeIssues = () => { setDismissedLoad(rs.loadId); dispatch({ type: 'issues', show: false }); };
  const reportSite = sites.report ? sites.sites.find((s) => s.id === sites.report!.siteId) : undefined;
  const reportCheck = sites.report ? sites.checks.get(sites.report.siteId) : undefined;
  const siteById = (id: string) => sites.sites.find((x) => x.id === id)!;
  useShortcuts({
    help: () => setHelpOpen((o) => !o),
    escape: () => {
      map.current?.stopMeasuring();
      if (sites.drawing) map.current?.stopDrawing();
      else if (helpOpen) setHelpOpen(false);
      else if (exportOpen) setExportOpen(false);
      else if (sites.editingId) sites.edit(null);
      else if (importer.crsQuestion) importer.cancelCrs();
      else if (menuOpen || layersOpen) { setMenuOpen(false); setLayersOpen(false); }
    },
    // Keyboard users land on the tab, so the next Tab goes into its panel.
    tab: (i) => { dispatch({ type: 'tab', tab: TABS[i]! }); setSheetOpen(true); requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid="tab-${TABS[i]!}"]`)?.focus()); },
    layers: () => setLayersOpen((o) => !o),
    undo: () => { sites.undo(); },
    redo: () => { sites.redo(); },
  });

  // The legend of what the map shows, for the map export and the site report alike.
  const mapLegend = visibleLegend(state.order, state.visible, rs.summaries, classesShown, state.colors, state.lang).map((g) => ({ name: groupName(g.group, state.lang), entries: g.entries }));
  return (
    <LangContext.Provider value={state.lang}>
      <div className={`app${menuOpen ? ' menu-open' : ''}${layersOpen ? ' layers-open' : ''}${sheetOpen ? '' : ' sheet-closed'}`} data-status={rs.status} data-dataset={dataset?.manifest.name ?? ''} data-light={rs.light.join(',')}>
        <Header sample={dataset?.manifest.sample ?? false} issues={rs.issues} onLang={() => dispatch({ type: 'lang', lang: state.lang === 'zh' ? 'en' : 'zh' })} onIssues={() => (issuesOpen ? closeIssues() : dispatch({ type: 'issues', show: true }))} onFiles={openFiles} {...(onExhibition ? { onExhibition } : {})}
          onLayers={() => setLayersOpen((o) => !o)} onMenu={() => setMenuOpen((o) => !o)} menuOpen={menuOpen} onHelp={() => setHelpOpen(true)} onExport={() => { setMenuOpen(false); setExportOpen(true); }}
          search={<SearchBox dataset={dataset} onFeature={goToFeature} onPoint={goToPoint} />} {...(!rs.bundled && dataset?.manifest.name ? { datasetName: dataset.manifest.name } : {})} />
        <aside className="left" aria-label={t('layers')}>
          <button type="button" className="drawer-close close" onClick={() => setLayersOpen(false)} aria-label={t('closeDrawer')}>×</button>
          <LayerPanel summaries={rs.summaries} visible={state.visible} opacity={state.opacity} classesShown={classesShown}
            onVisible={(group, visible) => dispatch({ type: 'visible', group, visible })} onOpacity={(group, opacity) => dispatch({ type: 'opacity', group, opacity })}
            order={state.order} colors={state.colors} onMove={(group, to) => dispatch({ type: 'move', group, to })} onColor={(group, color) => dispatch({ type: 'color', group, color })}
            replaced={layers.replaced} onReplace={layers.replace} onReset={layers.reset}
            onTable={(group) => setTableLayer((g) => (g === group ? null : group))} tableLayer={tableLayer} />
          {dataset?.manifest.sample && <p className="sample-note">{t('sampleNote')}</p>}
          <BasemapSetting onChange={setBasemap} />
        </aside>
        <main className={`center${drop.dragging ? ' dragging' : ''}${tableLayer ? ' with-table' : ''}`} {...drop.handlers}>
          <MapView state={mapState} sectionsLayer={dataset?.layers.sections} sectionClasses={shown} fit={fit ?? initialFit}
            sites={sites.layer} siteOverlaps={sites.overlaps}
            {...(url.view ? { initialView: url.view } : {})} testMode={TEST_MODE}
            onSelect={onMapSelect} onViewChange={(v) => { view.current = v; writeUrl(); }} onPointer={setPointer}
            onReady={(m) => { map.current = m; m.serveDatasetFiles(rs.readFile); if (TEST_MODE) window.__ecoMap = m; }} />
          <CoordinatesReadout lonLat={pointer} />
          <MeasureTool map={map} />
          {state.month !== null && <div className="map-caption" data-testid="map-month">{t('mapMonth', { year: dataset?.manifest.year ?? '', n: state.month })}</div>}
          {rs.status === 'loading' && <div className="map-status">{t('loading')}</div>}
          {rs.status === 'failed' && <div className="map-status error" role="alert">{t('failed')}{rs.error ? `: ${rs.error}` : ''}</div>}
          {issuesOpen && <IssuesPanel issues={rs.issues} rejected={rs.rejected} shown={!!dataset} onClose={closeIssues} />}
          {rs.refusedData !== null && rs.bundled && !refusedClosed && (
            <div className="map-notice" role="alert" data-testid="data-refused">
              <span>{t('dataRefused', { url: rs.refusedData })}</span>
              <button type="button" className="close" onClick={() => setRefusedClosed(true)} aria-label={t('close')}>×</button>
            </div>
          )}
          {!issuesOpen && importer.issues.length > 0 && <IssuesPanel issues={importer.issues} rejected={false} onClose={() => importer.setIssues([])} />}
          {drop.dragging && <div className="drop-hint">{t('dropHere')}</div>}
          {tableLayer && (
            <AttributeTable layer={tableLayer} view={table} selectedIndex={state.selected?.layer === tableLayer ? state.selected.index : null}
              onSelect={(index) => selectInTable({ layer: tableLayer, index })} onClose={() => setTableLayer(null)}
              onCsv={() => downloadTableCsv(state.lang, tableLayer, table)} onGeoJson={() => void downloadTableGeoJson(state.lang, tableLayer, table, rs.fetchFeatures)} />
          )}
        </main>
        <aside className="right" ref={rightPanel}>
          <button type="button" className="sheet-handle" onClick={() => setSheetOpen((o) => !o)} aria-expanded={sheetOpen} data-testid="sheet-handle">{sheetOpen ? t('hidePanel') : t('showPanel')}</button>
          <nav className="tabs" role="tablist">
            {TABS.map((k) => (
              <button key={k} type="button" role="tab" aria-selected={state.tab === k} className={state.tab === k ? 'active' : ''} onClick={() => { dispatch({ type: 'tab', tab: k }); setSheetOpen(true); }} data-testid={`tab-${k}`}>{t(k)}</button>
            ))}
          </nav>
          {state.tab === 'board' && (
            <IndicatorBoard indicators={computed?.indicators ?? null} overlays={computed?.overlays ?? null} progress={rs.progress} highlighted={state.highlight} onPick={pickIndicator}
              years={years ? { from: years.comparison.from, to: years.comparison.to, values: Object.fromEntries(years.comparison.indicators.map((i) => [i.id, i])) } : null}>
              {years && <YearsPanel years={years} showing={showChange} onShow={(on) => { setShowChange(on); if (on) dispatch({ type: 'showGroups', groups: ['forestParcels', 'protectedAreas', 'sections'] }); }} />}
              {computed && <PackButton sources={packSources} />}
            </IndicatorBoard>
          )}
          {state.tab === 'towns' && computed && (
            <TownsPanel view={byTown} indicators={computed.indicators} selected={state.selected?.layer === 'towns' ? state.selected.index : null}
              onSelect={(index) => selectInTable({ layer: 'towns', index })} />
          )}
          {state.tab === 'sections' && computed && (
            <SectionsPanel sections={computed.sections} shown={shown} month={state.month} selectedId={section?.id ?? null}
              onMonth={(month) => dispatch({ type: 'month', month })} onSelect={selectSection} onShown={(ids) => setSectionsShown(sectionsFilter(dataset, ids))}
              onSamplesFile={(file) => { void rs.addSamples(file).then(importer.setIssues); }} />
          )}
          {state.tab === 'sites' && (
            <SitesPanel sites={sites.sites} checks={sites.checks} selectedId={sites.selectedId} drawing={sites.drawing} busy={importer.busy}
              editingId={sites.editingId} onEdit={sites.edit} canUndo={sites.canUndo} canRedo={sites.canRedo} onUndo={sites.undo} onRedo={sites.redo}
              onBuffer={(id, m) => {
                const metres = formatNumber(state.lang, m, m % 1 ? 1 : 0);
                const parent = siteById(id);
                return sites.buffer(id, m, t('bufferName', { name: parent.name, m: metres }), t(m > 0 ? 'lineageGrow' : 'lineageShrink', { from: parent.file ? `${parent.file} ${parent.name}` : parent.name, m: formatNumber(state.lang, Math.abs(m), m % 1 ? 1 : 0) }));
              }}
              editRefused={sites.editRefused} onGeometry={(id, g) => { if (sites.editingId === id) sites.edit(null); sites.setGeometry(id, g); }}
              onSelect={sites.select} onDraw={(shape) => sites.draw(t('siteName'), shape)} onCancelDraw={() => map.current?.stopDrawing()} onImport={sites.importFiles}
              onAddPolygon={(polygon) => sites.addPolygon(polygon, t('siteName'))}
              onRename={sites.rename} onDelete={sites.remove}
              onExportAll={() => download('sites.geojson', JSON.stringify(sitesGeoJson(sites.sites), null, 1), 'application/geo+json')}
              onExport={(id, format) => { void downloadSite(siteById(id), format); }}
              onCsv={(id) => { const s = siteById(id); download(`${s.name}-overlaps.csv`, overlapCsv(s.name, sites.checks.get(id)!), 'text/csv;charset=utf-8'); }}
              onOverlapGeoJson={(id) => { const s = siteById(id); download(`${s.name}-overlaps.geojson`, JSON.stringify(overlapGeoJson(s.name, sites.checks.get(id)!)), 'application/geo+json'); }}
              onPrint={(id) => void sites.print(id)} />
          )}
          {state.tab === 'inspector' && (selected
            ? <>
              {under.length > 1 && under.some((u) => u.layer === selected.id.layer && u.index === selected.id.index) && (
                <FeaturesHere under={under} selected={selected.id} dataset={dataset} onPick={(id) => select(id)} />
              )}
              <Inspector layer={selected.id.layer} feature={selected.feature} index={selected.id.index} fromTiles={selected.fromTiles} section={section} monthly={section ? rs.monthly[section.id] ?? null : null} onClose={() => select(null)} />
            </>
            : <p className="panel muted">{t('noSelection')}</p>)}
        </aside>
      </div>
      {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} />}
      {exportOpen && (
        <MapExportDialog map={map} source={dataset?.manifest.name ?? ''} sample={dataset?.manifest.sample ?? false} onClose={() => setExportOpen(false)}
          legend={mapLegend} />
      )}
      {importer.crsQuestion && <CrsDialog q={importer.crsQuestion} onPick={importer.crsQuestion.retry} onCancel={importer.cancelCrs} />}
      {sites.report && reportSite && reportCheck && <SiteReport site={reportSite} check={reportCheck} map={sites.report.map} vertices={sites.report.vertices}
        district={(dataset?.layers.boundary?.features ?? []).map((f) => f.geometry)} towns={(dataset?.layers.towns?.features ?? []).map((f) => f.geometry)} dataset={{ name: dataset?.manifest.name ?? '', sample: dataset?.manifest.sample ?? false }} onClose={sites.closeReport}
        legend={mapLegend} />}
    </LangContext.Provider>
  );
}
