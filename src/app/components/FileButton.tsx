/**
 * A button that opens the file picker: reachable with Tab and activated with Enter or Space, unlike
 * a label wrapped around a hidden input. The input keeps the test id, so tests can set files on it.
 */
import { useRef } from 'react';
import type { ReactNode } from 'react';

export interface FileButtonProps {
  readonly children: ReactNode;
  readonly accept: string;
  readonly multiple?: boolean;
  readonly className?: string;
  readonly testId?: string;
  /** Accessible name when the visible text alone is not enough. */
  readonly label?: string;
  readonly onFiles: (files: File[]) => void;
}

export function FileButton(p: FileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={p.className} aria-label={p.label} onClick={() => input.current?.click()}>{p.children}</button>
      <input ref={input} type="file" multiple={p.multiple} accept={p.accept} hidden tabIndex={-1} data-testid={p.testId}
        onChange={(e) => { const l = e.target.files; if (l?.length) p.onFiles([...l]); e.target.value = ''; }} />
    </>
  );
}
