/** Which dataset the page opens: one named by `?data=` on the app's own server. */

/**
 * The dataset folder the page names (`?data=province/`), as a URL ending in /, when it lies on the
 * app's own server (the app never reads data from elsewhere); null for the bundled dataset.
 */
export function datasetUrlParam(href: string): string | null {
  const here = new URL(href);
  const p = here.searchParams.get('data');
  if (!p) return null;
  const u = new URL(p.endsWith('/') ? p : `${p}/`, here);
  return u.origin === here.origin ? u.href : null;
}
