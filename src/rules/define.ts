/**
 * The rule model shared by built-in and user rules.
 */
import { ENTITY_TYPES, type Rule, type RuleSpec } from '../types.js';
import { WartaInputError } from '../gazetteer/validate.js';

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(id: string, message: string): never {
  throw new WartaInputError(`warta: rule ${JSON.stringify(id)}: ${message}`);
}

/**
 * Validates and freezes a rule. Throws `WartaInputError` naming the rule and the field.
 *
 * A rule has a `pattern` and either `emit` (named groups → types) or `extract` (code that
 * turns a match into candidates). With `triggers`, the pattern is tried only where a trigger
 * word or lexicon phrase occurs (the fast path); without, it scans the whole text.
 *
 * @example
 * ```ts
 * import { defineRule } from 'warta';
 * const kotaPlace = defineRule({
 *   id: 'kota-place',
 *   triggers: { words: ['Kota'] },
 *   pattern: /Kota\s+\p{Lu}\p{Ll}+/uy,
 *   emit: { $0: 'PLACE' },
 *   examples: ['Ia tiba di [[PLACE|Kota Zyrtal]].'],
 *   counterexamples: ['Ia tiba di kota itu.'],
 * });
 * ```
 */
// Calls only validate and freeze: bundlers may drop rules nobody uses.
/* @__NO_SIDE_EFFECTS__ */
export function defineRule(spec: RuleSpec): Rule {
  if (typeof spec !== 'object' || spec === null) throw new WartaInputError(`warta: defineRule expects an object, found ${JSON.stringify(spec)}`);
  const id = spec.id;
  if (typeof id !== 'string' || !RULE_ID.test(id)) fail(String(id), '"id" must be a kebab-case string (e.g. "title-person")');
  if (!(spec.pattern instanceof RegExp)) fail(id, `"pattern" must be a RegExp, found ${typeof spec.pattern}`);
  if (spec.emit === undefined && spec.extract === undefined) fail(id, 'needs "emit" (named groups → types) or "extract" (a function)');
  if (spec.extract !== undefined && typeof spec.extract !== 'function') fail(id, '"extract" must be a function');
  if (spec.emit !== undefined) {
    if (typeof spec.emit !== 'object' || spec.emit === null) fail(id, '"emit" must map group names to entity types');
    for (const [group, type] of Object.entries(spec.emit)) {
      if (!ENTITY_TYPES.includes(type)) fail(id, `"emit.${group}" must be one of ${ENTITY_TYPES.join(', ')}, found ${JSON.stringify(type)}`);
      if (group !== '$0' && !new RegExp(`\\(\\?<${group}>`).test(spec.pattern.source)) fail(id, `"emit.${group}" names a group the pattern does not have`);
    }
  }
  if (spec.priority !== undefined && !Number.isFinite(spec.priority)) fail(id, `"priority" must be a number, found ${JSON.stringify(spec.priority)}`);
  if (spec.triggers !== undefined) {
    const t = spec.triggers;
    if (typeof t !== 'object' || t === null) fail(id, '"triggers" must be an object { words?, lexicon?, anchor? }');
    if (t.words === undefined && t.lexicon === undefined) fail(id, '"triggers" needs "words" or "lexicon"');
    if (t.words !== undefined && (!Array.isArray(t.words) || t.words.some((w) => typeof w !== 'string' || w.trim() === ''))) fail(id, '"triggers.words" must be an array of non-empty strings');
    if (t.lexicon !== undefined && typeof t.lexicon !== 'string') fail(id, '"triggers.lexicon" must be a list name');
    if (t.anchor !== undefined && t.anchor !== 'start' && t.anchor !== 'end') fail(id, `"triggers.anchor" must be "start" or "end", found ${JSON.stringify(t.anchor)}`);
  }
  for (const field of ['examples', 'counterexamples'] as const) {
    const list = spec[field];
    if (list !== undefined && (!Array.isArray(list) || list.some((s) => typeof s !== 'string' && (typeof s !== 'object' || s === null || typeof s.markup !== 'string')))) {
      fail(id, `"${field}" must be an array of markup strings or { markup, published } objects`);
    }
  }
  return Object.freeze({ ...spec, priority: spec.priority ?? 0, __warta_rule: true as const });
}

/** True for a value made by `defineRule`. @internal */
export function isRule(value: unknown): value is Rule {
  return typeof value === 'object' && value !== null && (value as Rule).__warta_rule === true;
}
