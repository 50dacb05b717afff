/**
 * A zone's part inside the district (town ∩ district), the region every per-zone area is measured
 * on — by `--by towns` and by the year comparison alike, so that zones tiling the district add up
 * to it.
 */
import type { Geometry, MultiPolygon } from 'geojson';
import { asMultiPolygon, unionOf } from '../geo/clip.ts';
import { clipToRegion } from '../geo/union-area.ts';
import type { Region } from '../geo/union-area.ts';

/**
 * The zone's geometry (unioned, so a zone drawn as overlapping parts counts once) cut to the
 * district; an empty MultiPolygon when there is no district or they do not meet.
 */
export function zoneInsideDistrict(zone: Geometry, district: Region | null): MultiPolygon {
  if (!district) return { type: 'MultiPolygon', coordinates: [] };
  return asMultiPolygon(clipToRegion(asMultiPolygon(unionOf([zone])), district));
}
