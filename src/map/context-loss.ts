/**
 * A lost WebGL context is usually restored by the browser, and MapLibre redraws; if it is not,
 * the map's owner is told, so it can build a new map (a kiosk must keep running for days).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Calls `onLost` when `map`'s WebGL context was lost and not restored within `timeoutMs`.
 * Returns a function that cancels a pending call (for when the map is removed).
 */
export function watchContextLoss(map: MapLibreMap, onLost: () => void, timeoutMs: number): () => void {
  let lostTimer: ReturnType<typeof setTimeout> | null = null;
  map.on('webglcontextlost', () => {
    lostTimer = setTimeout(onLost, timeoutMs);
  });
  map.on('webglcontextrestored', () => {
    if (lostTimer) clearTimeout(lostTimer);
    lostTimer = null;
  });
  return () => { if (lostTimer) clearTimeout(lostTimer); };
}
