/**
 * The public face of the map module for the app: the controller that owns MapLibre, the state the
 * style is built from, the layer groups, the legend and the palette. The app imports from here
 * (or, in the report worker, from tile-data.ts) only; a lint rule forbids deeper imports.
 */
export { MapController } from './map-controller.ts';
export type { Padding, View } from './map-controller.ts';
export type { MapState } from './map-style.ts';
export { defaultVisibility, GROUP_IDS, groupById, groupName, LAYER_GROUPS } from './layer-groups.ts';
export type { GroupId } from './layer-groups.ts';
export { legendEntries } from './legend.ts';
export type { LegendEntry } from './legend.ts';
export type { LayerSummary } from './layer-summary.ts';
export type { DisplayCollection } from './display-features.ts';
export { CLASS_COLORS, COLORS, NO_CLASS_COLOR, readableText } from './palette.ts';
