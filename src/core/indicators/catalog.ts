/**
 * Every indicator of the plan with its stable id, names, unit and target. Spatial ones are
 * computed from the geometry; the rest are reported in the statistics file.
 */
export type Comparison = '>=' | '<=' | '>' | '<' | '==';

export interface Target {
  readonly op: Comparison;
  readonly value: number | string;
}

export interface IndicatorDef {
  readonly id: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly unit: string;
  /** null where the target comes from outside data (given in the statistics file). */
  readonly target: Target | null;
  readonly source: 'computed' | 'reported';
  /** Supplementary indicators are not in the plan but shown for context. */
  readonly supplementary?: boolean;
  /**
   * Layers (roles) a computed indicator reads; `protectedRoles` stands for the manifest's
   * protected roles. The first group are the layers without which there is no value (an empty or
   * absent one gives null); the second, layers that only refine it.
   */
  readonly inputs?: { readonly needs: readonly string[]; readonly refines?: readonly string[] };
}

const ge = (value: number): Target => ({ op: '>=', value });
const lt = (value: number): Target => ({ op: '<', value });

/** The spatial indicators, computed from the loaded geometry. */
export const COMPUTED_INDICATORS: readonly IndicatorDef[] = [
  { id: 'protectedShare', nameZh: '受保护地区占国土面积比例', nameEn: 'Protected-area share of the district', unit: '%', target: ge(22), source: 'computed', inputs: { needs: ['boundary', 'protectedRoles'] } },
  { id: 'forestCoverage', nameZh: '森林覆盖率', nameEn: 'Forest coverage', unit: '%', target: ge(40), source: 'computed', inputs: { needs: ['boundary', 'forestParcels'] } },
  { id: 'parkGreenPerCapita', nameZh: '城镇人均公园绿地面积', nameEn: 'Urban park green area per person', unit: 'm²/人', target: ge(13), source: 'computed', inputs: { needs: ['parks', 'urbanAreas'] } },
  { id: 'parkServiceCoverage', nameZh: '公园绿地服务半径覆盖率', nameEn: 'Park service-radius coverage of residential land', unit: '%', target: ge(80), source: 'computed', supplementary: true, inputs: { needs: ['parks', 'residential'] } },
  { id: 'sectionsGoodRate', nameZh: '市控以上断面达到或优于Ⅲ类水质比例', nameEn: 'City-controlled-and-above sections at class III or better', unit: '%', target: ge(80), source: 'computed', inputs: { needs: ['sections'] } },
  { id: 'functionZoneCompliance', nameZh: '水环境功能区水质达标率', nameEn: 'Sections meeting their water-function-zone target', unit: '%', target: ge(80), source: 'computed', inputs: { needs: ['sections'], refines: ['waterFunctionZones'] } },
  { id: 'drinkingWaterCompliance', nameZh: '集中式饮用水水源地水质达标率', nameEn: 'Drinking-water source compliance', unit: '%', target: ge(100), source: 'computed', inputs: { needs: ['sections'], refines: ['protectedAreas'] } },
];

/** The plan's non-spatial indicators, reported in the statistics file. */
export const REPORTED_INDICATORS: readonly IndicatorDef[] = [
  { id: 'planningEiaRate', nameZh: '规划环评执行率', nameEn: 'Planning EIA rate', unit: '%', target: ge(100), source: 'reported' },
  { id: 'energyPerGdp', nameZh: '单位GDP能耗', nameEn: 'Energy per GDP', unit: '吨标煤/万元', target: lt(0.6), source: 'reported' },
  { id: 'waterPerIndustrialValue', nameZh: '单位工业增加值新鲜水耗', nameEn: 'Fresh water per industrial value added', unit: 'm³/万元', target: lt(28), source: 'reported' },
  { id: 'landUseIntensity', nameZh: '土地节约集约利用水平', nameEn: 'Land-use intensity score', unit: '分', target: ge(85), source: 'reported' },
  { id: 'cleanerProductionAudit', nameZh: '重点企业强制性清洁生产审核实施比例', nameEn: 'Mandatory cleaner-production audits', unit: '%', target: ge(100), source: 'reported' },
  { id: 'goodAirDays', nameZh: '环境空气质量优良天数比例', nameEn: 'Good-air days', unit: '%', target: ge(85), source: 'reported' },
  { id: 'farmlandSoilCompliance', nameZh: '农用地土壤环境质量达标率', nameEn: 'Farmland soil compliance', unit: '%', target: ge(80), source: 'reported' },
  { id: 'hazardousWasteCoverage', nameZh: '危险废物规范化管理覆盖率', nameEn: 'Hazardous-waste management coverage', unit: '%', target: ge(100), source: 'reported' },
  { id: 'hazardousWasteDisposal', nameZh: '危险废物安全处置率', nameEn: 'Hazardous-waste safe disposal', unit: '%', target: ge(100), source: 'reported' },
  { id: 'ecologicalIndexRating', nameZh: '生态环境状况指数（EI）等级', nameEn: 'Ecological index (EI) rating', unit: '', target: { op: '==', value: '优' }, source: 'reported' },
  { id: 'villageSewageCoverage', nameZh: '农村生活污水治理建制村覆盖率', nameEn: 'Village sewage treatment coverage', unit: '%', target: ge(100), source: 'reported' },
  { id: 'villageSewageHouseholds', nameZh: '农村生活污水治理农户受益率', nameEn: 'Households served by village sewage treatment', unit: '%', target: ge(80), source: 'reported' },
  { id: 'urbanRefuseTreatment', nameZh: '城镇生活垃圾无害化处理率', nameEn: 'Urban refuse safe treatment', unit: '%', target: ge(100), source: 'reported' },
  { id: 'ruralRefuseTreatment', nameZh: '农村生活垃圾集中收集有效处理率', nameEn: 'Rural refuse collection and treatment', unit: '%', target: null, source: 'reported' },
  { id: 'ecoAssessmentWeight', nameZh: '生态文明建设工作占党政实绩考核的比例', nameEn: 'Weight of eco-civilisation in officials’ assessment', unit: '%', target: ge(22), source: 'reported' },
  { id: 'dischargePermits', nameZh: '排污许可证核发率', nameEn: 'Discharge permits issued', unit: '%', target: ge(100), source: 'reported' },
  { id: 'greenBuildings', nameZh: '城镇新建绿色建筑比例', nameEn: 'Green share of new urban buildings', unit: '%', target: ge(50), source: 'reported' },
  { id: 'greenTravel', nameZh: '公众绿色出行率', nameEn: 'Green travel share', unit: '%', target: ge(50), source: 'reported' },
  { id: 'cadreTraining', nameZh: '党政领导干部参加生态文明培训比例', nameEn: 'Officials trained in eco-civilisation', unit: '%', target: ge(100), source: 'reported' },
  { id: 'publicAwareness', nameZh: '公众对生态文明知识知晓度', nameEn: 'Public awareness', unit: '%', target: ge(80), source: 'reported' },
  { id: 'publicSatisfaction', nameZh: '公众对生态文明建设的满意度', nameEn: 'Public satisfaction', unit: '%', target: ge(80), source: 'reported' },
  { id: 'infoDisclosure', nameZh: '生态环境信息公开率', nameEn: 'Environmental information disclosure', unit: '%', target: ge(80), source: 'reported' },
];

/** All indicators, computed first, in the order the board and CLI show them. */
export const ALL_INDICATORS: readonly IndicatorDef[] = [...COMPUTED_INDICATORS, ...REPORTED_INDICATORS];

/**
 * Whether a value meets a target. Null when either is missing or they are of different kinds
 * (a number against a text target).
 */
export function meetsTarget(value: number | string | null, target: Target | null): boolean | null {
  if (value === null || target === null) return null;
  if (typeof value !== typeof target.value) return null;
  switch (target.op) {
    case '>=': return value >= target.value;
    case '<=': return value <= target.value;
    case '>': return value > target.value;
    case '<': return value < target.value;
    case '==': return value === target.value;
  }
}
