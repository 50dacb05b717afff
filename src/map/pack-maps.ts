/**
 * The maps of the submission pack (技术报告 and maps/*.png): which layer groups each shows, and
 * for the per-town maps which indicator colours the towns. Pure: the app's pack maker turns each
 * into a map state and renders it (render-image.ts), in the browser or in headless Chromium for
 * `npm run pack`.
 */
import type { GroupId } from './layer-groups.ts';

export interface PackMapSpec {
  /** File name without .png, and the report's key: overview, protected, forest, parks, sections, towns-<indicator id>. */
  readonly id: string;
  /** Title in Chinese and English (the per-town maps add the indicator's name). */
  readonly title: { readonly zh: string; readonly en: string };
  /** The groups drawn (the rest hidden). */
  readonly groups: readonly GroupId[];
  /** For the per-town maps: the indicator whose value colours each town. */
  readonly indicator?: string;
}

const BASE: readonly GroupId[] = ['neighbours', 'towns'];

/** The thematic maps, then one per-town map per computed indicator given (in that order); none per town without towns. */
export function packMapSpecs(computed: readonly { readonly id: string; readonly name: string; readonly nameEn: string }[], hasTowns: boolean): PackMapSpec[] {
  const maps: PackMapSpec[] = [
    { id: 'overview', title: { zh: '区域概况图', en: 'District overview' }, groups: [...BASE, 'roads', 'water', 'urbanAreas', 'protectedAreas', 'redLines', 'sections'] },
    { id: 'protected', title: { zh: '生态保护红线与保护地分布图', en: 'Ecological red lines and protected areas' }, groups: [...BASE, 'water', 'protectedAreas', 'redLines'] },
    { id: 'forest', title: { zh: '森林资源小班分布图', en: 'Forest parcels' }, groups: [...BASE, 'water', 'forestParcels'] },
    { id: 'parks', title: { zh: '公园绿地与居住用地分布图', en: 'Parks and residential land' }, groups: [...BASE, 'urbanAreas', 'residential', 'parks'] },
    { id: 'sections', title: { zh: '水质监测断面年均水质类别图', en: 'Water sections by annual class' }, groups: [...BASE, 'water', 'waterFunctionZones', 'sections'] },
  ];
  if (hasTowns) {
    for (const c of computed) maps.push({ id: `towns-${c.id}`, title: { zh: `分乡镇（街道）${c.name}`, en: `${c.nameEn} by town` }, groups: [...BASE, 'water'], indicator: c.id });
  }
  return maps;
}
