declare module 'miniprogram-compiler' {
  export function wxmlToJs(rootPath: string, options?: { maxBuffer?: number; wxmlList?: string[] }): string;
}
declare module 'miniprogram-compiler/src/wcsc' {
  function wcsc(rootPath: string, files: string[], options?: { maxBuffer?: number }): Record<string, string> | Error;
  export = wcsc;
}
