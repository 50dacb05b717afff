/** The lines a site is checked against, in the order the report lists them (light: no geometry code, for the main thread too). */
export const SITE_CHECK_LAYERS = ['redLines', 'protectedAreas', 'permanentFarmland', 'heritageAreas', 'urbanBoundary'] as const;
export type SiteCheckLayer = (typeof SITE_CHECK_LAYERS)[number];
