/**
 * A small location map for the site report: the district's outline and towns, and the site in red
 * with a ring around it so that even a small site is found. Drawn as SVG in an equirectangular
 * view (longitude scaled by cos latitude), which is true to shape at this size.
 */
import type { Geometry, Position } from 'geojson';
import { geometryBBox } from '../../core/index.ts';

/** The SVG path of a polygon geometry in a view; other geometries give ''. */
function pathOf(g: Geometry, at: (p: Position) => [number, number]): string {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return polys.flatMap((rings) => rings.map((r) => `M${r.map((p) => at(p).map((v) => v.toFixed(1)).join(',')).join('L')}Z`)).join('');
}

export interface LocatorMapProps {
  readonly district: readonly Geometry[];
  readonly towns: readonly Geometry[];
  readonly site: Geometry;
  readonly size?: number;
  readonly label: string;
}

export function LocatorMap({ district, towns, site, size = 220, label }: LocatorMapProps) {
  const all = [...district, site];
  const boxes = all.map((g) => geometryBBox(g));
  const [w, s, e, n] = [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];
  const k = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const pad = 8;
  const scale = (size - 2 * pad) / Math.max((e - w) * k, n - s);
  const at = (p: Position): [number, number] => [pad + (p[0]! - w) * k * scale, pad + (n - p[1]!) * scale];
  const sb = geometryBBox(site);
  const [cx, cy] = at([(sb[0] + sb[2]) / 2, (sb[1] + sb[3]) / 2]);
  return (
    <figure className="locator-map" data-testid="locator-map">
      <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label}>
        {district.map((g, i) => <path key={`d${i}`} d={pathOf(g, at)} fill="#f7f6f0" stroke="#37474f" strokeWidth={1.5} />)}
        {towns.map((g, i) => <path key={`t${i}`} d={pathOf(g, at)} fill="none" stroke="#90a4ae" strokeWidth={0.6} strokeDasharray="3 2" />)}
        <path d={pathOf(site, at)} fill="#d32f2f" stroke="#b71c1c" strokeWidth={1} data-testid="locator-site" />
        <circle cx={cx} cy={cy} r={9} fill="none" stroke="#d32f2f" strokeWidth={2} />
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}
