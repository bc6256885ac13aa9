/**
 * Calendar words of Indonesian news: month names (full, short and old spellings), weekday
 * names and parts of the day. One table feeds both the patterns (at codegen time) and the
 * rules' value lookup (at run time), so a spelling added here is matched and resolved.
 */

/**
 * Full month names (and old spellings) → month number. Safe in any case: none of them is
 * an ordinary Indonesian word.
 *
 * @example
 * ```ts
 * MONTH_FULL.nopember; // -> 11
 * ```
 */
export const MONTH_FULL: Readonly<Record<string, number>> = {
  januari: 1, februari: 2, pebruari: 2, febuari: 2, maret: 3, april: 4, mei: 5, juni: 6, juli: 7,
  agustus: 8, september: 9, oktober: 10, november: 11, nopember: 11, desember: 12,
};

/**
 * Short month names → month number. Matched only next to a day or a year (`5 Des 2024`,
 * `Agt 2025`): alone, `Jan` or `Des` is more often a name.
 *
 * @example
 * ```ts
 * MONTH_SHORT.agt; // -> 8
 * ```
 */
export const MONTH_SHORT: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, peb: 2, mar: 3, apr: 4, jun: 6, jul: 7, agt: 8, agu: 8, agus: 8, agust: 8, ags: 8,
  sep: 9, sept: 9, okt: 10, nov: 11, nop: 11, des: 12,
};

/**
 * Weekday names → ISO weekday (1 = Monday … 7 = Sunday).
 *
 * @example
 * ```ts
 * WEEKDAYS.kamis; // -> 4
 * ```
 */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, sabtu: 6, minggu: 7, ahad: 7,
};

/**
 * Parts of the day that may stand between a weekday and its parenthesized date
 * (`Kamis pagi (9 Oktober)`). Longest first.
 *
 * @example
 * ```ts
 * PARTS_OF_DAY.includes('dini hari'); // -> true
 * ```
 */
export const PARTS_OF_DAY: readonly string[] = [
  'tengah malam', 'tengah hari', 'dini hari', 'pagi', 'siang', 'sore', 'petang', 'malam', 'subuh',
];

/** Folds a matched calendar word for lookup: lower case, curly apostrophe straightened, final dot dropped. */
function key(word: string): string {
  return word.toLowerCase().replace(/[’ʼ]/g, "'").replace(/\.$/, '');
}

/**
 * Month number of a full or short month name in any case, or null.
 *
 * @example
 * ```ts
 * monthNumber('Agt.'); // -> 8
 * monthNumber('Pebruari'); // -> 2
 * monthNumber('Senin'); // -> null
 * ```
 */
export function monthNumber(word: string): number | null {
  const k = key(word);
  return MONTH_FULL[k] ?? MONTH_SHORT[k] ?? null;
}

/**
 * ISO weekday (1 = Monday … 7 = Sunday) of a weekday name, or null.
 *
 * @example
 * ```ts
 * weekdayNumber('Jum’at'); // -> 5
 * ```
 */
export function weekdayNumber(word: string): number | null {
  return WEEKDAYS[key(word)] ?? null;
}

/** Title Case and UPPER CASE forms of words (`senin` → `Senin`, `SENIN`). */
function cased(words: readonly string[], lower: boolean): string[] {
  const out: string[] = [];
  for (const w of words) {
    out.push(w[0]!.toUpperCase() + w.slice(1), w.toUpperCase());
    if (lower) out.push(w);
  }
  return out;
}

/**
 * Spellings the patterns accept. Full month names in Title, UPPER and lower case (`20
 * februari 2014`); short names in Title and UPPER case only; weekdays capitalized only,
 * because a lower-case `minggu` is the noun "week".
 *
 * @example
 * ```ts
 * MONTH_FORMS.full.includes('Desember'); // -> true
 * MONTH_FORMS.weekdays.includes('minggu'); // -> false
 * ```
 */
export const MONTH_FORMS = {
  full: cased(Object.keys(MONTH_FULL), true),
  short: cased(Object.keys(MONTH_SHORT), false),
  weekdays: [...cased(Object.keys(WEEKDAYS), false), 'Jum’at'],
} as const;

/**
 * Trigger words of the rules that start at a month name (any case; the pattern decides).
 *
 * @example
 * ```ts
 * MONTH_TRIGGERS.includes('agt'); // -> true
 * ```
 */
export const MONTH_TRIGGERS: readonly string[] = [...Object.keys(MONTH_FULL), ...Object.keys(MONTH_SHORT)];

/**
 * Trigger words of the rules that start at a weekday name.
 *
 * @example
 * ```ts
 * WEEKDAY_TRIGGERS.includes('sabtu'); // -> true
 * ```
 */
export const WEEKDAY_TRIGGERS: readonly string[] = Object.keys(WEEKDAYS);

/**
 * Every month and weekday spelling the patterns accept, for checks in code (the word before
 * a deictic word).
 *
 * @example
 * ```ts
 * CALENDAR_FORMS.has('Rabu'); // -> true
 * CALENDAR_FORMS.has('rabu'); // -> false
 * ```
 */
export const CALENDAR_FORMS: ReadonlySet<string> = new Set([...MONTH_FORMS.full, ...MONTH_FORMS.short, ...MONTH_FORMS.weekdays]);
