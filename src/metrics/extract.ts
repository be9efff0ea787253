import type { Normalized } from '../normalize.js';
import type { Range } from '../outline/index.js';
import type { Heading, Metric } from '../schema.js';
export interface ExtractContext { chrome: readonly Range[]; headings: readonly Heading[]; year: number | null }
/** STUB */
export function extractFromNormalized(_n: Normalized, _ctx: ExtractContext): Metric[] { return []; }
