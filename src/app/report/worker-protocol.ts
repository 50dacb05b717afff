/** Messages between the app and the report worker. */
import type { DataIssue, Dataset } from '../../core/data/dataset.ts';
import type { Report } from '../../core/indicators/compute-report.ts';
import type { WaterClass } from '../../core/water/water-class.ts';

export type WorkerRequest =
  | { readonly type: 'compute-bundled' }
  | { readonly type: 'compute-files'; readonly files: Readonly<Record<string, string>> }
  | { readonly type: 'compute-dataset'; readonly dataset: Dataset };

export type WorkerResponse =
  | { readonly type: 'loaded'; readonly dataset: Dataset | null; readonly issues: readonly DataIssue[] }
  | { readonly type: 'progress'; readonly done: number; readonly total: number; readonly id: string }
  | { readonly type: 'report'; readonly report: Report; readonly monthly: Readonly<Record<string, readonly (WaterClass | null)[]>> }
  | { readonly type: 'failed'; readonly message: string };
