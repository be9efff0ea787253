// Normalisation: Traditional → Simplified, full-width → half-width, a few punctuation marks folded.
// Every step maps one UTF-16 unit to one, so an offset in the normalised text is the same offset in
// the source. Should a converter ever change the length, we fall back to a per-character map.
import { sify } from 'chinese-conv';
import type { Script } from './schema.js';

/** The normalised text with the way back to the source. */
export interface Normalized {
  /** Simplified, half-width text that rules match on. */
  text: string;
  /** The text as it was given. */
  source: string;
  /** Maps an offset in `text` to the offset in `source`. */
  toSource(offset: number): number;
  /** The script of the source. */
  script: Script;
}

// Full-width ASCII (！ to ～) → ASCII; ideographic space → space. 〇, 。, 、 and quotes stay: they carry meaning.
function foldWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e\u3000\u00a0]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x3000 || code === 0xa0) return ' ';
    return String.fromCharCode(code - 0xfee0);
  });
}

// Converts character by character when the whole-string conversion changed the length.
function sifyMapped(source: string): { text: string; map: Int32Array | null } {
  const whole = sify(source);
  if (whole.length === source.length) return { text: whole, map: null };
  const map = new Int32Array(source.length * 2 + 1);
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = sify(source[i]!);
    for (let k = 0; k < c.length; k++) map[out.length + k] = i;
    out += c;
  }
  map[out.length] = source.length;
  return { text: out, map: map.subarray(0, out.length + 1) };
}

/**
 * Normalises report text to Simplified Chinese with half-width digits and punctuation, keeping offsets.
 *
 * @example
 * const n = normalize('聯合督查３０餘次');
 * n.text;          // '联合督查30余次'
 * n.toSource(4);   // 4: the same offset in the source
 * n.script;        // 'traditional'
 */
export function normalize(source: string): Normalized {
  const { text: simplified, map } = sifyMapped(source);
  const text = foldWidth(simplified);
  const script = detectScript(source, simplified, map);
  return {
    text,
    source,
    script,
    toSource: map ? (o) => map[Math.max(0, Math.min(o, map.length - 1))]! : (o) => o,
  };
}

// A Han character the converter changed is Traditional. Simplified-only characters are those whose
// Traditional form differs; we avoid calling `tify` on the whole text by checking a short list of
// frequent ones. Texts with both in quantity are `mixed`.
const SIMPLIFIED_ONLY = /[这们会为发说时过对经还进个国学与业东样关问开动现实两间员单区门书长见场设务种导检查处规执罚诉讼复议报总结济应论]/g;

function detectScript(source: string, simplified: string, map: Int32Array | null): Script {
  let traditional = 0;
  if (!map) {
    for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) !== simplified.charCodeAt(i)) traditional++;
  } else {
    traditional = 1;
  }
  const simplifiedOnly = source.match(SIMPLIFIED_ONLY)?.length ?? 0;
  if (traditional === 0) return 'simplified';
  if (simplifiedOnly === 0) return 'traditional';
  const share = traditional / (traditional + simplifiedOnly);
  if (share > 0.9) return 'traditional';
  if (share < 0.1) return 'simplified';
  return 'mixed';
}
