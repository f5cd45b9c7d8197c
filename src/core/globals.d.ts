/**
 * The few runtime APIs core may use besides ECMAScript: WHATWG standards that the page, the
 * worker and Node all provide. Declared here, narrowly, because core is checked without the DOM
 * library (src/core/tsconfig.json); anything else browser-only fails the typecheck.
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

declare class TextEncoder {
  encode(input?: string): Uint8Array;
}

declare class URL {
  constructor(url: string, base?: string);
  readonly hostname: string;
  readonly pathname: string;
  readonly href: string;
}
