/**
 * Keyboard shortcuts of the app (listed in the help dialog): ? help, Esc cancel or close, 1–5 the
 * tabs, L the layer drawer, Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) undo and redo site edits. Ignored
 * while typing in a field.
 */
import { useEffect, useRef } from 'react';

export interface ShortcutActions {
  help(): void;
  escape(): void;
  tab(index: number): void;
  layers(): void;
  undo(): void;
  redo(): void;
}

export function useShortcuts(actions: ShortcutActions): void {
  const latest = useRef(actions);
  useEffect(() => { latest.current = actions; });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      const typing = el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable);
      if (e.key === 'Escape') { latest.current.escape(); return; }
      if (typing) return;
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.key === 'z' || e.key === 'Z' || e.key === 'y' || e.key === 'Y')) {
        e.preventDefault();
        if ((e.key === 'z' || e.key === 'Z') && !e.shiftKey) latest.current.undo(); else latest.current.redo();
        return;
      }
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === '?') { e.preventDefault(); latest.current.help(); }
      else if (/^[1-5]$/.test(e.key)) latest.current.tab(Number(e.key) - 1);
      else if (e.key === 'l' || e.key === 'L') latest.current.layers();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
