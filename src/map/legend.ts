/**
 * Legend entries for the visible layer groups, from the same palette as the style, listing only
 * the categories present in the data, so the legend always matches the map.
 */
import { CLASS_LABELS } from '../core/index.ts';
import type { WaterClass } from '../core/index.ts';
import type { GroupId } from './layer-groups.ts';
import type { LayerSummary } from './layer-summary.ts';
import { CLASS_COLORS, COLORS, LAND_CLASS_COLORS, NO_CLASS_COLOR, PROTECTED_COLORS, PROTECTED_OTHER } from './palette.ts';

export interface LegendEntry {
  readonly swatch: 'fill' | 'line' | 'dashed' | 'circle' | 'hatch';
  readonly color: string;
  /** Text shown (Chinese category names are data, shown as they are). */
  readonly label: string;
}

/** The entries of one group (from its summary); `classesShown` are the water classes drawn on sections. */
export function legendEntries(group: GroupId, summary: LayerSummary | undefined, classesShown: ReadonlySet<WaterClass | null>, lang: 'zh' | 'en'): LegendEntry[] {
  const zh = lang === 'zh';
  switch (group) {
    case 'redLines': return [{ swatch: 'hatch', color: COLORS.redLine, label: zh ? '生态保护红线' : 'Ecological red line' }];
    case 'protectedAreas': {
      const cats = summary?.values.category ?? [];
      return cats.map((c) => ({ swatch: 'fill' as const, color: PROTECTED_COLORS[c] ?? PROTECTED_OTHER, label: c }));
    }
    case 'forestParcels': {
      const present = new Set(summary?.values.landClass ?? []);
      return Object.keys(LAND_CLASS_COLORS).filter((c) => present.has(c)).map((c) => ({ swatch: 'fill' as const, color: LAND_CLASS_COLORS[c]!, label: c }));
    }
    case 'sections': {
      const entries: LegendEntry[] = ([1, 2, 3, 4, 5, 6] as WaterClass[]).filter((c) => classesShown.has(c)).map((c) => ({ swatch: 'circle' as const, color: CLASS_COLORS[c], label: `${CLASS_LABELS[c]}${zh ? '类' : ''}` }));
      if (classesShown.has(null)) entries.push({ swatch: 'circle', color: NO_CLASS_COLOR, label: zh ? '无数据' : 'no data' });
      return entries;
    }
    case 'parks': return [{ swatch: 'fill', color: COLORS.park, label: zh ? '公园绿地' : 'Park' }];
    case 'urbanAreas': return [{ swatch: 'fill', color: COLORS.urban, label: zh ? '城镇建成区' : 'Urban area' }];
    case 'residential': return [{ swatch: 'fill', color: COLORS.residential, label: zh ? '居住用地' : 'Residential' }];
    case 'waterFunctionZones': return [{ swatch: 'dashed', color: COLORS.zoneLine, label: zh ? '水环境功能区界' : 'Zone boundary' }];
    case 'water': return [{ swatch: 'fill', color: COLORS.water, label: zh ? '河湖水面' : 'Water' }];
    case 'towns': return [{ swatch: 'dashed', color: COLORS.townLine, label: zh ? '镇街界' : 'Town boundary' }];
  }
}
