/**
 * Date rules, in the order they run. Overlaps are settled by the overlap refiner (longest,
 * then priority), so order matters only for exact ties: the fuller constructions come
 * first. The resolution policy is in README.md.
 */
import type { Rule } from '../../types.js';
import { weekday } from './weekday.js';
import { dayMonthYear } from './day-month-year.js';
import { monthYear } from './month-year.js';
import { numericDate } from './numeric-date.js';
import { qualifiedPeriod } from './qualified-period.js';
import { quarter } from './quarter.js';
import { yearRange } from './range.js';
import { decade, century } from './decade-century.js';
import { year } from './year.js';
import { deictic } from './deictic.js';
import { dayOfMonth } from './day-of-month.js';

/**
 * Built-in date rules.
 *
 * @example
 * ```ts
 * import { createExtractor } from 'warta';
 * createExtractor({ types: ['DATE'] }).extract('pada hari Senin (26/1).', { published: '2026-01-26' });
 * // -> [{ text: 'Senin (26/1)', type: 'DATE', value: '2026-01-26', source: 'rule:date-weekday' }]
 * ```
 */
export const DATE_RULES: readonly Rule[] = [
  weekday,
  dayMonthYear,
  monthYear,
  numericDate,
  qualifiedPeriod,
  quarter,
  yearRange,
  decade,
  century,
  year,
  deictic,
  dayOfMonth,
];
