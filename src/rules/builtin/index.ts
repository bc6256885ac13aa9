/**
 * The built-in rules, in the order they run. Order matters only for ties the overlap
 * policy cannot break (equal span, priority and start): the earlier rule's span wins.
 */
import type { Rule } from '../../types.js';

/** Built-in rules. */
export const BUILTIN_RULES: readonly Rule[] = [];
