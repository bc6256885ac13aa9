/**
 * Name rules (PERSON, ORG, PLACE), in the order they run.
 */
import type { Rule } from '../../types.js';

/** Built-in name rules. */
export const NAME_RULES: readonly Rule[] = [];
