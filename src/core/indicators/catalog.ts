/**
 * Every indicator of the plan, as records (see indicator.ts): the spatial ones, computed from the
 * geometry, each in its own module; the others reported in the statistics file. Adding an
 * indicator is its module plus one line here.
 */
import { forestCoverageIndicator } from './forest-coverage.ts';
import { atLeast, below } from './indicator.ts';
import type { Indicator } from './indicator.ts';
import { parkGreenPerCapitaIndicator, parkServiceCoverageIndicator } from './park-green.ts';
import { protectedShareIndicator } from './protected-share.ts';
import { reportedIndicator } from './reported.ts';
import { drinkingWaterComplianceIndicator, functionZoneComplianceIndicator, sectionsGoodRateIndicator } from './water-indicators.ts';

export type { Comparison, IndicatorDef, Target } from './indicator.ts';

/** The spatial indicators, computed from the loaded geometry. */
export const COMPUTED_INDICATORS: readonly Indicator[] = [
  protectedShareIndicator,
  forestCoverageIndicator,
  parkGreenPerCapitaIndicator,
  parkServiceCoverageIndicator,
  sectionsGoodRateIndicator,
  functionZoneComplianceIndicator,
  drinkingWaterComplianceIndicator,
];

/** The plan's non-spatial indicators, reported in the statistics file. */
export const REPORTED_INDICATORS: readonly Indicator[] = [
  reportedIndicator({ id: 'planningEiaRate', domain: 'institutions', nameZh: '规划环评执行率', nameEn: 'Planning EIA rate', unit: '%', target: atLeast(100) }),
  reportedIndicator({ id: 'energyPerGdp', domain: 'economy', nameZh: '单位GDP能耗', nameEn: 'Energy per GDP', unit: '吨标煤/万元', target: below(0.6) }),
  reportedIndicator({ id: 'waterPerIndustrialValue', domain: 'economy', nameZh: '单位工业增加值新鲜水耗', nameEn: 'Fresh water per industrial value added', unit: 'm³/万元', target: below(28) }),
  reportedIndicator({ id: 'landUseIntensity', domain: 'economy', nameZh: '土地节约集约利用水平', nameEn: 'Land-use intensity score', unit: '分', target: atLeast(85) }),
  reportedIndicator({ id: 'cleanerProductionAudit', domain: 'economy', nameZh: '重点企业强制性清洁生产审核实施比例', nameEn: 'Mandatory cleaner-production audits', unit: '%', target: atLeast(100) }),
  reportedIndicator({ id: 'goodAirDays', domain: 'security', nameZh: '环境空气质量优良天数比例', nameEn: 'Good-air days', unit: '%', target: atLeast(85) }),
  reportedIndicator({ id: 'farmlandSoilCompliance', domain: 'security', nameZh: '农用地土壤环境质量达标率', nameEn: 'Farmland soil compliance', unit: '%', target: atLeast(80) }),
  reportedIndicator({ id: 'hazardousWasteCoverage', domain: 'security', nameZh: '危险废物规范化管理覆盖率', nameEn: 'Hazardous-waste management coverage', unit: '%', target: atLeast(100) }),
  reportedIndicator({ id: 'hazardousWasteDisposal', domain: 'security', nameZh: '危险废物安全处置率', nameEn: 'Hazardous-waste safe disposal', unit: '%', target: atLeast(100) }),
  reportedIndicator({ id: 'ecologicalIndexRating', domain: 'security', nameZh: '生态环境状况指数（EI）等级', nameEn: 'Ecological index (EI) rating', unit: '', target: { op: '==', value: '优' } }),
  reportedIndicator({ id: 'villageSewageCoverage', domain: 'living', nameZh: '农村生活污水治理建制村覆盖率', nameEn: 'Village sewage treatment coverage', unit: '%', target: atLeast(100) }),
  reportedIndicator({ id: 'villageSewageHouseholds', domain: 'living', nameZh: '农村生活污水治理农户受益率', nameEn: 'Households served by village sewage treatment', unit: '%', target: atLeast(80) }),
  reportedIndicator({ id: 'urbanRefuseTreatment', domain: 'living', nameZh: '城镇生活垃圾无害化处理率', nameEn: 'Urban refuse safe treatment', unit: '%', target: atLeast(100) }),
  reportedIndicator({ id: 'ruralRefuseTreatment', domain: 'living', nameZh: '农村生活垃圾集中收集有效处理率', nameEn: 'Rural refuse collection and treatment', unit: '%', target: null }),
  reportedIndicator({ id: 'ecoAssessmentWeight', domain: 'institutions', nameZh: '生态文明建设工作占党政实绩考核的比例', nameEn: 'Weight of eco-civilisation in officials’ assessment', unit: '%', target: atLeast(22) }),
  reportedIndicator({ id: 'dischargePermits', domain: 'institutions', nameZh: '排污许可证核发率', nameEn: 'Discharge permits issued', unit: '%', target: atLeast(100) }),
  reportedIndicator({ id: 'greenBuildings', domain: 'living', nameZh: '城镇新建绿色建筑比例', nameEn: 'Green share of new urban buildings', unit: '%', target: atLeast(50) }),
  reportedIndicator({ id: 'greenTravel', domain: 'living', nameZh: '公众绿色出行率', nameEn: 'Green travel share', unit: '%', target: atLeast(50) }),
  reportedIndicator({ id: 'cadreTraining', domain: 'culture', nameZh: '党政领导干部参加生态文明培训比例', nameEn: 'Officials trained in eco-civilisation', unit: '%', target: atLeast(100) }),
  reportedIndicator({ id: 'publicAwareness', domain: 'culture', nameZh: '公众对生态文明知识知晓度', nameEn: 'Public awareness', unit: '%', target: atLeast(80) }),
  reportedIndicator({ id: 'publicSatisfaction', domain: 'culture', nameZh: '公众对生态文明建设的满意度', nameEn: 'Public satisfaction', unit: '%', target: atLeast(80) }),
  reportedIndicator({ id: 'infoDisclosure', domain: 'institutions', nameZh: '生态环境信息公开率', nameEn: 'Environmental information disclosure', unit: '%', target: atLeast(80) }),
];

/** All indicators, computed first, in the order the board and CLI show them. */
export const ALL_INDICATORS: readonly Indicator[] = [...COMPUTED_INDICATORS, ...REPORTED_INDICATORS];

/** The record of an indicator by id; undefined for an unknown id. */
export function indicatorById(id: string): Indicator | undefined {
  return ALL_INDICATORS.find((d) => d.id === id);
}

export { meetsTarget } from './indicator.ts';
