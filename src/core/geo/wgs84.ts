/**
 * GeographicLib's WGS84 geodesic. The package is a CommonJS bundle: Node's ESM loader exposes it as
 * the default export only, bundlers as named exports too; this reads it either way, once.
 */
import * as geographiclib from 'geographiclib-geodesic';

const lib = ((geographiclib as unknown as { default?: typeof geographiclib }).default ?? geographiclib);

/** The WGS84 ellipsoid's geodesic (CGCS2000 differs by 0.1 mm in the semi-minor axis). */
export const WGS84 = lib.Geodesic.WGS84;
