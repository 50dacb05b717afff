/** Grouping geometries by their bounding boxes: those whose boxes touch or overlap, transitively. */
import Flatbush from 'flatbush';

/**
 * Indices grouped by touching or overlapping boxes ([minX, minY, maxX, maxY], closed; null for an
 * empty geometry, alone in its group), each group in input order: union–find over a Flatbush index.
 */
export function boxGroups(boxes: readonly (readonly number[] | null)[]): number[][] {
  if (boxes.length === 0) return [];
  const parent = boxes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; }
    return i;
  };
  const index = new Flatbush(boxes.length);
  for (const b of boxes) { if (!b) index.add(0, 0, 0, 0); else index.add(b[0]!, b[1]!, b[2]!, b[3]!); }
  index.finish();
  boxes.forEach((b, i) => {
    if (!b) return;
    for (const j of index.search(b[0]!, b[1]!, b[2]!, b[3]!)) if (j !== i && boxes[j]) parent[find(i)] = find(j);
  });
  const byRoot = new Map<number, number[]>();
  boxes.forEach((_, i) => { const r = find(i); const g = byRoot.get(r); if (g) g.push(i); else byRoot.set(r, [i]); });
  return [...byRoot.values()];
}
