/**
 * The shape every translation of a catalog must have: the Simplified Chinese catalog with its
 * literal strings widened to `string`, its template functions kept with the same parameters.
 */
export type Catalog<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends readonly (infer E)[]
      ? readonly Catalog<E>[]
      : { readonly [K in keyof T]: Catalog<T[K]> };
