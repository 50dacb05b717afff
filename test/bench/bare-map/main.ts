/**
 * The yardstick of the first-load bench: a bare MapLibre page that draws every bundled layer of the
 * sample (GeoJSON sources, simple paint by geometry, no indicators, no React), fetched from its own
 * build as the app's files are. `window.__bareIdle` is the time from navigation to its first idle.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

declare global { interface Window { __bareIdle?: number } }

const files = import.meta.glob('../../../data/*.geojson', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const is = (types: string[]) => ['match', ['geometry-type'], types, true, false];

maplibregl.setWorkerUrl(workerUrl);
const sources = Object.entries(files).map(([k, url]) => [k.slice(k.lastIndexOf('/') + 1, -'.geojson'.length), url] as const);
const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources: Object.fromEntries(sources.map(([id, url]) => [id, { type: 'geojson', data: url }])),
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#f5f6f4' } },
      ...sources.flatMap(([id]) => [
        { id: `${id}-fill`, type: 'fill', source: id, filter: is(['Polygon', 'MultiPolygon']), paint: { 'fill-color': '#81c784', 'fill-opacity': 0.4 } },
        { id: `${id}-line`, type: 'line', source: id, filter: is(['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString']), paint: { 'line-color': '#37474f', 'line-width': 1 } },
        { id: `${id}-circle`, type: 'circle', source: id, filter: is(['Point', 'MultiPoint']), paint: { 'circle-radius': 6, 'circle-color': '#1565c0' } },
      ]),
    ] as maplibregl.LayerSpecification[],
  },
  center: [120.87, 30.0],
  zoom: 9.3,
  fadeDuration: 0,
  attributionControl: false,
});
map.once('idle', () => { window.__bareIdle = performance.now(); });
