/** The opt-in online basemaps: 天地图 (vector or imagery, with its annotation layer) or any XYZ template. */
import type { Basemap } from './map-style.ts';

/** Which basemap: none (offline, the default), 天地图 vector, 天地图 imagery, or the user's own template. */
export type BasemapChoice = 'off' | 'tianditu-vec' | 'tianditu-img' | 'custom';

/** 天地图 Web-Mercator tiles of one layer (`vec_w`, `cva_w`, `img_w`, `cia_w`) for a key. */
function tiandituTemplate(layer: string, key: string): string {
  return `https://t0.tianditu.gov.cn/DataServer?T=${layer}&x={x}&y={y}&l={z}&tk=${encodeURIComponent(key)}`;
}

/**
 * The basemap for a choice, or null when it cannot be drawn yet: `off`, 天地图 without a key
 * (the service refuses tiles without one), or a custom template that is not http(s) with `{z}`, `{x}`, `{y}`.
 * 天地图 draws the base tiles with the matching Chinese annotation tiles above them.
 */
export function basemapFor(choice: BasemapChoice, tiandituKey: string, customTemplate: string): Basemap | null {
  const key = tiandituKey.trim();
  if (choice === 'tianditu-vec' || choice === 'tianditu-img') {
    if (!/^[0-9a-zA-Z]{8,64}$/.test(key)) return null;
    const [base, notes] = choice === 'tianditu-vec' ? ['vec_w', 'cva_w'] : ['img_w', 'cia_w'];
    return { templates: [tiandituTemplate(base, key), tiandituTemplate(notes, key)], attribution: '© 天地图 国家地理信息公共服务平台' };
  }
  if (choice === 'custom') {
    const url = customTemplate.trim();
    const ok = /^https?:\/\/\S+$/.test(url) && ['{z}', '{x}', '{y}'].every((p) => url.includes(p));
    return ok ? { templates: [url], attribution: url.replace(/^https?:\/\/([^/]+).*$/, '$1') } : null;
  }
  return null;
}
