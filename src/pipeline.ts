/**
 * The pipeline, declared in one place: matchers propose candidates, refiners decide them.
 * Each stage says why it stands where it stands. Adding a refiner is a file and a line here.
 */
import type { Refiner } from './refiners/refiner.js';
import { secondMentionRefiner } from './refiners/second-mention.js';
import { ambiguousRefiner } from './refiners/ambiguous.js';
import { overlapRefiner } from './refiners/overlap.js';
import { acronymRefiner } from './refiners/acronym.js';
import { consistencyRefiner } from './refiners/consistency.js';
import { orgSuffixRefiner } from './refiners/org-suffix.js';
import { orgChainRefiner } from './refiners/org-chain.js';
import { nameAgreementRefiner } from './refiners/name-agreement.js';
import { schoolNameRefiner } from './refiners/school-name.js';
import { localBranchRefiner } from './refiners/local-branch.js';
import { personOverBrandRefiner } from './refiners/person-over-brand.js';
import { companyShortFormRefiner } from './refiners/company-short-form.js';
import { vesselNameRefiner } from './refiners/vessel-name.js';

/** The matchers, in the order they run (documentation of `extractor.ts`'s two passes). */
export const MATCHERS = [
  { name: 'gazetteer', why: 'known names first, so rules can ask whether a word is a known place or organization' },
  { name: 'rules', why: 'built-in then user rules, each tried only at its trigger words (one token pass)' },
] as const;

/** The refiners, in order. */
export const REFINERS: readonly Refiner[] = [
  secondMentionRefiner, // needs every full mention, before anything is removed
  ambiguousRefiner, // needs rule spans as context, before overlaps remove them
  overlapRefiner, // the output is flat from here on
  orgSuffixRefiner, // `Zyrtal Inc.`, `Angkasa Zyrtal 2`: extends ORG spans over free text only, so it stays flat
  orgChainRefiner, // `Duma Negara` + `Majelis Federal …`: joins two neighbours, so it stays flat
  localBranchRefiner, // `General Motors` + `Indonesia`: joins two neighbours, so it stays flat
  nameAgreementRefiner, // `Zyrtans adalah grup musik … bersama Zyrtans`: retypes weak guesses only, so it stays flat
  companyShortFormRefiner, // `Zyrtal Energy … direktur Zyrtal`: retypes guesses only, so it stays flat
  personOverBrandRefiner, // `Ferdinand Zyrtal … Zyrtal juga mendesain`: retypes bare brand hits only, so it stays flat
  schoolNameRefiner, // `SMA Negeri` + `50` + `Jakarta`: joins a school's number and town, so it stays flat
  // The two document-level refiners read the flat result (a long form that lost an overlap
  // must not define an acronym) and add only spans that overlap nothing, so it stays flat.
  acronymRefiner, // `Long Form (ACR)` teaches every later `ACR`
  consistencyRefiner, // repeats and short forms of every name found so far, acronyms included
  vesselNameRefiner, // last: `kapal induk Shandong` is a ship, also where the consistency refiner repeated a place
];
