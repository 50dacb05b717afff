/** Which dataset the page opens: one named by `?data=` on the app's own server. */

/** What `?data=` asks for: the dataset folder's URL when it may be read, or the address refused. */
export interface DatasetChoice {
  /** The folder as a URL ending in /, on the app's own server; null for the bundled dataset. */
  readonly url: string | null;
  /** The `?data=` value when it was refused (another server, not an address); the bundled dataset is shown instead. */
  readonly refused: string | null;
}

/**
 * The dataset folder the page names (`?data=province/`) when it lies on the app's own server (the
 * app never reads data from elsewhere), or the address refused, so that the page can say so.
 * @example datasetChoice('https://map.example/?data=https://elsewhere.example/') // { url: null, refused: 'https://elsewhere.example/' }
 */
export function datasetChoice(href: string): DatasetChoice {
  const here = new URL(href);
  const p = here.searchParams.get('data');
  if (!p) return { url: null, refused: null };
  let u: URL;
  try {
    u = new URL(p.endsWith('/') ? p : `${p}/`, here);
  } catch {
    return { url: null, refused: p };
  }
  return u.origin === here.origin ? { url: u.href, refused: null } : { url: null, refused: p };
}

/**
 * The dataset folder the page names (`?data=province/`), as a URL ending in /, when it lies on the
 * app's own server (the app never reads data from elsewhere); null for the bundled dataset.
 */
export function datasetUrlParam(href: string): string | null {
  return datasetChoice(href).url;
}
