/**
 * Every colour of the map in one place: water classes, protected-area categories, forest land
 * classes and the thematic layers. Change them here and the map and legend follow.
 */
import type { WaterClass } from '../core/index.ts';

/** Water classes: blue (I–II) → green (III) → yellow (IV) → orange (V) → red (劣V). */
export const CLASS_COLORS: Readonly<Record<WaterClass, string>> = {
  1: '#1565c0',
  2: '#42a5f5',
  3: '#2e7d32',
  4: '#f9c80e',
  5: '#f57c00',
  6: '#d32f2f',
};

/** Colour of a section without a class. */
export const NO_CLASS_COLOR = '#9e9e9e';

export const PROTECTED_COLORS: Readonly<Record<string, string>> = {
  自然保护区: '#1b5e20',
  风景名胜区: '#8e24aa',
  森林公园: '#43a047',
  湿地公园: '#00897b',
  地质公园: '#8d6e63',
  饮用水水源保护区: '#0277bd',
  海洋公园: '#00acc1',
  水产种质资源保护区: '#3949ab',
};
export const PROTECTED_OTHER = '#607d8b';

export const LAND_CLASS_COLORS: Readonly<Record<string, string>> = {
  乔木林地: '#2e7d32',
  竹林地: '#7cb342',
  特殊灌木林地: '#9ccc65',
  一般灌木林地: '#c5e1a5',
  疏林地: '#dce775',
  未成林造林地: '#fff59d',
  苗圃地: '#ffcc80',
  迹地: '#bcaaa4',
  宜林地: '#e0e0e0',
  其他: '#f5f5f5',
};

export const COLORS = {
  background: '#f3f1ea',
  boundary: '#37474f',
  townLine: '#90a4ae',
  neighbour: '#e9e9e6',
  neighbourLine: '#a7a7a2',
  neighbourLabel: '#8a8a85',
  road: '#c9a27a',
  changeBetter: '#1b8a2f',
  changeWorse: '#d32f2f',
  changeAdded: '#6a1b9a',
  /** Parcels that became forest, outlined over the forest's green fill: a blue that reads over every land-class colour. */
  changeIntoForest: '#0d47a1',
  expressway: '#e08a3c',
  townLabel: '#37474f',
  water: '#9ecae1',
  waterLine: '#6baed6',
  redLine: '#d50000',
  urban: '#ffe0b2',
  urbanLine: '#fb8c00',
  park: '#66bb6a',
  parkLine: '#2e7d32',
  residential: '#ffab91',
  zoneLine: '#5c6bc0',
  highlight: '#ff00ff',
  selected: '#00e5ff',
  site: '#4a148c',
  overlap: '#ff3d00',
  farmland: '#e6c84f',
  farmlandLine: '#a88a12',
  heritageRange: '#8d4004',
  heritageControl: '#d7a86e',
  urbanBoundary: '#7b1fa2',
} as const;

/** Relative luminance (WCAG 2) of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
}

/** Black or white, whichever contrasts more with a `#rrggbb` background (for text on class chips). */
export function readableText(background: string): '#000000' | '#ffffff' {
  const l = luminance(background);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
