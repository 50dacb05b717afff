/**
 * `npm run indicators -- [--data DIR] [--json]`: computes the plan's indicators for a dataset
 * folder and prints a table, or the report as JSON. Exit code 0 on success, 2 on invalid input
 * (messages on stderr), 1 on wrong usage.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatIssue, hasErrors } from '../core/data/dataset.ts';
import { loadDataset } from '../core/data/load-dataset.ts';
import { computeReport, reportJson } from '../core/indicators/compute-report.ts';
import { formatTarget, formatValue, textTable } from '../core/format/format-value.ts';
import { formatWaterClass } from '../core/water/water-class.ts';

const USAGE = 'Usage: npm run indicators -- [--data DIR] [--json]\n  --data DIR  dataset folder with manifest.json (default: data/)\n  --json      print the report as JSON';

/** A reader of files of the dataset folder; null for a file that does not exist. */
function folderReader<T>(dir: string, read: (file: string) => Promise<T>) {
  return async (file: string): Promise<T | null> => {
    try {
      return await read(path.resolve(dir, file));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  };
}

async function main(argv: readonly string[]): Promise<number> {
  let dir = 'data';
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--data' && argv[i + 1]) dir = argv[++i]!;
    else if (a === '--help' || a === '-h') { process.stdout.write(`${USAGE}\n`); return 0; }
    else { process.stderr.write(`Unknown argument: ${a}\n${USAGE}\n`); return 1; }
  }
  const { dataset, issues } = await loadDataset(folderReader(dir, (f) => readFile(f, 'utf8')), folderReader(dir, async (f) => new Uint8Array(await readFile(f))));
  if (!dataset || hasErrors(issues)) {
    process.stderr.write(`The dataset in ${dir} is not valid:\n${issues.map(formatIssue).join('\n')}\n`);
    return 2;
  }
  const report = computeReport(dataset, issues.map(formatIssue));
  if (json) {
    process.stdout.write(`${JSON.stringify(reportJson(report), null, 2)}\n`);
    return 0;
  }
  const rows = report.indicators.map((i) => [
    i.name, i.id, `${formatValue(i.value)}${i.value !== null && i.unit ? ` ${i.unit}` : ''}`, formatTarget(i.target),
    i.pass === null ? '—' : i.pass ? 'pass' : 'FAIL', i.source,
  ]);
  const lines = [
    `${report.dataset}${dataset.manifest.year ? ` (${dataset.manifest.year})` : ''}${dataset.manifest.sample ? ' — 示意数据 illustrative sample data' : ''}`,
    '',
    textTable(['指标', 'id', 'value', 'target', 'pass', 'source'], rows),
    '',
    textTable(['断面 section', 'id', 'class', 'target', 'compliant'], report.sections.map((s) => [
      s.name, s.id, formatWaterClass(s.cls) || 'n/a', formatWaterClass(s.targetClass) || '—', s.compliant === null ? '—' : s.compliant ? 'yes' : 'NO',
    ])),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (report.warnings.length > 0) process.stderr.write(`\n${report.warnings.length} warning(s):\n${report.warnings.join('\n')}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => { process.stderr.write(`Unexpected error: ${(e as Error).stack ?? String(e)}\n`); process.exitCode = 1; },
);
