/**
 * The map controller's options and the camera and padding types it takes and gives: what React
 * passes in, apart from the MapLibre map the controller keeps to itself.
 */
import type { MapState } from './map-style.ts';
import type { SelectHandler } from './pointer-events.ts';

/** Space to leave at each edge of the map, in pixels. */
export interface Padding { readonly top: number; readonly bottom: number; readonly left: number; readonly right: number }

/** Camera position: centre [lon, lat], zoom, bearing in degrees. */
export interface View {
  readonly center: readonly [number, number];
  readonly zoom: number;
  readonly bearing: number;
}

/** Where the map goes, how it starts, and who hears of what happens on it. */
export interface MapControllerOptions {
  readonly container: HTMLElement;
  readonly view?: View;
  /** The state the map starts with (see MapState); later ones come through setState. */
  readonly state: MapState;
  /**
   * Called with the clicked feature (a site is the layer `sites`), or null for a click on empty
   * map, every feature under the point, and the attributes of those drawn from the dataset's own
   * vector tiles (by featureKey), which nothing else holds.
   */
  readonly onSelect?: SelectHandler;
  /** Called when the camera stops moving. */
  readonly onViewChange?: (view: View) => void;
  /** Called with the pointer's [lon, lat] as it moves over the map (once per frame at most), null when it leaves. */
  readonly onPointer?: (lonLat: readonly [number, number] | null) => void;
  /** Tests: no label fading, and a readable drawing buffer. */
  readonly testMode?: boolean;
  /** Called when the WebGL context was lost and not restored within `contextTimeoutMs`. */
  readonly onContextLost?: () => void;
  /** How long a lost WebGL context may take to come back, in ms (5000 by default). */
  readonly contextTimeoutMs?: number;
  /** Called when the map cannot draw: MapLibre's worker script was refused or failed to load. */
  readonly onFailure?: (kind: MapFailure) => void;
}

/**
 * Why a map cannot draw: its worker script did not load (a web server sending it with a type that
 * is not JavaScript, a missing file), the browser gives no WebGL, or the WebGL context was lost and
 * a new map could not get one.
 */
export type MapFailure = 'worker' | 'webgl' | 'context';
