/**
 * A site's name and code from the attributes its file gave it, as planners' files write them:
 * `name`/`NAME`/`名称`/`项目名称`/`地块名称`/`XMMC`/`DKMC` (a 部标 TXT's 地块名称 arrives as `name`), and
 * `code`/`地块编号`/`DKBH`. Shared by the app's import and the CLI's check-site.
 */
const NAME_KEYS = ['name', 'NAME', 'Name', '名称', '项目名称', '地块名称', 'XMMC', 'DKMC'];
const CODE_KEYS = ['code', 'CODE', '地块编号', '编号', 'DKBH'];

const first = (props: Readonly<Record<string, unknown>>, keys: readonly string[]): string | null => {
  for (const k of keys) {
    const v = Object.hasOwn(props, k) ? props[k] : undefined;
    if ((typeof v === 'string' && v.trim() !== '') || typeof v === 'number') return String(v).trim();
  }
  return null;
};

/** The site's name from its attributes, else `fallback` (e.g. the file and the site's number). */
export function siteName(props: Readonly<Record<string, unknown>>, fallback: string): string {
  return first(props, NAME_KEYS) ?? fallback;
}

/** The site's code (地块编号) from its attributes, or null. */
export function siteCode(props: Readonly<Record<string, unknown>>): string | null {
  return first(props, CODE_KEYS);
}
