/**
 * The CLI's year-against-year output: every year's computed indicators with the change from the
 * first to the last, sections per class per year (灭Ⅴ减Ⅳ增Ⅲ), the land-class transition matrix
 * (转移矩阵) in km² and 亩, forest gained and lost per town, sections that improved or worsened,
 * protected areas and land added or removed — every area inside the district (compare-years.ts).
 * As a table (text) and as JSON.
 */
import { formatIssue, formatWaterClass, hasErrors, MU_M2, textTable } from '../core/index.ts';
import type { Dataset, Report } from '../core/index.ts';
import { compareYears, computeReport, loadYears, yearValues } from '../core/compute.ts';
import type { YearComparison, YearReport } from '../core/compute.ts';
import type { ReadFile } from '../core/io.ts';

const v2 = (x: number | null | undefined) => (x === null || x === undefined ? 'n/a' : x.toFixed(2));
const signed = (x: number | null) => (x === null ? 'n/a' : `${x >= 0 ? '+' : ''}${x.toFixed(2)}`);

/**
 * Every year the manifest names, each with its report (the root's is `report`, not computed
 * again), and the comparison of the first with the last (null with fewer than two years). Years
 * with errors are said on `log`.
 */
export async function computeYears(read: ReadFile, dataset: Dataset, report: Report, log: (text: string) => void): Promise<{ reports: YearReport[]; comparison: YearComparison | null }> {
  const loaded = await loadYears(read, dataset);
  for (const y of loaded) if (y.dataset === null || hasErrors(y.issues)) log(`Year ${y.year} has errors:\n${y.issues.filter((i) => i.severity === 'error').map(formatIssue).join('\n')}\n`);
  const reports = loaded.flatMap((y) => (y.dataset ? [{ year: y.year, dataset: y.dataset, report: y.dataset === dataset ? report : computeReport(y.dataset) }] : []));
  return { reports, comparison: reports.length >= 2 ? compareYears(reports[0]!, reports[reports.length - 1]!) : null };
}

/** The years' values and the comparison as JSON. */
export function yearsJson(reports: readonly YearReport[], c: YearComparison | null): object {
  return {
    values: yearValues(reports),
    ...(c ? {
      change: {
        from: c.from, to: c.to,
        indicators: Object.fromEntries(c.indicators.map((i) => [i.id, i.change])),
        sectionsPerClass: { [c.from]: c.classCounts.from, [c.to]: c.classCounts.to },
        sectionsImproved: c.sections.filter((s) => s.change === 'improved').map((s) => s.id),
        sectionsWorsened: c.sections.filter((s) => s.change === 'worsened').map((s) => s.id),
        protectedAreas: { added: c.protectedAreas.added, removed: c.protectedAreas.removed },
        ...(c.protectedAreas.addedM2 !== null ? { protectedLandAddedKm2: c.protectedAreas.addedM2 / 1e6, protectedLandRemovedKm2: c.protectedAreas.removedM2! / 1e6 } : {}),
        ...(c.forest ? {
          landClassTransitionsKm2: { classes: c.forest.classes, matrix: c.forest.matrixM2.map((r) => r.map((x) => x / 1e6)) },
          forestGainedKm2: c.forest.intoForestM2 / 1e6, forestLostKm2: c.forest.outOfForestM2 / 1e6,
          forestByTownKm2: c.forest.byTown.map((t) => ({ name: t.name, gained: t.intoForestM2 / 1e6, lost: t.outOfForestM2 / 1e6 })),
        } : {}),
      },
    } : {}),
  };
}

/** The years' values and the comparison as text tables. */
export function yearsText(reports: readonly YearReport[], c: YearComparison | null): string {
  const ids = reports.at(-1)?.report.indicators.filter((i) => i.source === 'computed').map((i) => i.id) ?? [];
  const value = (r: YearReport, id: string) => { const x = r.report.indicators.find((i) => i.id === id)?.value; return typeof x === 'number' ? x : null; };
  const out = [textTable(['year against year', ...reports.map((r) => String(r.year)), ...(c ? [`change ${c.from}→${c.to}`] : [])],
    ids.map((id) => [id, ...reports.map((r) => v2(value(r, id))), ...(c ? [signed(c.indicators.find((i) => i.id === id)?.change ?? null)] : [])]))];
  if (!c) return `${out[0]}\n(only one year: the manifest's "years" names no other)`;
  const labels = Object.keys(c.classCounts.to);
  out.push('', textTable(['sections per class', ...labels], [[String(c.from), ...labels.map((l) => String(c.classCounts.from[l]))], [String(c.to), ...labels.map((l) => String(c.classCounts.to[l]))]]));
  const moved = (kind: 'improved' | 'worsened') => c.sections.filter((s) => s.change === kind).map((s) => `${s.name} ${formatWaterClass(s.from)}→${formatWaterClass(s.to)}`).join(', ') || '—';
  out.push(`improved: ${moved('improved')}`, `worsened: ${moved('worsened')}`);
  out.push(`protected areas added: ${c.protectedAreas.added.join(', ') || '—'}; removed: ${c.protectedAreas.removed.join(', ') || '—'}`);
  if (c.protectedAreas.addedM2 !== null) out.push(`protected land added ${(c.protectedAreas.addedM2 / 1e6).toFixed(4)} km², removed ${(c.protectedAreas.removedM2! / 1e6).toFixed(4)} km² (inside the district, overlaps once)`);
  if (c.forest) {
    const f = c.forest;
    out.push('', textTable([`${c.from} \\ ${c.to} (km²)`, ...f.classes], f.classes.map((a, i) => [a, ...f.matrixM2[i]!.map((x) => (x ? (x / 1e6).toFixed(4) : '·'))])));
    out.push(`forest gained ${(f.intoForestM2 / 1e6).toFixed(4)} km² (${(f.intoForestM2 / MU_M2).toFixed(1)} 亩), lost ${(f.outOfForestM2 / 1e6).toFixed(4)} km² (${(f.outOfForestM2 / MU_M2).toFixed(1)} 亩), inside the district: gained − lost = change of forest coverage × district area`);
    const towns = f.byTown.filter((t) => t.intoForestM2 || t.outOfForestM2);
    if (towns.length) out.push('', textTable(['forest by town', 'gained km²', 'lost km²', 'gained 亩', 'lost 亩'], towns.map((t) => [t.name, (t.intoForestM2 / 1e6).toFixed(4), (t.outOfForestM2 / 1e6).toFixed(4), (t.intoForestM2 / MU_M2).toFixed(1), (t.outOfForestM2 / MU_M2).toFixed(1)])));
  }
  return out.join('\n');
}
