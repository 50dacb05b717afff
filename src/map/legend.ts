/**
 * Legend entries for the visible layer groups, from the same palette as the style, listing only
 * the categories present in the data, so the legend always matches the map.
 */
import { CLASS_LABELS, classText, term, translate } from '../core/index.ts';
import type { Lang, StringKey, WaterClass } from '../core/index.ts';
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
export function legendEntries(group: GroupId, summary: LayerSummary | undefined, classesShown: ReadonlySet<WaterClass | null>, lang: Lang): LegendEntry[] {
  const t = (key: StringKey) => translate(lang, key);
  switch (group) {
    case 'redLines': return [{ swatch: 'hatch', color: COLORS.redLine, label: t('legend_redLine') }];
    case 'protectedAreas': {
      // Drawn from tiles: which categories are there is not known here, so every one the palette has.
      const cats = summary?.tiled ? Object.keys(PROTECTED_COLORS) : summary?.values.category ?? [];
      return cats.map((c) => ({ swatch: 'fill' as const, color: PROTECTED_COLORS[c] ?? PROTECTED_OTHER, label: term(lang, c) }));
    }
    case 'forestParcels': {
      const present = new Set(summary?.tiled ? Object.keys(LAND_CLASS_COLORS) : summary?.values.landClass ?? []);
      return Object.keys(LAND_CLASS_COLORS).filter((c) => present.has(c)).map((c) => ({ swatch: 'fill' as const, color: LAND_CLASS_COLORS[c]!, label: term(lang, c) }));
    }
    case 'sections': {
      const entries: LegendEntry[] = ([1, 2, 3, 4, 5, 6] as WaterClass[]).filter((c) => classesShown.has(c)).map((c) => ({ swatch: 'circle' as const, color: CLASS_COLORS[c], label: `${classText(lang, CLASS_LABELS[c])}${t('classSuffix')}` }));
      if (classesShown.has(null)) entries.push({ swatch: 'circle', color: NO_CLASS_COLOR, label: t('legend_noData') });
      return entries;
    }
    case 'parks': return [{ swatch: 'fill', color: COLORS.park, label: t('legend_park') }];
    case 'permanentFarmland': return [{ swatch: 'fill', color: COLORS.farmland, label: t('group_permanentFarmland') }];
    case 'heritageAreas': return [{ swatch: 'fill', color: COLORS.heritageRange, label: t('legend_heritageRange') }, { swatch: 'fill', color: COLORS.heritageControl, label: t('legend_heritageControl') }];
    case 'urbanBoundary': return [{ swatch: 'dashed', color: COLORS.urbanBoundary, label: t('group_urbanBoundary') }];
    case 'urbanAreas': return [{ swatch: 'fill', color: COLORS.urban, label: t('legend_urban') }];
    case 'residential': return [{ swatch: 'fill', color: COLORS.residential, label: t('legend_residential') }];
    case 'waterFunctionZones': return [{ swatch: 'dashed', color: COLORS.zoneLine, label: t('legend_zoneBoundary') }];
    case 'water': return [{ swatch: 'fill', color: COLORS.water, label: t('legend_water') }];
    case 'towns': return [{ swatch: 'dashed', color: COLORS.townLine, label: t('legend_townBoundary') }];
    case 'neighbours': return [{ swatch: 'fill', color: COLORS.neighbour, label: t('legend_neighbours') }];
    case 'roads': {
      const classes = summary?.values.class ?? [];
      return classes.length ? classes.map((c) => ({ swatch: 'line' as const, color: c === '高速公路' ? COLORS.expressway : COLORS.road, label: term(lang, c) })) : [{ swatch: 'line', color: COLORS.road, label: t('group_roads') }];
    }
  }
}

/**
 * The legend of what the map shows: each visible group that has features, top of the map first,
 * with its entries in the user's colour where one was chosen (points keep their class colours).
 */
export function visibleLegend(order: readonly GroupId[], visible: Readonly<Record<GroupId, boolean>>, summaries: Readonly<Record<string, LayerSummary>>,
  classesShown: ReadonlySet<WaterClass | null>, colors: Readonly<Partial<Record<GroupId, string>>>, lang: Lang): { group: GroupId; entries: LegendEntry[] }[] {
  return [...order].reverse().filter((g) => visible[g] && summaries[g]?.count).map((g) => ({
    group: g,
    entries: legendEntries(g, summaries[g], classesShown, lang).map((e) => (colors[g] && e.swatch !== 'circle' ? { ...e, color: colors[g]! } : e)),
  }));
}
