/** Every fuzz campaign, in the order the command runs them, and running a selection of them. */
import { boxClipCampaign } from './box-clip.ts';
import { bufferEdgeBoundCampaign } from './buffer-edge-bound.ts';
import { summarize } from './campaign.ts';
import type { Campaign, Summary } from './campaign.ts';
import { coveredBuffersCampaign } from './covered-buffers.ts';
import { edgeAreasCampaign } from './edge-areas.ts';
import { postgisCampaign } from './postgis.ts';

/** The campaigns, each on the project's own functions. */
export function campaigns(): Campaign[] {
  return [edgeAreasCampaign(), coveredBuffersCampaign(), boxClipCampaign(), bufferEdgeBoundCampaign(), postgisCampaign()];
}

/** Runs each campaign (`cases` per campaign, or its default), calling `done` as each finishes. GEOS must be loaded. */
export async function runCampaigns(list: readonly Campaign[], seed: number, cases: number | null, done: (s: Summary) => void = () => {}): Promise<Summary[]> {
  const out: Summary[] = [];
  for (const c of list) {
    const t = performance.now();
    const results = await c.run(seed, cases ?? c.defaultCases);
    const s = summarize(c, seed, performance.now() - t, results);
    done(s);
    out.push(s);
  }
  return out;
}
