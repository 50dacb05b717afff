/** Vitest global setup for browser tests: build the app once and serve it on localhost. */
import type { TestProject } from 'vitest/node';
import { serveApp } from './serve-app.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    /** The built app's folder (what `npm run build` writes to dist/), for tests that serve it with another server. */
    appDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { url, dir, close } = await serveApp();
  project.provide('appUrl', url);
  project.provide('appDir', dir);
  return close;
}
