/** The app: header, layer panel, map, and the board / sections / sites / inspector panels. */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { DataIssue, Layer } from '../core/data/dataset.ts';
import { hasErrors } from '../core/data/dataset.ts';
import type { SiteCheck } from '../core/site/site-check.ts';
import type { WaterClass } from '../core/water/water-class.ts';
import type { DisplayCollection } from '../map/display-features.ts';
import type { GroupId } from '../map/layer-groups.ts';
import type { MapController, View } from '../map/map-controller.ts';
import { indicatorFeatures } from './board/indicator-features.ts';
import { BasemapSetting } from './components/BasemapSetting.tsx';
import { CrsDialog } from './components/CrsDialog.tsx';
import type { CrsQuestion } from './components/CrsDialog.tsx';
import { Header } from './components/Header.tsx';
import { IndicatorBoard } from './components/IndicatorBoard.tsx';
import { Inspector } from './components/Inspector.tsx';
import { IssuesPanel } from './components/IssuesPanel.tsx';
import { LayerPanel } from './components/LayerPanel.tsx';
import { MapView } from './components/MapView.tsx';
import { SectionsPanel } from './components/SectionsPanel.tsx';
import { SiteReport } from './components/SiteReport.tsx';
import type { ReportMap } from './components/SiteReport.tsx';
import { SitesPanel } from './components/SitesPanel.tsx';
import { featureByFid, featuresBBox, sectionFid } from './feature-lookup.ts';
import { useFeature } from './use-feature.ts';
import { LangContext } from './i18n/i18n-context.tsx';
import { translate } from './i18n/strings.ts';
import type { ImportRequest } from './import/import-protocol.ts';
import { readBytes, runImport } from './import/run-import.ts';
import { useReport } from './report/use-report.ts';
import { download, overlapCsv, overlapGeoJson } from './sites/site-exports.ts';
import { sitesGeoJson } from './sites/site-store.ts';
import { useSites } from './sites/use-sites.ts';
import { initialState, reduce } from './state/app-state.ts';
import type { Tab } from './state/app-state.ts';
import { applyUrl, formatHash, parseHash } from './state/url-state.ts';

const TEST_MODE = new URLSearchParams(window.location.search).has('test');

declare global {
  interface Window { __ecoMap?: MapController }
}

/** A name for an imported site from its attributes, else the file and its number. */
function siteName(props: Record<string, unknown>, fallback: string): string {
  for (const k of ['name', 'NAME', 'Name', '名称', '项目名称', 'XMMC']) if (typeof props[k] === 'string' && props[k]) return props[k] as string;
  return fallback;
}

export function App({ onExhibition }: { onExhibition?: () => void } = {}) {
  const rs = useReport();
  const sites = useSites();
  const url = useMemo(() => parseHash(window.location.hash), []);
  const [state, dispatch] = useReducer(reduce, undefined, () => applyUrl(initialState(), url));
  const view = useRef<View | null>(url.view ?? null);
  const map = useRef<MapController | null>(null);
  const [fit, setFit] = useState<{ bbox: readonly [number, number, number, number]; maxZoom?: number } | null>(null);
  const [basemap, setBasemap] = useState<string | null>(null);
  const [dismissedLoad, setDismissedLoad] = useState(-1);
  const [dragging, setDragging] = useState(false);
  const [drawing, setDrawing] = useState(false);
  const [siteId, setSiteId] = useState<string | null>(null);
  const [importIssues, setImportIssues] = useState<readonly DataIssue[]>([]);
  const [crsQuestion, setCrsQuestion] = useState<(CrsQuestion & { retry: (code: string) => void }) | null>(null);
  const [busy, setBusy] = useState(false);
  const [replaced, setReplaced] = useState<Readonly<Record<string, Layer>>>({});
  const [report, setReport] = useState<{ siteId: string; map: ReportMap } | null>(null);
  const t = (k: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) => translate(state.lang, k, vars);

  const stateRef = useRef(state);
  const writeUrl = useCallback(() => window.history.replaceState(null, '', `#${formatHash(stateRef.current, view.current)}`), []);
  useEffect(() => { stateRef.current = state; writeUrl(); document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en'; }, [state, writeUrl]);

  const dataset = rs.dataset;
  const computed = rs.report;
  // Without a view in the URL, show the whole district once the data is there.
  const initialFit = useMemo(() => (rs.districtBox && !url.view ? { bbox: rs.districtBox } : null), [rs.districtBox, url.view]);
  const shown = useMemo(() => {
    const m = new Map<string, WaterClass | null>();
    for (const s of computed?.sections ?? []) m.set(s.id, state.month ? rs.monthly[s.id]?.[state.month - 1] ?? null : s.cls);
    return m;
  }, [computed, rs.monthly, state.month]);
  const classesShown = useMemo(() => new Set(shown.values()), [shown]);

  const selected = useFeature(rs, state.selected);
  const selectedFeature = selected?.feature;
  const selection = useMemo(() => (selectedFeature ? [selectedFeature] : []), [selectedFeature]);
  const highlight = useMemo(() => {
    if (!dataset || !computed || !state.highlight) return [];
    return indicatorFeatures(state.highlight, dataset, computed).fids.map((fid) => featureByFid(dataset, fid)?.feature).filter((f) => f !== undefined);
  }, [dataset, computed, state.highlight]);
  const selectedIndex = state.selected ? Number(state.selected.slice(state.selected.lastIndexOf(':') + 1)) : -1;
  const section = selected?.layer === 'sections' ? computed?.sections[selectedIndex] ?? null : null;

  // Site checks run in the report worker, which holds the red lines and protected areas.
  const [checks, setChecks] = useState<ReadonlyMap<string, SiteCheck>>(new Map());
  const { checkSites } = rs;
  useEffect(() => {
    if (!dataset) return;
    let alive = true;
    void checkSites(sites.sites.map((s) => ({ id: s.id, geometry: s.geometry }))).then((r) => { if (alive) setChecks(new Map(Object.entries(r))); });
    return () => { alive = false; };
  }, [sites.sites, dataset, checkSites]);
  const siteLayer = useMemo((): DisplayCollection => ({ type: 'FeatureCollection', features: sites.sites.map((s) => ({ type: 'Feature', geometry: s.geometry, properties: { _fid: `site:${s.id}`, name: s.name } })) }), [sites.sites]);
  const overlapLayer = useMemo((): DisplayCollection => ({ type: 'FeatureCollection', features: (siteId ? checks.get(siteId)?.overlaps ?? [] : []).map((o) => ({ type: 'Feature', geometry: o.geometry, properties: { name: o.name } })) }), [checks, siteId]);

  const pickIndicator = (id: string) => {
    if (!dataset || !computed) return;
    const f = indicatorFeatures(id, dataset, computed);
    dispatch({ type: 'showGroups', groups: f.groups });
    dispatch({ type: 'highlight', id });
    const box = featuresBBox(f.fids.map((x) => featureByFid(dataset, x)?.feature).filter((x) => x !== undefined));
    if (box && state.highlight !== id) setFit({ bbox: box });
  };
  const selectSection = (id: string) => {
    const fid = sectionFid(dataset, id);
    dispatch({ type: 'select', fid });
    const f = featureByFid(dataset, fid);
    if (f) { const b = featuresBBox([f.feature])!; setFit({ bbox: [b[0] - 0.02, b[1] - 0.02, b[2] + 0.02, b[3] + 0.02], maxZoom: 12 }); }
  };
  const selectSite = (id: string) => {
    setSiteId(id);
    dispatch({ type: 'tab', tab: 'sites' });
    const s = sites.sites.find((x) => x.id === id);
    if (s) setFit({ bbox: featuresBBox([{ type: 'Feature', geometry: s.geometry, properties: {} }])!, maxZoom: 14 });
  };
  const onMapSelect = (fid: string | null) => {
    if (fid?.startsWith('site:')) { selectSite(fid.slice(5)); return; }
    dispatch({ type: 'select', fid });
  };
  const openFiles = (files: File[]) => {
    dispatch({ type: 'select', fid: null });
    dispatch({ type: 'highlight', id: null });
    setReplaced({});
    rs.open(files);
  };

  /** Runs an import, asking for the coordinate system when the data has none. */
  const importWith = async (req: ImportRequest, onOk: (layer: Layer, issues: readonly DataIssue[]) => void) => {
    setBusy(true);
    const r = await runImport(req);
    setBusy(false);
    if (r.kind === 'needs-crs') {
      setCrsQuestion({ file: r.file, sample: r.sample, candidates: r.candidates, retry: (crs) => { setCrsQuestion(null); void importWith({ ...req, crs }, onOk); } });
      return;
    }
    if (r.kind === 'error') { setImportIssues(r.issues); return; }
    setImportIssues(r.issues.filter((i) => i.severity === 'error' || i.severity === 'warning'));
    onOk(r.layer, r.issues);
  };
  const importSites = (files: Record<string, Uint8Array>) => {
    const base = Object.keys(files)[0]?.replace(/\.[^.]+$/, '') ?? 'site';
    void importWith({ files }, (layer) => {
      const ids = sites.add(layer.features.map((f, i) => ({ name: siteName(f.properties, `${base} ${i + 1}`), geometry: f.geometry as never, source: 'imported' as const })));
      if (ids[0]) selectSite(ids[0]);
    });
  };
  const replaceLayer = (group: GroupId, files: Record<string, Uint8Array>) => {
    if (!rs.dataset) return;
    void importWith({ files, role: group, fields: rs.dataset.manifest.layers[group]?.fields ?? {} }, (layer) => {
      const next = { ...replaced, [group]: layer };
      setReplaced(next);
      dispatch({ type: 'select', fid: null });
      rs.replace(next);
    });
  };
  const resetDataset = () => {
    setReplaced({});
    rs.replace({});
  };
  const draw = () => {
    setDrawing(true);
    map.current?.startDrawing((polygon) => {
      setDrawing(false);
      if (!polygon) return;
      const [id] = sites.add([{ name: `${t('siteName')} ${sites.sites.length + 1}`, geometry: polygon, source: 'drawn' }]);
      if (id) selectSite(id);
    });
  };
  const printSite = async (id: string) => {
    const s = sites.sites.find((x) => x.id === id);
    if (!s || !map.current) return;
    setSiteId(id);
    const box = featuresBBox([{ type: 'Feature', geometry: s.geometry, properties: {} }])!;
    const snap = await map.current.snapshot(box);
    const canvas = document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement | null;
    setReport({ siteId: id, map: { ...snap, width: canvas?.clientWidth ?? 800 } });
  };

  // New problems open the panel by themselves; closing it dismisses them until the next load.
  const issuesOpen = state.showIssues || (rs.loadId !== dismissedLoad && (rs.rejected || hasErrors(rs.issues)));
  const closeIssues = () => { setDismissedLoad(rs.loadId); dispatch({ type: 'issues', show: false }); };
  const reportSite = report ? sites.sites.find((s) => s.id === report.siteId) : undefined;
  const reportCheck = report ? checks.get(report.siteId) : undefined;

  const tabs: Tab[] = ['board', 'sections', 'sites', 'inspector'];
  return (
    <LangContext.Provider value={state.lang}>
      <div className="app" data-status={rs.status} data-dataset={dataset?.manifest.name ?? ""} data-light={rs.light.join(",")}>
        <Header sample={dataset?.manifest.sample ?? false} issues={rs.issues} onLang={() => dispatch({ type: 'lang', lang: state.lang === 'zh' ? 'en' : 'zh' })} onIssues={() => (issuesOpen ? closeIssues() : dispatch({ type: 'issues', show: true }))} onFiles={openFiles} {...(onExhibition ? { onExhibition } : {})} />
        <aside className="left">
          <LayerPanel summaries={rs.summaries} visible={state.visible} opacity={state.opacity} classesShown={classesShown}
            onVisible={(group, visible) => dispatch({ type: 'visible', group, visible })} onOpacity={(group, opacity) => dispatch({ type: 'opacity', group, opacity })}
            replaced={new Set(Object.keys(replaced))} onReplace={replaceLayer} onReset={resetDataset} />
          {dataset?.manifest.sample && <p className="sample-note">{t('sampleNote')}</p>}
          <BasemapSetting onChange={setBasemap} />
        </aside>
        <main className={`center ${dragging ? 'dragging' : ''}`}
          onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)}
          onDrop={async (e) => {
            e.preventDefault(); setDragging(false);
            const list = [...e.dataTransfer.files];
            if (list.length === 0) return;
            // A folder's files with manifest.json open a dataset; anything else is imported as sites.
            if (list.some((f) => f.name === 'manifest.json')) openFiles(list);
            else { dispatch({ type: 'tab', tab: 'sites' }); importSites(await readBytes(list)); }
          }}>
          <MapView urls={rs.urls} sectionsLayer={dataset?.layers.sections} sectionClasses={shown} visible={state.visible} opacity={state.opacity} selection={selection} highlight={highlight} fit={fit ?? initialFit} basemap={basemap}
            sites={siteLayer} siteOverlaps={overlapLayer}
            {...(url.view ? { initialView: url.view } : {})} testMode={TEST_MODE}
            onSelect={onMapSelect} onViewChange={(v) => { view.current = v; writeUrl(); }}
            onReady={(m) => { map.current = m; if (TEST_MODE) window.__ecoMap = m; }} />
          {state.month !== null && <div className="map-caption" data-testid="map-month">{t('mapMonth', { year: dataset?.manifest.year ?? '', n: state.month })}</div>}
          {rs.status === 'loading' && <div className="map-status">{t('loading')}</div>}
          {rs.status === 'failed' && <div className="map-status error" role="alert">{t('failed')}{rs.error ? `: ${rs.error}` : ''}</div>}
          {issuesOpen && <IssuesPanel issues={rs.issues} rejected={rs.rejected} onClose={closeIssues} />}
          {!issuesOpen && importIssues.length > 0 && <IssuesPanel issues={importIssues} rejected={false} onClose={() => setImportIssues([])} />}
          {dragging && <div className="drop-hint">{t('dropHere')}</div>}
        </main>
        <aside className="right">
          <nav className="tabs" role="tablist">
            {tabs.map((k) => (
              <button key={k} type="button" role="tab" aria-selected={state.tab === k} className={state.tab === k ? 'active' : ''} onClick={() => dispatch({ type: 'tab', tab: k })} data-testid={`tab-${k}`}>{t(k)}</button>
            ))}
          </nav>
          {state.tab === 'board' && <IndicatorBoard indicators={computed?.indicators ?? null} progress={rs.progress} highlighted={state.highlight} onPick={pickIndicator} />}
          {state.tab === 'sections' && computed && (
            <SectionsPanel sections={computed.sections} shown={shown} month={state.month} selectedId={section?.id ?? null}
              onMonth={(month) => dispatch({ type: 'month', month })} onSelect={selectSection}
              onSamplesFile={(file) => { void rs.addSamples(file).then(setImportIssues); }} />
          )}
          {state.tab === 'sites' && (
            <SitesPanel sites={sites.sites} checks={checks} selectedId={siteId} drawing={drawing} busy={busy}
              onSelect={selectSite} onDraw={draw} onCancelDraw={() => map.current?.stopDrawing()} onImport={importSites}
              onRename={sites.rename} onDelete={(id) => { sites.remove(id); if (id === siteId) setSiteId(null); }}
              onExportAll={() => download('sites.geojson', JSON.stringify(sitesGeoJson(sites.sites), null, 1), 'application/geo+json')}
              onCsv={(id) => { const s = sites.sites.find((x) => x.id === id)!; download(`${s.name}-overlaps.csv`, overlapCsv(s.name, checks.get(id)!), 'text/csv;charset=utf-8'); }}
              onOverlapGeoJson={(id) => { const s = sites.sites.find((x) => x.id === id)!; download(`${s.name}-overlaps.geojson`, JSON.stringify(overlapGeoJson(s.name, checks.get(id)!)), 'application/geo+json'); }}
              onPrint={(id) => void printSite(id)} />
          )}
          {state.tab === 'inspector' && (selected
            ? <Inspector layer={selected.layer} feature={selected.feature} index={selectedIndex} section={section} monthly={section ? rs.monthly[section.id] ?? null : null} onClose={() => dispatch({ type: 'select', fid: null })} />
            : <p className="panel muted">{t('noSelection')}</p>)}
        </aside>
      </div>
      {crsQuestion && <CrsDialog q={crsQuestion} onPick={crsQuestion.retry} onCancel={() => setCrsQuestion(null)} />}
      {report && reportSite && reportCheck && <SiteReport site={reportSite} check={reportCheck} map={report.map} dataset={`${dataset?.manifest.name ?? ''}${dataset?.manifest.sample ? ' (示意数据 sample data)' : ''}`} onClose={() => setReport(null)} />}
    </LangContext.Provider>
  );
}
