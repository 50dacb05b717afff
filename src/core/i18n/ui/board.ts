/** The indicators board: computed and reported indicators, targets, pass or fail, incomplete inputs. Chinese (the default) and English; src/core/i18n/ui.ts joins the parts into one catalog. */

/** The words in Chinese. */
export const zh = {
  board: '指标',
  computed: '计算',
  reported: '填报',
  pass: '达标',
  fail: '未达标',
  notAvailable: '无数据',
  incomplete: '不完整',
  incompleteHint: '部分输入数据未能加载，数值不完整，不作达标判断',
  missingInputs: '缺少数据',
  target: '目标',
  value: '数值',
  supplementary: '补充指标',
  spatialIndicators: '空间指标（由地图数据计算）',
  overlaysBy: '叠加计算：{engine}；面积为 WGS84 椭球面积',
  fromEdges: '{names}：由多边形的边直接量算，不构建并集（与叠加计算结果相同）',
  reportedIndicators: '其他指标（统计填报）',
  clickToShow: '点击在地图上显示组成要素',
  noTarget: '无目标',
} as const;

/** The same words in English. */
export const en: Readonly<Record<keyof typeof zh, string>> = {
  board: 'Indicators',
  computed: 'computed',
  reported: 'reported',
  pass: 'pass',
  fail: 'fail',
  notAvailable: 'n/a',
  incomplete: 'incomplete',
  incompleteHint: 'Some inputs did not load: the value is incomplete and is not judged',
  missingInputs: 'Missing',
  target: 'Target',
  value: 'Value',
  supplementary: 'supplementary',
  spatialIndicators: 'Spatial indicators (computed from the map data)',
  overlaysBy: 'Overlays: {engine}; areas on the WGS84 ellipsoid',
  fromEdges: "{names}: measured from the polygons' edges, without building the union (the same values as the overlays)",
  reportedIndicators: 'Other indicators (reported statistics)',
  clickToShow: 'Click to show its features on the map',
  noTarget: 'no target',
};
