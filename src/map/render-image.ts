/**
 * The map as a picture for printing: a snapshot of the map on screen fitted to a box (a site's
 * report), or the map drawn again into an image of a given size by a second, hidden map, so the
 * one on screen does not move (the map export).
 */
import * as maplibregl from 'maplibre-gl';
import type { LngLatBoundsLike, StyleSpecification } from 'maplibre-gl';
import type { DisplayCollection } from './display-features.ts';
import type { MapState } from './map-style.ts';
import { hatchPattern } from './hatch-pattern.ts';
import { buildStyle, FONT, HATCH_IMAGE } from './map-style.ts';

/**
 * A picture of `map` as a PNG data URL, north up, after fitting a box: for printed reports. Read
 * during a render, while the drawing buffer is still valid; `idle` resolves when the map has
 * drawn everything it has.
 */
export async function snapshotMap(map: maplibregl.Map, bbox: readonly [number, number, number, number], idle: () => Promise<void>): Promise<{ image: string; zoom: number; centerLat: number }> {
  map.jumpTo({ bearing: 0 });
  map.fitBounds(bbox as unknown as LngLatBoundsLike, { padding: 80, maxZoom: 15, duration: 0 });
  await idle();
  const image = await new Promise<string>((resolve) => {
    map.once('render', () => resolve(map.getCanvas().toDataURL('image/png')));
    map.triggerRepaint();
  });
  return { image, zoom: map.getZoom(), centerLat: map.getCenter().lat };
}

/**
 * `map` as it is now (layers, filters, sections, sites; not a sketch of the drawing tool) drawn
 * into an image of `width` × `height` CSS pixels at `pixelRatio` image pixels each, showing at
 * least the area in view on screen, north up. Resolves with the canvas and the zoom and centre
 * latitude (for a scale bar).
 */
export async function renderMapImage(map: maplibregl.Map, width: number, height: number, pixelRatio: number): Promise<{ canvas: HTMLCanvasElement; zoom: number; centerLat: number }> {
  const b = map.getBounds();
  const style = map.getStyle();
  // The drawing tool's layers (a sketch in progress) are not part of the picture.
  const drawn = { ...style, layers: style.layers.filter((l) => !l.id.startsWith('td-')) };
  return drawHidden(drawn, [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], 0, width, height, pixelRatio);
}

/**
 * The map drawn from another state than the one on screen (the submission pack's maps): the style
 * built from `state`, with the data the on-screen map's GeoJSON sources hold (or `data` instead,
 * by source id), without layers others added (sites, the drawing tool), fitted to `bbox` with
 * `padding` CSS pixels, north up, into `width` × `height` CSS pixels at `pixelRatio`.
 */
export async function renderStateImage(map: maplibregl.Map, state: MapState, data: Readonly<Partial<Record<string, DisplayCollection>>>, bbox: readonly [number, number, number, number], padding: number, width: number, height: number, pixelRatio: number): Promise<{ canvas: HTMLCanvasElement; zoom: number; centerLat: number }> {
  const style = buildStyle(state);
  const current = map.getStyle().sources;
  const sources = Object.fromEntries(Object.entries(style.sources).map(([id, src]) => {
    if (src.type !== 'geojson') return [id, src];
    const now = current[id];
    const given = data[id];
    return [id, given ? { ...src, data: given } : now && now.type === 'geojson' ? { ...src, data: now.data } : src];
  }));
  return drawHidden({ ...style, sources }, bbox, padding, width, height, pixelRatio);
}

/** Draws a style in a hidden map of the given size fitted to a box, and copies its picture to a canvas. */
async function drawHidden(style: StyleSpecification, bbox: readonly [number, number, number, number], padding: number, width: number, height: number, pixelRatio: number): Promise<{ canvas: HTMLCanvasElement; zoom: number; centerLat: number }> {
  const holder = document.createElement('div');
  Object.assign(holder.style, { position: 'fixed', left: '-20000px', top: '0', width: `${width}px`, height: `${height}px` });
  document.body.appendChild(holder);
  const copy = new maplibregl.Map({
    container: holder, style, bounds: bbox as unknown as LngLatBoundsLike, fitBoundsOptions: { padding }, bearing: 0,
    pixelRatio, interactive: false, attributionControl: false, fadeDuration: 0, maxCanvasSize: [8192, 8192],
    localIdeographFontFamily: FONT.join(', '), canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  copy.on('styleimagemissing', (e: { id: string }) => { if (e.id === HATCH_IMAGE && !copy.hasImage(HATCH_IMAGE)) copy.addImage(HATCH_IMAGE, hatchPattern()); });
  try {
    await new Promise<void>((resolve) => copy.once('idle', () => resolve()));
    const canvas = document.createElement('canvas');
    canvas.width = copy.getCanvas().width; canvas.height = copy.getCanvas().height;
    canvas.getContext('2d')!.drawImage(copy.getCanvas(), 0, 0);
    return { canvas, zoom: copy.getZoom(), centerLat: copy.getCenter().lat };
  } finally {
    copy.remove();
    holder.remove();
  }
}
