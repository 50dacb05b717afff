/**
 * Limits on a ZIP archive (a zipped shapefile, a KMZ, an .xlsx workbook), checked from its central
 * directory before anything is inflated: the unpacked size of each entry and of all of them, the
 * number of entries, and how many times its packed size an entry unpacks to (a zip bomb's mark).
 * ZIP64 archives are read too. Inflating with fflate then never allocates more than the sizes read
 * here: an entry that inflates past its stated size is cut at that size.
 */
import { message } from '../i18n/messages.ts';
import type { Message } from '../i18n/messages.ts';

/** An entry of the central directory: its path and its packed and unpacked sizes in bytes. */
export interface ZipEntry {
  readonly name: string;
  readonly packed: number;
  readonly size: number;
}

/** The limits of an archive. */
export interface ZipLimits {
  /** Largest unpacked entry, bytes. */
  readonly maxEntryBytes: number;
  /** Largest unpacked total, bytes. */
  readonly maxTotalBytes: number;
  /** Most entries. */
  readonly maxEntries: number;
  /** Largest unpacked/packed ratio of an entry that unpacks to more than 1 MiB. */
  readonly maxRatio: number;
}

/** The limits of every archive the importers open: 512 MiB an entry, 2 GiB in all, 10,000 entries, 200 times. */
export const ZIP_LIMITS: ZipLimits = { maxEntryBytes: 512 * 1024 * 1024, maxTotalBytes: 2048 * 1024 * 1024, maxEntries: 10_000, maxRatio: 200 };

/** An archive refused by its limits, or one whose directory cannot be read: `refused` says which, as a message. */
export class ZipLimitError extends Error {
  constructor(readonly refused: Message) {
    super(refused.message);
  }
}

/** Sizes in MiB as the messages give them. */
export const mib = (n: number): string => `${(n / 1048576).toFixed(n < 1048576 ? 2 : 0)} MiB`;

/**
 * The entries of a ZIP's central directory (ZIP64 sizes and counts included), stopping once more
 * than `maxEntries` are read. Throws a ZipLimitError ('zip.unreadable') when there is no readable
 * directory.
 */
export function zipDirectory(bytes: Uint8Array, maxEntries = Infinity): ZipEntry[] {
  const bad = () => new ZipLimitError(message('zip.unreadable', {}));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number) => view.getUint16(o, true);
  const u32 = (o: number) => view.getUint32(o, true);
  const u64 = (o: number) => Number(view.getBigUint64(o, true));
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (u32(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw bad();
  let count = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && u32(eocd - 20) === 0x07064b50) {
    const z = u64(eocd - 20 + 8);
    if (z + 56 > bytes.length || u32(z) !== 0x06064b50) throw bad();
    count = u64(z + 32);
    offset = u64(z + 48);
  }
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count && entries.length <= maxEntries; n++) {
    if (p + 46 > bytes.length || u32(p) !== 0x02014b50) throw bad();
    let packed = u32(p + 20);
    let size = u32(p + 24);
    const nameLength = u16(p + 28);
    const extraLength = u16(p + 30);
    const commentLength = u16(p + 32);
    if (p + 46 + nameLength + extraLength > bytes.length) throw bad();
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength));
    // ZIP64: the sizes set to 0xFFFFFFFF are in the extra field 0x0001, unpacked size first.
    for (let e = p + 46 + nameLength; e + 4 <= p + 46 + nameLength + extraLength;) {
      const id = u16(e);
      const length = u16(e + 2);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff && q + 8 <= e + 4 + length) { size = u64(q); q += 8; }
        if (packed === 0xffffffff && q + 8 <= e + 4 + length) packed = u64(q);
      }
      e += 4 + length;
    }
    entries.push({ name, packed, size });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * What the limits refuse in an archive (a message), or null: read from the central directory only,
 * so a 2 MB file that would inflate to gigabytes is refused in microseconds. Directories ('…/')
 * count as entries but not as bytes.
 *
 * @example checkZip(bytes) // → null, or a message such as 'zip.refused' naming the entry
 */
export function checkZip(bytes: Uint8Array, limits: ZipLimits = ZIP_LIMITS): Message | null {
  let entries: ZipEntry[];
  try {
    entries = zipDirectory(bytes, limits.maxEntries);
  } catch (e) {
    if (e instanceof ZipLimitError) return e.refused;
    return message('zip.unreadable', {});
  }
  if (entries.length > limits.maxEntries) return message('zip.tooManyEntries', { limit: limits.maxEntries });
  let total = 0;
  for (const e of entries) {
    total += e.size;
    if (e.size > limits.maxEntryBytes || total > limits.maxTotalBytes) {
      return message('zip.refused', { entry: e.name, size: mib(e.size), limit: mib(limits.maxEntryBytes), total: mib(limits.maxTotalBytes) });
    }
    if (e.size > 1048576 && e.size > limits.maxRatio * Math.max(1, e.packed)) {
      return message('zip.ratio', { entry: e.name, size: mib(e.size), packed: mib(e.packed), limit: limits.maxRatio });
    }
  }
  return null;
}
