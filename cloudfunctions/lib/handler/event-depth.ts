/**
 * How deeply an event nests, measured without recursion: JSON.stringify, valibot and EJSON all
 * recurse, and a few thousand nested arrays overflow the stack before any schema can say no.
 */
export const MAX_EVENT_DEPTH = 32;

/** True when `value` nests objects or arrays more than `max` levels deep. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: { node: unknown; depth: number }[] = [{ node: value, depth: 0 }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, depth } = item;
    if (typeof node !== 'object' || node === null) continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(node)) stack.push({ node: child, depth: depth + 1 });
  }
  return false;
}
