import fc from 'fast-check';
import { stripJpegGps } from '../../../../src/platform/permissions/exif-gps';
import { ORIENTATION, buildJpeg, indexOf } from './jpeg-fixture';

/** The latitude seconds numerator (3045) as it appears in each byte order. */
const SECONDS_LE = [0xe5, 0x0b, 0x00, 0x00];
const SECONDS_BE = [0x00, 0x00, 0x0b, 0xe5];

/** Reads IFD0 of the first EXIF segment: the tags it lists. */
function ifd0Tags(jpeg: Uint8Array): number[] {
  const exif = indexOf(jpeg, [0x45, 0x78, 0x69, 0x66, 0, 0]);
  const tiff = exif + 6;
  const little = jpeg[tiff] === 0x49;
  const u16 = (o: number) =>
    little ? jpeg[tiff + o] | (jpeg[tiff + o + 1] << 8) : (jpeg[tiff + o] << 8) | jpeg[tiff + o + 1];
  const count = u16(8);
  return Array.from({ length: count }, (_, i) => u16(10 + i * 12));
}

describe('stripJpegGps', () => {
  describe.each([
    ['little-endian (II)', true, SECONDS_LE],
    ['big-endian (MM)', false, SECONDS_BE],
  ])('when the EXIF block is %s', (_name, littleEndian, seconds) => {
    it('removes the GPS directory and its coordinates and keeps the size', () => {
      const jpeg = buildJpeg({ littleEndian });
      expect(indexOf(jpeg, seconds)).toBeGreaterThan(0);
      const { bytes, outcome } = stripJpegGps(jpeg);
      expect(outcome).toBe('removed');
      expect(bytes.length).toBe(jpeg.length);
      expect(indexOf(bytes, seconds)).toBe(-1);
      expect(ifd0Tags(bytes)).toEqual([0x0112]);
    });

    it('keeps the orientation and the image data', () => {
      const jpeg = buildJpeg({ littleEndian, trailingEntry: true });
      const { bytes } = stripJpegGps(jpeg);
      expect(ifd0Tags(bytes)).toEqual([0x0112, 0x0131]);
      const orientation = littleEndian ? [ORIENTATION, 0] : [0, ORIENTATION];
      expect(indexOf(bytes, orientation)).toBeGreaterThan(0);
      expect(indexOf(bytes, [0x51, 0x59, 0x42, 0x00])).toBeGreaterThan(0);
      const scan = indexOf(jpeg, [0xff, 0xda]);
      expect(Array.from(bytes.subarray(scan))).toEqual(Array.from(jpeg.subarray(scan)));
    });
  });

  it('drops an XMP packet that carries GPS fields', () => {
    const jpeg = buildJpeg({ xmpWithGps: true });
    const { bytes, outcome } = stripJpegGps(jpeg);
    expect(outcome).toBe('removed');
    expect(
      indexOf(
        bytes,
        Array.from('GPSLatitude', (c) => c.charCodeAt(0)),
      ),
    ).toBe(-1);
    expect(bytes.length).toBeLessThan(jpeg.length);
  });

  it('leaves a JPEG without location untouched', () => {
    const jpeg = buildJpeg({ gps: false });
    const { bytes, outcome } = stripJpegGps(jpeg);
    expect(outcome).toBe('none');
    expect(Array.from(bytes)).toEqual(Array.from(jpeg));
  });

  it('is idempotent', () => {
    const once = stripJpegGps(buildJpeg()).bytes;
    const twice = stripJpegGps(once);
    expect(twice.outcome).toBe('none');
    expect(Array.from(twice.bytes)).toEqual(Array.from(once));
  });

  it('does not modify its input', () => {
    const jpeg = buildJpeg();
    const copy = Array.from(jpeg);
    stripJpegGps(jpeg);
    expect(Array.from(jpeg)).toEqual(copy);
  });

  it('says so for bytes that are not a JPEG', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(stripJpegGps(png).outcome).toBe('not-jpeg');
  });

  it('reports a truncated EXIF block as unreadable instead of guessing', () => {
    const jpeg = buildJpeg();
    const exif = indexOf(jpeg, [0xff, 0xe1]);
    const broken = jpeg.slice();
    broken[exif + 2] = 0x00;
    broken[exif + 3] = 0x10; // APP1 claims 16 bytes: the GPS pointer now points outside it
    expect(stripJpegGps(broken).outcome).toBe('unreadable');
  });

  it('never throws on corrupted input and never grows it', () => {
    const jpeg = buildJpeg({ xmpWithGps: true });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: jpeg.length - 1 }), fc.integer({ min: 0, max: 255 }), (at, value) => {
        const mutated = jpeg.slice();
        mutated[at] = value;
        const result = stripJpegGps(mutated);
        expect(['removed', 'none', 'not-jpeg', 'unreadable']).toContain(result.outcome);
        expect(result.bytes.length).toBeLessThanOrEqual(mutated.length);
      }),
    );
  });

  it('removes the coordinates whatever the compressed image data holds', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (data) => {
        const jpeg = buildJpeg();
        const eoi = jpeg.length - 2;
        const withData = Uint8Array.from([...jpeg.subarray(0, eoi), ...data, 0xff, 0xd9]);
        const result = stripJpegGps(withData);
        expect(result.outcome).toBe('removed');
        expect(indexOf(result.bytes.subarray(0, eoi), SECONDS_LE)).toBe(-1);
      }),
    );
  });
});
