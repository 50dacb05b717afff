/**
 * The host globals the core uses, for the core's own typecheck (src/core/tsconfig.json: lib
 * ES2022, no DOM, no WebWorker, no Node types). Every host the core runs in — a browser page, a
 * Web Worker, Node — has these; nothing else outside ECMAScript is declared, so a use of `document`,
 * `window`, `fetch`, `process` or `Buffer` in the core fails to compile. Declared as narrowly as
 * the core uses them: widen one here only for a use every host supports.
 *
 * The root project (tsconfig.json) excludes this folder: there DOM and Node declare these.
 */

/** WHATWG Encoding: bytes to text (UTF-8, GBK, UTF-16 …). */
interface TextDecoder {
  decode(input?: ArrayBufferView | ArrayBufferLike): string;
}
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => TextDecoder;

/** WHATWG Encoding: text to UTF-8 bytes. */
interface TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}
declare const TextEncoder: new () => TextEncoder;

/** Timers (HTML and Node alike), only as the core uses them: a callback after `ms` milliseconds. */
declare function setTimeout(handler: () => void, ms?: number): unknown;
declare function clearTimeout(id: unknown): void;

/** Only tested for: `typeof WebAssembly === 'undefined'` where a page's policy forbids it. */
declare const WebAssembly: unknown;
