/** Who made the opted-in online basemap, in the map's corner; hidden when the map is offline (a MapLibre control). */
import type { IControl } from 'maplibre-gl';

export class BasemapAttribution implements IControl {
  private readonly el: HTMLDivElement = document.createElement('div');

  constructor() {
    this.el.className = 'maplibregl-ctrl maplibregl-ctrl-attrib basemap-attribution';
    this.set(null);
  }

  /** Shows `text` (plain text, never HTML), or hides the control for null or ''. */
  set(text: string | null): void {
    this.el.textContent = text ?? '';
    this.el.hidden = !text;
  }

  onAdd(): HTMLElement {
    return this.el;
  }

  onRemove(): void {
    this.el.remove();
  }
}
