/**
 * For `npm run pack` (src/cli/pack.ts), which opens the built app in headless Chromium to draw the
 * pack's maps with MapLibre and the app's own style: with `?pack=maps` in the page's address, the
 * page offers `window.__packMaps(lang, date)`, resolving with every map of the pack as base64 PNG.
 * Without that parameter nothing is added.
 */
import { useEffect } from 'react';
import type { Lang } from '../../core/index.ts';
import { appPackMaps } from './make-pack.ts';
import type { PackSources } from './make-pack.ts';

/** A map of the pack as the page hands it to Node. */
export interface PackMapOut { readonly id: string; readonly title: string; readonly pngBase64: string; readonly widthPx: number; readonly heightPx: number; readonly dpi: number }

declare global {
  interface Window { __packMaps?: (lang: Lang, date: string) => Promise<PackMapOut[]> }
}

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** Offers `window.__packMaps` when the address asks for it (`?pack=maps`); it throws "not ready" until the report and the map are. */
export function usePackMapsHook(sources: () => PackSources | null): void {
  useEffect(() => {
    if (new URLSearchParams(window.location.search).get('pack') !== 'maps') return;
    window.__packMaps = async (lang, date) => {
      const src = sources();
      if (!src) throw new Error('not ready: the report or the map is still loading');
      const byTowns = src.dataset.layers.towns ? await src.fetchByZone('towns') : null;
      const maps = await appPackMaps({ ...src, lang }, byTowns, date, () => {});
      return maps.map((m) => ({ id: m.id, title: m.title, pngBase64: base64(m.png), widthPx: m.widthPx, heightPx: m.heightPx, dpi: m.dpi }));
    };
    return () => { delete window.__packMaps; };
  }, [sources]);
}
