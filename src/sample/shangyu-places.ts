/**
 * Named places of 上虞区 used by the sample generator. Town and street seats, river courses and
 * the reservoir are placed roughly where they are; sizes, shapes and all attribute values are
 * illustrative (示意), not official.
 */
export type LonLat = readonly [number, number];

export interface TownSeat {
  readonly name: string;
  readonly seat: LonLat;
  /** Resident population (illustrative). */
  readonly population: number;
}

/** Streets (街道), towns (镇) and townships (乡) with their seats. */
export const TOWNS: readonly TownSeat[] = [
  { name: '百官街道', seat: [120.870, 30.030], population: 172000 },
  { name: '曹娥街道', seat: [120.838, 29.995], population: 78000 },
  { name: '东关街道', seat: [120.800, 30.030], population: 56000 },
  { name: '道墟街道', seat: [120.775, 30.075], population: 41000 },
  { name: '梁湖街道', seat: [120.828, 29.958], population: 37000 },
  { name: '小越街道', seat: [120.930, 30.050], population: 39000 },
  { name: '崧厦街道', seat: [120.880, 30.105], population: 68000 },
  { name: '沥海街道', seat: [120.765, 30.170], population: 33000 },
  { name: '盖北镇', seat: [120.862, 30.185], population: 26000 },
  { name: '谢塘镇', seat: [120.945, 30.085], population: 30000 },
  { name: '驿亭镇', seat: [120.975, 30.030], population: 34000 },
  { name: '长塘镇', seat: [121.005, 29.990], population: 21000 },
  { name: '永和镇', seat: [121.045, 29.965], population: 24000 },
  { name: '丰惠镇', seat: [120.960, 29.942], population: 30000 },
  { name: '上浦镇', seat: [120.852, 29.915], population: 27000 },
  { name: '汤浦镇', seat: [120.800, 29.895], population: 22000 },
  { name: '章镇镇', seat: [120.868, 29.852], population: 36000 },
  { name: '下管镇', seat: [120.990, 29.832], population: 19000 },
  { name: '岭南乡', seat: [120.935, 29.790], population: 9000 },
  { name: '丁宅乡', seat: [120.918, 29.882], population: 8000 },
  { name: '陈溪乡', seat: [121.040, 29.885], population: 7000 },
];

/** 曹娥江, from where it enters the district in the south to its mouth on Hangzhou Bay. */
export const CAOE_RIVER: readonly LonLat[] = [
  [120.858, 29.792], [120.850, 29.815], [120.846, 29.835], [120.852, 29.860], [120.843, 29.880],
  [120.848, 29.905], [120.856, 29.925], [120.848, 29.950], [120.846, 29.975], [120.853, 30.000],
  [120.859, 30.020], [120.863, 30.045], [120.858, 30.070], [120.845, 30.095], [120.828, 30.125],
  [120.812, 30.155], [120.795, 30.185], [120.782, 30.215], [120.772, 30.250],
];

/** Smaller rivers of the sample (drawn, and carrying sections). */
export const TRIBUTARIES: readonly { name: string; course: readonly LonLat[] }[] = [
  { name: '小舜江', course: [[120.770, 29.840], [120.785, 29.852], [120.798, 29.862]] },
  { name: '隐潭溪', course: [[121.035, 29.800], [121.010, 29.815], [120.985, 29.830], [120.955, 29.838], [120.925, 29.842], [120.890, 29.848], [120.860, 29.852]] },
  { name: '范洋江', course: [[120.960, 29.925], [120.935, 29.935], [120.905, 29.948], [120.875, 29.965], [120.856, 29.985]] },
  { name: '四十里河', course: [[121.030, 29.995], [121.000, 30.010], [120.965, 30.030], [120.930, 30.045], [120.900, 30.050], [120.868, 30.052]] },
  { name: '东关河', course: [[120.760, 30.045], [120.785, 30.035], [120.815, 30.030], [120.850, 30.025]] },
  { name: '崧北河', course: [[120.930, 30.110], [120.900, 30.115], [120.870, 30.120], [120.840, 30.118]] },
  { name: '沥北河', course: [[120.720, 30.160], [120.745, 30.168], [120.770, 30.175], [120.800, 30.172]] },
];

/** 汤浦水库 (drinking-water source) and 皂李湖. */
export const RESERVOIR = { name: '汤浦水库', center: [120.790, 29.866] as LonLat, radius: 1500, elongation: 2.4, rotation: 35 };
export const LAKE = { name: '皂李湖', center: [120.912, 30.012] as LonLat, radius: 650, elongation: 1.6, rotation: -20 };
