/** The part of opencc-js (1.0.5, no typings of its own) the build scripts use. */
declare module 'opencc-js' {
  type Variant = 'cn' | 'tw' | 'twp' | 'hk' | 'jp' | 't';
  export function Converter(options: { from: Variant; to: Variant }): (text: string) => string;
}
