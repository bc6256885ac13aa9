/**
 * Name rules (PERSON, ORG, PLACE), in the order they run. Order only breaks ties the
 * overlap policy cannot (equal span, priority and start): the earlier rule wins.
 */
import type { Rule } from '../../types.js';
import { titlePersonRule } from './title-person.js';
import { captionPersonRule } from './caption-person.js';
import { appositionPersonRule } from './apposition-person.js';
import { reportingVerbPersonRule } from './reporting-verb-person.js';
import { subjectVerbPersonRule } from './subject-verb-person.js';
import { biographyLeadPersonRule } from './biography-lead-person.js';
import { biographyVerbPersonRule, biographyNounPersonRule } from './biography-person.js';
import { kinPersonRule } from './kin-person.js';
import { fameRolePersonRule } from './fame-role-person.js';
import { membersOrgRule } from './members-org.js';
import { sentenceLeadPersonRule } from './sentence-lead-person.js';
import { quotedRolePersonRule } from './quoted-role-person.js';
import { creditRule } from './credit.js';
import { closingBylineRule } from './closing-byline.js';
import { personPairRule } from './person-pair.js';
import { mediaSourceRule } from './media-source.js';
import { datelineParenRule, datelineCommaRule } from './dateline.js';
import { orgDesignatorRule } from './org-designator.js';
import { definitionTypeRule } from './definition-type.js';
import { orgFinalRule } from './org-final.js';
import { placeDesignatorRule } from './place-designator.js';
import { placePrepositionRule } from './place-preposition.js';
import { placeListIntroRule } from './place-list-intro.js';
import { placeCompassRule } from './place-compass.js';
import { unknownCapitalizedRule } from './unknown-capitalized.js';

/**
 * Built-in name rules: context that names a person first (titles, captions, appositions,
 * speakers, the subjects of a biography), then credits and datelines, then designated organizations and places, then
 * the weakest evidence (a preposition of place, an unexplained capitalized word).
 *
 * @example
 * ```ts
 * import { createExtractor } from 'warta';
 * createExtractor({ builtins: false, rules: NAME_RULES }).extract('Gubernur Budi Sartono tiba di Zyrtal.');
 * // -> PERSON 'Budi Sartono', PLACE 'Zyrtal'
 * ```
 */
export const NAME_RULES: readonly Rule[] = [
  titlePersonRule,
  captionPersonRule,
  appositionPersonRule,
  reportingVerbPersonRule,
  subjectVerbPersonRule,
  biographyLeadPersonRule,
  biographyVerbPersonRule,
  biographyNounPersonRule,
  fameRolePersonRule,
  membersOrgRule,
  kinPersonRule,
  personPairRule,
  mediaSourceRule,
  sentenceLeadPersonRule,
  quotedRolePersonRule,
  creditRule,
  closingBylineRule,
  datelineParenRule,
  datelineCommaRule,
  orgDesignatorRule,
  definitionTypeRule,
  orgFinalRule,
  placeDesignatorRule,
  placeCompassRule,
  placePrepositionRule,
  placeListIntroRule,
  unknownCapitalizedRule, // last: a whole-text scan, the fallback when nothing else explains a capitalized word
];
