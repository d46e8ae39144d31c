import type { FileKind } from '../contract/files';

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

/** ISO base media (MP4 family): `ftyp` at offset 4, then the major brand. */
function isoKind(bytes: Uint8Array): FileKind | null {
  if (!startsWith(bytes, ascii('ftyp'), 4) || bytes.length < 12) return null;
  const brand = String.fromCharCode(...bytes.subarray(8, 12));
  return brand === 'M4A ' || brand === 'M4B ' ? 'm4a' : 'mp4';
}

/** MPEG audio frame sync: 11 set bits. Layer bits 00 are AAC in ADTS; anything else is MPEG audio. */
function mpegAudioKind(bytes: Uint8Array): FileKind | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || (bytes[1]! & 0xe0) !== 0xe0) return null;
  const layer = (bytes[1]! >> 1) & 0x03;
  if (layer === 0) return (bytes[1]! & 0xf0) === 0xf0 ? 'aac' : null;
  return 'mp3';
}

/**
 * What the bytes really are, from their magic numbers, or null when they are none of the kinds we
 * accept. The name's extension and the client's word are never consulted.
 */
export function sniffKind(bytes: Uint8Array): FileKind | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf';
  if (startsWith(bytes, ascii('ID3'))) return 'mp3';
  return isoKind(bytes) ?? mpegAudioKind(bytes);
}
