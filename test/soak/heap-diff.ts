/**
 * Compares two heap snapshots (`npm run soak -- … --snapshots DIR` writes one at the first and the
 * last measurement): `node --import tsx test/soak/heap-diff.ts A.heapsnapshot B.heapsnapshot`.
 * Prints the self size of V8's compiled code, of native (Blink) objects and of JS objects in each,
 * then the kinds of object (type and constructor) that grew most, by size and by count — what to
 * follow the retainers of in DevTools' Memory panel. Not part of `npm test`.
 */
import { readFileSync } from 'node:fs';

interface Kind { count: number; size: number }
interface Summary { kinds: Map<string, Kind>; byType: Map<string, number>; total: number }

/** Self size and count per (node type, name) of one snapshot; strings and numbers pooled. */
function summarize(file: string): Summary {
  const s = JSON.parse(readFileSync(file, 'utf8')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };
  const fields = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const [n, ti, ni, si] = [fields.length, fields.indexOf('type'), fields.indexOf('name'), fields.indexOf('self_size')];
  const kinds = new Map<string, Kind>();
  const byType = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < s.nodes.length; i += n) {
    const type = types[s.nodes[i + ti]!]!;
    const size = s.nodes[i + si]!;
    const name = type.includes('string') ? '(string)' : type === 'number' ? '(number)' : String(s.strings[s.nodes[i + ni]!]).slice(0, 60);
    const key = `${type}\t${name}`;
    const k = kinds.get(key) ?? { count: 0, size: 0 };
    k.count++; k.size += size; kinds.set(key, k);
    byType.set(type, (byType.get(type) ?? 0) + size);
    total += size;
  }
  return { kinds, byType, total };
}

const [fileA, fileB] = process.argv.slice(2);
if (!fileA || !fileB) { console.error('Usage: node --import tsx test/soak/heap-diff.ts A.heapsnapshot B.heapsnapshot'); process.exit(1); }
const a = summarize(fileA);
const b = summarize(fileB);
const mb = (x: number) => (x / 1048576).toFixed(2);
const part = (s: Summary) => { const code = s.byType.get('code') ?? 0; const native = s.byType.get('native') ?? 0; return { code, native, objects: s.total - code - native }; };
const [pa, pb] = [part(a), part(b)];
console.log(`${''.padEnd(22)}${'A MB'.padStart(8)}${'B MB'.padStart(8)}  change`);
for (const [label, x, y] of [['compiled code (V8)', pa.code, pb.code], ['native (Blink)', pa.native, pb.native], ['JS objects', pa.objects, pb.objects], ['all', a.total, b.total]] as const) {
  console.log(`${label.padEnd(22)}${mb(x).padStart(8)}${mb(y).padStart(8)}  ${y - x >= 0 ? '+' : ''}${((y - x) / 1024).toFixed(0)} KB (${y - x >= 0 ? '+' : ''}${(((y - x) / x) * 100).toFixed(1)} %)`);
}
const rows = [...new Set([...a.kinds.keys(), ...b.kinds.keys()])].map((key) => {
  const x = a.kinds.get(key) ?? { count: 0, size: 0 };
  const y = b.kinds.get(key) ?? { count: 0, size: 0 };
  return { key, dCount: y.count - x.count, dSize: y.size - x.size, now: y.count };
});
console.log('\ngrew most by size:');
for (const r of [...rows].sort((p, q) => q.dSize - p.dSize).slice(0, 25)) console.log(`${(r.dSize / 1024).toFixed(1).padStart(9)} KB ${String(r.dCount).padStart(7)} (now ${r.now})  ${r.key}`);
console.log('\ngrew most by count:');
for (const r of [...rows].sort((p, q) => q.dCount - p.dCount).slice(0, 15)) console.log(`${String(r.dCount).padStart(7)} ${(r.dSize / 1024).toFixed(1).padStart(9)} KB (now ${r.now})  ${r.key}`);
