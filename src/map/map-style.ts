/**
 * The MapLibre style as a pure function of the map's state (`buildStyle(state)`): a source for every
 * layer group (vector tiles made in MapLibre's workers for the dataset's layers, GeoJSON for the
 * rest), the layers that draw them with the state's visibility and opacity, and the highlight and
 * selection as filters on the same sources (no geometry copied). The map controller applies it with
 * MapLibre's style diff. No glyph or tile server: labels use local fonts (no `glyphs`).
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, StyleSpecification, VectorSourceSpecification } from 'maplibre-gl';
import type { FeatureId, Outline } from '../core/index.ts';
import type { GroupId } from './layer-groups.ts';
import { TILE_LAYER, TILE_MAXZOOM, tileTemplate } from './tile-source.ts';
import type { DatasetTiles } from './dataset-tiles.ts';
import { CLASS_COLORS, COLORS, LAND_CLASS_COLORS, NO_CLASS_COLOR, PROTECTED_COLORS, PROTECTED_OTHER } from './palette.ts';

export const FONT = ['Noto Sans CJK SC', 'Noto Sans SC', 'sans-serif'];
export const HATCH_IMAGE = 'red-line-hatch';

/** The dataset's layers, drawn from vector tiles cut in MapLibre's workers (tile-source.ts). */
export const TILED_SOURCE_IDS = ['neighbours', 'neighbourLabels', 'roads', 'boundary', 'towns', 'water', 'waterFunctionZones', 'forestParcels', 'urbanAreas', 'residential', 'parks', 'protectedAreas', 'redLines', 'townLabels', 'permanentFarmland', 'heritageAreas', 'urbanBoundary'] as const;
export type TiledSourceId = (typeof TILED_SOURCE_IDS)[number];
/** GeoJSON sources the main thread fills: the sections (recoloured by month), overlays and sites. */
const GEOJSON_SOURCE_IDS = ['sections', 'sites', 'siteOverlaps', 'siteLabels'] as const;
export type GeoJSONSourceId = (typeof GEOJSON_SOURCE_IDS)[number];
const TILED: ReadonlySet<string> = new Set(TILED_SOURCE_IDS);
function matchColor(property: string, colors: Readonly<Record<string, string>>, fallback: string): ExpressionSpecification {
  const pairs = Object.entries(colors).flat();
  return ['match', ['get', property], ...pairs, fallback] as unknown as ExpressionSpecification;
}

const classColor = ['match', ['get', '_cls'], 1, CLASS_COLORS[1], 2, CLASS_COLORS[2], 3, CLASS_COLORS[3], 4, CLASS_COLORS[4], 5, CLASS_COLORS[5], 6, CLASS_COLORS[6], NO_CLASS_COLOR] as unknown as ExpressionSpecification;
const polygons: ExpressionSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const lines: ExpressionSpecification = ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false];

/** A layer and the group whose toggle and opacity control it (none: always shown). */
export interface StyledLayer {
  readonly group: GroupId | null;
  readonly layer: LayerSpecification;
  /** Paint properties scaled by the group's opacity, with their full value. */
  readonly opacity: Readonly<Record<string, number>>;
  /** A click on it selects the feature (its source is a dataset layer). */
  readonly clickable?: true;
}

/** Every layer of the map, bottom to top. */
export const STYLED_LAYERS: readonly StyledLayer[] = [
  { group: 'neighbours', layer: { id: 'neighbours-fill', type: 'fill', source: 'neighbours', paint: { 'fill-color': COLORS.neighbour, 'fill-opacity': 1 } }, opacity: { 'fill-opacity': 1 } },
  { group: 'neighbours', layer: { id: 'neighbours-line', type: 'line', source: 'neighbours', paint: { 'line-color': COLORS.neighbourLine, 'line-width': 1 } }, opacity: { 'line-opacity': 1 } },
  { group: null, layer: { id: 'boundary-fill', type: 'fill', source: 'boundary', paint: { 'fill-color': '#fbfaf5' } }, opacity: {} },
  { group: null, layer: { id: 'towns-choropleth', type: 'fill', source: 'towns', paint: { 'fill-color': 'rgba(0,0,0,0)', 'fill-opacity': 0.72, 'fill-outline-color': '#ffffff' } }, opacity: {}, clickable: true },
  { group: 'waterFunctionZones', layer: { id: 'waterFunctionZones-fill', type: 'fill', source: 'waterFunctionZones', paint: { 'fill-color': COLORS.zoneLine, 'fill-opacity': 0.08 } }, opacity: { 'fill-opacity': 0.08 }, clickable: true },
  { group: 'waterFunctionZones', layer: { id: 'waterFunctionZones-line', type: 'line', source: 'waterFunctionZones', paint: { 'line-color': COLORS.zoneLine, 'line-width': 1.2, 'line-dasharray': [3, 2] } }, opacity: { 'line-opacity': 1 } },
  { group: 'forestParcels', layer: { id: 'forestParcels-fill', type: 'fill', source: 'forestParcels', paint: { 'fill-color': matchColor('landClass', LAND_CLASS_COLORS, '#eeeeee'), 'fill-opacity': 0.75, 'fill-outline-color': '#ffffff' } }, opacity: { 'fill-opacity': 0.75 }, clickable: true },
  { group: 'permanentFarmland', layer: { id: 'permanentFarmland-fill', type: 'fill', source: 'permanentFarmland', paint: { 'fill-color': COLORS.farmland, 'fill-opacity': 0.45 } }, opacity: { 'fill-opacity': 0.45 }, clickable: true },
  { group: 'permanentFarmland', layer: { id: 'permanentFarmland-line', type: 'line', source: 'permanentFarmland', paint: { 'line-color': COLORS.farmlandLine, 'line-width': 0.8 } }, opacity: { 'line-opacity': 1 } },
  { group: 'urbanAreas', layer: { id: 'urbanAreas-fill', type: 'fill', source: 'urbanAreas', paint: { 'fill-color': COLORS.urban, 'fill-opacity': 0.6 } }, opacity: { 'fill-opacity': 0.6 }, clickable: true },
  { group: 'urbanAreas', layer: { id: 'urbanAreas-line', type: 'line', source: 'urbanAreas', paint: { 'line-color': COLORS.urbanLine, 'line-width': 1 } }, opacity: { 'line-opacity': 1 } },
  { group: 'residential', layer: { id: 'residential-fill', type: 'fill', source: 'residential', paint: { 'fill-color': COLORS.residential, 'fill-opacity': 0.7 } }, opacity: { 'fill-opacity': 0.7 }, clickable: true },
  { group: 'parks', layer: { id: 'parks-fill', type: 'fill', source: 'parks', paint: { 'fill-color': COLORS.park, 'fill-opacity': 0.8 } }, opacity: { 'fill-opacity': 0.8 }, clickable: true },
  { group: 'parks', layer: { id: 'parks-line', type: 'line', source: 'parks', paint: { 'line-color': COLORS.parkLine, 'line-width': 0.8 } }, opacity: { 'line-opacity': 1 } },
  { group: 'urbanBoundary', layer: { id: 'urbanBoundary-fill', type: 'fill', source: 'urbanBoundary', paint: { 'fill-color': COLORS.urbanBoundary, 'fill-opacity': 0.04 } }, opacity: { 'fill-opacity': 0.04 }, clickable: true },
  { group: 'urbanBoundary', layer: { id: 'urbanBoundary-line', type: 'line', source: 'urbanBoundary', paint: { 'line-color': COLORS.urbanBoundary, 'line-width': 1.8, 'line-dasharray': [4, 2, 1, 2] } }, opacity: { 'line-opacity': 1 } },
  { group: 'heritageAreas', layer: { id: 'heritageAreas-fill', type: 'fill', source: 'heritageAreas', paint: { 'fill-color': ['match', ['get', 'zone'], '保护范围', COLORS.heritageRange, COLORS.heritageControl], 'fill-opacity': 0.55 } }, opacity: { 'fill-opacity': 0.55 }, clickable: true },
  { group: 'heritageAreas', layer: { id: 'heritageAreas-line', type: 'line', source: 'heritageAreas', paint: { 'line-color': COLORS.heritageRange, 'line-width': 1.2 } }, opacity: { 'line-opacity': 1 } },
  { group: 'water', layer: { id: 'water-fill', type: 'fill', source: 'water', filter: polygons, paint: { 'fill-color': COLORS.water, 'fill-opacity': 1 } }, opacity: { 'fill-opacity': 1 }, clickable: true },
  { group: 'water', layer: { id: 'water-line', type: 'line', source: 'water', filter: lines, paint: { 'line-color': COLORS.waterLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1, 14, 4] } }, opacity: { 'line-opacity': 1 }, clickable: true },
  { group: 'roads', layer: { id: 'roads-line', type: 'line', source: 'roads', paint: { 'line-color': ['match', ['get', 'class'], '高速公路', COLORS.expressway, COLORS.road], 'line-width': ['interpolate', ['linear'], ['zoom'], 9, ['match', ['get', 'class'], '高速公路', 2.2, 1], 14, ['match', ['get', 'class'], '高速公路', 6, 3]] } }, opacity: { 'line-opacity': 1 } },
  { group: 'protectedAreas', layer: { id: 'protectedAreas-fill', type: 'fill', source: 'protectedAreas', paint: { 'fill-color': matchColor('category', PROTECTED_COLORS, PROTECTED_OTHER), 'fill-opacity': 0.3 } }, opacity: { 'fill-opacity': 0.3 }, clickable: true },
  { group: 'protectedAreas', layer: { id: 'protectedAreas-line', type: 'line', source: 'protectedAreas', paint: { 'line-color': matchColor('category', PROTECTED_COLORS, PROTECTED_OTHER), 'line-width': 1.5 } }, opacity: { 'line-opacity': 1 } },
  { group: 'redLines', layer: { id: 'redLines-fill', type: 'fill', source: 'redLines', paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.9 } }, opacity: { 'fill-opacity': 0.9 }, clickable: true },
  { group: 'redLines', layer: { id: 'redLines-line', type: 'line', source: 'redLines', paint: { 'line-color': COLORS.redLine, 'line-width': 2.2 } }, opacity: { 'line-opacity': 1 } },
  { group: 'towns', layer: { id: 'towns-line', type: 'line', source: 'towns', paint: { 'line-color': COLORS.townLine, 'line-width': 0.8, 'line-dasharray': [4, 2] } }, opacity: { 'line-opacity': 1 } },
  { group: null, layer: { id: 'boundary-line', type: 'line', source: 'boundary', paint: { 'line-color': COLORS.boundary, 'line-width': 2.5 } }, opacity: {} },
  { group: 'water', layer: { id: 'water-label', type: 'symbol', source: 'water', filter: lines, minzoom: 10.5, layout: { 'symbol-placement': 'line', 'text-field': ['get', 'name'], 'text-font': FONT, 'text-size': 12 }, paint: { 'text-color': '#1565c0', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 } }, opacity: { 'text-opacity': 1 } },
  { group: 'neighbours', layer: { id: 'neighbours-label', type: 'symbol', source: 'neighbourLabels', layout: { 'text-field': ['get', 'name'], 'text-font': FONT, 'text-size': 13 }, paint: { 'text-color': COLORS.neighbourLabel, 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 } }, opacity: { 'text-opacity': 1 } },
  { group: 'towns', layer: { id: 'towns-label', type: 'symbol', source: 'townLabels', layout: { 'text-field': ['get', 'name'], 'text-font': FONT, 'text-size': ['interpolate', ['linear'], ['zoom'], 9, 11, 13, 15] }, paint: { 'text-color': COLORS.townLabel, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 } }, opacity: { 'text-opacity': 1 } },
  { group: 'sections', layer: { id: 'sections-circle', type: 'circle', source: 'sections', paint: { 'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 6, 14, 11], 'circle-color': classColor, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 } }, opacity: { 'circle-opacity': 1, 'circle-stroke-opacity': 1 }, clickable: true },
  { group: 'sections', layer: { id: 'sections-label', type: 'symbol', source: 'sections', layout: { 'text-field': ['get', '_label'], 'text-font': FONT, 'text-size': 12, 'text-offset': [0, 1.3], 'text-anchor': 'top', 'text-allow-overlap': false }, paint: { 'text-color': '#263238', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 } }, opacity: { 'text-opacity': 1 } },
  { group: null, layer: { id: 'siteOverlaps-fill', type: 'fill', source: 'siteOverlaps', paint: { 'fill-color': COLORS.overlap, 'fill-opacity': 0.65 } }, opacity: {} },
  { group: null, layer: { id: 'sites-fill', type: 'fill', source: 'sites', paint: { 'fill-color': COLORS.site, 'fill-opacity': 0.12 } }, opacity: {}, clickable: true },
  { group: null, layer: { id: 'sites-line', type: 'line', source: 'sites', paint: { 'line-color': COLORS.site, 'line-width': 2.5, 'line-dasharray': [2, 1] } }, opacity: {} },
  { group: null, layer: { id: 'sites-label', type: 'symbol', source: 'siteLabels', layout: { 'text-field': ['get', 'name'], 'text-font': FONT, 'text-size': 13 }, paint: { 'text-color': COLORS.site, 'text-halo-color': '#ffffff', 'text-halo-width': 2 } }, opacity: {} },
];

/**
 * The vector source of a tiled layer: the dataset's own tiles when it has them, else tiles cut from
 * the GeoJSON file at `url` (nothing with null).
 */
function tiledSource(url: string | null, own: DatasetTiles | undefined): VectorSourceSpecification {
  if (own) return { type: 'vector', tiles: [own.url], minzoom: own.minzoom, maxzoom: own.maxzoom, ...(own.bounds ? { bounds: [...own.bounds] as [number, number, number, number] } : {}) };
  return { type: 'vector', tiles: [tileTemplate(url)], maxzoom: TILE_MAXZOOM };
}

/** The layer inside the tiles of a tiled source: the dataset's own tiles name it; tiles cut here use TILE_LAYER. */
function sourceLayer(state: MapState, source: string): string {
  return state.tiles?.[source]?.layer ?? TILE_LAYER;
}

/**
 * The groups bottom to top as the style draws them by default: the order of their first fill or
 * line in STYLED_LAYERS (groups drawn only as points or labels go on top).
 */
export const DEFAULT_GROUP_ORDER: readonly GroupId[] = (() => {
  const seen: GroupId[] = [];
  for (const s of STYLED_LAYERS) if (s.group && (s.layer.type === 'fill' || s.layer.type === 'line') && !seen.includes(s.group)) seen.push(s.group);
  for (const s of STYLED_LAYERS) if (s.group && !seen.includes(s.group)) seen.push(s.group);
  return seen;
})();

/** Style layers that can be clicked, top first (derived from STYLED_LAYERS). */
export const CLICKABLE_LAYERS: readonly string[] = STYLED_LAYERS.filter((s) => s.clickable).map((s) => s.layer.id).reverse();

/**
 * The property names an expression reads with ['get', name] (walked with a stack, no recursion).
 */
function propertiesRead(value: unknown, out: Set<string>): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      if (v[0] === 'get' && typeof v[1] === 'string' && v.length === 2) out.add(v[1]);
      stack.push(...v);
    } else if (v !== null && typeof v === 'object') stack.push(...Object.values(v));
  }
}

/** Properties an outline selects by (forest parcels by land class), which the tiles must carry too. */
const OUTLINE_PROPERTIES: Readonly<Partial<Record<TiledSourceId, readonly string[]>>> = { forestParcels: ['landClass'] };

/**
 * The properties the style reads from each tiled layer, derived from the layers that draw it:
 * only these (and the feature's index, `_i`) go into the tiles; the inspector fetches the whole
 * feature from the report worker.
 */
export const TILE_PROPERTIES: Readonly<Record<TiledSourceId, readonly string[]>> = Object.fromEntries(TILED_SOURCE_IDS.map((id) => {
  const read = new Set<string>(OUTLINE_PROPERTIES[id] ?? []);
  for (const s of STYLED_LAYERS) if ('source' in s.layer && s.layer.source === id) propertiesRead([s.layer.paint, s.layer.layout, s.layer.filter], read);
  read.delete('_i');
  return [id, [...read].sort()];
})) as unknown as Record<TiledSourceId, readonly string[]>;

/** Sources whose features can be outlined or selected: those of the clickable layers. */
const OUTLINED_SOURCES: readonly string[] = [...new Set(STYLED_LAYERS.filter((s) => s.clickable && 'source' in s.layer && s.layer.source !== 'sites').map((s) => (s.layer as { source: string }).source))];

/** An online basemap: raster tile templates (`{z}`, `{x}`, `{y}`), bottom first, and who made them (shown by the controller's BasemapAttribution). */
export interface Basemap {
  readonly templates: readonly string[];
  readonly attribution: string;
}

/** Everything the style depends on. Data of the GeoJSON sources (sections, sites) is set apart. */
export interface MapState {
  readonly visible: Readonly<Record<GroupId, boolean>>;
  /** 0–1 per group, relative to the styled opacity. */
  readonly opacity: Readonly<Record<GroupId, number>>;
  /** The GeoJSON file (a blob: URL of the report worker) of each tiled layer; absent: empty. */
  readonly urls: Readonly<Partial<Record<string, string>>>;
  /** Layers drawn from the dataset's own vector tiles instead (`npm run tiles`), by source id. */
  readonly tiles?: Readonly<Partial<Record<string, DatasetTiles>>>;
  /** Features that make up the indicator picked on the board. */
  readonly highlight: readonly Outline[];
  /** The selected feature. */
  readonly selection: FeatureId | null;
  /** An online raster basemap (XYZ templates, drawn bottom to top, and its attribution), or null: offline, the default. */
  readonly basemap: Basemap | null;
  /** Larger labels and points, for a screen read from a distance. */
  readonly largeLabels: boolean;
  /**
   * With `largeLabels`: how much larger the screen's type is than at 1080p (2 on a 3840 × 2160
   * screen), so labels, section markers, lines, the scale bar and the north arrow grow with it.
   * Absent: 1.
   */
  readonly furnitureScale?: number;
  /** A place found by search (typed coordinates): a pin. */
  readonly marker?: readonly [number, number] | null;
  /** The layer groups bottom to top, as the user arranged them (absent: the styled order). */
  readonly order?: readonly GroupId[];
  /** A colour the user chose for a group's fills and lines (`#rrggbb`). */
  readonly colors?: Readonly<Partial<Record<GroupId, string>>>;
  /** The towns coloured by an indicator (the By-town view): a colour per town, by index in the layer. */
  readonly choropleth?: { readonly colors: readonly string[] } | null;
  /** What changed since an earlier year, outlined (by index in the layers shown): the year view. */
  readonly change?: YearChangeOutline | null;
  /** Features a table filter leaves drawn, by group (absent: all of them). */
  readonly filters?: Readonly<Partial<Record<GroupId, IndexFilter>>>;
}

/** Features that changed since an earlier year, by index in the layers shown. */
export interface YearChangeOutline {
  readonly intoForest: readonly number[];
  readonly outOfForest: readonly number[];
  readonly protectedAdded: readonly number[];
  readonly sectionsImproved: readonly number[];
  readonly sectionsWorsened: readonly number[];
}

/** The outlines of a year change: parcels into forest (green) and out of it (red), protected areas added (purple, dashed), sections improved (green ring) or worsened (red ring). */
function changeLayers(c: YearChangeOutline, state: MapState): LayerSpecification[] {
  const tiled = (source: string) => ({ source, 'source-layer': sourceLayer(state, source) });
  const only = (indices: readonly number[]) => indexFilter({ indices, keep: true }) as FilterSpecification;
  return [
    { id: 'change-forest-in', type: 'line', ...tiled('forestParcels'), filter: only(c.intoForest), paint: { 'line-color': COLORS.changeIntoForest, 'line-width': 2.5 } },
    { id: 'change-forest-out', type: 'line', ...tiled('forestParcels'), filter: only(c.outOfForest), paint: { 'line-color': COLORS.changeWorse, 'line-width': 2.5 } },
    { id: 'change-protected-added', type: 'line', ...tiled('protectedAreas'), filter: only(c.protectedAdded), paint: { 'line-color': COLORS.changeAdded, 'line-width': 3.5, 'line-dasharray': [2, 1.5] } },
    { id: 'change-sections-improved', type: 'circle', source: 'sections', filter: only(c.sectionsImproved), paint: { 'circle-radius': 14, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': COLORS.changeBetter, 'circle-stroke-width': 3.5 } },
    { id: 'change-sections-worsened', type: 'circle', source: 'sections', filter: only(c.sectionsWorsened), paint: { 'circle-radius': 14, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': COLORS.changeWorse, 'circle-stroke-width': 3.5 } },
  ] as LayerSpecification[];
}

/**
 * Features of a layer by index: those to keep, or (when fewer) those to drop, so that a filter
 * that keeps most of 60,000 parcels stays a short list.
 */
export interface IndexFilter {
  readonly indices: readonly number[];
  readonly keep: boolean;
}

/** The filter expression for an IndexFilter: a lookup on the feature's index `_i`. */
export function indexFilter(f: IndexFilter): ExpressionSpecification {
  if (f.indices.length === 0) return (f.keep ? ['==', 1, 0] : ['==', 1, 1]) as ExpressionSpecification;
  const unique = [...new Set(f.indices)];
  return ['match', ['get', '_i'], unique, f.keep, !f.keep] as unknown as ExpressionSpecification;
}

/** Drawn under everything whatever the user's order: the neighbouring districts, the district's own fill, the towns' choropleth. */
const isUnder = (s: StyledLayer) => (s.group === 'neighbours' && s.layer.type !== 'symbol') || s.layer.id === 'boundary-fill' || s.layer.id === 'towns-choropleth';

/** Groups drawn under the district whatever the order (the layer list does not offer to move them). */
export const UNDER_GROUPS: readonly GroupId[] = ['neighbours'];

/**
 * The styled layers in drawing order for the state: the fills and lines of each group in the
 * user's group order (a group's own layers keep their order), labels and points above them all.
 */
function drawingOrder(state: MapState): readonly StyledLayer[] {
  const order = state.order;
  if (!order || order.length === 0) return STYLED_LAYERS;
  const rank = (s: StyledLayer) => (s.group ? order.indexOf(s.group) : -1);
  const isOverlay = (s: StyledLayer) => s.layer.type === 'symbol' || s.layer.type === 'circle' || s.group === null;
  const base = STYLED_LAYERS.filter((s) => !isUnder(s) && !isOverlay(s));
  const sorted = base.map((s, i) => ({ s, i })).sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i).map((x) => x.s);
  return [...STYLED_LAYERS.filter(isUnder), ...sorted, ...STYLED_LAYERS.filter((s) => !isUnder(s) && isOverlay(s))];
}

const NONE: FilterSpecification = ['==', ['get', '_i'], -1];

/** The filter that picks an outline's features of a source; NONE when it names none. */
export function outlineFilter(outlines: readonly Outline[], source: string): FilterSpecification {
  const mine = outlines.filter((o) => o.layer === source);
  if (mine.length === 0) return NONE;
  const parts: ExpressionSpecification[] = mine.map((o) => ('all' in o ? ['==', 1, 1]
    : 'property' in o ? ['in', ['get', o.property], ['literal', [...o.values]]]
      : ['in', ['get', '_i'], ['literal', [...o.indices]]]) as ExpressionSpecification);
  return (parts.length === 1 ? parts[0] : ['any', ...parts]) as FilterSpecification;
}

function selectionFilter(selection: FeatureId | null, source: string): FilterSpecification {
  return selection && selection.layer === source ? ['==', ['get', '_i'], selection.index] : NONE;
}

/** The outline and selection layers of each outlined source, drawn above everything else. */
function outlineLayers(state: MapState): LayerSpecification[] {
  const out: LayerSpecification[] = [];
  for (const source of OUTLINED_SOURCES) {
    const tiled = TILED.has(source);
    const at = tiled ? { source, 'source-layer': sourceLayer(state, source) } : { source };
    const points = source === 'sections';
    if (points) {
      out.push({ id: 'highlight-circle', type: 'circle', ...at, filter: outlineFilter(state.highlight, source), paint: { 'circle-radius': 13, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': COLORS.highlight, 'circle-stroke-width': 3 } } as LayerSpecification);
      out.push({ id: 'selection-circle', type: 'circle', ...at, filter: selectionFilter(state.selection, source), paint: { 'circle-radius': 15, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': COLORS.selected, 'circle-stroke-width': 4 } } as LayerSpecification);
    } else {
      out.push({ id: `${source}-highlight`, type: 'line', ...at, filter: outlineFilter(state.highlight, source), paint: { 'line-color': COLORS.highlight, 'line-width': 2.5 } } as LayerSpecification);
      out.push({ id: `${source}-selection`, type: 'line', ...at, filter: selectionFilter(state.selection, source), paint: { 'line-color': COLORS.selected, 'line-width': 4 } } as LayerSpecification);
    }
  }
  return out;
}

/** A styled layer with the state applied: visibility of its group, opacity, label sizes. */
function applied(s: StyledLayer, state: MapState): LayerSpecification {
  const base = ('source' in s.layer && TILED.has(s.layer.source) ? { ...s.layer, 'source-layer': sourceLayer(state, s.layer.source) } : { ...s.layer }) as LayerSpecification & { paint?: Record<string, unknown>; layout?: Record<string, unknown> };
  const paint: Record<string, unknown> = { ...(base.paint ?? {}) };
  const layout: Record<string, unknown> = { ...(base.layout ?? {}) };
  if (s.group) {
    const f = state.opacity[s.group] ?? 1;
    for (const [prop, full] of Object.entries(s.opacity)) paint[prop] = full * f;
    layout.visibility = state.visible[s.group] ? 'visible' : 'none';
  }
  if (s.layer.id === 'towns-choropleth') {
    const colors = state.choropleth?.colors ?? [];
    if (colors.length === 0) layout.visibility = 'none';
    else paint['fill-color'] = ['match', ['get', '_i'], ...colors.flatMap((c, i) => [i, c]), 'rgba(0,0,0,0)'];
  }
  const filter = s.group && 'source' in s.layer && s.layer.source === s.group ? state.filters?.[s.group] : undefined;
  const own = (s.layer as { filter?: unknown }).filter;
  if (filter) (base as { filter?: unknown }).filter = own ? ['all', own, indexFilter(filter)] : indexFilter(filter);
  const color = s.group ? state.colors?.[s.group] : undefined;
  if (color) {
    if ('fill-color' in paint) paint['fill-color'] = color;
    if ('line-color' in paint) paint['line-color'] = color;
  }
  if (state.largeLabels) {
    // Sizes for a screen read from 3 m, given at 1080p and scaled with the screen.
    const k = state.furnitureScale ?? 1;
    const text = LARGE_TEXT[s.layer.id];
    if (text !== undefined) { layout['text-size'] = text * k; if (typeof paint['text-halo-width'] === 'number') paint['text-halo-width'] = (paint['text-halo-width'] as number) * k; }
    if (s.layer.id === 'sections-circle') { paint['circle-radius'] = 12 * k; paint['circle-stroke-width'] = 2 * k; }
    if (s.layer.type === 'line' && typeof paint['line-width'] === 'number') paint['line-width'] = (paint['line-width'] as number) * k;
    if (s.layer.id === 'water-line') paint['line-width'] = 2 * k;
  }
  return { ...base, paint, layout } as LayerSpecification;
}

/** Label sizes on a screen read from a distance, in pixels at 1080p (see MapState.furnitureScale). */
const LARGE_TEXT: Readonly<Record<string, number>> = { 'towns-label': 24, 'sections-label': 20, 'neighbours-label': 20, 'water-label': 18 };

/** The whole style for a state: a pure function, applied by the map controller with MapLibre's diff. */
export function buildStyle(state: MapState): StyleSpecification {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': COLORS.background } },
    ...(state.basemap?.templates ?? []).map((_, i) => ({ id: `basemap-${i}`, type: 'raster', source: `basemap-${i}`, paint: { 'raster-opacity': i === 0 ? 0.85 : 1 } }) as LayerSpecification),
    ...drawingOrder(state).map((s) => applied(s, state)),
    ...outlineLayers(state),
    ...(state.change ? changeLayers(state.change, state) : []),
    ...(state.marker ? [{ id: 'marker', type: 'circle', source: 'marker', paint: { 'circle-radius': 9, 'circle-color': '#ffffff', 'circle-stroke-color': COLORS.selected, 'circle-stroke-width': 4 } } as LayerSpecification] : []),
  ];
  // Outlines go under the site layers and labels, which stay on top.
  const top = new Set(['sites-fill', 'sites-line', 'sites-label', 'siteOverlaps-fill']);
  const ordered = [...layers.filter((l) => !top.has(l.id)), ...layers.filter((l) => top.has(l.id))];
  return {
    version: 8,
    sources: {
      ...Object.fromEntries(TILED_SOURCE_IDS.map((id) => [id, tiledSource(state.urls[id] ?? null, state.tiles?.[id])])),
      ...Object.fromEntries(GEOJSON_SOURCE_IDS.map((id) => [id, { type: 'geojson', data: empty }])),
      ...Object.fromEntries((state.basemap?.templates ?? []).map((tpl, i) => [`basemap-${i}`, { type: 'raster', tiles: [tpl], tileSize: 256 }])),
      ...(state.marker ? { marker: { type: 'geojson', data: { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [...state.marker] } } } } : {}),
    },
    layers: ordered,
  };
}
