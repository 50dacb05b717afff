/** Replacing a layer of the dataset by an imported file (the indicators recompute), and going back to the dataset. */
import { useState } from 'react';
import type { Layer } from '../../core/index.ts';
import type { GroupId } from '../../map/index.ts';
import type { Importer } from '../import/use-importer.ts';
import type { ReportApi } from '../report/use-report.ts';

export interface LayerReplacement {
  /** The groups replaced so far. */
  readonly replaced: ReadonlySet<string>;
  replace(group: GroupId, files: Record<string, Uint8Array>): void;
  /** Back to the layers of the dataset as loaded. */
  reset(): void;
  /** Forgets the replacements (a new dataset is being opened). */
  forget(): void;
}

/** `onReplaced` is told after a layer was replaced (the app clears the selection). */
export function useLayerReplacement(rs: ReportApi, importer: Importer, onReplaced: () => void): LayerReplacement {
  const [replaced, setReplaced] = useState<Readonly<Record<string, Layer>>>({});
  return {
    replaced: new Set(Object.keys(replaced)),
    replace: (group, files) => {
      if (!rs.dataset) return;
      importer.run({ files, role: group, fields: rs.dataset.manifest.layers[group]?.fields ?? {} }, (layer) => {
        const next = { ...replaced, [group]: layer };
        setReplaced(next);
        onReplaced();
        rs.replace(next);
      });
    },
    reset: () => { setReplaced({}); rs.replace({}); },
    forget: () => setReplaced({}),
  };
}
