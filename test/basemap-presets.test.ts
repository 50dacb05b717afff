import { describe, expect, it } from 'vitest';
import { basemapFor } from '../src/map/basemap-presets.ts';

describe('basemapFor', () => {
  it('is null when off, whatever else is typed', () => {
    expect(basemapFor('off', 'abcdef0123456789', 'https://a/{z}/{x}/{y}.png')).toBeNull();
  });
  it('draws 天地图 vector tiles with the Chinese annotation above, and says whose they are', () => {
    const b = basemapFor('tianditu-vec', ' abcdef0123456789 ', '');
    expect(b?.templates).toEqual([
      'https://t0.tianditu.gov.cn/DataServer?T=vec_w&x={x}&y={y}&l={z}&tk=abcdef0123456789',
      'https://t0.tianditu.gov.cn/DataServer?T=cva_w&x={x}&y={y}&l={z}&tk=abcdef0123456789',
    ]);
    expect(b?.attribution).toContain('天地图');
  });
  it('draws 天地图 imagery with its annotation layer', () => {
    expect(basemapFor('tianditu-img', 'abcdef0123456789', '')?.templates.map((t) => t.match(/T=(\w+)/)?.[1])).toEqual(['img_w', 'cia_w']);
  });
  it('waits for a key before asking 天地图 for anything', () => {
    expect(basemapFor('tianditu-vec', '', '')).toBeNull();
    expect(basemapFor('tianditu-img', 'not a key!', '')).toBeNull();
  });
  it('takes a custom XYZ template only with {z}, {x} and {y}', () => {
    expect(basemapFor('custom', '', 'https://tiles.example/{z}/{x}/{y}.png')).toEqual({ templates: ['https://tiles.example/{z}/{x}/{y}.png'], attribution: 'tiles.example' });
    expect(basemapFor('custom', '', 'https://tiles.example/{z}/{x}.png')).toBeNull();
    expect(basemapFor('custom', '', 'file:///tmp/{z}/{x}/{y}.png')).toBeNull();
  });
});
