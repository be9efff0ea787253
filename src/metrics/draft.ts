import type { Qualifier, Role, Unit } from '../schema.js';
import type { Span } from './context.js';

/** A metric before refiners fill in role, year and section. Offsets are into the normalised text. */
export interface Draft {
  kind: string;
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  role: Role;
  start: number;
  end: number;
  /** Where the figure itself stands (for negations, where the negated word stands). */
  at: number;
  rule: string;
  negated: boolean;
  /** The sentence it stands in; drafts of one sentence share its `start`. */
  sentence: Span;
  /** The unit of the figure as written, used to carry a kind into a `其中` clause. */
  figureUnit: Unit | null;
  /** Where the figure with its measure word ends (absent for negations). */
  qEnd?: number;
  /** Parallel parts of one whole share a group number (../refiners/parts.ts). */
  group?: number;
}
