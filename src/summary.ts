import { CORE_KINDS, type Metric, type Summary } from './schema.js';
/** STUB */
export function summarize(_metrics: readonly Metric[]): Summary {
  return Object.fromEntries(CORE_KINDS.map((k) => [k, null])) as Summary;
}
