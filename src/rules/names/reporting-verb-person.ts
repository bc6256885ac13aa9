/**
 * Reporting verbs: after a quote or a comma, `kata`, `ujar`, `ungkap`, `jelas`, `tutur` … are
 * followed by the speaker's name (`"…," kata Budi.`).
 */
import { defineRule } from '../define.js';
import { SPACE_THEN_CAPITAL } from '../patterns.generated.js';
import { isNeverNameStart, phraseAt, precededBy, readPersonName, wordAt } from './scan.js';

/** Verbs that name the speaker wherever they stand (not also common words). */
const UNAMBIGUOUS = new Set(['ujar', 'tutur', 'imbuh', 'ucap', 'pungkas', 'tukas', 'kilah', 'ujarnya']);
const MAX_FOUR_WORDS = { maxWords: 4 };

/**
 * `"Kami siap," kata Budi Sartono.` → PERSON `Budi Sartono`.
 *
 * @example
 * ```ts
 * ruleMarkup(reportingVerbPersonRule, '"Kami siap," kata Budi.'); // -> '"Kami siap," kata [[PERSON|Budi]].'
 * ```
 */
export const reportingVerbPersonRule = defineRule({
  id: 'reporting-verb-person',
  description: 'A verb of saying after a quote or comma, then a capitalized name: the speaker.',
  triggers: { lexicon: 'reporting-verbs', anchor: 'end' },
  pattern: SPACE_THEN_CAPITAL,
  extract: (m, ctx) => {
    const trigger = ctx.trigger!;
    const verb = ctx.text.slice(trigger.start, trigger.end).toLowerCase();
    // `kata`, `jelas`, `tambah` are also common words: only after a quote or comma.
    if (!UNAMBIGUOUS.has(verb) && verb !== 'menurut' && !precededBy(ctx.text, trigger.start, ',"”’\'')) return [];
    const pos = m.index + m[0].length;
    const first = wordAt(ctx.text, pos);
    if (!first || ctx.titleAt(pos) > 0 || ctx.gazetteerAt(pos) || isNeverNameStart(ctx, first)) return [];
    if (phraseAt(ctx, 'org-framing-words', first) > 0) return [];
    const name = readPersonName(ctx, pos, MAX_FOUR_WORDS, first);
    return name ? [{ start: name.start, end: name.end, type: 'PERSON' }] : [];
  },
  examples: [
    '"Kami siap bekerja sama," kata [[PERSON|Budi Sartono]].',
    'Itu sudah diputuskan , ujar [[PERSON|Zyrtal]] di Jakarta .',
    '"Tidak ada masalah," tutur [[PERSON|Kwon Jong Bak]].',
    'Menurut [[PERSON|Budi]], kerja sama itu penting.',
  ],
  counterexamples: [
    'Kata Pengantar ditulis ulang.',
    'Hal itu jelas Indonesia sekali.',
    '"Kami siap," kata Presiden.',
    'Menurut Kementerian Zyrtal, angka itu naik.',
    '"Kami siap," ujar PKV.',
  ],
});
