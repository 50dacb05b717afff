/**
 * The MapLibre style, built in code as plain data: an empty source for every layer group (vector
 * tiles made in MapLibre's workers for the dataset's layers, GeoJSON for the rest) and the layers
 * that draw them. No glyph or tile server: labels use local fonts (no `glyphs`).
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification, VectorSourceSpecification } from 'maplibre-gl';
import type { GroupId } from './layer-groups.ts';
import { TILE_LAYER, TILE_MAXZOOM, tileTemplate } from './tile-source.ts';
import { CLASS_COLORS, COLORS, LAND_CLASS_COLORS, NO_CLASS_COLOR, PROTECTED_COLORS, PROTECTED_OTHER } from './palette.ts';

export const FONT = ['Noto Sans CJK SC', 'Noto Sans SC', 'sans-serif'];
export const HATCH_IMAGE = 'red-line-hatch';

/** The dataset's layers, drawn from vector tiles cut in MapLibre's workers (tile-source.ts). */
export const TILED_SOURCE_IDS = ['boundary', 'towns', 'water', 'waterFunctionZones', 'forestParcels', 'urbanAreas', 'residential', 'parks', 'protectedAreas', 'redLines', 'townLabels'] as const;
export type TiledSourceId = (typeof TILED_SOURCE_IDS)[number];
/** GeoJSON sources the main thread fills: the sections (recoloured by month), overlays and sites. */
const GEOJSON_SOURCE_IDS = ['sections', 'highlight', 'selection', 'sites', 'siteOverlaps', 'siteLabels'] as const;
export type GeoJSONSourceId = (typeof GEOJSON_SOURCE_IDS)[number];
const TILED: ReadonlySet<string> = new Set(TILED_SOURCE_IDS);
/**
 * The properties the style reads from each tiled layer: only these (and the feature's index,
 * `_i`) go into the tiles; the inspector fetches the whole feature from the report worker.
 */
export const TILE_PROPERTIES: Readonly<Record<TiledSourceId, readonly string[]>> = {
  boundary: [], towns: [], water: ['name'], waterFunctionZones: [], forestParcels: ['landClass'], urbanAreas: [],
  residential: [], parks: [], protectedAreas: ['category'], redLines: [], townLabels: ['name'],
};

function matchColor(property: string, colors: Readonly<Record<string, string>>, fallback: string): ExpressionSpecification {
  const pairs = Object.entries(colors).flat();
  return ['match', ['get', property], ...pairs, fallback] as unknown as ExpressionSpecification;
}

const classColor = ['match', ['get', '_cls'], 1, CLASS_COLORS[1], 2, CLASS_COLORS[2], 3, CLASS_COLORS[3], 4, CLASS_COLORS[4], 5, CLASS_COLORS[5], 6, CLASS_COLORS[6], NO_CLASS_COLOR] as unknown as ExpressionSpecification;
const polygons: ExpressionSpecification = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
const lines: ExpressionSpecification = ['match', ['geometry-type'], ['LineString', 'MultiLineString'], true, false];
const points: ExpressionSpecification = ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false];

/** A layer and the group whose toggle and opacity control it (none: always shown). */
export interface StyledLayer {
  readonly group: GroupId | null;
  readonly layer: LayerSpecification;
  /** Paint properties scaled by the group's opacity, with their full value. */
  readonly opacity: Readonly<Record<string, number>>;
}

/** Every layer of the map, bottom to top. */
export const STYLED_LAYERS: readonly StyledLayer[] = [
  { group: null, layer: { id: 'boundary-fill', type: 'fill', source: 'boundary', paint: { 'fill-color': '#fbfaf5' } }, opacity: {} },
  { group: 'waterFunctionZones', layer: { id: 'waterFunctionZones-fill', type: 'fill', source: 'waterFunctionZones', paint: { 'fill-color': COLORS.zoneLine, 'fill-opacity': 0.08 } }, opacity: { 'fill-opacity': 0.08 } },
  { group: 'waterFunctionZones', layer: { id: 'waterFunctionZones-line', type: 'line', source: 'waterFunctionZones', paint: { 'line-color': COLORS.zoneLine, 'line-width': 1.2, 'line-dasharray': [3, 2] } }, opacity: { 'line-opacity': 1 } },
  { group: 'forestParcels', layer: { id: 'forestParcels-fill', type: 'fill', source: 'forestParcels', paint: { 'fill-color': matchColor('landClass', LAND_CLASS_COLORS, '#eeeeee'), 'fill-opacity': 0.75, 'fill-outline-color': '#ffffff' } }, opacity: { 'fill-opacity': 0.75 } },
  { group: 'urbanAreas', layer: { id: 'urbanAreas-fill', type: 'fill', source: 'urbanAreas', paint: { 'fill-color': COLORS.urban, 'fill-opacity': 0.6 } }, opacity: { 'fill-opacity': 0.6 } },
  { group: 'urbanAreas', layer: { id: 'urbanAreas-line', type: 'line', source: 'urbanAreas', paint: { 'line-color': COLORS.urbanLine, 'line-width': 1 } }, opacity: { 'line-opacity': 1 } },
  { group: 'residential', layer: { id: 'residential-fill', type: 'fill', source: 'residential', paint: { 'fill-color': COLORS.residential, 'fill-opacity': 0.7 } }, opacity: { 'fill-opacity': 0.7 } },
  { group: 'parks', layer: { id: 'parks-fill', type: 'fill', source: 'parks', paint: { 'fill-color': COLORS.park, 'fill-opacity': 0.8 } }, opacity: { 'fill-opacity': 0.8 } },
  { group: 'parks', layer: { id: 'parks-line', type: 'line', source: 'parks', paint: { 'line-color': COLORS.parkLine, 'line-width': 0.8 } }, opacity: { 'line-opacity': 1 } },
  { group: 'water', layer: { id: 'water-fill', type: 'fill', source: 'water', filter: polygons, paint: { 'fill-color': COLORS.water, 'fill-opacity': 1 } }, opacity: { 'fill-opacity': 1 } },
  { group: 'water', layer: { id: 'water-line', type: 'line', source: 'water', filter: lines, paint: { 'line-color': COLORS.waterLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 9, 1, 14, 4] } }, opacity: { 'line-opacity': 1 } },
  { group: 'protectedAreas', layer: { id: 'protectedAreas-fill', type: 'fill', source: 'protectedAreas', paint: { 'fill-color': matchColor('category', PROTECTED_COLORS, PROTECTED_OTHER), 'fill-opacity': 0.3 } }, opacity: { 'fill-opacity': 0.3 } },
  { group: 'protectedAreas', layer: { id: 'protectedAreas-line', type: 'line', source: 'protectedAreas', paint: { 'line-color': matchColor('category', PROTECTED_COLORS, PROTECTED_OTHER), 'line-width': 1.5 } }, opacity: { 'line-opacity': 1 } },
  { group: 'redLines', layer: { id: 'redLines-fill', type: 'fill', source: 'redLines', paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': 0.9 } }, opacity: { 'fill-opacity': 0.9 } },
  { group: 'redLines', layer: { id: 'redLines-line', type: 'line', source: 'redLines', paint: { 'line-color': COLORS.redLine, 'line-width': 2.2 } }, opacity: { 'line-opacity': 1 } },
  { group: 'towns', layer: { id: 'towns-line', type: 'line', source: 'towns', paint: { 'line-color': COLORS.townLine, 'line-width': 0.8, 'line-dasharray': [4, 2] } }, opacity: { 'line-opacity': 1 } },
  { group: null, layer: { id: 'boundary-line', type: 'line', source: 'boundary', paint: { 'line-color': COLORS.boundary, 'line-width': 2.5 } }, opacity: {} },
  { group: 'water', layer: { id: 'water-label', type: 'symbol', source: 'water', filter: lines, minzoom: 10.5, layout: { 'symbol-placement': 'line', 'text-field': ['get', 'name'], 'text-font': FONT, 'text-size': 12 }, paint: { 'text-color': '#1565c0', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 } }, opacity: { 'text-opacity': 1 } },
  { group: 'towns', layer: { id: 'towns-label', type: 'symbol', source: 'townLabels', layout: { 'text-field': ['get', 'name'], 'text-font': FONT, 'text-size': ['interpolate', ['linear'], ['zoom'], 9, 11, 13, 15] }, paint: { 'text-color': COLORS.townLabel, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 } }, opacity: { 'text-opacity': 1 } },
  { group: null, layer: { id: 'highlight-fill', type: 'fill', source: 'highlight', filter: polygons, paint: { 'fill-color': COLORS.highlight, 'fill-opacity': 0.15 } }, opacity: {} },
  { group: null, layer: { id: 'highlight-line', type: 'line', source: 'highlight', filter: polygons, paint: { 'line-color': COLORS.highlight, 'line-width': 2.5 } }, opacity: {} },
  { group: null, layer: { id: 'highlight-circle', type: 'circle', source: 'highlight', filter: points, paint: { 'circle-radius': 13, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': COLORS.highlight, 'circle-stroke-width': 3 } }, opacity: {} },
  { group: 'sections', layer: { id: 'sections-circle', type: 'circle', source: 'sections', paint: { 'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 6, 14, 11], 'circle-color': classColor, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1.5 } }, opacity: { 'circle-opacity': 1, 'circle-stroke-opacity': 1 } },
  { group: 'sections', layer: { id: 'sections-label', type: 'symbol', source: 'sections', layout: { 'text-field': ['get', '_label'], 'text-font': FONT, 'text-size': 12, 'text-offset': [0, 1.3], 'text-anchor': 'top', 'text-allow-overlap': false }, paint: { 'text-color': '#263238', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 } }, opacity: { 'text-opacity': 1 } },
  { group: null, layer: { id: 'siteOverlaps-fill', type: 'fill', source: 'siteOverlaps', paint: { 'fill-color': COLORS.overlap, 'fill-opacity': 0.65 } }, opacity: {} },
  { group: null, layer: { id: 'sites-fill', type: 'fill', source: 'sites', paint: { 'fill-color': COLORS.site, 'fill-opacity': 0.12 } }, opacity: {} },
  { group: null, layer: { id: 'sites-line', type: 'line', source: 'sites', paint: { 'line-color': COLORS.site, 'line-width': 2.5, 'line-dasharray': [2, 1] } }, opacity: {} },
  { group: null, layer: { id: 'sites-label', type: 'symbol', source: 'siteLabels', layout: { 'text-field': ['get', 'name'], 'text-font': FONT, 'text-size': 13 }, paint: { 'text-color': COLORS.site, 'text-halo-color': '#ffffff', 'text-halo-width': 2 } }, opacity: {} },
  { group: null, layer: { id: 'selection-line', type: 'line', source: 'selection', filter: polygons, paint: { 'line-color': COLORS.selected, 'line-width': 4 } }, opacity: {} },
  { group: null, layer: { id: 'selection-circle', type: 'circle', source: 'selection', filter: points, paint: { 'circle-radius': 15, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': COLORS.selected, 'circle-stroke-width': 4 } }, opacity: {} },
];

/** Style layers that can be clicked, top first, with their group. */
export const CLICKABLE_LAYERS: readonly string[] = ['sections-circle', 'sites-fill', 'redLines-fill', 'protectedAreas-fill', 'parks-fill', 'residential-fill', 'urbanAreas-fill', 'forestParcels-fill', 'water-fill', 'water-line', 'waterFunctionZones-fill'];

/** The vector source of a tiled layer, showing the GeoJSON file at `url` (nothing with null). */
function tiledSource(url: string | null): VectorSourceSpecification {
  return { type: 'vector', tiles: [tileTemplate(url)], maxzoom: TILE_MAXZOOM };
}

/** The style with empty sources, ready for data. */
export function buildStyle(): StyleSpecification {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  return {
    version: 8,
    sources: {
      ...Object.fromEntries(TILED_SOURCE_IDS.map((id) => [id, tiledSource(null)])),
      ...Object.fromEntries(GEOJSON_SOURCE_IDS.map((id) => [id, { type: 'geojson', data: empty }])),
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': COLORS.background } },
      ...STYLED_LAYERS.map((s) => ('source' in s.layer && TILED.has(s.layer.source) ? { ...s.layer, 'source-layer': TILE_LAYER } as LayerSpecification : s.layer)),
    ],
  };
}
