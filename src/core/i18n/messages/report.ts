/** Reasons of missing inputs and the warnings of the report. Part of the message catalog (src/core/i18n/messages.ts joins the parts). */
import { def } from './define.ts';

/** The messages by code. */
export const REPORT_MESSAGES = {
  // Reasons of missing inputs (MissingInput.reason, after the file name)
  'missing.misnamedLayer': def({
    example: { name: 'redline', role: 'redLines' },
    en: (p) => `the layer is named "${p.name}" in manifest.json, not "${p.role}"`,
    zh: (p) => `在 manifest.json 中的图层名为 "${p.name}"，而不是 "${p.role}"`,
  }),
  'missing.notLoaded': def({ example: {}, en: () => 'could not be loaded', zh: () => '无法加载' }),
  'missing.tilesOnly': def({
    example: {},
    en: () => 'is drawn from vector tiles only; its features are not loaded here, so the indicators that count it are computed by the CLI (npm run indicators) from the layer\'s file or table',
    zh: () => '仅以矢量瓦片显示，此处不加载其要素；计入该图层的指标请用命令行（npm run indicators）依据图层文件或数据表计算',
  }),
  'missing.notFound': def({ example: {}, en: () => 'was not found', zh: () => '未找到' }),
  'missing.noLayer': def({ example: { role: 'redLines' }, en: (p) => `names no "${p.role}" layer`, zh: (p) => `没有列出 "${p.role}" 图层` }),
  'missing.noFeatures': def({ example: {}, en: () => 'has no usable feature', zh: () => '没有可用的要素' }),
  'missing.outsideDistrict': def({
    example: {},
    en: () => 'has no feature within the district boundary; check its coordinate system',
    zh: () => '没有位于辖区边界内的要素；请检查其坐标系',
  }),
  'missing.noStatistic': def({ example: { id: 'goodAirDays' }, en: (p) => `gives no value for ${p.id}`, zh: (p) => `没有给出 ${p.id} 的数值` }),
  'missing.noStatisticsFile': def({ example: {}, en: () => 'names no statistics file', zh: () => '没有指定统计文件' }),
  'missing.noClass': def({ example: {}, en: () => 'has no class: no GB 3838 parameter was measured', zh: () => '没有水质类别：未监测任何 GB 3838 项目' }),

  // Warnings of the report
  'report.sectionNoLevel': def({
    example: { id: 'W01', name: '曹娥江大桥' },
    en: (p) => `Section ${p.id} (${p.name}) has no level (国控/省控/市控/县控); it is left out of sectionsGoodRate.`,
    zh: (p) => `断面 ${p.id}（${p.name}）没有监测级别（国控/省控/市控/县控），不计入 sectionsGoodRate。`,
  }),
  'report.sectionNoTarget': def({
    example: { id: 'W01', name: '曹娥江大桥' },
    en: (p) => `Section ${p.id} (${p.name}) has no targetClass and lies in no water-function zone; it is left out of functionZoneCompliance.`,
    zh: (p) => `断面 ${p.id}（${p.name}）没有 targetClass，也不在任何水环境功能区内，不计入 functionZoneCompliance。`,
  }),
  'report.sectionNoClass': def({
    example: { id: 'W01', name: '曹娥江大桥' },
    en: (p) => `Section ${p.id} (${p.name}) has no class: its samples have no GB 3838 parameter.`,
    zh: (p) => `断面 ${p.id}（${p.name}）没有水质类别：其样品中没有 GB 3838 项目。`,
  }),
  'report.unknownStatistic': def({
    example: { id: 'zzz' },
    en: (p) => `Statistics value "${p.id}" is not an indicator of the plan and is ignored.`,
    zh: (p) => `统计数值 "${p.id}" 不是规划中的指标，已忽略。`,
  }),
  'report.indicatorIncomplete': def({
    example: { id: 'forestCoverage', available: 1, missing: 'forest.geojson feature #1 (id 002) land class "果园" is not one of the forest-inventory classes' },
    en: (p) => `${p.id} is ${p.available ? 'incomplete' : 'not available'}: ${p.missing}.`,
    zh: (p) => `${p.id} ${p.available ? '不完整' : '无法计算'}：${p.missing}。`,
  }),
};
