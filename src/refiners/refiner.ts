/**
 * The refiner contract: a stage that takes the candidates so far and returns those it keeps
 * (plus any it derives), reporting every removal with a reason so nothing vanishes silently.
 */
import type { CalendarDate, ResolvedCandidate } from '../types.js';
import type { Tokens } from '../text/tokenize.js';
import type { CompiledGazetteer } from '../gazetteer/compile.js';

/** What a refiner knows of the document. */
export interface DocumentState {
  readonly text: string;
  readonly tokens: Tokens;
  readonly published: CalendarDate | null;
  readonly gazetteer: CompiledGazetteer;
  /** Folded word lists by name (`titles` included). */
  inLexicon(list: string, word: string): boolean;
}

/**
 * Records why a refiner removed a candidate. The reason may be a function, called only when
 * someone asks (`explain`), so `extract` never pays for building reason strings.
 */
export type Drop = (candidate: ResolvedCandidate, reason: string | (() => string)) => void;

/**
 * One refiner stage.
 *
 * @example
 * ```ts
 * const dropShort: Refiner = {
 *   name: 'drop-one-letter',
 *   why: 'one-letter spans are initials, not names',
 *   refine: (cands, _doc, drop) => cands.filter((c) => c.text.length > 1 || (drop(c, 'one letter'), false)),
 * };
 * ```
 */
export interface Refiner {
  name: string;
  /** One line: why this stage exists and why it stands where it stands. */
  why: string;
  refine(candidates: ResolvedCandidate[], doc: DocumentState, drop: Drop): ResolvedCandidate[];
}

/** Short description of a candidate for removal reasons. @internal */
export function describe(c: ResolvedCandidate): string {
  return `${c.source} ${c.type} ${JSON.stringify(c.text)} [${c.start},${c.end})`;
}
