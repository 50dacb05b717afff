/**
 * The sample's 2016 baseline, from the 2018 layers by the same seeded generator, with plausible
 * changes since: some forest parcels were not yet forest in 2016 (未成林造林地, afforested since),
 * some 迹地 parcels were still 乔木林地 (felled since); the wetland park 曹娥江口湿地公园 did not
 * exist; the river sections were more polluted (by a third) except 东关 (SY26), which was cleaner
 * and has worsened. Like the rest, 示意数据.
 */
import type { Feature, Geometry, Point } from 'geojson';
import { FOREST_COVER_CLASSES } from '../core/index.ts';
import { sectionFeatures, sectionSpecs } from './layer-water.ts';
import { seededRandom } from './random.ts';

/** The protected area created after 2016. */
export const NEW_SINCE_2016 = '曹娥江口湿地公园';
/** The section that worsened from 2016 to 2018. */
export const WORSENED_SECTION = 'SY26';

/** The 2016 forest parcels: the 2018 ones with the land class they had then. */
export function forest2016(parcels2018: readonly Feature<Geometry>[], seed: number): Feature<Geometry>[] {
  const rand = seededRandom(seed);
  return parcels2018.map((f) => {
    const cls = String(f.properties!['地类']);
    const r = rand();
    const then = FOREST_COVER_CLASSES.includes(cls) && r < 0.05 ? '未成林造林地' : cls === '迹地' && r < 0.35 ? '乔木林地' : cls;
    return then === cls ? f : { ...f, properties: { ...f.properties, 地类: then } };
  });
}

/** The 2016 protected areas: those of 2018 but the one created since. */
export function protected2016(areas2018: readonly Feature<Geometry>[]): Feature<Geometry>[] {
  return areas2018.filter((f) => f.properties!.name !== NEW_SINCE_2016);
}

/** The 2016 sections with their samples of 2016 (all in the layer: 2016 has no spreadsheet). */
export function sections2016(seed: number): Feature<Point>[] {
  const specs = sectionSpecs().map((s) => ({ ...s, pollution: s.id === WORSENED_SECTION ? s.pollution * 0.6 : s.waterBody ? s.pollution : s.pollution * 1.35 }));
  return sectionFeatures(seededRandom(seed), specs, 2016);
}
