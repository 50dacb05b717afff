/**
 * The 界址点坐标表 of a site, editable by typing: each point's X (northing) and Y (easting with the
 * zone number) in CGCS2000 3° Gauss–Krüger zone 40, to 0.001 m, numbered as the printed report
 * numbers them. A changed point moves the vertex it shows (and the ring's closing point with it):
 * an edit like a drag on the map, undone with ↶. The coordinate tools load on demand.
 */
import { useEffect, useState } from 'react';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { loadCoordinates, loadVertexTable } from '../../core/index.ts';
import { useLang } from '../i18n/i18n-context.tsx';

type Tools = { vertexTable: Awaited<ReturnType<typeof loadVertexTable>>['vertexTable']; fromZone40: Awaited<ReturnType<typeof loadCoordinates>>['fromZone40'] };

/** The site with every vertex at [lon, lat] of `part`/`ring` (1-based) moved to `to`. */
function moved(g: Polygon | MultiPolygon, part: number, ring: number, from: readonly number[], to: Position): Polygon | MultiPolygon {
  const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const next = parts.map((rings, p) => rings.map((r, k) => (p === part - 1 && k === ring - 1 ? r.map((q) => (q[0] === from[0] && q[1] === from[1] ? to : q)) : r)));
  return g.type === 'Polygon' ? { type: 'Polygon', coordinates: next[0]! } : { type: 'MultiPolygon', coordinates: next };
}

export function VertexEditor({ geometry, pointNames, onChange }: { geometry: Polygon | MultiPolygon; pointNames?: readonly (readonly (readonly string[])[])[]; onChange: (g: Polygon | MultiPolygon) => void }) {
  const { t } = useLang();
  const [tools, setTools] = useState<Tools | null>(null);
  const [bad, setBad] = useState(false);
  useEffect(() => { void Promise.all([loadVertexTable(), loadCoordinates()]).then(([v, c]) => setTools({ vertexTable: v.vertexTable, fromZone40: c.fromZone40 })); }, []);
  if (!tools) return null;
  const rows = tools.vertexTable(geometry, pointNames).filter((r) => r.side !== null);
  const commit = (row: (typeof rows)[number], x: string, y: string) => {
    const nx = Number(x), ny = Number(y);
    if (!Number.isFinite(nx) || !Number.isFinite(ny) || x.trim() === '' || y.trim() === '') { setBad(true); return; }
    setBad(false);
    if (nx.toFixed(3) === row.x.toFixed(3) && ny.toFixed(3) === row.y.toFixed(3)) return;
    onChange(moved(geometry, row.part, row.ring, [row.lon, row.lat], tools.fromZone40(ny, nx)));
  };
  return (
    <details className="vertex-editor" data-testid="vertex-editor">
      <summary>{t('vertexEdit')}</summary>
      {bad && <p className="table-error" role="alert">{t('vertexEditBad')}</p>}
      <table className="vertex-table">
        <thead><tr><th>{t('vertexPoint')}</th><th>{t('vertexX')}</th><th>{t('vertexY')}</th></tr></thead>
        <tbody>
          {rows.map((r) => {
            const key = `${r.part}.${r.ring}.${r.lon},${r.lat}`;
            const save = (e: { currentTarget: HTMLInputElement }) => {
              const tr = e.currentTarget.closest('tr')!;
              const [xi, yi] = [...tr.querySelectorAll('input')] as [HTMLInputElement, HTMLInputElement];
              commit(r, xi.value, yi.value);
            };
            return (
              <tr key={key} data-testid="vertex-edit-row">
                <td>{r.point}</td>
                <td><input aria-label={`${r.point} X`} defaultValue={r.x.toFixed(3)} inputMode="decimal" onBlur={save} onKeyDown={(e) => { if (e.key === 'Enter') save(e); }} /></td>
                <td><input aria-label={`${r.point} Y`} defaultValue={r.y.toFixed(3)} inputMode="decimal" onBlur={save} onKeyDown={(e) => { if (e.key === 'Enter') save(e); }} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
