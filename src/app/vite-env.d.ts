/** Modules Vite makes at build time (see vite.config.ts). */
declare module 'virtual:bundled-report' {
  import type { Report, WaterClass } from '../core/index.ts';

  /** The report of the bundled dataset and each section's monthly classes, computed at build time. */
  const bundled: { readonly report: Report; readonly monthly: Readonly<Record<string, readonly (WaterClass | null)[]>> };
  export default bundled;
}
