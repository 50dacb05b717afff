/**
 * `npm run pack -- [--data DIR] --out DIR [--lang zh|en] [--no-maps] [--app DIR]`: the 技术评估 submission pack
 * of a dataset folder — 指标完成情况表.xlsx, 技术报告.docx and maps/*.png (300 dpi) — from one
 * computeReport run with its per-town (`--by towns`) and year-against-year (`--years`) results, the
 * same numbers `npm run indicators -- --json --by towns --years` prints. The maps are drawn by the
 * app in headless Chromium (pack-maps-chromium.ts); without Chromium the workbook and the report
 * are written without maps, and the command says why. Exit code 0 when written; 2 when the dataset
 * cannot be loaded; 1 on wrong usage.
 */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, hasErrors } from '../core/index.ts';
import { computeReport, indicatorsByZone, loadOverlayEngine, yearValues } from '../core/compute.ts';
import { loadDataset } from '../core/io.ts';
import { datasetInventory, packTables } from '../core/pack.ts';
import type { PackYears } from '../core/pack.ts';
import { packFiles } from '../pack/pack-files.ts';
import { datasetReader } from './dataset-reader.ts';
import { drawPackMaps } from './pack-maps-chromium.ts';
import { resolveInside } from './safe-path.ts';
import { computeYears } from './years-output.ts';

const USAGE = 'Usage: npm run pack -- [--data DIR] --out DIR [--lang zh|en] [--no-maps] [--app DIR]\n  --data DIR   dataset folder with manifest.json (default: data/)\n  --out DIR    folder to write the pack into (made when missing)\n  --lang L     zh (default) or en\n  --no-maps    write the workbook and the report without maps (no browser needed)\n  --app DIR    the built app that draws the maps (default: dist/, built when missing or stale)';

/** Today as YYYY-MM-DD (local time). */
function today(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

async function main(argv: readonly string[]): Promise<number> {
  let dir = 'data';
  let out: string | null = null;
  let lang: 'zh' | 'en' = 'zh';
  let maps = true;
  let app: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--data' && argv[i + 1]) dir = argv[++i]!;
    else if (a === '--out' && argv[i + 1]) out = argv[++i]!;
    else if (a === '--lang' && (argv[i + 1] === 'zh' || argv[i + 1] === 'en')) lang = argv[++i] as 'zh' | 'en';
    else if (a === '--no-maps') maps = false;
    else if (a === '--app' && argv[i + 1]) app = argv[++i]!;
    else if (a === '--help' || a === '-h') { process.stdout.write(`${USAGE}\n`); return 0; }
    else { process.stderr.write(`Unknown argument: ${a}\n${USAGE}\n`); return 1; }
  }
  if (!out) { process.stderr.write(`--out DIR is required\n${USAGE}\n`); return 1; }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const read = datasetReader(dir, null);
  const [{ dataset, issues }] = await Promise.all([loadDataset(read), loadOverlayEngine()]);
  if (!dataset || !dataset.layers.boundary?.features.length) {
    process.stderr.write(`The dataset in ${dir} cannot be loaded:\n${issues.map(formatIssue).join('\n')}\n`);
    return 2;
  }
  if (hasErrors(issues)) log(`The dataset in ${dir} has errors; the indicators they touch are marked incomplete (不完整) in the pack:\n${issues.filter((i) => i.severity === 'error').map(formatIssue).join('\n')}\n`);
  // One report, with the towns and the years computed from it as `npm run indicators -- --by towns --years` does.
  const report = computeReport(dataset, issues.filter((i) => i.severity === 'warning'));
  const byTowns = dataset.layers.towns?.features.length ? indicatorsByZone(dataset, 'towns') : null;
  let years: PackYears | null = null;
  if (Object.keys(dataset.manifest.years).some((y) => Number(y) !== dataset.manifest.year)) {
    const y = await computeYears(read, dataset, report, log);
    if (y.comparison) years = { values: yearValues(y.reports), comparison: y.comparison };
  }
  const modified = async (f: string) => (await stat(await resolveInside(dir, f))).mtime;
  const inventory = await datasetInventory(dataset, read, 'manifest.json', modified);
  const date = today();
  const tables = packTables({ dataset, report, byTowns, years, inventory, date, lang });
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const drawn = maps
    ? await drawPackMaps(root, app, dir, lang, date, log).catch((e: unknown) => ({ maps: [] as [], missing: `${lang === 'zh' ? '未生成地图：' : 'No maps: '}${(e as Error).message}` }))
    : { maps: [] as [], missing: lang === 'zh' ? '未生成地图（--no-maps）' : 'No maps (--no-maps)' };
  const files = await packFiles(tables, drawn.maps, 'missing' in drawn ? drawn.missing : undefined);
  for (const [name, bytes] of Object.entries(files)) {
    const target = path.join(out, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
    process.stdout.write(`${target}  ${bytes.length.toLocaleString('en-US')} bytes\n`);
  }
  if ('missing' in drawn) log(drawn.missing);
  else log(`${drawn.maps.length} maps drawn by ${drawn.renderer}`);
  log(`${tables.summary.met} met, ${tables.summary.notMet} not met, ${tables.summary.incomplete} incomplete of ${tables.indicators.rows.length} indicators${dataset.manifest.sample ? ' (示意数据 sample data)' : ''}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => { process.stderr.write(`Unexpected error: ${(e as Error).stack ?? String(e)}\n`); process.exitCode = 1; },
);
