/**
 * The built-in rules, in the order they run. Order matters only for ties the overlap
 * policy cannot break (equal span, priority and start): the earlier rule's span wins.
 */
import type { Rule } from '../../types.js';
import { NAME_RULES } from '../names/index.js';
import { DATE_RULES } from '../dates/index.js';

/** Built-in rules: names, then dates. */
// Marked pure (a spread is not): bundlers drop the rules when nothing uses them.
export const BUILTIN_RULES: readonly Rule[] = /* @__PURE__ */ (() => [...NAME_RULES, ...DATE_RULES])();
