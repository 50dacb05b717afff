/**
 * Draws an exported map page on a 2D canvas: the title, the map image in its frame with a north
 * arrow, a scale bar and the legend, and a footer with the data source, the 示意数据 note for
 * sample data, the date and (on paper) the numeric scale. Layout and scale-bar length come from
 * the map module's pure functions.
 */
import { metresPerPixel, scaleBarLength } from '../../map/index.ts';
import type { LegendEntry, PageLayout } from '../../map/index.ts';

export interface LegendGroup { readonly name: string; readonly entries: readonly LegendEntry[] }

export interface MapPage {
  readonly layout: PageLayout;
  /** The map drawn at the map frame's size (see MapController.renderImage). */
  readonly map: { readonly canvas: HTMLCanvasElement; readonly zoom: number; readonly centerLat: number };
  readonly title: string;
  readonly legend: readonly LegendGroup[];
  readonly legendTitle: string;
  /** Footer lines, left: data source, then the sample-data note (drawn in red) if any. */
  readonly source: string;
  readonly note: string | null;
  /** Footer, right: date, coordinate system, and on paper the numeric scale. */
  readonly right: string;
  readonly north: string;
}

const FONT = "'Noto Sans CJK SC', 'Noto Sans SC', sans-serif";

/** The numeric scale (1 : n) of a map at `metresPerImagePx` printed at `dpi`, rounded to 3 significant digits. */
export function scaleDenominator(metresPerImagePx: number, dpi: number): number {
  const n = metresPerImagePx / (0.0254 / dpi);
  const p = 10 ** (Math.floor(Math.log10(n)) - 2);
  return Math.round(n / p) * p;
}

function swatch(ctx: CanvasRenderingContext2D, e: LegendEntry, x: number, y: number, s: number): void {
  ctx.save();
  ctx.fillStyle = e.color; ctx.strokeStyle = e.color; ctx.lineWidth = Math.max(1, s / 8);
  if (e.swatch === 'fill') ctx.fillRect(x, y, s * 1.4, s);
  else if (e.swatch === 'circle') { ctx.beginPath(); ctx.arc(x + s * 0.7, y + s / 2, s / 2, 0, 2 * Math.PI); ctx.fill(); }
  else if (e.swatch === 'hatch') {
    ctx.strokeRect(x, y, s * 1.4, s);
    ctx.beginPath(); ctx.rect(x, y, s * 1.4, s); ctx.clip();
    for (let k = -s; k < s * 1.4; k += s / 3) { ctx.moveTo(x + k, y + s); ctx.lineTo(x + k + s, y); }
    ctx.stroke();
  } else {
    if (e.swatch === 'dashed') ctx.setLineDash([s / 3, s / 5]);
    ctx.beginPath(); ctx.moveTo(x, y + s / 2); ctx.lineTo(x + s * 1.4, y + s / 2); ctx.stroke();
  }
  ctx.restore();
}

/** Draws the page on a canvas of the layout's size. */
export function drawMapPage(ctx: CanvasRenderingContext2D, page: MapPage): void {
  const { layout: l } = page;
  // Text half the title's size, smaller when a long legend would not fit in the map frame.
  const rows = page.legend.reduce((n, g) => n + 1 + g.entries.length, 1);
  const text = Math.round(Math.min(l.titlePx * 0.55, (l.map.height * 0.85) / (rows * 1.45)));
  const u = l.scale; // one CSS pixel
  ctx.fillStyle = '#ffffff'; ctx.fillRect(0, 0, l.width, l.height);
  ctx.textBaseline = 'middle';
  // Title.
  ctx.fillStyle = '#000000'; ctx.font = `700 ${l.titlePx}px ${FONT}`; ctx.textAlign = 'center';
  ctx.fillText(page.title, l.title.x + l.title.width / 2, l.title.y + l.title.height / 2, l.title.width);
  // Map and its frame.
  const m = l.map;
  ctx.drawImage(page.map.canvas, m.x, m.y, m.width, m.height);
  ctx.strokeStyle = '#263238'; ctx.lineWidth = Math.max(1, u); ctx.strokeRect(m.x, m.y, m.width, m.height);
  const pad = 10 * u;
  // North arrow, top right.
  const ax = m.x + m.width - pad - 14 * u; const ay = m.y + pad;
  ctx.fillStyle = 'rgba(255,255,255,0.9)'; ctx.fillRect(ax - 14 * u, ay, 28 * u, 44 * u);
  ctx.fillStyle = '#000000'; ctx.beginPath(); ctx.moveTo(ax, ay + 4 * u); ctx.lineTo(ax + 9 * u, ay + 26 * u); ctx.lineTo(ax, ay + 21 * u); ctx.lineTo(ax - 9 * u, ay + 26 * u); ctx.closePath(); ctx.fill();
  ctx.font = `700 ${Math.round(12 * u)}px ${FONT}`; ctx.textAlign = 'center'; ctx.fillText(page.north, ax, ay + 35 * u);
  // Scale bar, bottom left.
  const mpp = metresPerPixel(page.map.zoom, page.map.centerLat) / u;
  const bar = scaleBarLength(mpp, m.width / 5);
  const label = bar.metres >= 1000 ? `${bar.metres / 1000} km` : `${bar.metres} m`;
  const bx = m.x + pad; const by = m.y + m.height - pad - 30 * u;
  ctx.fillStyle = 'rgba(255,255,255,0.9)'; ctx.fillRect(bx, by, bar.px + 16 * u, 30 * u);
  ctx.strokeStyle = '#000000'; ctx.lineWidth = 2 * u;
  ctx.beginPath(); ctx.moveTo(bx + 8 * u, by + 16 * u); ctx.lineTo(bx + 8 * u, by + 24 * u); ctx.lineTo(bx + 8 * u + bar.px, by + 24 * u); ctx.lineTo(bx + 8 * u + bar.px, by + 16 * u); ctx.stroke();
  ctx.fillStyle = '#000000'; ctx.font = `${Math.round(11 * u)}px ${FONT}`; ctx.textAlign = 'left'; ctx.fillText(label, bx + 8 * u, by + 9 * u);
  // Legend, bottom right.
  const lh = text * 1.45; const sw = text * 0.9;
  ctx.font = `${text}px ${FONT}`;
  const widest = Math.max(ctx.measureText(page.legendTitle).width, ...page.legend.flatMap((g) => [ctx.measureText(g.name).width, ...g.entries.map((e) => ctx.measureText(e.label).width + sw * 1.4 + text * 0.5)]));
  const lw = widest + 2 * pad; const lhTotal = rows * lh + pad;
  const lx = m.x + m.width - pad - lw; const ly = m.y + m.height - pad - lhTotal;
  ctx.fillStyle = 'rgba(255,255,255,0.93)'; ctx.fillRect(lx, ly, lw, lhTotal);
  ctx.strokeStyle = '#90a4ae'; ctx.lineWidth = Math.max(1, u); ctx.strokeRect(lx, ly, lw, lhTotal);
  let y = ly + pad / 2 + lh / 2;
  ctx.fillStyle = '#000000'; ctx.font = `700 ${text}px ${FONT}`; ctx.fillText(page.legendTitle, lx + pad, y); y += lh;
  for (const g of page.legend) {
    ctx.fillStyle = '#000000'; ctx.font = `700 ${text}px ${FONT}`; ctx.fillText(g.name, lx + pad, y); y += lh;
    ctx.font = `${text}px ${FONT}`;
    for (const e of g.entries) {
      swatch(ctx, e, lx + pad, y - sw / 2, sw);
      ctx.fillStyle = '#000000'; ctx.fillText(e.label, lx + pad + sw * 1.4 + text * 0.5, y); y += lh;
    }
  }
  // Footer.
  const f = l.footer;
  ctx.font = `${text}px ${FONT}`; ctx.textAlign = 'left'; ctx.fillStyle = '#000000';
  ctx.fillText(page.source, f.x, f.y + f.height * 0.3, f.width * 0.62);
  if (page.note) { ctx.fillStyle = '#b71c1c'; ctx.fillText(page.note, f.x, f.y + f.height * 0.72, f.width * 0.62); }
  ctx.fillStyle = '#000000'; ctx.textAlign = 'right'; ctx.fillText(page.right, f.x + f.width, f.y + f.height * 0.3, f.width * 0.36);
}
