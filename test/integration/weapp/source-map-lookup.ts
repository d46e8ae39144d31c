/**
 * Just enough of the source map v3 format to say which source a position of generated code came
 * from: base64 VLQ decoding of `mappings`, and (for the tests that plant code) encoding again.
 */
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

export interface RawSourceMap {
  sources: string[];
  mappings: string;
  [key: string]: unknown;
}

/** One segment: generated column, then (when mapped) source index, line, column, name index. */
export type Segment = number[];

function decodeValues(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = DIGIT.get(c);
    if (digit === undefined) throw new Error(`bad VLQ character ${c}`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeValue(n: number): string {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += BASE64[digit];
  } while (v > 0);
  return out;
}

/** Absolute segments per generated line (the format stores deltas). */
export function decodeMappings(mappings: string): Segment[][] {
  const state = [0, 0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    state[0] = 0;
    if (line === '') return [];
    return line.split(',').map((text) => {
      const deltas = decodeValues(text);
      return deltas.map((d, i) => (state[i] = (state[i] ?? 0) + d));
    });
  });
}

export function encodeMappings(lines: Segment[][]): string {
  const state = [0, 0, 0, 0, 0];
  return lines
    .map((segments) => {
      state[0] = 0;
      return segments
        .map((segment) =>
          segment
            .map((v, i) => {
              const delta = v - (state[i] ?? 0);
              state[i] = v;
              return encodeValue(delta);
            })
            .join(''),
        )
        .join(',');
    })
    .join(';');
}

/** The source a generated position came from: the last mapped segment at or before it, on its line. */
export function sourceAt(lines: Segment[][], sources: string[], line: number, column: number): string | null {
  const segments = lines[line] ?? [];
  let lo = 0;
  let hi = segments.length - 1;
  let found: Segment | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const segment = segments[mid] as Segment;
    if ((segment[0] as number) <= column) {
      found = segment;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (!found || found.length < 4) return null;
  return sources[found[1] as number] ?? null;
}
