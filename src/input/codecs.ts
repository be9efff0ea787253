// iconv-lite and chardet, loaded on first use: importing the library should not pay for decoders
// that only legacy-encoded files need.
import type * as Chardet from 'chardet';
import type Iconv from 'iconv-lite';

/** The decoding libraries, once loaded. */
export interface Codecs {
  iconv: typeof Iconv;
  analyse: typeof Chardet.analyse;
}

let loaded: Codecs | null = null;
let loading: Promise<Codecs> | null = null;

/**
 * Loads iconv-lite and chardet (once); everything in ./encoding.ts runs after this.
 *
 * @example
 * const { iconv } = await loadCodecs();
 */
export function loadCodecs(): Promise<Codecs> {
  loading ??= Promise.all([import('iconv-lite'), import('chardet')]).then(([i, c]) => {
    // CommonJS packages arrive as a default export under ESM, as themselves under a bundler.
    const iconv = ((i as { default?: typeof Iconv }).default ?? i) as typeof Iconv;
    const analyse = (c as typeof Chardet).analyse ?? (c as unknown as { default: typeof Chardet }).default.analyse;
    return (loaded = { iconv, analyse });
  });
  return loading;
}

/** The loaded codecs; a programming error to call before `loadCodecs()` has resolved. */
export function codecs(): Codecs {
  if (!loaded) throw new Error('internal: codecs used before loadCodecs()');
  return loaded;
}
