/**
 * JSON parsing for data files: errors give the line and column, never the file's content, and an
 * optional check finds keys written twice in one object (JSON.parse silently keeps the last).
 * Neither recurses over the input's nesting, so deep input cannot overflow the stack.
 */
import { messagePart } from '../i18n/messages.ts';
import type { MessagePart } from '../i18n/messages.ts';

/** Line and column (1-based) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) { line++; start = i + 1; }
  return { line, column: offset - start + 1 };
}

/**
 * Parses JSON. On failure returns a message (with its code, src/core/i18n/messages.ts) with the
 * position of the error (when the engine gives one), without quoting the text: a file outside the
 * dataset must not leak through an error.
 */
export function parseJson(text: string): { ok: true; value: unknown } | ({ ok: false } & MessagePart) {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const msg = (e as Error).message;
    const at = /position (\d+)/.exec(msg);
    if (at && Number(at[1]) >= text.trimEnd().length) return { ok: false, ...messagePart('json.cutOff', {}) };
    if (at) {
      // The engine's words, where they quote no text (V8 quotes a snippet in double quotes).
      const what = /^([^"]*?) (?:in|after) JSON at position/.exec(msg)?.[1];
      const { line, column } = lineColumn(text, Number(at[1]));
      return { ok: false, ...messagePart('json.errorAt', { what: what ? `${what.charAt(0).toLowerCase()}${what.slice(1)}` : '', line, column }) };
    }
    return { ok: false, ...messagePart(/Unexpected end/i.test(msg) ? 'json.cutOff' : 'json.invalid', {}) };
  }
}

/**
 * Keys that occur twice in the same object of a JSON text, as `key (line N)`, in text order.
 * Scans the text once with an explicit stack (no recursion); assumes the text is valid JSON.
 */
export function duplicateKeys(text: string): string[] {
  return duplicateKeyEntries(text).map((d) => `"${d.key}" (line ${d.line})`);
}

/**
 * The same as key and line (the key cut to 40 characters and `…`), for messages that show them in
 * either language.
 */
export function duplicateKeyEntries(text: string): { key: string; line: number }[] {
  const out: { key: string; line: number }[] = [];
  // One entry per open bracket: a set of keys for objects, null for arrays.
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{') { stack.push(new Set()); expectKey = true; }
    else if (c === '[') { stack.push(null); expectKey = false; }
    else if (c === '}' || c === ']') { stack.pop(); expectKey = false; }
    else if (c === ',') expectKey = stack[stack.length - 1] instanceof Set;
    else if (c === '"') {
      const start = i;
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const keys = stack[stack.length - 1];
      if (expectKey && keys) {
        let key: string;
        try { key = JSON.parse(text.slice(start, j + 1)) as string; } catch { key = text.slice(start + 1, j); }
        if (keys.has(key)) out.push({ key: key.length > 40 ? `${key.slice(0, 40)}…` : key, line: lineColumn(text, start).line });
        keys.add(key);
        expectKey = false;
      }
      i = j;
    }
  }
  return out;
}
