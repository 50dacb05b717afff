/**
 * The public face of the map module for the app: the controller that owns MapLibre, the state the
 * style is built from, the layer groups, the legend and the palette. The app imports from here
 * (or, in the report worker, from tile-data.ts) only; a lint rule forbids deeper imports.
 */
// MapLibre's stylesheet comes with the first screen (before the app's, so the app's rules win),
// though MapLibre's code loads later with the controller.
import 'maplibre-gl/dist/maplibre-gl.css';

export type { EditRefusal, MapController, Padding, SiteShape, View } from './map-controller.ts';
export type { MapFailure } from './controller-options.ts';

/**
 * The map controller's class, loaded on demand: MapLibre (and the drawing tool) are a large part
 * of the app's code, and the first screen (the board with its numbers) does not wait for them.
 */
export function loadMapController(): Promise<typeof import('./map-controller.ts').MapController> {
  return import('./map-controller.ts').then((m) => m.MapController);
}
export { DEFAULT_GROUP_ORDER, UNDER_GROUPS } from './map-style.ts';
export { datasetTiles } from './dataset-tiles.ts';
export type { DatasetTiles } from './dataset-tiles.ts';
export type { Basemap, IndexFilter, MapState, YearChangeOutline } from './map-style.ts';
export { basemapFor } from './basemap-presets.ts';
export type { BasemapChoice } from './basemap-presets.ts';
export { defaultVisibility, GROUP_IDS, groupById, groupName, LAYER_GROUPS } from './layer-groups.ts';
export type { GroupId } from './layer-groups.ts';
export { legendEntries, visibleLegend } from './legend.ts';
export type { LegendEntry } from './legend.ts';
export type { LayerSummary } from './layer-summary.ts';
export type { DisplayCollection } from './display-features.ts';
export { CLASS_COLORS, COLORS, NO_CLASS_COLOR, readableText } from './palette.ts';
export { metresPerPixel, PAPER_MM, pageLayout, scaleBarLength } from './print-layout.ts';
export type { Orientation, PageLayout, Paper, Rect } from './print-layout.ts';
export { CHOROPLETH_NO_DATA, classColor, classRange, targetClasses } from './choropleth.ts';
export type { ChoroplethClass } from './choropleth.ts';
export { packMapSpecs } from './pack-maps.ts';
export type { PackMapSpec } from './pack-maps.ts';
