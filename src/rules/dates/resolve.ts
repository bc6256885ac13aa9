/**
 * Resolution policy of the date rules (see README.md in this folder): how a partial date
 * gets its missing parts from the publication date, how words like `lalu` or `akan` point
 * it to the past or the future, and how values are written (TIMEX3-style ISO strings).
 */
import type { CalendarDate } from '../../types.js';
import { DATE_DIRECTION_WORD } from '../patterns.generated.js';

/** Which way a phrase or its clause points in time. */
export type Direction = 'past' | 'future' | null;

const DAY_MS = 86_400_000;

function utc(d: CalendarDate): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

function fromUtc(ms: number): CalendarDate {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/**
 * True when year-month-day is a real calendar date (29 February only in leap years).
 *
 * @example
 * ```ts
 * isValidDate(2024, 2, 29); // -> true
 * isValidDate(2025, 2, 29); // -> false
 * ```
 */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * ISO weekday (1 = Monday … 7 = Sunday) of a date.
 *
 * @example
 * ```ts
 * isoWeekday({ year: 2026, month: 1, day: 26 }); // -> 1 (Senin)
 * ```
 */
export function isoWeekday(d: CalendarDate): number {
  return ((new Date(utc(d)).getUTCDay() + 6) % 7) + 1;
}

/**
 * The date `n` days after `d` (before, for negative `n`).
 *
 * @example
 * ```ts
 * addDays({ year: 2025, month: 1, day: 1 }, -1); // -> { year: 2024, month: 12, day: 31 }
 * ```
 */
export function addDays(d: CalendarDate, n: number): CalendarDate {
  return fromUtc(utc(d) + n * DAY_MS);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Writes a date with unknown parts as `X` (TIMEX3): `2026-01-26`, `XXXX-01-26`, `2025-05`.
 * A null day leaves the day out; a null month leaves month and day out.
 *
 * @example
 * ```ts
 * formatDate(null, 1, 26); // -> 'XXXX-01-26'
 * formatDate(2025, 5, null); // -> '2025-05'
 * ```
 */
export function formatDate(year: number | null, month: number | null, day: number | null): string {
  const y = year === null ? 'XXXX' : pad(year, 4);
  if (month === null) return y;
  const m = `${y}-${pad(month)}`;
  return day === null ? m : `${m}-${pad(day)}`;
}

/**
 * ISO week (`2025-W50`) of a date.
 *
 * @example
 * ```ts
 * isoWeek({ year: 2025, month: 12, day: 10 }); // -> '2025-W50'
 * isoWeek({ year: 2021, month: 1, day: 1 }); // -> '2020-W53'
 * ```
 */
export function isoWeek(d: CalendarDate): string {
  // The ISO week belongs to the year of its Thursday.
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const week = Math.floor((utc(thursday) - utc(jan1)) / DAY_MS / 7) + 1;
  return `${thursday.year}-W${pad(week)}`;
}

/**
 * Expands a two-digit year: up to ten years after the published year (or 2000-2049 without
 * one) is 20xx, otherwise 19xx.
 *
 * @example
 * ```ts
 * expandYear(24, { year: 2025, month: 1, day: 1 }); // -> 2024
 * expandYear(98, null); // -> 1998
 * ```
 */
export function expandYear(yy: number, published: CalendarDate | null): number {
  const limit = published ? (published.year % 100) + 10 : 49;
  return yy <= limit ? 2000 + yy : 1900 + yy;
}

const PHRASE_WORD = /\s*(lalu|silam|kemarin|mendatang|depan|nanti|besok|lusa|ini)(?![\p{L}])/uy;

/** The direction word right after the phrase (`Juni lalu` → `lalu`), or null. */
function ownWord(text: string, end: number): string | null {
  PHRASE_WORD.lastIndex = end;
  const m = PHRASE_WORD.exec(text);
  return m === null ? null : m[1]!;
}

function wordDirection(w: string | null): Direction {
  return w === null || w === 'ini' ? null : w === 'lalu' || w === 'silam' || w === 'kemarin' ? 'past' : 'future';
}

/**
 * The direction a word right after the phrase gives (`Juni lalu`, `Jumat mendatang`), or
 * null. `ini` gives null: it points at the nearest, which is the default.
 *
 * @example
 * ```ts
 * phraseDirection('pada Juni lalu.', 9); // -> 'past'
 * ```
 */
export function phraseDirection(text: string, end: number): Direction {
  return wordDirection(ownWord(text, end));
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** True when the character at `i` ends a clause: `.!?;` or a line break; a dot between digits (13.25) does not. */
function endsClause(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x2e) return !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)));
  return c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a;
}

/** A direction, and whether the phrase's own word decided it. */
export interface DirectionOf {
  readonly direction: Direction;
  readonly strict: boolean;
}

const NO_DIRECTION: DirectionOf = Object.freeze({ direction: null, strict: false });
const PAST: DirectionOf = Object.freeze({ direction: 'past', strict: false });
const FUTURE: DirectionOf = Object.freeze({ direction: 'future', strict: false });

/**
 * Direction of a date phrase: the word right after it (`Juni lalu`), else the nearest past
 * word (`lalu`, `kemarin`, `tadi`, `silam`) or future word (`mendatang`, `depan`, `nanti`,
 * `akan`, `besok`) in its clause (between `.!?;` or a line break, at most 100 characters each
 * side; a tie goes to the past), else null. `strict` is true when the phrase's own word
 * decided (a weekday then excludes the published day itself: `Senin lalu` on a Monday is a
 * week back; `nanti` is not strict).
 *
 * @example
 * ```ts
 * directionOf('Ia akan tiba 28 Desember.', 13, 24); // -> { direction: 'future', strict: false }
 * ```
 */
export function directionOf(text: string, start: number, end: number): DirectionOf {
  const own = ownWord(text, end);
  // `nanti` ("later") may still be today: `Senin nanti` on a Monday is that Monday.
  if (own !== null && own !== 'ini') return { direction: wordDirection(own), strict: own !== 'nanti' };
  let a = start;
  const minA = Math.max(0, start - 100);
  while (a > minA && !endsClause(text, a - 1)) a--;
  let b = end;
  const maxB = Math.min(text.length, end + 100);
  while (b < maxB && !endsClause(text, b)) b++;
  // One scan of the clause only (a slice: an unbounded search would run on through the
  // document); group 1 is a past word, else a future word.
  const clause = text.slice(a, b);
  const from = start - a;
  const to = end - a;
  const re = DATE_DIRECTION_WORD;
  re.lastIndex = 0;
  let best: Direction = null;
  let bestDistance = Infinity;
  let m: RegExpExecArray | null;
  while ((m = re.exec(clause)) !== null) {
    if (m.index >= from && m.index < to) continue; // inside the phrase itself
    const distance = m.index < from ? from - m.index : m.index - to;
    const past = m[1] !== undefined;
    if (distance < bestDistance || (distance === bestDistance && past)) { bestDistance = distance; best = past ? 'past' : 'future'; }
  }
  return best === null ? NO_DIRECTION : best === 'past' ? PAST : FUTURE;
}

/**
 * `directionOf`, only when it can change the value: a date that already has its year, or a
 * document without a published date, needs no direction (and skips the clause scan).
 *
 * @example
 * ```ts
 * directionIfNeeded({ text: 'Ia akan tiba 28 Desember.', published: null }, 13, 24, true); // -> { direction: null, strict: false }
 * ```
 */
export function directionIfNeeded(ctx: { text: string; published: CalendarDate | null }, start: number, end: number, needed: boolean): DirectionOf {
  return needed && ctx.published ? directionOf(ctx.text, start, end) : NO_DIRECTION;
}

/** A resolved value, with flags such as `weekday-conflict`. */
export interface Resolved {
  value: string;
  flags?: string[];
}

function nearest(candidates: CalendarDate[], published: CalendarDate, direction: Direction, strict: boolean): CalendarDate {
  const p = utc(published);
  let pool = candidates;
  if (direction) {
    const keep = candidates.filter((c) => {
      const t = utc(c);
      return direction === 'past' ? (strict ? t < p : t <= p) : (strict ? t > p : t >= p);
    });
    if (keep.length) pool = keep;
  }
  // Nearest first; on a tie, the past (news reports what happened).
  return [...pool].sort((a, b) => Math.abs(utc(a) - p) - Math.abs(utc(b) - p) || utc(a) - utc(b))[0]!;
}

/**
 * Resolves a day and month with an optional year and weekday.
 *
 * With a year: that date; a weekday that contradicts it adds the flag `weekday-conflict`.
 * Without a year and with `published`: the year (published year ±1; ±4 for 29 February)
 * whose date matches the weekday, then lies in the phrase's direction, then is nearest to
 * the published date. Without `published`: `XXXX-MM-DD`. Returns null for an impossible
 * day or month (`31/2`, `13/13`).
 *
 * @example
 * ```ts
 * resolveDate(28, 12, null, { published: { year: 2026, month: 1, day: 3 } }); // -> { value: '2025-12-28' }
 * resolveDate(26, 1, 2026, { published: null, weekday: 2 }); // -> { value: '2026-01-26', flags: ['weekday-conflict'] }
 * ```
 */
export function resolveDate(
  day: number, month: number, year: number | null,
  opts: { published: CalendarDate | null; weekday?: number | null; direction?: Direction; strict?: boolean },
): Resolved | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const conflict = (d: CalendarDate): Resolved => {
    const value = formatDate(d.year, d.month, d.day);
    return opts.weekday && isoWeekday(d) !== opts.weekday ? { value, flags: ['weekday-conflict'] } : { value };
  };
  if (year !== null) {
    if (!isValidDate(year, month, day)) return null;
    return conflict({ year, month, day });
  }
  if (!isValidDate(2000, month, day)) return null; // not a date in any year (2000 is a leap year)
  const published = opts.published;
  if (!published) return { value: formatDate(null, month, day) };
  let candidates: CalendarDate[] = [];
  for (const span of [1, 4]) {
    for (let y = published.year - span; y <= published.year + span; y++) if (isValidDate(y, month, day)) candidates.push({ year: y, month, day });
    if (candidates.length) break;
  }
  if (opts.weekday) {
    const near = candidates.filter((c) => Math.abs(c.year - published.year) <= 1 && isoWeekday(c) === opts.weekday);
    if (near.length) candidates = near;
  }
  return conflict(nearest(candidates, published, opts.direction ?? null, opts.strict ?? false));
}

/**
 * Resolves a month with an optional year: the month of the published year ±1 in the
 * phrase's direction, nearest to the published month. `Juni lalu` → last June.
 *
 * @example
 * ```ts
 * resolveMonth(12, null, { published: { year: 2026, month: 1, day: 3 } }); // -> '2025-12'
 * resolveMonth(6, null, { published: null }); // -> 'XXXX-06'
 * ```
 */
export function resolveMonth(month: number, year: number | null, opts: { published: CalendarDate | null; direction?: Direction }): string {
  if (year !== null) return formatDate(year, month, null);
  const published = opts.published;
  if (!published) return formatDate(null, month, null);
  const candidates = [-1, 0, 1].map((k) => ({ year: published.year + k, month, day: 1 }));
  const p = { ...published, day: 1 };
  const d = nearest(candidates, p, opts.direction ?? null, false);
  return formatDate(d.year, month, null);
}

/**
 * Resolves a weekday alone: the nearest such day, in the past (the published day itself
 * included) unless the phrase points forward. A strict direction (`Senin lalu`,
 * `Jumat depan`) excludes the published day.
 *
 * @example
 * ```ts
 * resolveWeekday(7, { published: { year: 2014, month: 12, day: 29 } }); // -> '2014-12-28'
 * resolveWeekday(1, { published: null }); // -> 'XXXX-WXX-1'
 * ```
 */
export function resolveWeekday(weekday: number, opts: { published: CalendarDate | null; direction?: Direction; strict?: boolean }): string {
  const published = opts.published;
  if (!published) return `XXXX-WXX-${weekday}`;
  const today = isoWeekday(published);
  let delta: number;
  if (opts.direction === 'future') {
    delta = (weekday - today + 7) % 7;
    if (delta === 0 && opts.strict) delta = 7;
  } else {
    delta = -((today - weekday + 7) % 7);
    if (delta === 0 && opts.strict) delta = -7;
  }
  const d = addDays(published, delta);
  return formatDate(d.year, d.month, d.day);
}

/**
 * Resolves a day of the month alone (`tanggal 24 kemarin`): this, last or next month,
 * whichever puts it nearest the published date in the phrase's direction.
 *
 * @example
 * ```ts
 * resolveDayOfMonth(24, { published: { year: 2014, month: 12, day: 29 }, direction: 'past' }); // -> '2014-12-24'
 * ```
 */
export function resolveDayOfMonth(day: number, opts: { published: CalendarDate | null; direction?: Direction }): string | null {
  if (day < 1 || day > 31) return null;
  const published = opts.published;
  if (!published) return `XXXX-XX-${pad(day)}`;
  const candidates: CalendarDate[] = [];
  for (const k of [-1, 0, 1]) {
    const first = new Date(Date.UTC(published.year, published.month - 1 + k, 1));
    const y = first.getUTCFullYear();
    const m = first.getUTCMonth() + 1;
    if (isValidDate(y, m, day)) candidates.push({ year: y, month: m, day });
  }
  if (!candidates.length) return null;
  const d = nearest(candidates, published, opts.direction ?? null, false);
  return formatDate(d.year, d.month, d.day);
}

/**
 * A year shifted from the published year (`tahun lalu` → -1), or `XXXX` without one.
 *
 * @example
 * ```ts
 * relativeYear(-1, { year: 2025, month: 5, day: 1 }); // -> '2024'
 * ```
 */
export function relativeYear(shift: number, published: CalendarDate | null): string {
  return published ? pad(published.year + shift, 4) : 'XXXX';
}

/**
 * The shift a relative word gives: `lalu`/`kemarin`/`silam` → -1, `depan`/`mendatang` → +1, `ini` → 0.
 *
 * @example
 * ```ts
 * relativeShift('mendatang'); // -> 1
 * ```
 */
export function relativeShift(word: string): number {
  const w = word.toLowerCase();
  return w === 'ini' ? 0 : w === 'depan' || w === 'mendatang' ? 1 : -1;
}

/**
 * Value of a decade: `1990` → `199X`; a two-digit decade (`40-an`) is in the last century
 * unless it is not after the published decade (`10-an` in 2025 → `201X`).
 *
 * @example
 * ```ts
 * decadeValue('40', { year: 2014, month: 12, day: 30 }); // -> '194X'
 * decadeValue('1990', null); // -> '199X'
 * ```
 */
export function decadeValue(digits: string, published: CalendarDate | null): string {
  if (digits.length === 4) return `${digits.slice(0, 3)}X`;
  const yy = Number(digits);
  const now = (published?.year ?? 2000) % 100;
  return `${yy <= now ? 20 : 19}${digits[0]}X`;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/**
 * Value of a century from its ordinal (`21`) or Roman numeral (`XXI`): `abad ke-21` → `20XX`.
 * Null for a number that is no plausible century.
 *
 * @example
 * ```ts
 * centuryValue('21'); // -> '20XX'
 * centuryValue('XX'); // -> '19XX'
 * ```
 */
export function centuryValue(ordinal: string): string | null {
  let n: number;
  if (/^\d+$/.test(ordinal)) n = Number(ordinal);
  else {
    n = 0;
    for (let i = 0; i < ordinal.length; i++) {
      const v = ROMAN[ordinal[i]!] ?? 0;
      const next = ROMAN[ordinal[i + 1] ?? ''] ?? 0;
      n += v < next ? -v : v;
    }
  }
  if (n < 1 || n > 22) return null;
  return `${pad(n - 1)}XX`;
}

/**
 * The year a year part gives: a number, or `tahun lalu` against the published year; null
 * when there is none (or no published date to count from).
 *
 * @example
 * ```ts
 * yearOf(undefined, 'lalu', { year: 2025, month: 3, day: 1 }); // -> 2024
 * ```
 */
export function yearOf(y: string | undefined, yrel: string | undefined, published: CalendarDate | null): number | null {
  if (y !== undefined) return Number(y);
  if (yrel !== undefined && published) return published.year + relativeShift(yrel);
  return null;
}

/** The year of a resolved value, or null when it is `XXXX`. */
export function yearIn(value: string): number | null {
  const c = value.charCodeAt(0);
  return c >= 48 && c <= 57 ? Number(value.slice(0, 4)) : null;
}

/**
 * A range across months (`29 September - 1 Oktober 2025`, `Januari-Maret 2025`) as an ISO
 * interval: each end (0, 1) resolved by `at(month, year, end)`; an end without its year takes the other
 * end's (a year apart when the range crosses New Year). Null when an end has no value.
 *
 * @example
 * ```ts
 * resolveMonthRange(12, null, 1, 2025, (m, y) => formatDate(y, m, null)); // -> '2024-12/2025-01'
 * ```
 */
export function resolveMonthRange(m1: number, y1: number | null, m2: number, y2: number | null, at: (month: number, year: number | null, end: 0 | 1) => string | null): string | null {
  const from = at(m1, y1 ?? (y2 !== null ? (m1 > m2 ? y2 - 1 : y2) : null), 0);
  if (from === null) return null;
  const fromYear = yearIn(from);
  const to = at(m2, y2 ?? (fromYear !== null ? (m2 < m1 ? fromYear + 1 : fromYear) : null), 1);
  return to === null ? null : interval(from, to);
}

/**
 * Value of `tahun|bulan|pekan|minggu` + `ini|lalu|depan|mendatang|kemarin` against the
 * published date: `2025`, `2025-04`, `2025-W50`; `XXXX…` without one.
 *
 * @example
 * ```ts
 * relativeUnitValue('bulan', 'lalu', { year: 2025, month: 1, day: 15 }); // -> '2024-12'
 * ```
 */
export function relativeUnitValue(unit: string, rel: string, published: CalendarDate | null): string {
  const shift = relativeShift(rel);
  const u = unit.toLowerCase();
  if (u === 'tahun') return relativeYear(shift, published);
  if (u === 'bulan') {
    if (!published) return 'XXXX-XX';
    const d = new Date(Date.UTC(published.year, published.month - 1 + shift, 1));
    return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, null);
  }
  return published ? isoWeek(addDays(published, 7 * shift)) : 'XXXX-WXX';
}

/**
 * Joins two values into an ISO interval (`2025-03-09/2025-03-11`).
 *
 * @example
 * ```ts
 * interval('1955', '2025'); // -> '1955/2025'
 * ```
 */
export function interval(from: string, to: string): string {
  return `${from}/${to}`;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}.'’-]/u;
const WORD_START = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

/** Character tests on char codes, with a regex only for non-ASCII characters. */
export function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]!);
}
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 46 || c === 39 || c === 45;
  return WORD_CHAR.test(text[i]!);
}
function isWordStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORD_START.test(text[i]!);
}

/**
 * The word right before `offset` (skipping spaces), and the comma, parenthesis, colon or
 * quote that stands between, if any; an empty word at a text start.
 *
 * @example
 * ```ts
 * wordBefore('KTT APEC 2025', 9); // -> { word: 'APEC', punct: '', start: 4 }
 * wordBefore('Jakarta, 2025', 9); // -> { word: 'Jakarta', punct: ',', start: 0 }
 * ```
 */
export function wordBefore(text: string, offset: number): { word: string; punct: string; start: number } {
  let i = offset;
  while (i > 0 && isSpace(text, i - 1)) i--;
  let punct = '';
  if (i > 0 && ',(:"“'.includes(text[i - 1]!)) {
    punct = text[i - 1]!;
    i--;
    while (i > 0 && isSpace(text, i - 1)) i--;
  }
  const end = i;
  const limit = Math.max(0, end - 40);
  while (i > limit && isWordChar(text, i - 1)) i--;
  // A word starts with a letter or digit, not with the dot or hyphen before it.
  while (i < end && !isWordStart(text, i)) i++;
  return { word: text.slice(i, end), punct, start: i };
}

/**
 * True when `offset` starts a sentence: text start, or only spaces, quotes and opening
 * brackets after sentence punctuation, a dash of a dateline or a line break.
 *
 * @example
 * ```ts
 * sentenceStart('Ia pergi. Minggu lalu', 10); // -> true
 * ```
 */
export function sentenceStart(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && (isSpace(text, i) || `"“'‘(`.includes(text[i]!))) {
    if (text.charCodeAt(i) === 10) return true;
    i--;
  }
  return i < 0 || '.!?:;–—-'.includes(text[i]!);
}

const WORD_AFTER = /\s*([\p{L}\p{N}%][\p{L}\p{N}]*)/uy;

/**
 * The word right after `offset` (skipping spaces).
 *
 * @example
 * ```ts
 * wordAfter('2025 orang', 4); // -> 'orang'
 * ```
 */
export function wordAfter(text: string, offset: number): string {
  WORD_AFTER.lastIndex = offset;
  const m = WORD_AFTER.exec(text);
  return m ? m[1]! : '';
}
