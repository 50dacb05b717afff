/**
 * Imports files (sites, replacement layers) in a worker, asking for the coordinate system when the
 * data has none, and keeps the problems of the last import for the issues panel.
 */
import { useState } from 'react';
import type { DataIssue, Layer } from '../../core/index.ts';
import type { CrsQuestion } from '../components/CrsDialog.tsx';
import type { ImportRequest } from './import-protocol.ts';
import { runImport } from './run-import.ts';

export interface Importer {
  readonly busy: boolean;
  /** The question to ask about a missing coordinate system, with the answer's continuation. */
  readonly crsQuestion: (CrsQuestion & { readonly retry: (code: string) => void }) | null;
  readonly issues: readonly DataIssue[];
  /** Runs an import; `onOk` gets the layer, its problems and its coordinate system when it succeeds. */
  run(req: ImportRequest, onOk: (layer: Layer, issues: readonly DataIssue[], crs: string) => void): void;
  cancelCrs(): void;
  setIssues(issues: readonly DataIssue[]): void;
}

export function useImporter(): Importer {
  const [busy, setBusy] = useState(false);
  const [crsQuestion, setCrsQuestion] = useState<Importer['crsQuestion']>(null);
  const [issues, setIssues] = useState<readonly DataIssue[]>([]);
  const run = (req: ImportRequest, onOk: (layer: Layer, issues: readonly DataIssue[], crs: string) => void): void => {
    setBusy(true);
    void runImport(req).then((r) => {
      setBusy(false);
      if (r.kind === 'needs-crs') {
        setCrsQuestion({ file: r.file, sample: r.sample, candidates: r.candidates, retry: (crs) => { setCrsQuestion(null); run({ ...req, crs }, onOk); } });
        return;
      }
      setIssues(r.issues);
      if (r.kind === 'ok') onOk(r.layer, r.issues, r.crs);
    });
  };
  return { busy, crsQuestion, issues, run, cancelCrs: () => setCrsQuestion(null), setIssues };
}
