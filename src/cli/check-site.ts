/**
 * `npm run check-site -- FILE... [--data DIR] [--crs EPSG:NNNN] [--db URL] [--json] [--lang zh|en]`: the
 * planner's site check from the command line, with the same core as the app: every site in the
 * files (部标 TXT, DXF, KML/KMZ, 界址点 tables, zipped or loose shapefiles, GeoJSON — through the
 * one importer) against the dataset's red lines, protected areas, permanent basic farmland,
 * heritage areas and urban development boundary; its ellipsoidal, Gauss–Krüger plane and
 * declared areas; what building it would cost the area indicators. A table, or JSON (see
 * src/cli/README.md). Exit code 0 on success; 1 on wrong usage; 2 when a file or the dataset
 * cannot be read, or a projected file names no system (the message gives the likely ones: pass
 * --crs).
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import { findingText, formatIssue, siteCode, siteFindings, siteName, siteVerdict, textTable, translate } from '../core/index.ts';
import type { Dataset, Lang, SiteCheck } from '../core/index.ts';
import { checkSite, loadOverlayEngine, makeOverlayContext } from '../core/compute.ts';
import { importFilesAsync, loadDataset } from '../core/io.ts';
import { datasetReader } from './dataset-reader.ts';

const USAGE = 'Usage: npm run check-site -- FILE... [--data DIR] [--crs EPSG:NNNN] [--db URL] [--json] [--lang zh|en]\n'
  + '  FILE        a site file: 部标 TXT, .dxf, .kml/.kmz, .csv/.xlsx 界址点 table, .zip or .shp shapefile, .geojson\n'
  + '  --data DIR  the dataset to check against (default: data/)\n'
  + '  --crs CODE  the coordinate system of files that name none (DXF, tables, a shapefile without .prj)\n'
  + '  --db URL    the database of the dataset\'s table layers (its manifest\'s "database" is used only when named here)\n'
  + '  --json      print the result as JSON\n'
  + '  --lang      the language of the table and the findings (default zh)';

/** Files a site file comes with: a shapefile's .dbf, .prj, .cpg and .shx beside its .shp. */
async function filesOf(file: string): Promise<Record<string, Uint8Array>> {
  const out: Record<string, Uint8Array> = { [path.basename(file)]: new Uint8Array(await readFile(file)) };
  if (/\.shp$/i.test(file)) {
    for (const ext of ['.dbf', '.prj', '.cpg', '.shx', '.DBF', '.PRJ', '.CPG', '.SHX']) {
      const sibling = file.replace(/\.shp$/i, ext);
      if (existsSync(sibling)) out[path.basename(sibling)] = new Uint8Array(await readFile(sibling));
    }
  }
  return out;
}

const text = (v: unknown): string | null => (v === undefined || v === null || String(v).trim() === '' ? null : String(v));

/** One site of the output: where it came from, its areas, what was found. */
interface SiteOut {
  readonly name: string;
  readonly code: string | null;
  readonly file: string;
  readonly crs: string;
  readonly check: SiteCheck;
  readonly declaredAreaM2: number | null;
}

/** The JSON of one site (src/cli/README.md, check-site). */
function siteJson(s: SiteOut, lang: Lang, dataset: Dataset): object {
  const c = s.check;
  // A feature's own id (id, code) where it has one, else its number in its layer.
  const idOf = (layer: string, index: number) => { const p = dataset.layers[layer]?.features[index]?.properties ?? {}; return String(p.id ?? p.code ?? index); };
  const red = c.roles.redLines;
  return {
    name: s.name, code: s.code, file: s.file, crs: s.crs,
    areaM2: c.areaM2, planeAreaM2: c.planeAreaM2, planeZone: c.planeZone, declaredAreaM2: s.declaredAreaM2,
    overlaps: c.overlaps.map((o) => ({ role: o.layer, id: idOf(o.layer, o.index), name: o.name, type: o.kind || null, areaM2: o.areaM2, shareOfSite: o.percentOfSite / 100 })),
    redLine: red.covered ? red.status : null,
    nearestRedLineM: red.nearest ? red.nearest.distanceM : null,
    lines: Object.fromEntries(Object.entries(c.roles).map(([layer, r]) => [layer, { checked: r.covered, status: r.status, areaM2: r.areaM2, shareOfSite: r.percentOfSite / 100, nearestM: r.nearest?.distanceM ?? null, nearest: r.nearest?.name ?? null }])),
    findings: siteFindings(c).map((f) => ({ role: f.layer, level: f.level, text: findingText(f, lang) })),
    verdict: siteVerdict(siteFindings(c), lang),
    impact: Object.fromEntries(Object.entries(c.impact ?? {}).map(([id, i]) => [id, { before: i.before, after: i.after, unit: i.unit, target: i.target, passBefore: i.passBefore, passAfter: i.passAfter, crossesTarget: i.crossesTarget, takenM2: i.takenM2 }])),
  };
}

/** One site as text: its areas, the verdict and findings, the overlaps and the impact. */
function siteText(s: SiteOut, lang: Lang): string {
  const c = s.check;
  const f2 = (x: number) => x.toFixed(2);
  const lines = [
    `${s.name}${s.code ? ` (${s.code})` : ''} — ${s.file}, ${s.crs}`,
    `  ${lang === 'zh' ? '椭球面积' : 'ellipsoidal area'} ${f2(c.areaM2)} m²; ${lang === 'zh' ? '高斯平面面积' : 'Gauss–Krüger plane area'} (CGCS2000 3° zone ${c.planeZone}) ${f2(c.planeAreaM2)} m²${s.declaredAreaM2 !== null ? `; ${lang === 'zh' ? '申报面积' : 'declared'} ${f2(s.declaredAreaM2)} m²` : ''}`,
    `  ${siteVerdict(siteFindings(c), lang).text}`,
    ...siteFindings(c).map((f) => `  - ${findingText(f, lang)}`),
  ];
  if (c.overlaps.length) {
    lines.push(textTable(['layer', 'name', 'type', 'm²', '% of site'], c.overlaps.map((o) => [translate(lang, `${o.layer}_`), o.name, o.kind, f2(o.areaM2), f2(o.percentOfSite)])).replace(/^/gm, '  '));
  }
  const impact = Object.entries(c.impact ?? {});
  if (impact.length) {
    lines.push(textTable(['indicator', 'now', 'built', 'target crossed'], impact.map(([id, i]) => [id, `${i.before.toFixed(4)} ${i.unit}`, `${i.after.toFixed(4)} ${i.unit}`, i.crossesTarget ? 'YES' : 'no'])).replace(/^/gm, '  '));
  }
  return lines.join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  let dir = 'data';
  let crs: string | undefined;
  let db: string | null = null;
  let json = false;
  let lang: Lang = 'zh';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') json = true;
    else if (a === '--data' && argv[i + 1]) dir = argv[++i]!;
    else if (a === '--crs' && argv[i + 1]) crs = argv[++i]!;
    else if (a === '--db' && argv[i + 1]) db = argv[++i]!;
    else if (a === '--lang' && (argv[i + 1] === 'zh' || argv[i + 1] === 'en')) lang = argv[++i] as Lang;
    else if (a === '--help' || a === '-h') { process.stdout.write(`${USAGE}\n`); return 0; }
    else if (a.startsWith('--')) { process.stderr.write(`Unknown argument: ${a}\n${USAGE}\n`); return 1; }
    else files.push(a);
  }
  if (files.length === 0) { process.stderr.write(`No site file given.\n${USAGE}\n`); return 1; }
  const [{ dataset, issues }] = await Promise.all([loadDataset(datasetReader(dir, db)), loadOverlayEngine()]);
  if (!dataset || !dataset.layers.boundary?.features.length) {
    process.stderr.write(`The dataset in ${dir} cannot be loaded:\n${issues.map(formatIssue).join('\n')}\n`);
    return 2;
  }
  // The dataset's errors (a layer refused or broken): the lines they touch are not checked, and say so.
  const errors = issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) process.stderr.write(`The dataset in ${dir} has errors; the lines they touch are not checked:\n${errors.map(formatIssue).join('\n')}\n\n`);
  const overlay = makeOverlayContext(dataset);
  const sites: SiteOut[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    let bytes: Record<string, Uint8Array>;
    try { bytes = await filesOf(file); } catch (e) {
      process.stderr.write(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})\n`);
      return 2;
    }
    const r = await importFilesAsync(bytes, crs);
    if (r.kind === 'needs-crs') {
      process.stderr.write(`${file}: the coordinates (${r.sample[0]}, ${r.sample[1]}) look projected and the file names no coordinate system. Likely: ${r.candidates.slice(0, 3).map((c) => `${c.crs.code} (${c.crs.name})`).join(', ')}. Pass --crs EPSG:NNNN.\n`);
      return 2;
    }
    if (r.kind === 'error') {
      process.stderr.write(`${r.issues.map(formatIssue).join('\n')}\n`);
      return 2;
    }
    for (const i of r.issues) warnings.push(formatIssue(i));
    const used = r.sources.map((s) => s.crs).join(', ');
    r.collection.features.forEach((f, n) => {
      const g = f.geometry;
      if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) { warnings.push(`${file} #${n + 1}: not a polygon; left out`); return; }
      const p = f.properties ?? {};
      const declared = typeof p.declaredAreaM2 === 'number' ? p.declaredAreaM2 : null;
      sites.push({
        name: siteName(p, `${path.basename(file)} #${n + 1}`),
        code: siteCode(p),
        file: path.basename(file), crs: text(p.crs) ?? used,
        check: checkSite(g as Polygon | MultiPolygon, dataset, { overlay }), declaredAreaM2: declared,
      });
    });
  }
  const boundaryAreaM2 = overlay?.boundaryArea ?? null;
  if (json) {
    process.stdout.write(`${JSON.stringify({ dataset: dataset.manifest.name, districtAreaM2: boundaryAreaM2, sites: sites.map((s) => siteJson(s, lang, dataset)), warnings }, null, 1)}\n`);
  } else {
    process.stdout.write(`${dataset.manifest.name}${dataset.manifest.year ? ` (${dataset.manifest.year})` : ''}${dataset.manifest.sample ? ' — 示意数据 sample data' : ''}\n\n${sites.map((s) => siteText(s, lang)).join('\n\n')}\n`);
    if (warnings.length) process.stderr.write(`\n${warnings.length} warning(s):\n${warnings.join('\n')}\n`);
  }
  return 0;
}

main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e: unknown) => {
  process.stderr.write(`check-site failed: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 2;
});
