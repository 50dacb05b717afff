/**
 * Text of a data file from its bytes: UTF-8 (a byte-order mark is dropped), or GBK when the bytes
 * are not valid UTF-8 (Chinese agency files are often saved in GBK), with a warning saying so. The
 * encoding is decided for the file by its lines: a UTF-8 file with a line or two pasted from a GBK
 * file stays UTF-8, and the lines that are not are named (and the other way round).
 */
import type { DataIssue } from './dataset.ts';
import { message } from '../i18n/messages.ts';

/** Text that is already decoded, or bytes to decode. */
export type FileContent = string | Uint8Array;

/** Line numbers (from 1) as the messages list them: the first five, then how many more. */
const lineList = (lines: readonly number[]) => (lines.length <= 5 ? lines.join(', ') : `${lines.slice(0, 5).join(', ')} … (${lines.length} in all)`);

/**
 * The encoding of bytes that are not valid UTF-8 as a whole, decided by their lines: UTF-8 when at
 * least as many lines hold valid non-ASCII UTF-8 as hold bytes that are not UTF-8, else GBK; and
 * the lines (from 1) in the other encoding. The text is decoded in the file's encoding (bytes that
 * are not, as U+FFFD).
 *
 * @example decodeMixed(bytes) // → { text, encoding: 'utf-8', otherLines: [57] }
 */
export function decodeMixed(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gbk'; otherLines: number[] } {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const utf8: number[] = [];
  const bad: number[] = [];
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const part = bytes.subarray(start, end);
    if (part.some((b) => b >= 0x80)) {
      try { strict.decode(part); utf8.push(line); } catch { bad.push(line); }
    }
    start = end + 1;
  }
  if (utf8.length > 0 && utf8.length >= bad.length) return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), encoding: 'utf-8', otherLines: bad };
  return { text: new TextDecoder('gbk').decode(bytes), encoding: 'gbk', otherLines: utf8 };
}

/** The warning for lines in another encoding than their file's, or null when there are none. */
export function mixedEncodingIssue(file: string, encoding: 'utf-8' | 'gbk', otherLines: readonly number[]): DataIssue | null {
  if (otherLines.length === 0) return null;
  const [read, other] = encoding === 'utf-8' ? ['UTF-8', 'GBK'] : ['GBK', 'UTF-8'];
  return { severity: 'warning', file, ...message('text.mixedEncoding', { encoding: read, other, lines: lineList(otherLines), count: otherLines.length }) };
}

/**
 * Decodes a file. A leading byte-order mark (U+FEFF) is removed with a warning, since JSON
 * readers such as JSON.parse reject it; bytes that are not valid UTF-8 are read as GBK with a
 * warning, unless most of the file's lines are UTF-8 (decodeMixed) — then the lines in another
 * encoding are named in a warning; a file too large for one JavaScript string is an error
 * (`tooLarge`, empty text). Never throws.
 */
export function decodeText(content: FileContent, file: string): { text: string; encoding: 'utf-8' | 'gbk'; issues: DataIssue[]; tooLarge?: true } {
  const issues: DataIssue[] = [];
  let text: string;
  let encoding: 'utf-8' | 'gbk' = 'utf-8';
  if (typeof content === 'string') text = content;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(content);
    } catch {
      try {
        const decoded = decodeMixed(content);
        ({ text, encoding } = decoded);
        const mixed = mixedEncodingIssue(file, encoding, decoded.otherLines);
        if (mixed) issues.push(mixed);
      } catch {
        // Decoding never fails on bytes; it fails on size: more characters than one JavaScript
        // string holds (about 512 million). An error, not a crash.
        issues.push({ severity: 'error', file, ...message('text.tooLarge', { mb: Math.round(content.length / 1e6) }) });
        return { text: '', encoding, issues, tooLarge: true };
      }
      if (encoding === 'gbk') issues.push({ severity: 'warning', file, ...message('text.gbk', {}) });
    }
  }
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    issues.push({ severity: 'warning', file, ...message('text.bom', {}) });
  }
  return { text, encoding, issues };
}
