/**
 * Removes location metadata from a JPEG without re-encoding it: the EXIF GPS directory (its
 * entries and the values they point at are zeroed and the pointer to it is taken out of IFD0) and
 * any XMP packet that carries GPS fields. Everything else — orientation, the image data — is kept
 * byte for byte. Pure: bytes in, bytes out.
 */
export type GpsStripOutcome = 'removed' | 'none' | 'not-jpeg' | 'unreadable';

export interface GpsStripResult {
  bytes: Uint8Array;
  outcome: GpsStripOutcome;
}

const GPS_IFD_POINTER = 0x8825;
const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00]; // "Exif\0\0"
const XMP_HEADER = Array.from('http://ns.adobe.com/xap/1.0/', (c) => c.charCodeAt(0));
const GPS_TEXT = Array.from('GPS', (c) => c.charCodeAt(0));
/** Bytes per value of each TIFF field type (1 BYTE … 12 DOUBLE). */
const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8 };

class Unreadable extends Error {}

function startsWith(bytes: Uint8Array, at: number, end: number, prefix: readonly number[]): boolean {
  if (at + prefix.length > end) return false;
  return prefix.every((b, i) => bytes[at + i] === b);
}

function includes(bytes: Uint8Array, from: number, end: number, needle: readonly number[]): boolean {
  for (let i = from; i + needle.length <= end; i++) if (startsWith(bytes, i, end, needle)) return true;
  return false;
}

/** A TIFF block (inside an APP1 segment) read with its own byte order, bounds-checked. */
class Tiff {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly start: number,
    private readonly end: number,
    private readonly little: boolean,
  ) {}

  at(offset: number, size: number): number {
    const pos = this.start + offset;
    if (offset < 0 || pos + size > this.end) throw new Unreadable();
    return pos;
  }

  u16(offset: number): number {
    const p = this.at(offset, 2);
    const [a, b] = [this.bytes[p], this.bytes[p + 1]];
    return this.little ? a | (b << 8) : (a << 8) | b;
  }

  u32(offset: number): number {
    const p = this.at(offset, 4);
    const b = this.bytes.subarray(p, p + 4);
    return this.little
      ? (b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)) >>> 0
      : ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0;
  }

  zero(offset: number, length: number): void {
    const p = this.at(offset, length);
    this.bytes.fill(0, p, p + length);
  }

  move(from: number, to: number, length: number): void {
    const src = this.at(from, length);
    const dst = this.at(to, length);
    this.bytes.copyWithin(dst, src, src + length);
  }

  setU16(offset: number, value: number): void {
    const p = this.at(offset, 2);
    this.bytes[p] = this.little ? value & 0xff : value >> 8;
    this.bytes[p + 1] = this.little ? value >> 8 : value & 0xff;
  }
}

function wipeGpsDirectory(tiff: Tiff, gps: number): void {
  const count = tiff.u16(gps);
  tiff.at(gps, 2 + count * 12 + 4);
  for (let i = 0; i < count; i++) {
    const entry = gps + 2 + i * 12;
    const size = TYPE_SIZE[tiff.u16(entry + 2)];
    if (size === undefined) throw new Unreadable();
    const length = size * tiff.u32(entry + 4);
    if (length > 4) tiff.zero(tiff.u32(entry + 8), length);
  }
  tiff.zero(gps, 2 + count * 12 + 4);
}

/** Returns true when a GPS directory was found and removed. */
function stripExif(bytes: Uint8Array, start: number, end: number): boolean {
  const order = bytes[start] === 0x49 && bytes[start + 1] === 0x49 ? 'II' : bytes[start] === 0x4d ? 'MM' : null;
  if (!order || bytes[start + 1] !== bytes[start]) throw new Unreadable();
  const tiff = new Tiff(bytes, start, end, order === 'II');
  if (tiff.u16(2) !== 42) throw new Unreadable();
  const ifd0 = tiff.u32(4);
  const count = tiff.u16(ifd0);
  tiff.at(ifd0, 2 + count * 12 + 4);
  for (let i = 0; i < count; i++) {
    const entry = ifd0 + 2 + i * 12;
    if (tiff.u16(entry) !== GPS_IFD_POINTER) continue;
    wipeGpsDirectory(tiff, tiff.u32(entry + 8));
    // Take the pointer out of IFD0: later entries and the next-IFD offset move up one slot.
    const tail = (count - i - 1) * 12 + 4;
    tiff.move(entry + 12, entry, tail);
    tiff.zero(entry + tail, 12);
    tiff.setU16(ifd0, count - 1);
    return true;
  }
  return false;
}

function withoutRanges(bytes: Uint8Array, ranges: readonly [number, number][]): Uint8Array {
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const [start, end] of ranges) {
    parts.push(bytes.subarray(from, start));
    from = end;
  }
  parts.push(bytes.subarray(from));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function stripJpegGps(input: Uint8Array): GpsStripResult {
  if (input.length < 4 || input[0] !== 0xff || input[1] !== 0xd8) return { bytes: input, outcome: 'not-jpeg' };
  const bytes = input.slice();
  const dropped: [number, number][] = [];
  let removed = false;
  let pos = 2;
  try {
    while (pos + 1 < bytes.length) {
      if (bytes[pos] !== 0xff) throw new Unreadable();
      const marker = bytes[pos + 1];
      if (marker === 0xff) {
        pos += 1; // fill byte
        continue;
      }
      if (marker === 0xda || marker === 0xd9) break; // metadata only comes before the scan
      if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
        pos += 2;
        continue;
      }
      if (pos + 4 > bytes.length) throw new Unreadable();
      const length = (bytes[pos + 2] << 8) | bytes[pos + 3];
      const end = pos + 2 + length;
      if (length < 2 || end > bytes.length) throw new Unreadable();
      if (marker === 0xe1 && startsWith(bytes, pos + 4, end, EXIF_HEADER)) {
        removed = stripExif(bytes, pos + 4 + EXIF_HEADER.length, end) || removed;
      } else if (
        marker === 0xe1 &&
        startsWith(bytes, pos + 4, end, XMP_HEADER) &&
        includes(bytes, pos + 4, end, GPS_TEXT)
      ) {
        dropped.push([pos, end]);
        removed = true;
      }
      pos = end;
    }
  } catch (error) {
    if (error instanceof Unreadable) return { bytes: input, outcome: 'unreadable' };
    throw error;
  }
  return { bytes: dropped.length ? withoutRanges(bytes, dropped) : bytes, outcome: removed ? 'removed' : 'none' };
}
