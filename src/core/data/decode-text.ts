/**
 * Text of a data file from its bytes: UTF-8 (a byte-order mark is dropped), or GBK when the bytes
 * are not valid UTF-8 (Chinese agency files are often saved in GBK), with a warning saying so.
 */
import type { DataIssue } from './dataset.ts';
import { message } from '../i18n/messages.ts';

/** Text that is already decoded, or bytes to decode. */
export type FileContent = string | Uint8Array;

/**
 * Decodes a file. A leading byte-order mark (U+FEFF) is removed with a warning, since JSON
 * readers such as JSON.parse reject it; bytes that are not valid UTF-8 are read as GBK with a
 * warning; a file too large for one JavaScript string is an error (`tooLarge`, empty text).
 * Never throws.
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
        text = new TextDecoder('gbk').decode(content);
      } catch {
        // GBK decoding never fails on bytes; it fails on size: more characters than one JavaScript
        // string holds (about 512 million). An error, not a crash.
        issues.push({ severity: 'error', file, ...message('text.tooLarge', { mb: Math.round(content.length / 1e6) }) });
        return { text: '', encoding, issues, tooLarge: true };
      }
      encoding = 'gbk';
      issues.push({ severity: 'warning', file, ...message('text.gbk', {}) });
    }
  }
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    issues.push({ severity: 'warning', file, ...message('text.bom', {}) });
  }
  return { text, encoding, issues };
}
