/**
 * warta — named entities (PERSON, ORG, PLACE, DATE) in Indonesian-language news.
 *
 * @example
 * ```ts
 * import { extract } from 'warta';
 * extract('Sekjen To Lam bertemu Presiden Rusia Vladimir Putin pada Jumat (9/5).', { published: '2025-05-12' });
 * ```
 * @packageDocumentation
 */
export { extract, explain, createExtractor, parsePublished } from './extractor.js';
export { defineRule } from './rules/define.js';
export { validateGazetteer, validateLexicon, WartaInputError } from './gazetteer/validate.js';
export { parseMarkup, toMarkup, type MarkupSpan } from './markup.js';
export { fold } from './text/fold.js';
export { ENTITY_TYPES } from './types.js';
export type {
  Entity, EntityType, Candidate, ResolvedCandidate, CalendarDate, RuleContext, RuleSpec, Rule,
  RuleTriggers, TriggerAnchor, RuleExample, GazetteerEntry, GazetteerFile, GazetteerType, LexiconFile, Office,
  ExtractOptions, ExtractorOptions, Extractor, Explanation, Removal,
} from './types.js';
export { score, createScorer, ratios, normalizeDateValue, formatScoreTable, formatScoreError, type Score, type ScoreOptions, type ScoreSpan, type ScoreError, type Scorer, type GoldDocument, type PredictedDocument, type MatchCounts, type TypeScore, type DateValueScore } from './eval/score.js';
