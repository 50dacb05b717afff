/**
 * Sample water: rivers and lakes (context layer), water-function zones with target classes, and
 * monitoring sections with a year of monthly samples. Each section has a pollution level from which
 * its concentrations are drawn; levels fall through the year (the plan's 灭V减Ⅳ增Ⅲ).
 */
import { buffer, lineString } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { gaussian, seededRandom, textSeed } from './random.ts';
import { blob, clipTo, offset, round6, roundGeometry } from './shapes.ts';
import { CAOE_RIVER, LAKE, RESERVOIR, TRIBUTARIES } from './shangyu-places.ts';
import type { LonLat } from './shangyu-places.ts';

const RIVERS: Readonly<Record<string, readonly LonLat[]>> = { 曹娥江: CAOE_RIVER, ...Object.fromEntries(TRIBUTARIES.map((t) => [t.name, t.course])) };

/** The point at a fraction (0…1) of a river's length, nudged `side` metres east. */
function along(river: string, f: number, side = 0): LonLat {
  const line = RIVERS[river]!;
  const seg = Math.min(line.length - 2, Math.floor(f * (line.length - 1)));
  const t = f * (line.length - 1) - seg;
  const a = line[seg]!; const b = line[seg + 1]!;
  const p = offset([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], side, 0);
  return [round6(p[0]), round6(p[1])];
}

/** Context layer `water`: 曹娥江 as a 300 m wide polygon, the reservoir and lake, tributaries as lines. */
export function makeWater(rand: () => number): Feature<Geometry>[] {
  const caoe = buffer(lineString(CAOE_RIVER.map((p) => [...p])), 150, { units: 'meters', steps: 4 })!;
  return [
    { type: 'Feature', properties: { name: '曹娥江', kind: 'river' }, geometry: roundGeometry(caoe.geometry as Polygon) },
    { type: 'Feature', properties: { name: RESERVOIR.name, kind: 'reservoir' }, geometry: blob(rand, RESERVOIR.center, { ...RESERVOIR, roughness: 0.3, vertices: 48 }) },
    { type: 'Feature', properties: { name: LAKE.name, kind: 'lake' }, geometry: blob(rand, LAKE.center, { ...LAKE, roughness: 0.2 }) },
    ...TRIBUTARIES.map((t): Feature<Geometry> => ({ type: 'Feature', properties: { name: t.name, kind: 'stream' }, geometry: { type: 'LineString', coordinates: t.course.map((p) => [...p]) } })),
  ];
}

function corridor(river: string, from: number, to: number, widthM: number): Polygon {
  const line = RIVERS[river]!;
  const n = line.length - 1;
  const pts = [along(river, from), ...line.slice(Math.ceil(from * n), Math.floor(to * n) + 1), along(river, to)];
  return roundGeometry(buffer(lineString(pts.map((p) => [...p])), widthM, { units: 'meters', steps: 4 })!.geometry as Polygon);
}

const box = (w: number, s: number, e: number, n: number): Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });

/** Water-function zones (水环境功能区) with `name`, `targetClass`, cut to the district. */
export function makeFunctionZones(rand: () => number, boundary: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon>[] {
  const specs: [string, Polygon, string, string][] = [
    ['汤浦水库饮用水源区', blob(rand, RESERVOIR.center, { radius: 3400, elongation: 1.6, rotation: 35 }), 'II', '饮用水源区'],
    ['曹娥江上虞上游段渔业用水区', corridor('曹娥江', 0, 0.36, 700), 'II', '渔业用水区'],
    ['曹娥江城区段景观娱乐用水区', corridor('曹娥江', 0.36, 0.66, 700), 'III', '景观娱乐用水区'],
    ['曹娥江河口段工业用水区', corridor('曹娥江', 0.66, 0.93, 700), 'III', '工业用水区'],
    ['隐潭溪源头水保护区', corridor('隐潭溪', 0, 0.7, 800), 'II', '源头水保护区'],
    ['东部平原河网农业用水区', box(120.885, 29.925, 121.08, 30.07), 'III', '农业用水区'],
    ['西部平原河网工业用水区', box(120.74, 30.02, 120.835, 30.10), 'IV', '工业用水区'],
    ['北部滨海河网农业用水区', box(120.82, 30.10, 120.96, 30.20), 'IV', '农业用水区'],
    ['中部平原河网景观娱乐用水区', box(120.80, 29.94, 120.885, 30.10), 'IV', '景观娱乐用水区'],
    ['南部山区溪流源头水保护区', box(120.90, 29.73, 121.11, 29.92), 'II', '源头水保护区'],
    ['皂李湖饮用水源区', blob(rand, LAKE.center, { radius: 1200, elongation: 1.5, rotation: -20 }), 'II', '饮用水源区'],
  ];
  const out: Feature<Polygon | MultiPolygon>[] = [];
  for (const [name, g, targetClass, use] of specs) {
    const inside = clipTo(g, boundary);
    if (inside) out.push({ type: 'Feature', properties: { name, targetClass, use }, geometry: inside });
  }
  return out;
}

export interface SectionSpec {
  id: string; name: string; river: string; at: LonLat; level: string; pollution: number;
  waterBody?: 'lake' | 'reservoir'; drinking?: boolean; targetClass?: string; metals?: boolean;
  /** Chlorophyll a and Secchi depth are measured too (drawn from a generator of the section's own). */
  optics?: boolean;
}

/**
 * Sections whose samples the sample dataset keeps in its monitoring spreadsheet
 * (monitoring-2018.csv) instead of in sections.geojson: 上浦闸, 百官大桥, 小舜江入库口 and the three
 * 汤浦水库 sections.
 */
export const SPREADSHEET_SECTIONS: readonly string[] = ['SY02', 'SY05', 'SY09', 'SY10', 'SY11', 'SY12'];

export function sectionSpecs(): SectionSpec[] {
  const s = (id: string, name: string, river: string, f: number, level: string, pollution: number, extra: Partial<SectionSpec> = {}): SectionSpec =>
    ({ id, name, river, at: along(river, f, 40), level, pollution, ...extra });
  const rc = RESERVOIR.center;
  return [
    s('SY01', '章镇大桥', '曹娥江', 0.1, '省控', 0.14, { metals: true }),
    s('SY02', '上浦闸', '曹娥江', 0.28, '国控', 0.17, { metals: true }),
    s('SY03', '梁湖', '曹娥江', 0.42, '市控', 0.24),
    s('SY04', '曹娥大桥', '曹娥江', 0.5, '省控', 0.28, { metals: true }),
    s('SY05', '百官大桥', '曹娥江', 0.58, '国控', 0.31, { metals: true }),
    s('SY06', '崧厦', '曹娥江', 0.72, '市控', 0.33),
    s('SY07', '曹娥江大闸', '曹娥江', 0.86, '省控', 0.35, { metals: true }),
    s('SY08', '曹娥江河口', '曹娥江', 0.985, '市控', 0.42),
    s('SY09', '小舜江入库口', '小舜江', 0.6, '市控', 0.11),
    { id: 'SY10', name: '汤浦水库坝前', river: '汤浦水库', at: offset(rc, 900, 700), level: '省控', pollution: 0.07, waterBody: 'reservoir', drinking: true, metals: true, optics: true },
    { id: 'SY11', name: '汤浦水库库心', river: '汤浦水库', at: offset(rc, 0, 0), level: '市控', pollution: 0.09, waterBody: 'reservoir', drinking: true, optics: true },
    { id: 'SY12', name: '汤浦水库取水口', river: '汤浦水库', at: offset(rc, 600, 300), level: '县控', pollution: 0.08, waterBody: 'reservoir', drinking: true, optics: true },
    s('SY13', '岭南', '隐潭溪', 0.08, '县控', 0.04),
    s('SY14', '下管', '隐潭溪', 0.3, '县控', 0.1),
    s('SY15', '丁宅', '隐潭溪', 0.6, '县控', 0.16),
    s('SY16', '隐潭溪入江口', '隐潭溪', 0.92, '市控', 0.22),
    s('SY17', '丰惠', '范洋江', 0.1, '市控', 0.3),
    s('SY18', '范洋江梁湖段', '范洋江', 0.6, '市控', 0.34),
    s('SY19', '范洋江入江口', '范洋江', 0.95, '县控', 0.5),
    s('SY20', '永和', '四十里河', 0.05, '县控', 0.42),
    s('SY21', '长塘', '四十里河', 0.25, '县控', 0.5),
    s('SY22', '驿亭', '四十里河', 0.45, '市控', 0.34),
    s('SY23', '小越', '四十里河', 0.7, '市控', 0.52),
    s('SY24', '四十里河百官段', '四十里河', 0.95, '县控', 0.62),
    s('SY25', '道墟', '东关河', 0.05, '县控', 0.6),
    s('SY26', '东关', '东关河', 0.4, '市控', 0.33),
    s('SY27', '东关河入江口', '东关河', 0.9, '县控', 0.7),
    s('SY28', '谢塘', '崧北河', 0.05, '县控', 0.66),
    s('SY29', '崧厦河网', '崧北河', 0.5, '市控', 0.56),
    s('SY30', '崧北河入江口', '崧北河', 0.95, '县控', 0.76),
    s('SY31', '沥海', '沥北河', 0.2, '县控', 0.55, { targetClass: 'IV' }),
    s('SY32', '杭州湾新城', '沥北河', 0.6, '县控', 0.9),
    s('SY33', '沥北河入江口', '沥北河', 0.95, '县控', 0.72),
    { id: 'SY34', name: '皂李湖湖心', river: '皂李湖', at: LAKE.center, level: '市控', pollution: 0.1, waterBody: 'lake' },
    { id: 'SY35', name: '皂李湖出口', river: '皂李湖', at: offset(LAKE.center, -500, 300), level: '县控', pollution: 0.14, waterBody: 'lake' },
    { id: 'SY36', name: '百官城区河道人民路', river: '城区河网', at: [120.872, 30.033], level: '县控', pollution: 0.8, targetClass: 'IV' },
    { id: 'SY37', name: '盖北河网', river: '滨海河网', at: [120.868, 30.178], level: '县控', pollution: 0.58 },
    { id: 'SY38', name: '上浦河网', river: '上浦河网', at: [120.861, 29.912], level: '县控', pollution: 0.27 },
    { id: 'SY39', name: '陈溪', river: '陈溪', at: [121.012, 29.872], level: '县控', pollution: 0.03 },
    { id: 'SY40', name: '梁湖河网', river: '梁湖河网', at: [120.812, 29.962], level: '县控', pollution: 0.46 },
  ];
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const r2 = (x: number) => Math.round(x * 100) / 100;
const r1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Twelve monthly samples of a year (2018 unless given) for a section of the given pollution level. With `spec.optics`,
 * chlorophyll a (mg/m³, about 3–8, highest in summer) and Secchi depth (m, about 1.6–2.9, lowest in
 * summer) are added, as in a mesotrophic reservoir; they come from a generator seeded by the section
 * id, so the numbers drawn from `rand` are the same with or without them.
 */
export function samples(rand: () => number, spec: SectionSpec, year = 2018): Record<string, number | string>[] {
  const lake = spec.waterBody !== undefined;
  const own = spec.optics ? seededRandom(textSeed(`optics ${spec.id}`)) : null;
  const out: Record<string, number | string>[] = [];
  for (let m = 1; m <= 12; m++) {
    const summer = Math.max(0, Math.sin(((m - 3) / 12) * Math.PI * 2));
    const winter = Math.max(0, Math.cos(((m - 1) / 12) * Math.PI * 2));
    const pe = Math.max(0.01, spec.pollution * (1.18 - 0.36 * ((m - 1) / 11)) * (1 + gaussian(rand, 0.08)));
    const s: Record<string, number | string> = {
      date: `${year}-${String(m).padStart(2, '0')}-${String(8 + Math.floor(rand() * 10)).padStart(2, '0')}`,
      temp: r1(9 + 20 * summer + gaussian(rand, 1)),
      pH: r2(7.3 + gaussian(rand, 0.2)),
      DO: r2(Math.max(1.2, 9.3 - 5.8 * pe - 1.3 * summer + gaussian(rand, 0.25))),
      CODMn: r2(1.4 + 10 * pe + gaussian(rand, 0.15)),
      COD: r1(Math.max(5, 8 + 32 * pe + gaussian(rand, 0.8))),
      BOD5: r2(Math.max(0.5, 1.1 + 7 * pe + gaussian(rand, 0.15))),
      NH3N: r3(Math.max(0.025, 0.07 + 2.3 * pe ** 1.5 + 0.12 * winter * pe + gaussian(rand, 0.02))),
      TP: r3(Math.max(0.005, lake ? 0.006 + 0.16 * pe + gaussian(rand, 0.002) : 0.02 + 0.38 * pe + gaussian(rand, 0.006))),
    };
    if (lake) {
      s.TN = r2(0.28 + 1.6 * pe + gaussian(rand, 0.03));
      s.fecalColiform = Math.round(150 + 9000 * pe * (1 + gaussian(rand, 0.2)));
    }
    if (spec.metals) {
      Object.assign(s, { Cu: 0.003, Zn: 0.012, F: r2(0.3 + gaussian(rand, 0.03)), Se: 0.0004, As: 0.0012, Hg: 0.00002, Cd: 0.0002, Cr6: 0.004, Pb: 0.002, CN: 0.002, phenol: 0.0008, oil: 0.02, LAS: 0.04, S2: 0.01 });
    }
    if (own) {
      const load = 0.6 + 5 * spec.pollution; // 0.95–1.05 for the reservoir's sections
      s.chla = r1(Math.max(1, (3 + 4.2 * summer) * load * (1 + gaussian(own, 0.1))));
      s.SD = r2(Math.min(3.2, Math.max(1.2, (2.7 - 1.0 * summer) / load + gaussian(own, 0.08))));
    }
    out.push(s);
  }
  return out;
}

/** Monitoring sections (Point) with `id`, `name`, `river`, `level`, `waterBody`, samples and flags. */
export function makeSections(rand: () => number): Feature<Point>[] {
  return sectionFeatures(rand, sectionSpecs());
}

/** Section features for the given specs, with a year of samples each (of 2018 unless given). */
export function sectionFeatures(rand: () => number, specs: readonly SectionSpec[], year = 2018): Feature<Point>[] {
  return specs.map((spec) => ({
    type: 'Feature',
    properties: {
      id: spec.id, name: spec.name, river: spec.river, level: spec.level,
      waterBody: spec.waterBody ?? 'river',
      ...(spec.targetClass ? { targetClass: spec.targetClass } : {}),
      ...(spec.drinking ? { drinkingWaterSource: true } : {}),
      samples: samples(rand, spec, year),
    },
    geometry: { type: 'Point', coordinates: [round6(spec.at[0]), round6(spec.at[1])] },
  }));
}
