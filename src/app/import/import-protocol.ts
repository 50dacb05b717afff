/** Messages between the app and the import worker. */
import type { CrsCandidate, DataIssue, Layer } from '../../core/index.ts';

export interface ImportRequest {
  readonly files: Readonly<Record<string, Uint8Array>>;
  /** The system the user chose for data without one. */
  readonly crs?: string;
  /** Validate for this role (replacing a layer); absent for sites (polygons only). */
  readonly role?: string;
  readonly fields?: Readonly<Record<string, string>>;
}

export type ImportResponse =
  | { readonly kind: 'ok'; readonly layer: Layer; readonly issues: readonly DataIssue[]; readonly crs: string }
  | { readonly kind: 'needs-crs'; readonly file: string; readonly sample: readonly [number, number]; readonly candidates: readonly CrsCandidate[] }
  | { readonly kind: 'error'; readonly issues: readonly DataIssue[] };
