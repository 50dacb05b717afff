/** Illustrative (示意) values of the plan's non-spatial indicators for the sample dataset. */
const SOURCE = '上虞区统计资料（示意数据）';
/** The same source in English (`sourceEn`), for the board in English mode. */
const SOURCE_EN = 'Shangyu statistics (sample data)';

const v = (value: number | string, unit: string, extra: Record<string, unknown> = {}) => ({ value, unit, year: 2018, source: SOURCE, sourceEn: SOURCE_EN, ...extra });

/** The statistics file content: `{ "values": { id: { value, unit, year, source, sourceEn } } }`. */
export function makeStatistics(): object {
  return {
    note: '示意数据 — illustrative values for the sample dataset, not official statistics.',
    values: {
      planningEiaRate: v(100, '%'),
      energyPerGdp: v(0.52, '吨标煤/万元'),
      waterPerIndustrialValue: v(24.6, 'm³/万元'),
      landUseIntensity: v(86.5, '分'),
      cleanerProductionAudit: v(100, '%'),
      goodAirDays: v(84.1, '%'),
      farmlandSoilCompliance: v(91.2, '%'),
      hazardousWasteCoverage: v(100, '%'),
      hazardousWasteDisposal: v(100, '%'),
      ecologicalIndexRating: v('优', ''),
      villageSewageCoverage: v(100, '%'),
      villageSewageHouseholds: v(82.7, '%'),
      urbanRefuseTreatment: v(100, '%'),
      ruralRefuseTreatment: v(93.5, '%', { target: 91.8 }),
      ecoAssessmentWeight: v(22, '%'),
      dischargePermits: v(96.4, '%'),
      greenBuildings: v(52.3, '%'),
      greenTravel: v(48.9, '%'),
      cadreTraining: v(100, '%'),
      publicAwareness: v(83.5, '%'),
      publicSatisfaction: v(86.1, '%'),
      infoDisclosure: v(100, '%'),
    },
  };
}
