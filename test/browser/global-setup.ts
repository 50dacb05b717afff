/** Vitest global setup for browser tests: build the app once and serve it on localhost. */
import type { TestProject } from 'vitest/node';
import { serveApp } from './serve-app.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { url, close } = await serveApp();
  project.provide('appUrl', url);
  return close;
}
