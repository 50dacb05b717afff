/**
 * What every fuzz campaign has in common: a campaign generates seeded cases of several shape
 * families, runs the function under test and an independent reference on each, and gives per case
 * its checks' values (each against a stated limit: beyond it, the case is a failure), whether the
 * function declined the case (left it to GEOS, asked for another box …: allowed), and the case as a
 * ready-to-paste Vitest test. `summarize` and `formatReport` turn the cases into the table the
 * command prints.
 */
import { caseSeed, random } from './random.ts';
import type { Rand } from './random.ts';

/** One measured quantity of a case and its limit: a value above the limit fails the case. */
export interface CheckSpec {
  /** What is measured, as the table's column says it (e.g. "|Δ| / region"). */
  readonly name: string;
  /** The tolerance the README or the tests state. */
  readonly limit: number;
}

/** One case's result. */
export interface CaseResult {
  /** The case's number in the run (with the run's seed, it regenerates the case). */
  readonly index: number;
  readonly family: string;
  /** The function under test declined the case (an answer the README allows: left to GEOS, another box …). */
  readonly declined: boolean;
  /** One value per check of the campaign, NaN where the case does not measure it. */
  readonly values: readonly number[];
  /** The case as a ready-to-paste Vitest `it(...)` block, its coordinates and expected values literal. */
  readonly test: () => string;
}

/** A fuzz campaign: one function under test against its reference. */
export interface Campaign {
  /** Its name on the command line (`--only`). */
  readonly name: string;
  /** What is compared with what. */
  readonly title: string;
  /** What "declined" means for this function. */
  readonly declined: string;
  readonly checks: readonly CheckSpec[];
  readonly families: readonly string[];
  /** Cases when `--cases` is not given (the default run takes 1–3 minutes in all). */
  readonly defaultCases: number;
  /** Runs `count` cases of the run of seed `seed`; a string says why the campaign was skipped. */
  run(seed: number, count: number): Promise<CaseResult[] | string>;
}

/** What a case gives before it is numbered: see CaseResult. */
export type CaseOutcome = Omit<CaseResult, 'index' | 'family'>;

/**
 * Runs cases one by one: case k is of family k mod (number of families), drawn from its own seed;
 * `one` returns null for a drawn case that is not usable (an invalid polygon …), and is then
 * called again with the next draws of the same sequence (up to 50 times).
 */
export function eachCase(campaign: string, families: readonly string[], seed: number, count: number, one: (rand: Rand, family: string, label: string) => CaseOutcome | null): CaseResult[] {
  const out: CaseResult[] = [];
  for (let index = 0; index < count; index++) {
    const family = families[index % families.length]!;
    const rand = random(caseSeed(seed, campaign, index));
    const label = `${campaign}, seed ${seed}, case ${index} (${family})`;
    for (let tries = 0; tries < 50; tries++) {
      const r = one(rand, family, label);
      if (r) { out.push({ ...r, index, family }); break; }
    }
  }
  return out;
}

/** Whether a case has a check beyond its limit (NaN: not measured, never beyond). */
export function isBeyond(c: CaseResult, checks: readonly CheckSpec[]): boolean {
  return checks.some((s, i) => c.values[i]! > s.limit);
}

/** A row of the table: a family, or all of them. */
export interface Row {
  readonly family: string;
  readonly cases: number;
  readonly declined: number;
  /** The largest value of each check (NaN: none measured). */
  readonly worst: readonly number[];
  readonly beyond: number;
}

/** A campaign's run summed up. */
export interface Summary {
  readonly campaign: Campaign;
  readonly seed: number;
  readonly ms: number;
  /** Why it was skipped, or null. */
  readonly skipped: string | null;
  readonly rows: readonly Row[];
  /** The cases beyond tolerance. */
  readonly failures: readonly CaseResult[];
  /** For each check, the cases of the largest values (up to 3), largest first. */
  readonly top: readonly (readonly CaseResult[])[];
}

/** The rows (per family, then all) and failures of a campaign's cases. */
export function summarize(campaign: Campaign, seed: number, ms: number, results: CaseResult[] | string): Summary {
  if (typeof results === 'string') return { campaign, seed, ms, skipped: results, rows: [], failures: [], top: [] };
  const row = (family: string, cs: readonly CaseResult[]): Row => ({
    family,
    cases: cs.length,
    declined: cs.filter((c) => c.declined).length,
    worst: campaign.checks.map((_, i) => cs.reduce((w, c) => (c.values[i]! > w || (Number.isNaN(w) && !Number.isNaN(c.values[i]!)) ? c.values[i]! : w), NaN)),
    beyond: cs.filter((c) => isBeyond(c, campaign.checks)).length,
  });
  const rows = campaign.families.map((f) => row(f, results.filter((c) => c.family === f))).filter((r) => r.cases > 0);
  const top = campaign.checks.map((_, i) => results.filter((c) => c.values[i]! > 0).sort((a, b) => b.values[i]! - a.values[i]!).slice(0, 3));
  return { campaign, seed, ms, skipped: null, rows: [...rows, row('all', results)], failures: results.filter((c) => isBeyond(c, campaign.checks)), top };
}

/**
 * A value for the table: 0, 3 significant digits, or an exponent for small ones; more digits where
 * 3 would show a value under its limit as reaching it (0.99996 of a limit of 1).
 */
export function formatValue(v: number, limit = Infinity): string {
  if (Number.isNaN(v)) return '–';
  if (v === 0) return '0';
  if (!Number.isFinite(v)) return String(v);
  if (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e6) return v.toExponential(1);
  for (let digits = 3; digits < 12; digits++) {
    const shown = Number(v.toPrecision(digits));
    if (v > limit || shown < limit) return String(shown);
  }
  return String(v);
}

/** Most failing cases printed as tests per campaign (the rest are counted). */
const PRINTED = 20;

/** The campaign's table, its largest differences (which cases), and each case beyond tolerance as a ready-to-paste test. */
export function formatReport(s: Summary): string {
  const c = s.campaign;
  const lines = [`${c.name} — ${c.title}`];
  if (s.skipped) return [...lines, `  skipped: ${s.skipped}`, ''].join('\n');
  const total = s.rows.at(-1)!;
  lines.push(`  seed ${s.seed}, ${total.cases} cases, ${(s.ms / 1000).toFixed(1)} s; declined = ${c.declined}`);
  const head = ['family', 'cases', 'declined', ...c.checks.map((k) => `worst ${k.name}`), `beyond (${c.checks.map((k) => formatValue(k.limit)).join(', ')})`];
  const body = s.rows.map((r) => [r.family, String(r.cases), String(r.declined), ...r.worst.map((w, i) => formatValue(w, c.checks[i]!.limit)), String(r.beyond)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  for (const r of [head, ...body]) lines.push(`  ${r.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ')}`);
  s.top.forEach((cs, i) => {
    if (cs.length > 0) lines.push(`  largest ${c.checks[i]!.name}: ${cs.map((x) => `${formatValue(x.values[i]!, c.checks[i]!.limit)} (case ${x.index}, ${x.family})`).join(', ')}`);
  });
  if (s.failures.length > 0) {
    lines.push('', `  ${s.failures.length} case(s) beyond tolerance, each a ready-to-paste test:`, '');
    for (const f of s.failures.slice(0, PRINTED)) lines.push(f.test(), '');
    if (s.failures.length > PRINTED) lines.push(`  … and ${s.failures.length - PRINTED} more, not printed.`);
  }
  lines.push('');
  return lines.join('\n');
}

/** Numbers and nested arrays of numbers as TypeScript literals, to the last bit (JS prints the shortest exact decimal). */
export function literal(x: unknown): string {
  return JSON.stringify(x, (_, v: unknown) => (typeof v === 'number' && Object.is(v, -0) ? 0 : v));
}

/** A test's title: the case's label and what it checks, quoted for a single-quoted string. */
export function title(label: string, what: string): string {
  return `'${`fuzz: ${label}: ${what}`.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
