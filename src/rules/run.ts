/**
 * Runs rules over a document. Triggered rules are tried (sticky) only at the positions
 * where one of their trigger phrases occurs, found in the same single token pass; the
 * others scan the text once each.
 */
import type { Candidate, EntityType, ResolvedCandidate, Rule, RuleContext } from '../types.js';
import { PhraseTrie, type TrieBranch } from '../text/phrase-trie.js';
import type { Tokens } from '../text/tokenize.js';
import { WartaInputError } from '../gazetteer/validate.js';

interface CompiledRule {
  rule: Rule;
  /** Built on first use (`regexOf`): a rule that never fires in a text never compiles. */
  regex: RegExp | null;
  /** The flags `regex` gets: sticky for triggered rules, global for scanning ones. */
  flags: string;
  /** `rule:<id>`, built once. */
  source: string;
  /** `emit` as pairs, built once. */
  emit: ReadonlyArray<readonly [string, EntityType]>;
}

/** What a trigger phrase points to: a rule, tried at the phrase's start or end. */
export interface TriggerTarget {
  rule: number;
  anchorEnd: boolean;
}

/** Rules compiled for one extractor. */
export interface CompiledRules {
  readonly rules: readonly CompiledRule[];
  readonly triggers: PhraseTrie<TriggerTarget>;
  readonly scanning: readonly number[];
}

function withFlags(regex: RegExp, add: string, remove: string): string {
  let flags = regex.flags;
  for (const f of remove) flags = flags.replace(f, '');
  for (const f of add) if (!flags.includes(f)) flags += f;
  return flags;
}

/** The rule's own regex with its run flags, built on first use. */
function regexOf(cr: CompiledRule): RegExp {
  return (cr.regex ??= new RegExp(cr.rule.pattern.source, cr.flags));
}

/**
 * Compiles rules: sticky regexes for triggered rules, global ones for scanning rules, and
 * one trie of every trigger phrase. `lexicon(name)` returns the phrases of a named list.
 * @internal
 */
export function compileRules(rules: readonly Rule[], lexicon: (name: string) => readonly string[] | undefined): CompiledRules {
  const compiled: CompiledRule[] = [];
  const triggers = new PhraseTrie<TriggerTarget>();
  const scanning: number[] = [];
  const ids = new Set<string>();
  rules.forEach((rule, index) => {
    if (ids.has(rule.id)) throw new WartaInputError(`warta: rule ${JSON.stringify(rule.id)}: two rules have this id`);
    ids.add(rule.id);
    const indices = rule.emit ? 'd' : '';
    if (rule.triggers) {
      compiled.push({ rule, regex: null, flags: withFlags(rule.pattern, 'y' + indices, 'g'), source: `rule:${rule.id}`, emit: Object.entries(rule.emit ?? {}) });
      const anchorEnd = rule.triggers.anchor === 'end';
      const phrases = [...(rule.triggers.words ?? [])];
      if (rule.triggers.lexicon !== undefined) {
        const list = lexicon(rule.triggers.lexicon);
        if (list === undefined) throw new WartaInputError(`warta: rule ${JSON.stringify(rule.id)}: "triggers.lexicon" names an unknown list ${JSON.stringify(rule.triggers.lexicon)}`);
        phrases.push(...list);
      }
      for (const phrase of new Set(phrases)) triggers.add(phrase, { rule: index, anchorEnd });
    } else {
      compiled.push({ rule, regex: null, flags: withFlags(rule.pattern, 'g' + indices, 'y'), source: `rule:${rule.id}`, emit: Object.entries(rule.emit ?? {}) });
      scanning.push(index);
    }
  });
  return { rules: compiled, triggers, scanning };
}

const NONE: readonly ResolvedCandidate[] = Object.freeze([]);

/** A rule's candidates from one match (emit groups, or its extract function). */
function candidatesOf(compiled: CompiledRule, match: RegExpExecArray, ctx: RuleContext, text: string): readonly ResolvedCandidate[] {
  const { rule } = compiled;
  let raw: readonly Candidate[] | null | undefined = NONE;
  if (rule.extract) {
    raw = rule.extract(match, ctx);
    if (!raw || raw.length === 0) return NONE;
  } else if (rule.emit) {
    raw = [];
    for (const [group, type] of compiled.emit) {
      const span: readonly [number, number] | undefined = group === '$0' ? [match.index, match.index + match[0].length] : match.indices?.groups?.[group];
      if (span && span[1] > span[0]) (raw as Candidate[]).push({ start: span[0], end: span[1], type });
    }
  }
  const out: ResolvedCandidate[] = [];
  for (const c of raw) {
    if (!Number.isInteger(c.start) || !Number.isInteger(c.end) || c.start < 0 || c.end > text.length || c.end <= c.start) {
      throw new WartaInputError(`warta: rule ${JSON.stringify(rule.id)}: extract returned a span outside the text: ${JSON.stringify(c)}`);
    }
    // One object shape for every candidate keeps the refiners' property accesses monomorphic.
    out.push({
      start: c.start, end: c.end, type: c.type, text: text.slice(c.start, c.end),
      source: c.source ?? compiled.source, priority: c.priority ?? rule.priority,
      id: c.id, value: c.value, flags: c.flags,
    });
  }
  return out;
}

/**
 * Runs every rule; returns their candidates in discovery order. `branches`, when given, holds
 * each token's `compiled.triggers.branch(key)` (looked up by the caller).
 * @internal
 */
export function runRules(
  compiled: CompiledRules,
  text: string,
  tokens: Tokens,
  context: Omit<RuleContext, 'trigger'>,
  branches?: ReadonlyArray<TrieBranch<TriggerTarget> | null>,
): ResolvedCandidate[] {
  // One context object per document; only `trigger` changes between matches.
  const ctx = { ...context, trigger: null } as { -readonly [K in keyof RuleContext]: RuleContext[K] };
  const out: ResolvedCandidate[] = [];
  const { triggers, rules } = compiled;
  // Per rule: the longest trigger phrase at the current token, and the last position tried
  // (a trigger phrase inside a longer one already tried is not tried again).
  const longest = new Int32Array(rules.length).fill(-1);
  const lastTried = new Float64Array(rules.length).fill(-1);
  const touched: number[] = [];
  const record = (last: number, target: TriggerTarget): void => {
    if (longest[target.rule] === -1) touched.push(target.rule);
    if (last > longest[target.rule]!) longest[target.rule] = last;
  };
  for (let i = 0; i < tokens.count; i++) {
    if (branches) {
      const branch = branches[i];
      if (!branch) continue;
      triggers.matchFrom(branch, tokens, i, record);
    } else {
      if (!triggers.starts(tokens.keys[i]!)) continue;
      triggers.matchAt(tokens, i, record);
    }
    for (const ruleIndex of touched) {
      const last = longest[ruleIndex]!;
      longest[ruleIndex] = -1;
      const cr = rules[ruleIndex]!;
      const pos = cr.rule.triggers?.anchor === 'end' ? tokens.ends[last]! : tokens.starts[i]!;
      if (pos <= lastTried[ruleIndex]!) continue;
      lastTried[ruleIndex] = pos;
      const regex = regexOf(cr);
      regex.lastIndex = pos;
      const m = regex.exec(text);
      if (m) {
        ctx.trigger = { start: tokens.starts[i]!, end: tokens.ends[last]! };
        for (const c of candidatesOf(cr, m, ctx, text)) out.push(c);
      }
    }
    touched.length = 0;
  }
  for (const index of compiled.scanning) {
    const cr = rules[index]!;
    const regex = regexOf(cr);
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(text)) !== null) {
      if (m[0].length === 0) regex.lastIndex++;
      ctx.trigger = null;
      for (const c of candidatesOf(cr, m, ctx, text)) out.push(c);
    }
  }
  return out;
}
