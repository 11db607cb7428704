/**
 * The .docx package: a style set's constant parts and a document's own parts in one zip, under
 * the same part names, in the same order, as docx writes them. Parts are deflated with fflate;
 * the zip container is written here because fflate's `zipSync` deflates every part on every
 * call, and the constant parts (half the package) can be deflated once per style set.
 */

/**
 * Deflate levels. A part made once and kept (a style set's constant parts, the header a batch's
 * documents share) takes 6, zipSync's level. A part written anew for every document (the body,
 * footer and core properties) takes 3: on the 50 KB bodies of a 200-reader batch, 0.17 ms rather
 * than 0.46 ms each, for 2.9 KB rather than 2.3 KB (a document some 4% larger).
 */
export const LEVEL = { kept: 6, each: 3 } as const;
export type Level = (typeof LEVEL)[keyof typeof LEVEL];

/**
 * What turns a part into zip entry bytes: raw deflate (no zlib header) at a `Level`, and the
 * CRC-32 a zip records for each part.
 */
export interface PartCodec {
  deflate: (data: Uint8Array, level: Level) => Uint8Array;
  crc32: (data: Uint8Array) => number;
}

let codec: PartCodec | undefined;
let hostCodec: (() => PartCodec | Promise<PartCodec>) | undefined;

/**
 * Lets the host give its own codec: Node's zlib where documents are written (main, the command
 * line, the workers), so a cold start pays neither fflate's tables nor its first, interpreted run,
 * and a warm one checksums in native code. The parts are the same; only their compressed bytes
 * differ. Without one, fflate deflates and `crc32` below checksums.
 */
export function provideCodec(load: () => PartCodec | Promise<PartCodec>): void {
  hostCodec = load;
  codec = undefined;
  repeated.clear();
}

/** Loads the codec `zipEntry` uses, once; the writer awaits this before it zips. */
export async function loadCodec(): Promise<void> {
  if (codec) return;
  if (hostCodec) codec = await hostCodec();
  else {
    const { deflateSync } = await import('fflate');
    codec = { deflate: (data, level) => deflateSync(data, { level }), crc32 };
  }
}

const encoder = new TextEncoder();

/** A string's UTF-8 bytes (strings reach the package sanitized: no lone surrogates). */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** A part deflated, ready to go into a zip. */
export interface ZipEntry {
  readonly name: Uint8Array;
  readonly crc: number;
  /** Uncompressed size. */
  readonly size: number;
  readonly deflated: Uint8Array;
}

const CRC_TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/** The CRC-32 a zip records for each part (where the host gives none: see `provideCodec`). */
export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = (CRC_TABLE[(c ^ data[i]!) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const SCRATCH_MOST = 4 << 20;
let scratch = new Uint8Array(1 << 16);

/**
 * A part's UTF-8 bytes in a buffer reused from part to part (valid until the next call): they are
 * only checksummed and deflated. `encodeInto` rather than `encode`: 3-7x faster on a body of
 * 50,000 characters here, where `encode` was a fifth of rendering a document.
 */
function partBytes(text: string): Uint8Array {
  // UTF-8 takes at most three bytes per UTF-16 code unit. A part larger than a few megabytes
  // (hundreds of pages) gets a buffer of its own, so no process keeps one that size for good.
  const need = text.length * 3;
  const into =
    need <= scratch.length
      ? scratch
      : need <= SCRATCH_MOST
        ? (scratch = new Uint8Array(need))
        : new Uint8Array(need);
  const { written } = encoder.encodeInto(text, into);
  return into.subarray(0, written);
}

/** A part deflated at `level` (see `loadCodec`, which must have run) with its checksum. */
export function zipEntry(name: string, data: Uint8Array | string, level: Level): ZipEntry {
  if (!codec) throw new Error('zipEntry before loadCodec');
  const bytes = typeof data === 'string' ? partBytes(data) : data;
  return {
    name: utf8(name),
    crc: codec.crc32(bytes),
    size: bytes.length,
    deflated: codec.deflate(bytes, level),
  };
}

const MAX_REPEATED = 64;
const repeated = new Map<string, ZipEntry>();

/**
 * A part that many documents share word for word (the header of every document of a template,
 * the list instances of most), deflated once: the last few are kept by their content.
 */
export function repeatedZipEntry(name: string, text: string): ZipEntry {
  const key = `${name}\u0000${text}`;
  let entry = repeated.get(key);
  if (!entry) {
    entry = zipEntry(name, text, LEVEL.kept);
    if (repeated.size >= MAX_REPEATED) repeated.delete(repeated.keys().next().value ?? key);
    repeated.set(key, entry);
  }
  return entry;
}

/** MS-DOS time and date of `when`, in local time, as zips record them. */
function dosTime(when: Date): { time: number; date: number } {
  return {
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1),
    date: ((Math.max(when.getFullYear(), 1980) - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
  };
}

// Version made by: Unix, zip 2.0; external attributes: mode 0600. External attributes of 0 (as
// docx's JSZip writes them) make Word for Mac offer to repair the file (field-notes.md); these
// are the values Python's zipfile writes, so python-docx's files carry them too.
const MADE_BY_UNIX = (3 << 8) | 20;
const READ_WRITE = (0o600 << 16) >>> 0;

/**
 * A zip of `entries` in their order: local headers with sizes and checksums up front (no data
 * descriptors), then the central directory.
 */
export function zip(entries: readonly ZipEntry[], when: Date): Uint8Array {
  const { time, date } = dosTime(when);
  let total = 22;
  for (const e of entries) total += 30 + 46 + 2 * e.name.length + e.deflated.length;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  // Local header and central directory entry share these fields from "version needed" on.
  const common = (at: number, e: ZipEntry): void => {
    view.setUint16(at, 20, true); // version needed: deflate
    view.setUint16(at + 2, 0, true); // flags
    view.setUint16(at + 4, 8, true); // method: deflate
    view.setUint16(at + 6, time, true);
    view.setUint16(at + 8, date, true);
    view.setUint32(at + 10, e.crc, true);
    view.setUint32(at + 14, e.deflated.length, true);
    view.setUint32(at + 18, e.size, true);
    view.setUint16(at + 22, e.name.length, true);
    view.setUint16(at + 24, 0, true); // extra field length
  };
  const offsets: number[] = [];
  let at = 0;
  for (const e of entries) {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    common(at + 4, e);
    out.set(e.name, at + 30);
    out.set(e.deflated, at + 30 + e.name.length);
    at += 30 + e.name.length + e.deflated.length;
  }
  const directory = at;
  entries.forEach((e, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, MADE_BY_UNIX, true);
    common(at + 6, e);
    // comment length, disk and internal attributes stay zero (the buffer starts zeroed)
    view.setUint32(at + 38, READ_WRITE, true);
    view.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(e.name, at + 46);
    at += 46 + e.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}
