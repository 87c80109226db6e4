// Types of first-load.mjs, for the tests that measure with it.

export interface FirstLoadSizes {
  /** Files a page loads at start. */
  files: number;
  minified: number;
  brotli: number;
  gzip: number;
}

export declare function brotli(code: Uint8Array | string): number;
export declare function gzip(code: Uint8Array | string): number;
export declare function sizesOf(contents: readonly Uint8Array[]): FirstLoadSizes;
export declare function appFirstLoad(
  code: string,
  options?: { resolveDir?: string; tsconfig?: string },
): Promise<FirstLoadSizes & { inputs: string[] }>;
export declare function staticClosure(file: string, seen?: Set<string>): Set<string>;
export declare function scriptFirstLoad(file: string): FirstLoadSizes;
