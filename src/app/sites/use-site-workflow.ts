/**
 * The planner's site workflow: the stored sites, their checks (run in the report worker), the
 * selected site, drawing, importing and printing a report, and what the map draws for them.
 */
import { useEffect, useMemo, useState } from 'react';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { loadVertexTable, message, siteName } from '../../core/index.ts';
import type { BBox, Dataset, DataIssue, SiteCheck, VertexRow } from '../../core/index.ts';
import type { EditRefusal, MapController, SiteShape } from '../../map/index.ts';
import type { ReportMap } from '../components/SiteReport.tsx';
import { featuresBBox } from '../feature-lookup.ts';
import type { Importer } from '../import/use-importer.ts';
import type { ReportApi } from '../report/use-report.ts';
import { sameShape } from './site-store.ts';
import { useSites } from './use-sites.ts';
import type { SitesApi } from './use-sites.ts';

type Collection = FeatureCollection<Geometry, Record<string, unknown>>;

export interface SiteWorkflow extends SitesApi {
  readonly checks: ReadonlyMap<string, SiteCheck>;
  readonly selectedId: string | null;
  /** The shape being drawn, if any. */
  readonly drawing: SiteShape | null;
  /** The site whose vertices are being edited on the map. */
  readonly editingId: string | null;
  /** Why the last site asked for could not be edited (null: none refused). */
  readonly editRefused: EditRefusal;
  /** The sites as the map draws them (each with its index `_i`, so a click names the site). */
  readonly layer: Collection;
  /** The overlaps of the selected site. */
  readonly overlaps: Collection;
  /** The printed report open, if any. */
  readonly report: { readonly siteId: string; readonly map: ReportMap; readonly vertices: readonly VertexRow[] } | null;
  select(id: string): void;
  /** The site at an index of `layer` (a click on the map). */
  selectAt(index: number): void;
  draw(defaultName: string, shape?: SiteShape): void;
  /** Starts (or ends) editing a site's vertices on the map: any site, one piece or several, with holes. */
  edit(id: string | null): void;
  /** Adds the site buffered by metres as a new site named `name`, with its lineage; resolves false when nothing is left. */
  buffer(id: string, metres: number, name: string, lineage: string): Promise<boolean>;
  /** Adds a site from its polygon (typed corners) and selects it. */
  addPolygon(polygon: Polygon, defaultName: string): void;
  importFiles(files: Record<string, Uint8Array>): void;
  print(id: string): Promise<void>;
  closeReport(): void;
}

/**
 * `fit` moves the camera; `map` is the map controller (drawing and snapshots); `onSelected` is
 * told when a site becomes the selected one (the app shows the sites tab).
 */
export function useSiteWorkflow(rs: ReportApi, dataset: Dataset | null, importer: Importer, map: { readonly current: MapController | null }, fit: (box: BBox, maxZoom: number) => void, onSelected: () => void): SiteWorkflow {
  const sites = useSites();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [drawing, setDrawing] = useState<SiteShape | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [editRefused, setEditRefused] = useState<EditRefusal>(null);
  const [report, setReport] = useState<SiteWorkflow['report']>(null);
  const [checks, setChecks] = useState<ReadonlyMap<string, SiteCheck>>(new Map());
  const { checkSites } = rs;
  useEffect(() => {
    if (!dataset) return;
    let alive = true;
    void checkSites(sites.sites.map((s) => ({ id: s.id, geometry: s.geometry }))).then((r) => { if (alive) setChecks(new Map(Object.entries(r))); });
    return () => { alive = false; };
  }, [sites.sites, dataset, checkSites]);
  const layer = useMemo((): Collection => ({ type: 'FeatureCollection', features: sites.sites.map((s, i) => ({ type: 'Feature', geometry: s.geometry, properties: { _i: i, name: s.name } })) }), [sites.sites]);
  // Overlaps drawn as conflicts: with every line but the urban development boundary (being inside it is no conflict).
  const overlaps = useMemo((): Collection => ({ type: 'FeatureCollection', features: (selectedId ? checks.get(selectedId)?.overlaps ?? [] : []).filter((o) => o.layer !== 'urbanBoundary').map((o) => ({ type: 'Feature', geometry: o.geometry, properties: { name: o.name } })) }), [checks, selectedId]);

  const frame = (geometries: readonly (Polygon | MultiPolygon)[]) => { const b = featuresBBox(geometries.map((geometry) => ({ geometry }))); if (b) fit(b, 14); };
  const select = (id: string) => {
    setSelectedId(id);
    onSelected();
    const s = sites.sites.find((x) => x.id === id);
    if (s) frame([s.geometry]);
  };
  const stopEditing = () => { map.current?.stopEditing(); setEditingId(null); };
  /**
   * After undo or redo: a shape change of the site being edited goes into the editor; any other
   * step ends editing (the edited shape may be gone).
   */
  const afterStep = (e: ReturnType<SitesApi['undo']>, forwards: boolean) => {
    if (!e) return;
    const shape = e.kind === 'geometry' ? (forwards ? e.after : e.before) : null;
    if (e.kind === 'geometry' && e.id === editingId && shape) map.current?.setEditedGeometry(shape);
    else stopEditing();
  };
  return {
    ...sites,
    remove: (id) => { if (id === editingId) stopEditing(); sites.remove(id); if (id === selectedId) setSelectedId(null); },
    undo: () => { const e = sites.undo(); afterStep(e, false); return e; },
    redo: () => { const e = sites.redo(); afterStep(e, true); return e; },
    checks, selectedId, drawing, editingId, editRefused, layer, overlaps, report, select,
    selectAt: (index) => { const s = sites.sites[index]; if (s) select(s.id); },
    draw: (defaultName, shape = 'polygon') => {
      stopEditing();
      setDrawing(shape);
      map.current?.startDrawing((polygon) => {
        setDrawing(null);
        if (!polygon) return;
        const [id] = sites.add([{ name: `${defaultName} ${sites.sites.length + 1}`, geometry: polygon, source: 'drawn' }]);
        if (id) select(id);
      }, shape);
    },
    edit: (id) => {
      const s = id ? sites.sites.find((x) => x.id === id) : undefined;
      setEditRefused(null);
      if (!s || id === editingId) { stopEditing(); return; }
      setSelectedId(s.id);
      setEditingId(s.id);
      void map.current?.startEditing(s.geometry, (g) => sites.setGeometry(s.id, g)).then((refused) => {
        if (!refused) return;
        setEditRefused(refused);
        setEditingId(null);
      });
    },
    buffer: async (id, metres, name, lineage) => {
      const s = sites.sites.find((x) => x.id === id);
      if (!s || !Number.isFinite(metres) || metres === 0) return false;
      const g = await rs.bufferSite(s.geometry, metres);
      if (!g) return false;
      const [nid] = sites.add([{ name, geometry: g, source: 'derived', lineage, ...(s.crs ? { crs: s.crs } : {}), ...(s.file ? { file: s.file } : {}) }]);
      if (nid) select(nid);
      return true;
    },
    addPolygon: (polygon, defaultName) => {
      const [id] = sites.add([{ name: `${defaultName} ${sites.sites.length + 1}`, geometry: polygon, source: 'drawn' }]);
      if (id) select(id);
    },
    importFiles: (files) => {
      const names = Object.keys(files);
      const base = names[0]?.replace(/\.[^.]+$/, '') ?? 'site';
      importer.run({ files }, (imported, issues, crs) => {
        // The same shapes imported again are not added twice: the user is told which site they are.
        const repeated: DataIssue[] = [];
        const fresh = imported.features.flatMap((f, i) => {
          const twin = sameShape(sites.sites, f.geometry as Polygon | MultiPolygon);
          if (twin) { repeated.push({ severity: 'warning', file: names.join(', '), featureIndex: i, ...message('sites.duplicate', { name: twin.name }) }); return []; }
          return [{ name: siteName(f.properties, `${base} ${i + 1}`), geometry: f.geometry as Polygon | MultiPolygon, source: 'imported' as const, crs, file: names.join(', '), attributes: f.properties }];
        });
        if (repeated.length) importer.setIssues([...issues, ...repeated]);
        const ids = sites.add(fresh);
        if (ids[0]) { setSelectedId(ids[0]); onSelected(); }
        // Frame everything imported (the new sites, or the ones it repeats).
        frame(imported.features.map((f) => f.geometry as Polygon | MultiPolygon));
      });
    },
    print: async (id) => {
      const s = sites.sites.find((x) => x.id === id);
      if (!s || !map.current) return;
      stopEditing();
      setSelectedId(id);
      const [snap, { vertexTable }] = await Promise.all([map.current.snapshot(featuresBBox([s])!), loadVertexTable()]);
      const names = s.attributes?.pointNames as readonly (readonly (readonly string[])[])[] | undefined;
      setReport({ siteId: id, map: { ...snap, width: map.current.viewSize().width }, vertices: vertexTable(s.geometry, Array.isArray(names) ? names : undefined) });
    },
    closeReport: () => setReport(null),
  };
}
