/** Files dropped on the map: a folder's files with manifest.json open a dataset; anything else is imported as sites. */
import { useState } from 'react';
import type { DragEvent } from 'react';
import { readBytes } from '../import/run-import.ts';

export interface DropTarget {
  readonly dragging: boolean;
  readonly handlers: {
    onDragOver(e: DragEvent): void;
    onDragLeave(): void;
    onDrop(e: DragEvent): void;
  };
}

export function useDrop(onDataset: (files: File[]) => void, onSites: (files: Record<string, Uint8Array>) => void): DropTarget {
  const [dragging, setDragging] = useState(false);
  return {
    dragging,
    handlers: {
      onDragOver: (e) => { e.preventDefault(); setDragging(true); },
      onDragLeave: () => setDragging(false),
      onDrop: (e) => {
        e.preventDefault();
        setDragging(false);
        const list = [...e.dataTransfer.files];
        if (list.length === 0) return;
        if (list.some((f) => f.name === 'manifest.json')) onDataset(list);
        else void readBytes(list).then(onSites);
      },
    },
  };
}
