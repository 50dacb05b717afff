/**
 * `npm run indicators -- [--data DIR] [--json] [--strict]`: computes the plan's indicators for a
 * dataset folder and prints a table, or the report as JSON. Problems in the data go to stderr and
 * the indicators they touch are marked incomplete. Exit code 0 on success; 2 when the dataset
 * cannot be loaded at all (no manifest, no boundary) or, with --strict, when any computed
 * indicator is incomplete; 1 on wrong usage.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatIssue, formatTarget, formatValue, formatWaterClass, hasErrors, textTable } from '../core/index.ts';
import { computeReport, describeMissing, reportJson } from '../core/compute.ts';
import { loadDataset } from '../core/io.ts';
import type { MissingInput } from '../core/index.ts';

const USAGE = 'Usage: npm run indicators -- [--data DIR] [--json] [--strict]\n  --data DIR  dataset folder with manifest.json (default: data/)\n  --json      print the report as JSON\n  --strict    exit with code 2 when any computed indicator is incomplete';

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
  let strict = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--strict') strict = true;
    else if (a === '--data' && argv[i + 1]) dir = argv[++i]!;
    else if (a === '--help' || a === '-h') { process.stdout.write(`${USAGE}\n`); return 0; }
    else { process.stderr.write(`Unknown argument: ${a}\n${USAGE}\n`); return 1; }
  }
  const { dataset, issues } = await loadDataset(folderReader(dir, async (f) => new Uint8Array(await readFile(f))));
  if (!dataset || !dataset.layers.boundary?.features.length) {
    process.stderr.write(`The dataset in ${dir} cannot be loaded:\n${issues.map(formatIssue).join('\n')}\n`);
    return 2;
  }
  if (hasErrors(issues)) process.stderr.write(`The dataset in ${dir} has errors; the indicators they touch are marked incomplete:\n${issues.filter((i) => i.severity === 'error').map(formatIssue).join('\n')}\n\n`);
  const report = computeReport(dataset, issues.filter((i) => i.severity === 'warning'));
  const incomplete = report.indicators.filter((i) => i.source === 'computed' && !i.complete);
  const code = strict && incomplete.length > 0 ? 2 : 0;
  if (json) {
    process.stdout.write(`${JSON.stringify(reportJson(report), null, 2)}\n`);
    if (code) process.stderr.write(`--strict: ${incomplete.length} indicator(s) incomplete: ${incomplete.map((i) => i.id).join(', ')}\n`);
    return code;
  }
  const rows = report.indicators.map((i) => [
    i.name, i.id, `${formatValue(i.value)}${i.value !== null && i.unit ? ` ${i.unit}` : ''}`, formatTarget(i.target),
    !i.complete && i.source === 'computed' ? (i.value === null ? 'n/a' : 'INCOMPLETE') : i.pass === null ? '—' : i.pass ? 'pass' : 'FAIL', i.source,
  ]);
  const lines = [
    `${report.dataset}${dataset.manifest.year ? ` (${dataset.manifest.year})` : ''}${dataset.manifest.sample ? ' — 示意数据 illustrative sample data' : ''}`,
    '',
    textTable(['指标', 'id', 'value', 'target', 'pass', 'source'], rows),
    ...incomplete.map((i) => `! ${i.id} ${i.value === null ? 'is not available' : 'is incomplete (不完整), not judged'}: ${describeMissing(i.details.missing as readonly MissingInput[] | undefined)}`),
    '',
    textTable(['断面 section', 'id', 'class', 'target', 'compliant'], report.sections.map((s) => [
      s.name, s.id, formatWaterClass(s.cls) || 'n/a', formatWaterClass(s.targetClass) || '—', s.compliant === null ? '—' : s.compliant ? 'yes' : 'NO',
    ])),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (report.warnings.length > 0) process.stderr.write(`\n${report.warnings.length} warning(s):\n${report.warnings.join('\n')}\n`);
  if (code) process.stderr.write(`--strict: ${incomplete.length} indicator(s) incomplete\n`);
  return code;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => { process.stderr.write(`Unexpected error: ${(e as Error).stack ?? String(e)}\n`); process.exitCode = 1; },
);
