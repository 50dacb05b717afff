/**
 * Text to GBK bytes, the encoding of Chinese Windows software (and of most 部标 TXT and CAD files).
 * No encoder ships with the hosts (TextEncoder writes UTF-8 only), so the table is the inverse of
 * the hosts' own GBK decoder (WHATWG's gb18030 index, two-byte part), built once on first use: every
 * text encoded here decodes back to itself with TextDecoder('gbk'), the decoder the importers use.
 */

let table: Map<number, number> | null = null;

/** Code point → the two GBK bytes (lead << 8 | trail), from decoding every two-byte sequence. */
function gbkTable(): Map<number, number> {
  if (table) return table;
  const trails: number[] = [];
  for (let t = 0x40; t <= 0xfe; t++) if (t !== 0x7f) trails.push(t);
  const bytes = new Uint8Array(126 * trails.length * 2);
  let k = 0;
  for (let lead = 0x81; lead <= 0xfe; lead++) for (const t of trails) { bytes[k++] = lead; bytes[k++] = t; }
  // Every pair of the index decodes to one BMP character (user-defined ones to the Private Use Area).
  const text = new TextDecoder('gbk').decode(bytes);
  const m = new Map<number, number>();
  if (text.length !== bytes.length / 2) throw new Error('GBK decoder gave an unexpected length');
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0xfffd && !m.has(c)) m.set(c, (bytes[2 * i]! << 8) | bytes[2 * i + 1]!);
  }
  table = m;
  return m;
}

/**
 * The GBK bytes of a text: ASCII (and €, 0x80) as one byte, GBK characters as two; a character GBK lacks is
 * written as `replace(character)` (itself encoded; '?' by default) and listed in `missing` (once each).
 *
 * @example encodeGbk('地块A').bytes // → [0xB5, 0xD8, 0xBF, 0xE9, 0x41]
 */
export function encodeGbk(text: string, replace: (ch: string) => string = () => '?'): { bytes: Uint8Array; missing: string[] } {
  const map = gbkTable();
  const out: number[] = [];
  const missing = new Set<string>();
  const put = (s: string) => {
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) { out.push(c); continue; }
      if (c === 0x20ac) { out.push(0x80); continue; } // €: GBK's one single byte above ASCII
      const two = c <= 0xffff ? map.get(c) : undefined;
      if (two !== undefined) { out.push(two >> 8, two & 0xff); continue; }
      missing.add(ch);
      const r = replace(ch);
      if ([...r].some((x) => x.codePointAt(0)! >= 0x80 && !map.has(x.codePointAt(0)!))) out.push(0x3f);
      else put(r);
    }
  };
  put(text);
  return { bytes: Uint8Array.from(out), missing: [...missing] };
}

/** True when GBK can write the character (ASCII, €, or a two-byte GBK character). */
export function gbkHas(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return c < 0x80 || c === 0x20ac || (c <= 0xffff && gbkTable().has(c));
}
