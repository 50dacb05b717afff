/**
 * What blocks a page's main thread, read from a Chromium trace: every task over 50 ms, and how
 * much of it was JavaScript (the app's and MapLibre's code, message handling, garbage collection
 * in them) versus the frame commit, where the main thread waits for the compositor — on software
 * WebGL (SwiftShader, as on this machine) that wait is long for every frame, whatever the data.
 */
import type { CDPSession, Page } from 'playwright-core';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } }

/** Trace events that are script running on the main thread (the outermost of nested ones count). */
const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'FireAnimationFrame', 'TimerFire', 'EventDispatch', 'HandlePostMessage', 'v8.callFunction', 'RunMicrotasks', 'V8.Execute', 'ParseHTML']);

export interface MainThreadReport {
  /** Tasks of 50 ms or more. */
  readonly longTasks: number;
  readonly longestTaskMs: number;
  /** The longest single run of script (with its garbage collection) inside any task, and its trace event. */
  readonly longestScriptMs: number;
  readonly longestScriptEvent: string;
  /** Time in long tasks spent waiting on frame commits. */
  readonly commitMs: number;
}

/** Starts tracing the page; the returned function stops and reports. */
export async function traceMainThread(page: Page): Promise<() => Promise<MainThreadReport>> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => { events.push(...(e.value as unknown as TraceEvent[])); });
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8', transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach();
    return summarise(events);
  };
}

function summarise(events: readonly TraceEvent[]): MainThreadReport {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`);
  const onMain = events.filter((e) => e.ph === 'X' && mains.includes(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= 50000);
  let longestScript = 0;
  let longestEvent = '';
  let commit = 0;
  for (const t of tasks) {
    const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur!);
    const scripts = inside.filter((e) => SCRIPT.has(e.name));
    // Outermost script events only: those not inside another script event.
    for (const s of scripts) {
      const nested = scripts.some((o) => o !== s && o.ts <= s.ts && o.ts + (o.dur ?? 0) >= s.ts + (s.dur ?? 0) && (o.dur ?? 0) > (s.dur ?? 0));
      if (!nested && (s.dur ?? 0) / 1000 > longestScript) {
        longestScript = (s.dur ?? 0) / 1000;
        const data = (s.args as { data?: { url?: string; functionName?: string; type?: string } } | undefined)?.data;
        longestEvent = [s.name, data?.type, data?.functionName, data?.url?.split('/').pop()].filter(Boolean).join(' ');
      }
    }
    commit += inside.filter((e) => e.name === 'Commit').reduce((a, e) => a + (e.dur ?? 0) / 1000, 0);
  }
  return { longTasks: tasks.length, longestTaskMs: Math.max(0, ...tasks.map((t) => t.dur! / 1000)), longestScriptMs: longestScript, longestScriptEvent: longestEvent, commitMs: commit };
}
