/**
 * A value made on its first use and kept for the instance's life (issue 18, cold start): a function
 * loads with only what every call needs, and builds the rest when a call first asks for it. A build
 * that fails fails every call that asks, as a bad setting at load would.
 */
export function onFirstUse<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}
