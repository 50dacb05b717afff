/**
 * `npm run fuzz -- [--seed N] [--cases N] [--only a,b]`: the geometry of src/core/geo against
 * independent references — edge areas, covered buffers and the PostGIS comparison against GEOS's
 * overlays and buffers and PostGIS, box clip against GEOS and JTS's validity, the buffer edge
 * bound against GEOS's real buffers and JSTS's simplifier — on seeded random and adversarial
 * shapes (src/core/geo/README.md, "Fuzzing"). Prints a table per campaign (cases, declined, worst
 * difference, how many beyond tolerance) and each case beyond tolerance as a ready-to-paste Vitest
 * test; exits 1 when there is any.
 *   --seed N   the run's seed (default: from the clock, printed, so the run can be repeated)
 *   --cases N  cases per campaign (default: each campaign's own, ~1–3 minutes in all)
 *   --only a,b only these campaigns (edge-areas, covered-buffers, box-clip, buffer-edge-bound, postgis)
 */
import { loadGeos, overlayEngineName } from '../../src/core/geo/geos-overlay.ts';
import { formatReport } from './campaign.ts';
import { campaigns, runCampaigns } from './campaigns.ts';

const USAGE = 'usage: npm run fuzz -- [--seed N] [--cases N] [--only a,b]';

/** The options from the command line, or an error message. */
function parseArgs(args: readonly string[], names: readonly string[]): { seed: number | null; cases: number | null; only: string[] | null } | string {
  let seed: number | null = null, cases: number | null = null, only: string[] | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!, v = args[i + 1];
    const count = (what: string, min: number) => {
      const n = Number(v);
      if (v === undefined || !Number.isInteger(n) || n < min) throw new Error(`${a} takes ${what}, not ${v ?? 'nothing'}`);
      i++;
      return n;
    };
    try {
      if (a === '--seed') seed = count('a whole number ≥ 0', 0);
      else if (a === '--cases') cases = count('a whole number ≥ 1', 1);
      else if (a === '--only') {
        only = (v ?? '').split(',').filter((x) => x !== '');
        const unknown = only.filter((x) => !names.includes(x));
        if (only.length === 0 || unknown.length > 0) return `--only takes campaigns among ${names.join(', ')}${unknown.length ? ` (not ${unknown.join(', ')})` : ''}`;
        i++;
      } else return `unknown argument ${a}`;
    } catch (e) {
      return (e as Error).message;
    }
  }
  return { seed, cases, only };
}

const list = campaigns();
const opts = parseArgs(process.argv.slice(2), list.map((c) => c.name));
if (typeof opts === 'string') {
  console.error(`${opts}\n${USAGE}`);
  process.exit(2);
}
if (!(await loadGeos())) {
  console.error('GEOS (geos-wasm) did not load: run `npm ci` to install it');
  process.exit(2);
}
const seed = opts.seed ?? Date.now() % 2147483648;
console.log(`Fuzzing src/core/geo with seed ${seed} (repeat: npm run fuzz -- --seed ${seed}${opts.cases ? ` --cases ${opts.cases}` : ''}${opts.only ? ` --only ${opts.only.join(',')}` : ''}); overlays on ${overlayEngineName()}\n`);
const t = performance.now();
const summaries = await runCampaigns(list.filter((c) => !opts.only || opts.only.includes(c.name)), seed, opts.cases, (s) => console.log(formatReport(s)));
const beyond = summaries.reduce((n, s) => n + s.failures.length, 0);
console.log(`${beyond === 0 ? 'No case' : `${beyond} case(s)`} beyond tolerance, in ${((performance.now() - t) / 1000).toFixed(0)} s.`);
process.exit(beyond === 0 ? 0 : 1);
