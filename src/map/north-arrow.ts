/** A north arrow that turns with the map's bearing (a MapLibre control). */
import type { IControl, Map as MaplibreMap } from 'maplibre-gl';

export class NorthArrow implements IControl {
  private el: HTMLDivElement | null = null;
  private map: MaplibreMap | null = null;
  private scale = 1;
  private readonly rotate = () => {
    if (this.el && this.map) this.el.style.transform = `rotate(${-this.map.getBearing()}deg)`;
  };

  onAdd(map: MaplibreMap): HTMLElement {
    this.map = map;
    const el = document.createElement('div');
    el.className = 'north-arrow maplibregl-ctrl';
    el.setAttribute('role', 'img');
    el.setAttribute('aria-label', 'N');
    el.innerHTML = '<svg viewBox="0 0 40 56" width="30" height="42" aria-hidden="true"><path d="M20 4 L32 40 L20 33 L8 40 Z" fill="#263238"/><path d="M20 4 L20 33 L8 40 Z" fill="#90a4ae"/><text x="20" y="54" text-anchor="middle" font-size="14" font-family="sans-serif" font-weight="700" fill="#263238">N</text></svg>';
    this.el = el;
    this.setScale(this.scale);
    map.on('rotate', this.rotate);
    this.rotate();
    return el;
  }

  /** Draws the arrow `k` times its size (30 × 42 px at 1): on a screen read from afar. */
  setScale(k: number): void {
    this.scale = k;
    const svg = this.el?.querySelector('svg');
    if (svg) { svg.setAttribute('width', String(30 * k)); svg.setAttribute('height', String(42 * k)); }
  }

  onRemove(): void {
    this.map?.off('rotate', this.rotate);
    this.el?.remove();
    this.el = null;
    this.map = null;
  }
}
