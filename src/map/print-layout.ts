/**
 * The layout of an exported map page, as pure geometry: the page in image pixels for a paper size
 * (or the screen), orientation and resolution, and where the title, the map frame and the footer
 * go. Map symbols keep their screen size on paper (96 CSS px to the inch); the image has
 * `scale` image pixels per CSS pixel. Also the scale bar's round length.
 */

export type Paper = 'screen' | 'A4' | 'A3';
export type Orientation = 'landscape' | 'portrait';

/** Paper sizes in mm, short side × long side (ISO 216). */
export const PAPER_MM: Readonly<Record<Exclude<Paper, 'screen'>, readonly [number, number]>> = { A4: [210, 297], A3: [297, 420] };

export interface Rect { readonly x: number; readonly y: number; readonly width: number; readonly height: number }

export interface PageLayout {
  /** Page size in image pixels. */
  readonly width: number;
  readonly height: number;
  /** Image pixels per CSS pixel (the map's pixel ratio). */
  readonly scale: number;
  /** In image pixels. */
  readonly title: Rect;
  readonly map: Rect;
  readonly footer: Rect;
  /** Title text height in image pixels; other text is half of it. */
  readonly titlePx: number;
}

/**
 * The page for a paper size at `dpi` (A4/A3: margins of 10 mm), or for the screen: the map's size
 * on screen in CSS pixels at the device's pixel ratio (`dpi` = 96 × that ratio). Sizes are rounded
 * to whole pixels; A4 landscape at 150 dpi is 1754 × 1240.
 */
export function pageLayout(paper: Paper, orientation: Orientation, dpi: number, screen: { readonly width: number; readonly height: number }): PageLayout {
  const scale = dpi / 96;
  let width: number; let height: number; let margin: number;
  if (paper === 'screen') {
    width = Math.round(screen.width * scale); height = Math.round(screen.height * scale); margin = Math.round(12 * scale);
  } else {
    const [short, long] = PAPER_MM[paper];
    const px = (mm: number) => Math.round((mm / 25.4) * dpi);
    width = px(orientation === 'landscape' ? long : short); height = px(orientation === 'landscape' ? short : long); margin = px(10);
  }
  const titlePx = Math.round(22 * scale * (paper === 'A3' ? 1.4 : 1));
  const titleBand = Math.round(titlePx * 2.2);
  const footerBand = Math.round(titlePx * 2);
  const inner = width - 2 * margin;
  return {
    width, height, scale, titlePx,
    title: { x: margin, y: margin, width: inner, height: titleBand },
    map: { x: margin, y: margin + titleBand, width: inner, height: height - 2 * margin - titleBand - footerBand },
    footer: { x: margin, y: height - margin - footerBand, width: inner, height: footerBand },
  };
}

/**
 * A scale bar of a round length (1, 2 or 5 × 10ⁿ m) at most `maxPx` long: its length in metres
 * and in pixels, for a map of `metresPerPx` metres per pixel.
 */
export function scaleBarLength(metresPerPx: number, maxPx: number): { metres: number; px: number } {
  const target = metresPerPx * maxPx;
  const base = 10 ** Math.floor(Math.log10(target));
  const metres = [1, 2, 5, 10].map((k) => k * base).filter((m) => m <= target + 1e-9).pop() ?? base;
  return { metres, px: metres / metresPerPx };
}

/** Metres per CSS pixel of a web-Mercator map (512 px tiles) at a zoom and latitude. */
export function metresPerPixel(zoom: number, lat: number): number {
  return (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}
