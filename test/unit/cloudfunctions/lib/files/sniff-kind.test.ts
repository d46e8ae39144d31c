import { sniffKind } from '../../../../../cloudfunctions/lib/files/sniff-kind';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? Array.from(p, (c) => c.charCodeAt(0)) : p)));

describe('sniffKind', () => {
  it.each([
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])],
    ['png', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0])],
    ['pdf', bytes('%PDF-1.7\n')],
    ['mp4', bytes([0, 0, 0, 0x18], 'ftypisom', [0, 0, 2, 0])],
    ['m4a', bytes([0, 0, 0, 0x1c], 'ftypM4A ', [0, 0, 0, 0])],
    ['aac', bytes([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f])],
    ['mp3', bytes('ID3', [4, 0, 0, 0])],
    ['mp3', bytes([0xff, 0xfb, 0x90, 0x64])],
  ])('recognises %s by its magic bytes', (kind, data) => {
    expect(sniffKind(data)).toBe(kind);
  });

  it.each([
    ['a zip archive', bytes('PK', [3, 4, 20, 0])],
    ['an executable', bytes('MZ', [0x90, 0])],
    ['text', bytes('hello.jpg')],
    ['nothing', bytes()],
    ['a truncated JPEG marker', bytes([0xff, 0xd8])],
    ['an MPEG sync with a reserved layer and no ADTS', bytes([0xff, 0xe1, 0, 0])],
  ])('refuses %s', (_name, data) => {
    expect(sniffKind(data)).toBeNull();
  });
});
