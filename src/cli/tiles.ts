/**
 * `npm run tiles -- [--data DIR] --out DIR [--db URL] [--layers a,b] [--minzoom N] [--maxzoom N] [--max-tiles N] [--manifest]`:
 * cuts vector tiles of a dataset's layers in PostGIS (a server named by --db or the PG* variables,
 * else the embedded one) into a static folder — `OUT/<layer>/{z}/{x}/{y}.pbf` and a TileJSON
 * `OUT/<layer>/tiles.json` — that any web server or CDN serves, and prints the manifest entries
 * that make the app draw each layer from its tiles (with --manifest, writes them into the
 * dataset's manifest, keeping each layer's file for the CLI's indicators). The tiles are counted
 * before anything is cut (a cut past --max-tiles is refused with the zooms that fit), cut into a
 * folder beside OUT and each layer's folder swapped in whole. Exit code 0 on success, 2 when the
 * dataset cannot be loaded or PostGIS fails, 1 on wrong usage or a cut over the limit.
 */
import { rmSync } from 'node:fs';
import { lstat, mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { formatIssue } from '../core/index.ts';
import { loadDataset } from '../core/io.ts';
import { datasetReader } from './dataset-reader.ts';
import { openClient } from './postgis-engine.ts';
import type { SqlClient } from './postgis-engine.ts';
import { cutTilesInPostgis, deepestZoomWithin, layerBounds, MAX_TILES, tilesByZoom } from './postgis-tiles.ts';
import type { CutLayer } from './postgis-tiles.ts';
import { isInside, outputFolderProblem, PathRefused, realpathLoose, resolveInside, unsafeName, writeInside } from './safe-path.ts';

const USAGE = `Usage: npm run tiles -- [--data DIR] --out DIR [--db URL] [--layers a,b] [--minzoom N] [--maxzoom N] [--max-tiles N] [--manifest]
  --data DIR     dataset folder with manifest.json (default: data/)
  --out DIR      folder for the tiles: OUT/<layer>/{z}/{x}/{y}.pbf and OUT/<layer>/tiles.json
  --db URL       a PostgreSQL/PostGIS server (or the PG* variables); without one, the embedded PostGIS
  --layers a,b   the layers to cut (default: every layer but the boundary and the sections)
  --minzoom N    first zoom cut (default 5)
  --maxzoom N    last zoom cut, overzoomed beyond by the map (default 12)
  --max-tiles N  refuse a cut that may write more tiles than N, counted before cutting (default ${MAX_TILES.toLocaleString('en')})
  --manifest     write the "tiles" entries into the dataset's manifest.json (OUT must be inside the dataset)`;

/** The TileJSON of a layer cut. */
function tileJson(c: CutLayer) {
  return { tilejson: '3.0.0', name: c.layer, tiles: ['{z}/{x}/{y}.pbf'], minzoom: c.minzoom, maxzoom: c.maxzoom, bounds: c.bounds, vector_layers: [{ id: c.layer, fields: Object.fromEntries(['_i', ...c.fields].map((f) => [f, f === '_i' ? 'Number' : 'String'])), minzoom: c.minzoom, maxzoom: c.maxzoom }] };
}

/** Layers the map always loads whole, never from tiles. */
const NOT_TILED = new Set(['boundary', 'sections']);

async function main(argv: readonly string[]): Promise<number> {
  let dir = 'data';
  let out: string | null = null;
  let db: string | null = null;
  let only: string[] | null = null;
  let minzoom = 5;
  let maxzoom = 12;
  let writeManifest = false;
  let maxTiles = MAX_TILES;
  const zoom = (v: string | undefined) => (v !== undefined && /^\d+$/.test(v) && Number(v) <= 20 ? Number(v) : null);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--data' && argv[i + 1]) dir = argv[++i]!;
    else if (a === '--out' && argv[i + 1]) out = argv[++i]!;
    else if (a === '--db' && argv[i + 1]) db = argv[++i]!;
    else if (a === '--layers' && argv[i + 1]) only = argv[++i]!.split(',').filter(Boolean);
    else if ((a === '--minzoom' || a === '--maxzoom') && zoom(argv[i + 1]) !== null) { if (a === '--minzoom') minzoom = zoom(argv[++i])!; else maxzoom = zoom(argv[++i])!; }
    else if (a === '--max-tiles' && /^\d+$/.test(argv[i + 1] ?? '')) maxTiles = Number(argv[++i]);
    else if (a === '--manifest') writeManifest = true;
    else if (a === '--help' || a === '-h') { process.stdout.write(`${USAGE}\n`); return 0; }
    else { process.stderr.write(`Unknown or incomplete argument: ${a}\n${USAGE}\n`); return 1; }
  }
  if (out === null) { process.stderr.write(`--out DIR is needed\n${USAGE}\n`); return 1; }
  if (minzoom > maxzoom) { process.stderr.write(`--minzoom ${minzoom} is above --maxzoom ${maxzoom}\n`); return 1; }
  const outProblem = await outputFolderProblem(out);
  if (outProblem) { process.stderr.write(`${outProblem}\n`); return 1; }
  const { dataset, issues } = await loadDataset(datasetReader(dir, db));
  if (!dataset) {
    process.stderr.write(`The dataset in ${dir} cannot be loaded:\n${issues.map(formatIssue).join('\n')}\n`);
    return 2;
  }
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) process.stderr.write(`The dataset in ${dir} has errors; features left out are not in the tiles:\n${errors.map(formatIssue).join('\n')}\n\n`);
  const available = Object.keys(dataset.layers).filter((l) => !NOT_TILED.has(l));
  const layers = only ?? available;
  const unknown = layers.filter((l) => !available.includes(l));
  if (unknown.length > 0) {
    process.stderr.write(`--layers: ${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not a loaded layer that can be tiled (these are: ${available.join(', ')})\n`);
    return 1;
  }
  // Layer names become folders of OUT: one that is not a plain name would write elsewhere.
  const badNames = layers.map((l) => [l, unsafeName(l)] as const).filter(([, why]) => why !== null);
  if (badNames.length > 0) {
    process.stderr.write(`${badNames.map(([l, why]) => `Layer ${JSON.stringify(l)} ${why}: it cannot name a folder of ${out}`).join('\n')}\nRename the layer in manifest.json, or leave it out with --layers.\n`);
    return 2;
  }
  // Real paths (symbolic links followed): OUT is inside the dataset only if it really is.
  const manifestDir = await realpathLoose(dir);
  const outDir = await realpathLoose(out);
  const inside = path.relative(manifestDir, outDir);
  const outside = !isInside(manifestDir, outDir);
  if (writeManifest && outside) {
    process.stderr.write(`--manifest: ${out} is not inside the dataset ${dir}; the manifest can only name tiles inside it\n`);
    return 1;
  }
  let manifestFile = '';
  if (writeManifest) {
    try {
      manifestFile = await resolveInside(dir, 'manifest.json');
    } catch (e) {
      process.stderr.write(`--manifest: ${dir}/manifest.json is ${(e as Error).message}\n`);
      return 2;
    }
  }
  // The tiles counted before anything is cut: every tile the layers' boxes touch at each zoom.
  const boxes = layers.map((l) => layerBounds(dataset, l)).filter((b) => b !== null);
  const byZoom = tilesByZoom(boxes, minzoom, maxzoom);
  const total = byZoom.reduce((n, z) => n + z.tiles, 0);
  const perZoom = byZoom.map((z) => `z${z.z}: ${z.tiles.toLocaleString('en')}`).join(', ');
  if (total > maxTiles) {
    const deepest = deepestZoomWithin(boxes, minzoom, maxTiles);
    const fit = deepest === null ? `even --minzoom ${minzoom} alone is more; cut fewer layers (--layers) or raise --max-tiles` : `--minzoom ${minzoom} --maxzoom ${deepest} fits`;
    process.stderr.write(`The cut would write up to ${total.toLocaleString('en')} tiles (${perZoom}), more than the limit of ${maxTiles.toLocaleString('en')} (--max-tiles): ${fit}. Nothing was written.\n`);
    return 1;
  }
  process.stderr.write(`Cutting up to ${total.toLocaleString('en')} tiles (${perZoom}).\n`);
  // A layer's folder in OUT that is a symbolic link out of it is refused, as writeInside refuses it.
  for (const layer of layers) {
    const folder = path.join(outDir, layer);
    if (!(await lstat(folder).catch(() => null))?.isSymbolicLink()) continue;
    const real = await realpathLoose(folder);
    if (!isInside(outDir, real)) { process.stderr.write(`Tiles: ${folder} leads through a symbolic link to ${real}, outside ${out}; not written\n`); return 2; }
  }
  // Cut into a folder beside OUT, then each layer's folder swapped in whole: no stale tile of an
  // earlier run stays, and a cut that fails or is stopped leaves OUT as it was.
  const staging = path.join(path.dirname(outDir), `.${path.basename(outDir)}.cutting-${process.pid}`);
  const dropStaging = () => rmSync(staging, { recursive: true, force: true });
  process.on('exit', dropStaging);
  const checked = new Set<string>();
  let client: SqlClient | null = null;
  let cut: CutLayer[];
  try {
    await mkdir(staging, { recursive: true });
    client = await openClient(db, (l) => process.stderr.write(`${l}\n`));
    cut = await cutTilesInPostgis(dataset, layers, { minzoom, maxzoom }, client, (layer, z, x, y, tile) => writeInside(staging, [layer, String(z), String(x), `${y}.pbf`], tile, checked));
  } catch (e) {
    process.stderr.write(`${e instanceof PathRefused ? 'Tiles' : 'PostGIS'}: ${(e as Error).message}\n`);
    return 2;
  } finally {
    await client?.close();
  }
  const rel = inside.split(path.sep).join('/');
  const entries: Record<string, Record<string, unknown>> = {};
  try {
    for (const c of cut) await writeInside(staging, [c.layer, 'tiles.json'], `${JSON.stringify(tileJson(c), null, 2)}\n`, checked);
    await mkdir(outDir, { recursive: true });
    for (const c of cut) {
      // rename never follows the last component: a layer folder that is a link is moved away, not entered.
      const old = path.join(staging, `.old-${c.layer}`);
      await rename(path.join(outDir, c.layer), old).catch((e: NodeJS.ErrnoException) => { if (e.code !== 'ENOENT') throw e; });
      await rename(path.join(staging, c.layer), path.join(outDir, c.layer));
    }
  } catch (e) {
    process.stderr.write(`Tiles: ${(e as Error).message}\n`);
    return 2;
  } finally {
    await rm(staging, { recursive: true, force: true });
    process.off('exit', dropStaging);
  }
  for (const c of cut) {
    entries[c.layer] = { tiles: `${outside ? 'tiles' : rel}/${c.layer}/{z}/{x}/{y}.pbf`.replace(/^\//, ''), minzoom: c.minzoom, maxzoom: c.maxzoom, bounds: c.bounds.map((v) => Number(v.toFixed(6))) };
  }
  const table = cut.map((c) => `${c.layer.padEnd(18)} ${String(c.tiles).padStart(7)} tiles ${(c.bytes / 1e6).toFixed(2).padStart(9)} MB   z${c.minzoom}–${c.maxzoom}`);
  process.stdout.write(`Tiles written to ${out}:\n${table.join('\n')}\n`);
  if (writeManifest) {
    const file = manifestFile;
    const m = JSON.parse(await readFile(file, 'utf8')) as { layers: Record<string, unknown> };
    for (const [layer, e] of Object.entries(entries)) {
      const old = m.layers[layer];
      m.layers[layer] = { ...(typeof old === 'string' ? { file: old } : (old as object)), ...e };
    }
    await writeInside(path.dirname(file), [path.basename(file)], `${JSON.stringify(m, null, 2)}\n`);
    process.stdout.write(`\n${file} now draws ${Object.keys(entries).join(', ')} from the tiles in the app (the CLI still counts their files).\n`);
  } else {
    const where = outside ? `; ${out} is outside the dataset: copy it into the dataset as tiles/ (or change the paths)` : '';
    process.stdout.write(`\nAdd to each layer in manifest.json (its "file" stays, for the CLI's indicators)${where}:\n${JSON.stringify(entries, null, 2)}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => { process.stderr.write(`Unexpected error: ${(e as Error).stack ?? String(e)}\n`); process.exitCode = 1; },
);
