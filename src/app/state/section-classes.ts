/** The class each section is shown with: its annual class, or a month's. Shared by the app and the exhibition. */
import type { Report, WaterClass } from '../../core/index.ts';

/** Classes by section id: the annual class, or (month 1–12) that month's class, null without samples then. */
export function sectionClasses(report: Report | null, monthly: Readonly<Record<string, readonly (WaterClass | null)[]>>, month: number | null): Map<string, WaterClass | null> {
  const m = new Map<string, WaterClass | null>();
  for (const s of report?.sections ?? []) m.set(s.id, month ? monthly[s.id]?.[month - 1] ?? null : s.cls);
  return m;
}
