/**
 * The submission pack's maps drawn in the browser: each map of packMapSpecs as an A4 landscape page
 * at 300 dpi (title, map, north arrow, scale bar, legend, data source, date, CGCS2000, the 示意数据
 * note for sample data), drawn by MapLibre with the app's own style from the map state of that
 * map (the map on screen does not move), and encoded as PNG. The same code serves the app's
 * 生成申报材料 button and `npm run pack` (which opens the app in headless Chromium for it).
 */
import { formatNumber, translate } from '../../core/index.ts';
import type { ByZone } from '../../core/compute.ts';
import type { Lang, Report, WaterClass } from '../../core/index.ts';
import { CHOROPLETH_NO_DATA, classColor, classRange, groupName, metresPerPixel, packMapSpecs, pageLayout, visibleLegend } from '../../map/index.ts';
import type { GroupId, LayerSummary, MapController, MapState, PackMapSpec } from '../../map/index.ts';
import { drawMapPage, scaleDenominator } from '../export/draw-map-page.ts';
import type { LegendGroup } from '../export/draw-map-page.ts';
import { classesOf } from '../towns/use-by-town.ts';

/** A drawn map: its id (file name), title, PNG bytes and size. */
export interface RenderedMap {
  readonly id: string;
  readonly title: string;
  readonly png: Uint8Array;
  readonly widthPx: number;
  readonly heightPx: number;
  readonly dpi: number;
}

export interface PackMapContext {
  readonly controller: MapController;
  /** The state of the map on screen: its data URLs, tiles, group order and colours are kept. */
  readonly base: MapState;
  readonly report: Report;
  readonly byTowns: ByZone | null;
  readonly summaries: Readonly<Record<string, LayerSummary>>;
  readonly districtBox: readonly [number, number, number, number];
  readonly sectionsLayer: { readonly features: readonly GeoJSON.Feature[] } | undefined;
  readonly datasetName: string;
  readonly sample: boolean;
  readonly lang: Lang;
  /** The date printed on the maps, as the pack writes it (YYYY-MM-DD). */
  readonly date: string;
  readonly dpi?: number;
}

/** The specs of the pack's maps for a report (per-town maps only with towns). */
export function mapSpecsFor(report: Report, byTowns: ByZone | null): PackMapSpec[] {
  return packMapSpecs(report.indicators.filter((i) => i.source === 'computed'), byTowns !== null && byTowns.zones.length > 0);
}

function pngOf(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => {
    if (!b) { reject(new Error('the browser made no PNG')); return; }
    void b.arrayBuffer().then((a) => resolve(new Uint8Array(a)), reject);
  }, 'image/png'));
}

/** Draws one map of the pack. */
export async function renderPackMap(spec: PackMapSpec, ctx: PackMapContext): Promise<RenderedMap> {
  const { lang, report } = ctx;
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate(lang, key, params as never);
  const dpi = ctx.dpi ?? 300;
  const visible = Object.fromEntries(Object.keys(ctx.base.visible).map((g) => [g, spec.groups.includes(g as GroupId)])) as Record<GroupId, boolean>;
  const ind = spec.indicator ? report.indicators.find((i) => i.id === spec.indicator) : undefined;
  const classes = classesOf(ind);
  const colors = spec.indicator && ctx.byTowns ? ctx.byTowns.zones.map((z) => classColor(z.indicators[spec.indicator!] ?? null, classes)) : null;
  const state: MapState = {
    ...ctx.base, visible, highlight: [], selection: null, marker: null, basemap: null, largeLabels: false,
    filters: {}, change: null, choropleth: colors ? { colors } : null,
  };
  const annual = new Map<string, WaterClass | null>(report.sections.map((s) => [s.id, s.cls]));
  const layout = pageLayout('A4', 'landscape', dpi, { width: 0, height: 0 });
  const image = await ctx.controller.renderStateImage(state, ctx.districtBox, layout.map.width / layout.scale, layout.map.height / layout.scale, layout.scale, { layer: ctx.sectionsLayer as never, classes: annual, lang });
  const order = ctx.base.order ?? (Object.keys(ctx.base.visible) as GroupId[]);
  const legend: LegendGroup[] = visibleLegend(order, visible, ctx.summaries, new Set(annual.values()), ctx.base.colors ?? {}, lang)
    .map((g) => ({ name: groupName(g.group, lang), entries: g.entries }));
  if (ind && colors) {
    const f = (x: number) => formatNumber(lang, x, x % 1 ? 1 : 0);
    legend.unshift({
      name: `${lang === 'zh' ? ind.name : ind.nameEn}${ind.unit ? ` (${ind.unit})` : ''}`,
      entries: [...classes.map((k) => ({ swatch: 'fill' as const, color: k.color, label: classRange(k, f) })), { swatch: 'fill' as const, color: CHOROPLETH_NO_DATA, label: t('notAvailable') }],
    });
  }
  const title = `${ctx.datasetName} ${spec.title[lang]}`;
  const mpp = metresPerPixel(image.zoom, image.centerLat) / layout.scale;
  const canvas = document.createElement('canvas');
  canvas.width = layout.width; canvas.height = layout.height;
  drawMapPage(canvas.getContext('2d')!, {
    layout, map: image, title, legend, legendTitle: t('legend'), north: t('exportNorth'),
    source: t('exportSource', { source: ctx.sample ? `${ctx.datasetName}（${t('sampleBadge')}）` : ctx.datasetName }),
    note: ctx.sample ? t('sampleNote') : null,
    right: `${t('exportRight', { date: ctx.date })} · ${t('exportScale', { n: formatNumber(lang, scaleDenominator(mpp, dpi), 0) })}`,
  });
  const png = await pngOf(canvas);
  return { id: spec.id, title, png, widthPx: layout.width, heightPx: layout.height, dpi };
}

/** Draws every map of the pack in turn; `progress` is called before each with its index and the total. */
export async function renderPackMaps(ctx: PackMapContext, specs: readonly PackMapSpec[], progress?: (i: number, n: number) => void): Promise<RenderedMap[]> {
  const out: RenderedMap[] = [];
  for (const [i, spec] of specs.entries()) {
    progress?.(i, specs.length);
    out.push(await renderPackMap(spec, ctx));
  }
  return out;
}
