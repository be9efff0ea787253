// Word segmentation with nodejieba, loaded once and lazily: its dictionaries cost ~1.6 s and ~300 MB.
export interface Token { word: string; start: number; end: number; tag?: string }
export interface SegmentOptions { tags?: boolean }
export interface Keyword { word: string; weight: number }
/** STUB */
export function segment(_text: string, _options: SegmentOptions = {}): Token[] { return []; }
/** STUB */
export function keywords(_text: string, _n = 10): Keyword[] { return []; }
