/**
 * The type a stored file is served with. Uploads come from anyone and are served from the app's
 * own origin, so the uploader's claimed type is never trusted: the bytes are sniffed against a
 * short allow-list of passive formats, and everything else (HTML, SVG, scripts, unknown bytes) is
 * a download (`application/octet-stream`, `Content-Disposition: attachment`) that a browser never
 * renders as a page.
 */

interface Signature {
  type: string;
  matches(b: Buffer): boolean;
}

const at = (b: Buffer, offset: number, ascii: string) =>
  b.length >= offset + ascii.length && b.subarray(offset, offset + ascii.length).toString('latin1') === ascii;

const SIGNATURES: readonly Signature[] = [
  { type: 'image/jpeg', matches: (b) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: 'image/png', matches: (b) => at(b, 0, '\x89PNG\r\n\x1a\n') },
  { type: 'image/gif', matches: (b) => at(b, 0, 'GIF87a') || at(b, 0, 'GIF89a') },
  { type: 'image/webp', matches: (b) => at(b, 0, 'RIFF') && at(b, 8, 'WEBP') },
  { type: 'application/pdf', matches: (b) => at(b, 0, '%PDF-') },
  // ADTS AAC (what RecorderManager's `aac` format writes): a 12-bit sync word, layer 0.
  { type: 'audio/aac', matches: (b) => b.length >= 2 && b[0] === 0xff && ((b[1] as number) & 0xf6) === 0xf0 },
  { type: 'audio/mpeg', matches: (b) => at(b, 0, 'ID3') },
  { type: 'audio/mp4', matches: (b) => at(b, 4, 'ftypM4A') },
  { type: 'video/mp4', matches: (b) => at(b, 4, 'ftyp') },
];

export const DOWNLOAD_TYPE = 'application/octet-stream';

/** The checked type of a file's bytes: a passive format from the allow-list, else a download. */
export function servedType(bytes: Buffer): { contentType: string; headers: Record<string, string> } {
  const type = SIGNATURES.find((s) => s.matches(bytes))?.type;
  const headers: Record<string, string> = { 'x-content-type-options': 'nosniff' };
  if (!type) headers['content-disposition'] = 'attachment';
  return { contentType: type ?? DOWNLOAD_TYPE, headers };
}
