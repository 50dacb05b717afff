/**
 * The planner's site workflow: the stored sites, their checks (run in the report worker), the
 * selected site, drawing, importing and printing a report, and what the map draws for them.
 */
import { useEffect, useMemo, useState } from 'react';
import type { FeatureCollection, Geometry, Polygon } from 'geojson';
import type { BBox, Dataset, SiteCheck } from '../../core/index.ts';
import type { MapController } from '../../map/index.ts';
import type { ReportMap } from '../components/SiteReport.tsx';
import { featuresBBox } from '../feature-lookup.ts';
import type { Importer } from '../import/use-importer.ts';
import type { ReportApi } from '../report/use-report.ts';
import { useSites } from './use-sites.ts';
import type { SitesApi } from './use-sites.ts';

type Collection = FeatureCollection<Geometry, Record<string, unknown>>;

/** A name for an imported site from its attributes, else the file and its number. */
export function siteName(props: Record<string, unknown>, fallback: string): string {
  for (const k of ['name', 'NAME', 'Name', '名称', '项目名称', 'XMMC']) if (typeof props[k] === 'string' && props[k]) return props[k] as string;
  return fallback;
}

export interface SiteWorkflow extends SitesApi {
  readonly checks: ReadonlyMap<string, SiteCheck>;
  readonly selectedId: string | null;
  readonly drawing: boolean;
  /** The sites as the map draws them (each with its index `_i`, so a click names the site). */
  readonly layer: Collection;
  /** The overlaps of the selected site. */
  readonly overlaps: Collection;
  /** The printed report open, if any. */
  readonly report: { readonly siteId: string; readonly map: ReportMap } | null;
  select(id: string): void;
  /** The site at an index of `layer` (a click on the map). */
  selectAt(index: number): void;
  draw(defaultName: string): void;
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
  const [drawing, setDrawing] = useState(false);
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
  const overlaps = useMemo((): Collection => ({ type: 'FeatureCollection', features: (selectedId ? checks.get(selectedId)?.overlaps ?? [] : []).map((o) => ({ type: 'Feature', geometry: o.geometry, properties: { name: o.name } })) }), [checks, selectedId]);

  const select = (id: string) => {
    setSelectedId(id);
    onSelected();
    const s = sites.sites.find((x) => x.id === id);
    if (s) fit(featuresBBox([s])!, 14);
  };
  return {
    ...sites,
    remove: (id) => { sites.remove(id); if (id === selectedId) setSelectedId(null); },
    checks, selectedId, drawing, layer, overlaps, report, select,
    selectAt: (index) => { const s = sites.sites[index]; if (s) select(s.id); },
    draw: (defaultName) => {
      setDrawing(true);
      map.current?.startDrawing((polygon) => {
        setDrawing(false);
        if (!polygon) return;
        const [id] = sites.add([{ name: `${defaultName} ${sites.sites.length + 1}`, geometry: polygon, source: 'drawn' }]);
        if (id) select(id);
      });
    },
    addPolygon: (polygon, defaultName) => {
      const [id] = sites.add([{ name: `${defaultName} ${sites.sites.length + 1}`, geometry: polygon, source: 'drawn' }]);
      if (id) select(id);
    },
    importFiles: (files) => {
      const base = Object.keys(files)[0]?.replace(/\.[^.]+$/, '') ?? 'site';
      importer.run({ files }, (imported) => {
        const ids = sites.add(imported.features.map((f, i) => ({ name: siteName(f.properties, `${base} ${i + 1}`), geometry: f.geometry as never, source: 'imported' as const })));
        if (ids[0]) select(ids[0]);
      });
    },
    print: async (id) => {
      const s = sites.sites.find((x) => x.id === id);
      if (!s || !map.current) return;
      setSelectedId(id);
      const snap = await map.current.snapshot(featuresBBox([s])!);
      const canvas = document.querySelector('[data-testid="map"] canvas') as HTMLCanvasElement | null;
      setReport({ siteId: id, map: { ...snap, width: canvas?.clientWidth ?? 800 } });
    },
    closeReport: () => setReport(null),
  };
}
