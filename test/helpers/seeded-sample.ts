/**
 * The files of a district dataset drawn by the sample generator with another seed: the real
 * boundary and towns, and red lines, protected areas and forest parcels from `seed` (the forest
 * threshold drawn too). For invariant tests over many datasets shaped like the sample.
 */
import type { Feature, Geometry } from 'geojson';
import { loadShangyuBoundary } from '../../src/sample/boundary-source.ts';
import { makeTowns } from '../../src/sample/layer-towns.ts';
import { makeProtectedAreas, makeRedLines } from '../../src/sample/layer-protection.ts';
import { makeForestParcels } from '../../src/sample/layer-forest.ts';
import { seededRandom } from '../../src/sample/random.ts';

const fcOf = (features: readonly Feature<Geometry>[]) => ({ type: 'FeatureCollection', features });

/** The district's outline (the sample's, real). */
export const SAMPLE_BOUNDARY = loadShangyuBoundary();
const towns = makeTowns(SAMPLE_BOUNDARY);

/** File name → content (objects, to be JSON-encoded) of the dataset drawn with `seed`, with `extraProtected` added to its protected areas. */
export function seededSampleFiles(seed: number, extraProtected: readonly Feature<Geometry>[] = []): Record<string, object> {
  const rand = seededRandom(seed);
  return {
    'manifest.json': { name: `seed ${seed}`, layers: { boundary: 'b.geojson', towns: 't.geojson', redLines: 'r.geojson', protectedAreas: 'p.geojson', forestParcels: 'f.geojson' } },
    'b.geojson': fcOf([{ type: 'Feature', properties: { name: '上虞区' }, geometry: SAMPLE_BOUNDARY }]),
    't.geojson': fcOf(towns),
    'r.geojson': fcOf(makeRedLines(rand, SAMPLE_BOUNDARY)),
    'p.geojson': fcOf([...makeProtectedAreas(rand), ...extraProtected]),
    'f.geojson': fcOf(makeForestParcels(rand, SAMPLE_BOUNDARY, 0.45 + 0.1 * rand())),
  };
}
