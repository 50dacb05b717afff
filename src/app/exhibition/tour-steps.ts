/**
 * The exhibition tour: the story of the plan in seven steps, each with the layers to show, where to
 * fly, and the one indicator its big card shows. Plain data, no React or MapLibre.
 */
import type { GroupId } from '../../map/index.ts';

export interface TourStep {
  readonly id: string;
  readonly titleZh: string;
  readonly titleEn: string;
  readonly textZh: string;
  readonly textEn: string;
  readonly groups: readonly GroupId[];
  /** Where the camera goes: the whole district, the main urban area, or the drinking-water source. */
  readonly view: 'district' | 'urban' | 'south';
  /** Indicator on the big card (null: the summary of all indicators). */
  readonly indicator: string | null;
  /** Play the months on the sections (the "灭V减Ⅳ增Ⅲ" change). */
  readonly months?: boolean;
  /** Colour and rank the towns by this indicator. */
  readonly towns?: string;
}

export const TOUR: readonly TourStep[] = [
  {
    id: 'redLines', titleZh: '生态保护红线', titleEn: 'Ecological red lines',
    textZh: '上虞区划定的生态保护红线，是必须严格保护的生态空间，红线内禁止开发建设。', textEn: 'Shangyu’s ecological red lines mark the land that must stay untouched: no development inside.',
    groups: ['towns', 'water', 'redLines'], view: 'district', indicator: null,
  },
  {
    id: 'protected', titleZh: '自然保护地', titleEn: 'Protected areas',
    textZh: '红线与各类保护地合计（重叠部分只计一次）占辖区面积的比例，目标不低于 22%。', textEn: 'Red lines and protected areas together, overlaps counted once, as a share of the district: the target is at least 22 %.',
    groups: ['towns', 'water', 'redLines', 'protectedAreas'], view: 'district', indicator: 'protectedShare',
  },
  {
    id: 'forest', titleZh: '森林覆盖', titleEn: 'Forests',
    textZh: '南部山区的乔木林、竹林和特殊灌木林构成全区森林，目标覆盖率不低于 40%。', textEn: 'Woods, bamboo and special shrubland in the southern hills make up the forest: the target is 40 % cover.',
    groups: ['towns', 'water', 'forestParcels'], view: 'south', indicator: 'forestCoverage',
  },
  {
    id: 'water', titleZh: '水质监测断面', titleEn: 'Water quality',
    textZh: '逐月水质类别：灭Ⅴ类、减Ⅳ类、增Ⅲ类。市控以上断面Ⅲ类及以上比例目标不低于 80%。', textEn: 'Month by month: end class V, reduce class IV, add class III. Target: 80 % of city-level sections at III or better.',
    groups: ['towns', 'water', 'sections'], view: 'district', indicator: 'sectionsGoodRate', months: true,
  },
  {
    id: 'parks', titleZh: '公园绿地', titleEn: 'Parks and green space',
    textZh: '城镇人均公园绿地面积，目标不低于 13 平方米。', textEn: 'Urban park area per resident: the target is at least 13 m².',
    groups: ['water', 'urbanAreas', 'parks'], view: 'urban', indicator: 'parkGreenPerCapita',
  },
  {
    id: 'towns', titleZh: '各镇街排名', titleEn: 'Towns ranked',
    textZh: '各镇街的受保护地区占国土面积比例：绿色达到 22% 的目标，红色差距最大。', textEn: 'Each town’s protected share: green meets the 22 % target, red is furthest from it.',
    groups: ['towns', 'water'], view: 'district', indicator: null, towns: 'protectedShare',
  },
  {
    id: 'summary', titleZh: '指标总览', titleEn: 'All indicators',
    textZh: '示范区建设各项指标达标情况。', textEn: 'Where every indicator of the plan stands.',
    groups: ['towns', 'water', 'redLines', 'protectedAreas', 'sections'], view: 'district', indicator: null,
  },
];

/** The plan's phases (the timeline strip). */
export const PHASES: readonly { readonly zh: string; readonly en: string; readonly from: string; readonly to: string }[] = [
  { zh: '规划编制', en: 'Planning', from: '2017-01', to: '2017-04' },
  { zh: '建设实施', en: 'Implementation', from: '2017-05', to: '2018-05' },
  { zh: '技术评估', en: 'Technical assessment', from: '2018-06', to: '2018-08' },
  { zh: '整改提升', en: 'Rectification', from: '2018-08', to: '2018-10' },
  { zh: '考核验收', en: 'Acceptance', from: '2018-11', to: '2018-12' },
];

/**
 * Where the district stands on the plan's timeline, from its data, never from today's date: the
 * phases that ended before the data's year are done; in the plan's last year the district is in
 * acceptance when every indicator is met and in rectification otherwise; after the plan, all done
 * when every indicator is met. Returns the index of the current phase (−1 before the plan,
 * PHASES.length when all are done).
 */
export function phaseFromData(year: number | null, met: number, total: number): number {
  const lastYear = Number(PHASES[PHASES.length - 1]!.to.slice(0, 4));
  const allMet = total > 0 && met === total;
  if (year === null || year < Number(PHASES[0]!.from.slice(0, 4))) return -1;
  if (year < lastYear) return PHASES.findIndex((p) => Number(p.to.slice(0, 4)) >= year && p.to > `${year}-06`);
  if (year === lastYear) return allMet ? PHASES.length - 1 : PHASES.length - 2;
  return allMet ? PHASES.length : PHASES.length - 2;
}
