/** Builds small, valid JPEG byte strings with EXIF (either byte order), GPS and XMP, for the tests. */
export const LATITUDE = [22, 7, 3045]; // 22° 7' 30.45" — Hengqin
export const LONGITUDE = [113, 31, 1230];
export const ORIENTATION = 6;

interface Options {
  littleEndian?: boolean;
  gps?: boolean;
  xmpWithGps?: boolean;
  /** Entries after the GPS pointer in IFD0, to check they survive the pointer's removal. */
  trailingEntry?: boolean;
  /**
   * A picture a browser can draw (a 240×152 sketch of a document, encoded by Chromium) instead of
   * a scan of five placeholder bytes: for screens people look at (the e2e previews).
   */
  picture?: boolean;
}

/** PICTURE's segments after its SOI and JFIF APP0: ICC profile, tables, frame, scan, EOI. */
const PICTURE = (() => {
  const bytes = Uint8Array.from(
    atob(
      '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABh' +
        'Y3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' +
        'AAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAAB' +
        'UAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAA' +
        'AAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9Y' +
        'WVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAM' +
        'ZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcg' +
        'LikxMC4pLSwzOko+MzZGNywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09P' +
        'T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT0//wAARCACYAPADASIAAhEBAxEB/8QAGQABAQEBAQEAAAAAAAAAAAAAAAYF' +
        'BAMC/8QALxABAAAEBAIJBAMBAAAAAAAAAAIFFqMBVGXRBOIDERIUNGOBorETISJBBjGhYf/EABkBAQEBAQEBAAAAAAAAAAAAAAAB' +
        'AgMEBf/EABkRAQEAAwEAAAAAAAAAAAAAAAARAhNRAf/aAAwDAQACEQMRAD8AnQH13zgAAAAAAAAAAAAAAAAAAAAAAAAAAAAWFC6l' +
        'Y5ihdSscznuw63ry4jxYULqVjmKF1KxzG7Dpry4jxYULqVjmKF1KxzG7Dpry4jxYULqVjmKF1KxzG7Dpry4jxYULqVjmKF1KxzG7' +
        'Dpry4jxYULqVjmKF1KxzG7Dpry4jxYULqVjmKF1KxzG7Dpry4jxYULqVjmKF1KxzG7Dpry4jxYULqVjmKF1KxzG7Dpry4jxYULqV' +
        'jmKF1KxzG7Dpry4jxYULqVjmKF1KxzG7Dpry4jxYULqVjmKF1KxzG7Dpry4jxYULqVjmKF1KxzG7Dpry4jxYULqVjmKF1KxzG7Dp' +
        'ry4jxYULqVjmKF1KxzG7Dpry4sQHhesHL33y/cd98v3ER1Dl775fuO++X7iDqHL33y/cd98v3EHUOXvvl+4775fuIOoAUAAAAAAA' +
        'AAAAAAAAAAAABlAKyDw4jiPpYdmH7xY/44Y+kjjx64oscV88K1RlQdJHBj1wxY4O7h+I+rh2YvtFh/p74V7gINUBGkLUE1zVuHYq' +
        'Ca5q3DsuhakQtQTXNW4dioJrmrcOy6CkQtQTXNW4dioJrmrcOy6CkQtQTXNW4dioJrmrcOy6CkQtQTXNW4dioJrmrcOy6CkQtQTX' +
        'NW4dioJrmrcOy6CkQtQTXNW4dioJrmrcOy6CkQtQTXNW4dl0CAAKAAygFZZXSRYx9JFFj+8Xy+ukhxg6SKHH9Yvl0ZH10cWMHSQx' +
        'YfrF8vro4cY+khhw/eINUBzaaoCNIWoJrmrcOxUE1zVuHZdC1Ihagmuatw7FQTXNW4dl0FIhagmuatw7FQTXNW4dl0FIhagmuatw' +
        '7FQTXNW4dl0FIhagmuatw7FQTXNW4dl0FIhagmuatw7FQTXNW4dl0FIhagmuatw7N3+MzDi+P7z3vpfqdjsdn8cMOrr6+v8ArD/j' +
        'dEoACgAAAMoBWXhxHD/V/KH7RYf64Y+jjgx6ooccGqL56RlQdHHHj1Qw44u7h+H+l+UX3ix/x7h76QAQaoCNIWoJrmrcOxUE1zVu' +
        'HZdC1Ihagmuatw7FQTXNW4dl0FIhagmuatw7FQTXNW4dl0FIhagmuatw7FQTXNW4dl0FIhagmuatw7FQTXNW4dl0FIhagmuatw7F' +
        'QTXNW4dl0FIAIoAAAAADKZ3F+Jj9Phos7i/Ex+nw34x68QGkAAe3CeJg9fhos7hPEwevw0WfV8aoDDaFqCa5q3DsVBNc1bh2XQtS' +
        'IWoJrmrcOxUE1zVuHZdBSIWoJrmrcOxUE1zVuHZdBSIWoJrmrcOxUE1zVuHZdBSIWoJrmrcOxUE1zVuHZdBSML+MzDi+P7z3vpfq' +
        'djsdn8cMOrr6+v8ArD/jdBAAFAAAAAAZTO4vxMfp8NFncX4mP0+G/GPXiA0gAD24TxMHr8NFncJ4mD1+Giz6vjVAYbQtQTXNW4di' +
        'oJrmrcOy6FqRC1BNc1bh2Kgmuatw7LoKRC1BNc1bh2Kgmuatw7LoKRC1BNc1bh2Kgmuatw7LoKRC1BNc1bh2XQIAAoAAAAAAAAAA' +
        'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAD/9k=',
    ),
    (c) => c.charCodeAt(0),
  );
  const app0End = 4 + ((bytes[4]! << 8) | bytes[5]!);
  return Array.from(bytes.subarray(app0End));
})();

function writer(little: boolean) {
  const bytes: number[] = [];
  const u16 = (v: number) => (little ? bytes.push(v & 0xff, v >> 8) : bytes.push(v >> 8, v & 0xff));
  const u32 = (v: number) =>
    little
      ? bytes.push(v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff)
      : bytes.push((v >>> 24) & 0xff, (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
  return { bytes, u16, u32 };
}

function tiffBlock({ littleEndian = true, gps = true, trailingEntry = false }: Options): number[] {
  const w = writer(littleEndian);
  const ifd0Count = 1 + (gps ? 1 : 0) + (trailingEntry ? 1 : 0);
  const ifd0 = 8;
  const gpsIfd = ifd0 + 2 + ifd0Count * 12 + 4;
  const gpsCount = 4;
  const rationals = gpsIfd + 2 + gpsCount * 12 + 4;
  w.bytes.push(...(littleEndian ? [0x49, 0x49] : [0x4d, 0x4d]));
  w.u16(42);
  w.u32(ifd0);
  w.u16(ifd0Count);
  w.u16(0x0112); // Orientation, SHORT, 1
  w.u16(3);
  w.u32(1);
  w.u16(ORIENTATION);
  w.u16(0);
  if (gps) {
    w.u16(0x8825);
    w.u16(4);
    w.u32(1);
    w.u32(gpsIfd);
  }
  if (trailingEntry) {
    w.u16(0x0131); // Software, ASCII, 4 inline
    w.u16(2);
    w.u32(4);
    w.bytes.push(0x51, 0x59, 0x42, 0x00); // "QYB\0"
  }
  w.u32(0);
  if (!gps) return w.bytes;
  const ref = (tag: number, letter: string) => {
    w.u16(tag);
    w.u16(2);
    w.u32(2);
    w.bytes.push(letter.charCodeAt(0), 0, 0, 0);
  };
  const rational = (tag: number, offset: number) => {
    w.u16(tag);
    w.u16(5);
    w.u32(3);
    w.u32(offset);
  };
  w.u16(gpsCount);
  ref(1, 'N');
  rational(2, rationals);
  ref(3, 'E');
  rational(4, rationals + 24);
  w.u32(0);
  for (const [deg, min, sec] of [LATITUDE, LONGITUDE]) {
    for (const [num, den] of [
      [deg, 1],
      [min, 1],
      [sec, 100],
    ]) {
      w.u32(num);
      w.u32(den);
    }
  }
  return w.bytes;
}

function segment(marker: number, payload: number[]): number[] {
  const length = payload.length + 2;
  return [0xff, marker, length >> 8, length & 0xff, ...payload];
}

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

export function buildJpeg(options: Options = {}): Uint8Array {
  const exif = segment(0xe1, [...ascii('Exif'), 0, 0, ...tiffBlock(options)]);
  const xmp = options.xmpWithGps
    ? segment(0xe1, [...ascii('http://ns.adobe.com/xap/1.0/'), 0, ...ascii('<x:xmpmeta exif:GPSLatitude="22,7.5N"/>')])
    : [];
  const jfif = segment(0xe0, ascii('JFIF\0'));
  if (options.picture) return Uint8Array.from([0xff, 0xd8, ...jfif, ...exif, ...xmp, ...PICTURE]);
  const quantTable = segment(0xdb, [0, ...new Array(64).fill(1)]);
  const scan = [...segment(0xda, [1, 1, 0, 0, 63, 0]), 0x12, 0x34, 0xff, 0x00, 0x56];
  return Uint8Array.from([0xff, 0xd8, ...jfif, ...exif, ...xmp, ...quantTable, ...scan, 0xff, 0xd9]);
}

/** Index of a byte sequence in a buffer, or -1. */
export function indexOf(haystack: Uint8Array, needle: readonly number[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
