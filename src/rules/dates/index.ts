/**
 * Date rules, in the order they run.
 */
import type { Rule } from '../../types.js';

/** Built-in date rules. */
export const DATE_RULES: readonly Rule[] = [];
