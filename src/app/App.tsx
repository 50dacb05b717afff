/** The app: header, layer panel, map, and the board / sections / inspector panels. */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { WaterClass } from '../core/water/water-class.ts';
import type { MapController, View } from '../map/map-controller.ts';
import { indicatorFeatures } from './board/indicator-features.ts';
import { BasemapSetting } from './components/BasemapSetting.tsx';
import { Header } from './components/Header.tsx';
import { IndicatorBoard } from './components/IndicatorBoard.tsx';
import { Inspector } from './components/Inspector.tsx';
import { IssuesPanel } from './components/IssuesPanel.tsx';
import { LayerPanel } from './components/LayerPanel.tsx';
import { MapView } from './components/MapView.tsx';
import { SectionsPanel } from './components/SectionsPanel.tsx';
import { readFiles } from './data/read-files.ts';
import { featureByFid, featuresBBox, sectionFid } from './feature-lookup.ts';
import { hasErrors } from '../core/data/dataset.ts';
import { LangContext } from './i18n/i18n-context.tsx';
import { translate } from './i18n/strings.ts';
import { useReport } from './report/use-report.ts';
import { initialState, reduce } from './state/app-state.ts';
import type { Tab } from './state/app-state.ts';
import { applyUrl, formatHash, parseHash } from './state/url-state.ts';

const TEST_MODE = new URLSearchParams(window.location.search).has('test');

declare global {
  interface Window { __ecoMap?: MapController }
}

export function App() {
  const rs = useReport();
  const url = useMemo(() => parseHash(window.location.hash), []);
  const [state, dispatch] = useReducer(reduce, undefined, () => applyUrl(initialState(), url));
  const view = useRef<View | null>(url.view ?? null);
  const [fit, setFit] = useState<{ bbox: readonly [number, number, number, number]; maxZoom?: number } | null>(null);
  const [basemap, setBasemap] = useState<string | null>(null);
  const [dismissedLoad, setDismissedLoad] = useState(-1);
  const [dragging, setDragging] = useState(false);
  const t = (k: Parameters<typeof translate>[1]) => translate(state.lang, k);

  const stateRef = useRef(state);
  const writeUrl = useCallback(() => window.history.replaceState(null, '', `#${formatHash(stateRef.current, view.current)}`), []);
  useEffect(() => { stateRef.current = state; writeUrl(); document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en'; }, [state, writeUrl]);

  const dataset = rs.dataset;
  const report = rs.report;
  // Without a view in the URL, show the whole district once the data is there.
  const initialFit = useMemo(() => {
    const box = dataset && !url.view ? featuresBBox(dataset.layers.boundary?.features ?? []) : null;
    return box ? { bbox: box } : null;
  }, [dataset, url.view]);
  const shown = useMemo(() => {
    const m = new Map<string, WaterClass | null>();
    for (const s of report?.sections ?? []) m.set(s.id, state.month ? rs.monthly[s.id]?.[state.month - 1] ?? null : s.cls);
    return m;
  }, [report, rs.monthly, state.month]);
  const classesShown = useMemo(() => new Set(shown.values()), [shown]);

  const selected = featureByFid(dataset, state.selected);
  const selection = useMemo(() => (selected ? [selected.feature] : []), [selected?.feature]); // eslint-disable-line react-hooks/exhaustive-deps
  const highlight = useMemo(() => {
    if (!dataset || !report || !state.highlight) return [];
    return indicatorFeatures(state.highlight, dataset, report).fids.map((fid) => featureByFid(dataset, fid)?.feature).filter((f) => f !== undefined);
  }, [dataset, report, state.highlight]);
  const section = selected?.layer === 'sections' ? report?.sections.find((s) => s.id === String(selected.feature.properties.id)) ?? null : null;

  const pickIndicator = (id: string) => {
    if (!dataset || !report) return;
    const f = indicatorFeatures(id, dataset, report);
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

  const openFiles = (files: Record<string, string>) => {
    dispatch({ type: 'select', fid: null });
    dispatch({ type: 'highlight', id: null });
    rs.open(files);
  };
  // New problems open the panel by themselves; closing it dismisses them until the next load.
  const issuesOpen = state.showIssues || (rs.loadId !== dismissedLoad && (rs.rejected || hasErrors(rs.issues)));
  const closeIssues = () => { setDismissedLoad(rs.loadId); dispatch({ type: 'issues', show: false }); };

  const tabs: Tab[] = ['board', 'sections', 'inspector'];
  return (
    <LangContext.Provider value={state.lang}>
      <div className="app" data-status={rs.status}>
        <Header sample={dataset?.manifest.sample ?? false} issues={rs.issues} onLang={() => dispatch({ type: 'lang', lang: state.lang === 'zh' ? 'en' : 'zh' })} onIssues={() => (issuesOpen ? closeIssues() : dispatch({ type: 'issues', show: true }))} onFiles={openFiles} />
        <aside className="left">
          <LayerPanel dataset={dataset} visible={state.visible} opacity={state.opacity} classesShown={classesShown}
            onVisible={(group, visible) => dispatch({ type: 'visible', group, visible })} onOpacity={(group, opacity) => dispatch({ type: 'opacity', group, opacity })} />
          {dataset?.manifest.sample && <p className="sample-note">{t('sampleNote')}</p>}
          <BasemapSetting onChange={setBasemap} />
        </aside>
        <main className={`center ${dragging ? 'dragging' : ''}`}
          onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)}
          onDrop={async (e) => { e.preventDefault(); setDragging(false); if (e.dataTransfer.files.length) openFiles(await readFiles(e.dataTransfer.files)); }}>
          <MapView dataset={dataset} sectionClasses={shown} visible={state.visible} opacity={state.opacity} selection={selection} highlight={highlight} fit={fit ?? initialFit} basemap={basemap}
            {...(url.view ? { initialView: url.view } : {})} testMode={TEST_MODE}
            onSelect={(fid) => dispatch({ type: 'select', fid })} onViewChange={(v) => { view.current = v; writeUrl(); }}
            onReady={(m) => { if (TEST_MODE) window.__ecoMap = m; }} />
          {rs.status === 'loading' && <div className="map-status">{t('loading')}</div>}
          {rs.status === 'failed' && <div className="map-status error" role="alert">{t('failed')}{rs.error ? `: ${rs.error}` : ''}</div>}
          {issuesOpen && <IssuesPanel issues={rs.issues} rejected={rs.rejected} onClose={closeIssues} />}
          {dragging && <div className="drop-hint">{t('dropHere')}</div>}
        </main>
        <aside className="right">
          <nav className="tabs" role="tablist">
            {tabs.map((k) => (
              <button key={k} type="button" role="tab" aria-selected={state.tab === k} className={state.tab === k ? 'active' : ''} onClick={() => dispatch({ type: 'tab', tab: k })} data-testid={`tab-${k}`}>{t(k)}</button>
            ))}
          </nav>
          {state.tab === 'board' && <IndicatorBoard indicators={report?.indicators ?? null} progress={rs.progress} highlighted={state.highlight} onPick={pickIndicator} />}
          {state.tab === 'sections' && report && (
            <SectionsPanel sections={report.sections} shown={shown} month={state.month} selectedId={section?.id ?? null}
              onMonth={(month) => dispatch({ type: 'month', month })} onSelect={selectSection} />
          )}
          {state.tab === 'inspector' && (selected
            ? <Inspector layer={selected.layer} feature={selected.feature} section={section} monthly={section ? rs.monthly[section.id] ?? null : null} onClose={() => dispatch({ type: 'select', fid: null })} />
            : <p className="panel muted">{t('noSelection')}</p>)}
        </aside>
      </div>
    </LangContext.Provider>
  );
}
