/**
 * The nesting depth of JSON text, by one scan without recursion. The twin hands an event to its
 * function worker through Node's IPC, which serialises recursively: a few thousand nested arrays
 * overflow the server's stack there and leave the worker's timer armed, so the twin refuses such
 * an event before it reaches a worker (wx-server-sdk itself refuses ~5,000 levels client-side,
 * as "对象出现了循环引用"). A function's own limit is far lower (REQUEST.TOO_DEEP, 32 levels).
 */
export const MAX_TWIN_EVENT_DEPTH = 1000;

export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

export function eventTooDeep(text: string): string | null {
  const depth = jsonDepth(text);
  return depth > MAX_TWIN_EVENT_DEPTH
    ? `the event nests ${depth} levels deep; the local cloud passes at most ${MAX_TWIN_EVENT_DEPTH} to a function`
    : null;
}
