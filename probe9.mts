import { readFile } from 'node:fs/promises';
import { loadDataset } from './src/core/data/load-dataset.ts';
import { makeOverlayContext } from './src/core/indicators/overlay-context.ts';
import { protectedShare } from './src/core/indicators/protected-share.ts';
const dir = '/tmp/shangyu-eco-map-stress';
const { dataset } = await loadDataset((f) => readFile(`${dir}/${f}`, 'utf8').catch(() => null));
const ctx = makeOverlayContext(dataset!);
for (let i = 0; i < 3; i++) { const t = performance.now(); const v = protectedShare(dataset!, ctx).value; console.log(v, (performance.now() - t).toFixed(0)); }
