/**
 * The map as a picture for printing: a snapshot of the map on screen fitted to a box (a site's
 * report), or the map drawn again into an image of a given size by a second, hidden map, so the
 * one on screen does not move (the map export).
 */
import * as maplibregl from 'maplibre-gl';
import type { LngLatBoundsLike } from 'maplibre-gl';
import { hatchPattern } from './hatch-pattern.ts';
import { FONT, HATCH_IMAGE } from './map-style.ts';

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
  const holder = document.createElement('div');
  Object.assign(holder.style, { position: 'fixed', left: '-20000px', top: '0', width: `${width}px`, height: `${height}px` });
  document.body.appendChild(holder);
  const style = map.getStyle();
  // The drawing tool's layers (a sketch in progress) are not part of the picture.
  const drawn = { ...style, layers: style.layers.filter((l) => !l.id.startsWith('td-')) };
  const copy = new maplibregl.Map({
    container: holder, style: drawn, bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], bearing: 0,
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
