/**
 * test/bench/README.md, written by `npm run bench` at the end of a run, never by hand: a fixed
 * explanation of what is measured (the text below), then one section per kind of run — the main
 * run (indicators in Node, the app in Chromium), `--scale` and `--engines` — each holding the
 * tables of the last run of its kind, with that run's date, machine and command line. A run
 * rewrites its own section and keeps the others; a partial main run (`--sample-only`, `--tasks`,
 * `--no-browser`) writes nothing, so the page only ever shows whole runs.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The page. */
export const BENCH_README = path.join(path.dirname(fileURLToPath(import.meta.url)), 'README.md');

export const BENCH_SECTIONS = ['main', 'scale', 'engines'] as const;
export type BenchSection = (typeof BENCH_SECTIONS)[number];

const INTRO = `# Benchmarks

Written by \`npm run bench\` (test/bench/bench.ts, test/bench/bench-readme.ts) at the end of a run:
do not edit it by hand. Each section below holds the last run of its kind, with its date, the
machine and the command line. A run rewrites only its own section. Runs that measure part of a
section — \`--sample-only\`, \`--tasks a,b\`, \`--no-browser\` — print their tables and leave this
page as it is. Small times (a few ms) move from run to run with the machine's load: on few cores
V8 compiles hot functions on one core while another runs them unoptimised.`;

/** Each section's heading and what its tables hold (fixed; the tables come from the run). */
const ABOUT: Readonly<Record<BenchSection, string>> = {
  main: `## Indicators in Node, and the app in Chromium (\`npm run bench\`)

Every spatial indicator on the bundled sample (\`data/\`) and on a stress district
(\`npm run sample -- --stress DIR\`: the Shangyu boundary with 60,001 forest parcels sharing edges,
300 overlapping protected areas of ~400 vertices, some MultiPolygons with holes and some reaching
outside the district, 2,015 parks, 610 residential blocks, 200 sections; generated into the
system's temporary folder, and again whenever \`src/sample/*.ts\` changed). Each task runs ten times
in a fresh process (bench-task.ts):

- *median*: of the first five runs — JavaScript's warm-up included, what the CLI pays once;
- *warm median*: of the last five — what the app's report worker pays recomputing, and the like of
  the PostGIS column (a server already running);
- *peak RSS*: of the task's process, loading the data included;
- *PostGIS median* and *Δ from PostGIS*: where a PostgreSQL server with PostGIS answers, the same
  definitions in SQL on the same data (postgis.ts: \`ST_Union\`, \`ST_Intersection\`, geography
  \`ST_Area\` on the spheroid, \`ST_Buffer\` in a GRS80 transverse Mercator), its server time without
  loading (median of 5), and the relative difference of the values.

Tasks: the four area indicators with GEOS's overlays, as the CLI and the app run them, and
\`waterIndicators\` (the sections evaluated and the three water rates; its value is the drinking-water
rate's); \`siteCheck\`, the site check the app runs after a vertex is dropped (a ~900 m × 780 m site
across a red line and forest: overlaps with every line, findings, and the impact on the area
indicators, the boundary prepared once as the report worker keeps it; goal under 0.1 s on the sample;
its value is the site's share in red lines, %); \`jsts:\` the area indicators with JSTS's overlays (where GEOS is not loaded or
fails: the protected share and park green make no overlay on these data, so those rows differ only
by noise); \`naive:\` Turf's \`union\` of everything, then \`intersect\` and Turf's spherical \`area\`,
once.

The app in Chromium (headless, software WebGL, 1600 × 950): *first load* is when the board has its
numbers against when a bare MapLibre page drawing every layer of the sample as GeoJSON
(\`bare-map/\`) is idle (goal: ratio ≤ 0.75; median of fresh loads); the traced steps (pan, zoom,
the forest layer on, a click) count tasks over 50 ms, the longest task, the longest run of script
(goal < 50 ms) and the time spent in frame commits (the main thread waiting for the compositor,
long for every frame on software WebGL); the stress rows open the stress district's files in the
app, then trace the same steps.`,
  scale: `## Growth with size (\`npm run bench -- --scale\`)

The JS engine on copies of the sample: its boundary densified (the vertices added lie on its
edges), and tiny forest parcels added inside one parcel; protected share and forest coverage, median
of 5 after ten untimed runs on the first copy (the engine's time, not JavaScript's warm-up). Where a
PostgreSQL server with PostGIS answers, PostGIS computes the same on the same copies (median of 5
of its server time), with the largest relative difference of the values. The exponent is the slope
of log time against log size: 1 is linear, 2 quadratic. The last rows are single runs of the
largest sizes with the boundary's own union and index included.`,
  engines: `## The whole CLI with each engine (\`npm run bench -- --engines\`)

\`npm run indicators -- --json\` on the sample, the stress district and provinces from
\`npm run sample -- --province\` (\`--by counties\` over the 89 counties), with the JS engine, the
embedded PostGIS and a PostGIS server: wall time including loading the files (and, for PostGIS,
copying them into its tables), peak memory of the CLI's process (not the server's), and the largest
relative difference of the spatial values from the JS engine's. A run that fails or passes the time
limit is a row saying so: where that engine stops.`,
};

const open = (id: BenchSection) => `<!-- bench:${id} -->`;
const close = (id: BenchSection) => `<!-- /bench:${id} -->`;

/** What ran, where and when: the line each section's tables start with. */
export interface RunInfo {
  readonly date: Date;
  /** The command line as typed, e.g. `npm run bench -- --scale`. */
  readonly command: string;
  readonly seconds: number;
}

/** The run line: date (UTC), the machine (cores, processor, memory, Node) and the command. */
export function runLine(run: RunInfo): string {
  const cpus = os.cpus();
  const machine = `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown processor'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}`;
  return `Last run: ${run.date.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${machine}: \`${run.command}\`, ${run.seconds.toFixed(0)} s.`;
}

/** The command line of this process as `npm run bench -- …`. */
export function benchCommand(args: readonly string[]): string {
  return `npm run bench${args.length > 0 ? ` -- ${args.join(' ')}` : ''}`;
}

/** Why a main run writes nothing to the page (it measured part of it), or null for a whole run. */
export function partialRun(args: readonly string[]): string | null {
  const flags = args.filter((a) => a === '--sample-only' || a === '--tasks' || a === '--no-browser');
  return flags.length > 0 ? `${flags.join(' ')} measures part of the main section` : null;
}

/** The sections' bodies (between the markers) in a page's text; a section not there is absent. */
export function sectionsOf(text: string): Partial<Record<BenchSection, string>> {
  const out: Partial<Record<BenchSection, string>> = {};
  for (const id of BENCH_SECTIONS) {
    const a = text.indexOf(open(id));
    const b = text.indexOf(close(id));
    if (a >= 0 && b > a) out[id] = text.slice(a + open(id).length, b).trim();
  }
  return out;
}

/** The whole page from the sections' bodies (absent ones say no run has written them). */
export function renderBenchReadme(bodies: Partial<Record<BenchSection, string>>): string {
  const parts = BENCH_SECTIONS.map((id) => `${ABOUT[id]}\n\n${open(id)}\n${bodies[id] ?? '(No run of this kind has written its tables yet.)'}\n${close(id)}`);
  return `${[INTRO, ...parts].join('\n\n')}\n`;
}

/**
 * Writes one section's body (the run line, the tables, notes) into the page, keeping the other
 * sections' bodies as they are; the fixed text is written again from this file. Atomic (a
 * temporary file renamed), so a bench stopped while writing leaves the old page.
 */
export function writeBenchSection(file: string, id: BenchSection, body: string): void {
  const old = existsSync(file) ? sectionsOf(readFileSync(file, 'utf8')) : {};
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, renderBenchReadme({ ...old, [id]: body.trim() }));
  renameSync(tmp, file);
}
