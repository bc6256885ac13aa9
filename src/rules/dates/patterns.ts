/**
 * Patterns of the date rules, written with the xregexp builder (free-spacing: write a
 * literal space as `\s` or `\x20`). Compiled to native RegExp literals by `npm run codegen`.
 *
 * Every pattern is anchored on a cheap first step (a trigger word's position, or a digit
 * with a lookbehind), and no quantified group can match the same text two ways, so there
 * is no catastrophic backtracking.
 */
import type { PatternBuilder, SharedFragments } from '../pattern-builder.js';
import { MONTH_FORMS, PARTS_OF_DAY } from './months.js';

/** Escapes words for a regex alternation, longest first (so `Agust` beats `Agu`). */
function alt(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

const FULL = alt(MONTH_FORMS.full);
const SHORT = alt(MONTH_FORMS.short);
/** Any month name; a short form may carry a dot when a year follows (`Agt. 2025`). */
const MONTH = String.raw`(?:${FULL}|(?:${SHORT})(?:\.(?=\s*\d))?)(?![\p{L}\p{M}])`;
const WEEKDAY = String.raw`(?:${alt(MONTH_FORMS.weekdays)})(?![\p{L}\p{M}’'])`;
const POD = String.raw`(?:${alt(PARTS_OF_DAY)})(?![\p{L}])`;
/** Between the two ends of a range of days: `12-13`, `9 sampai 11`, `12 dan 13`. */
const DAY_SEP = String.raw`(?:\s*[-–—]\s*|\s+(?:sampai(?:\s+dengan)?|hingga|s\.\s?d\.?|s/d|dan)\s+)`;
/** Between the two ends of a range of months or years (no `dan`: `Juni dan Juli` are two). */
const SEP = String.raw`(?:\s*[-–—]\s*|\s+(?:sampai(?:\s+dengan)?|hingga|s\.\s?d\.?|s/d)\s+)`;
const YEAR = String.raw`(?:1\d{3}|20\d\d|21\d\d)`;

/** An optional year after a month: `Maret 2025`, `Maret, 2025`, `Juni tahun 2024`, `Juni tahun lalu`. */
function yearPart(suffix: string): string {
  return String.raw`(?:\s*,?\s+(?:[Tt]ahun\s+)?(?<y${suffix}>\d{4})(?![\p{N}]|[.,:]\d)|\s+tahun\s+(?<yrel${suffix}>ini|lalu|depan|mendatang|kemarin|silam)(?![\p{L}]))`;
}

/**
 * Rewrites each class of Unicode properties (`[\p{L}\p{M}]`, `[\p{L}\p{N}.,/:]`) as an
 * alternation (`(?:\p{L}|\p{M})`, `(?:\p{L}|\p{N}|[.,/:])`): it matches the same one
 * character, and V8 builds it about three times faster. Cold start pays that build once per
 * occurrence, at the pattern's construction and again at its first match (measured on
 * Node 20: ~0.8 ms for `[\p{L}\p{M}]`, ~0.3 ms for the alternation).
 */
export function splitPropertyClasses(source: string): string {
  return source.replace(/(?<!\\)\[((?:\\p\{\w+\})+)([^\]\\^]*)\]/g, (_all, props: string, rest: string) => {
    const parts = props.match(/\\p\{\w+\}/g)!;
    if (rest) parts.push(`[${rest}]`);
    return parts.length === 1 ? parts[0]! : `(?:${parts.join('|')})`;
  });
}

/** Date-rule patterns, by generated constant name. */
export function datePatterns(build: PatternBuilder, _shared: SharedFragments): Record<string, RegExp> {
  const x: PatternBuilder = (source, subs, flags) => build(splitPropertyClasses(source), subs, flags);
  return {
    /**
     * Tried at a month name. The day (or range of days) before the month is read by the
     * lookbehind `pre`, so the span starts there: `12-13 Desember 2023`,
     * `29 September - 1 Oktober 2025`, `9 sampai 11 Maret`.
     */
    DATE_DAY_MONTH: x(String.raw`
      (?<= (?<pre> (?<![\p{L}\p{N}.,/:]) (?<d1>\d{1,2}) (?: ${DAY_SEP} (?<d2>\d{1,2}) )? \s+ ) )
      (?<m1> ${MONTH} )
      (?: ${yearPart('1')} )?
      (?: ${SEP} (?<d3>\d{1,2}) \s+ (?<m2> ${MONTH} ) (?: ${yearPart('2')} )? )?
    `),
    /** Tried at a month name: `Maret 2025`, `Juni`, `Januari-Maret 2025`, `Agt 2025`. */
    DATE_MONTH: x(String.raw`
      (?<m1> ${MONTH} )
      (?: ${yearPart('1')} )?
      (?: ${SEP} (?<m2> ${MONTH} ) (?: ${yearPart('2')} )? )?
    `),
    /**
     * Tried at a weekday: the weekday with its date, or alone. The date stands in parentheses
     * (`Senin (26/1)`, `Kamis pagi (9 Oktober)`, `Minggu mendatang (9/2)`, `Senin (tgl 12 Mei)`;
     * `close` must then be there) or after a comma or space (`Minggu, 9 Maret 2025`,
     * `Rabu malam, 11 April 2012`, `Sabtu 20 April 1997`, `Rabu, 19/6/2024`; the rule checks
     * that no `rel` stands before it and that a part of day is followed by a comma). One
     * attempt per weekday, whichever form it takes.
     */
    DATE_WEEKDAY: x(String.raw`
      (?<wd> ${WEEKDAY} )
      (?: (?: \s+ (?<pod> ${POD} ) )?
          (?: \s+ (?<rel> lalu | mendatang | depan | ini | besok | kemarin ) (?![\p{L}]) )?
          (?: \s* ,? \s* (?<open> \( ) \s* | (?<comma> \s*,\s* ) | \s+ )
          (?: (?:[Tt]anggal|[Tt]gl\.?) \s* )?
          (?: (?<nd>\d{1,2}) \s* / \s* (?<nm>\d{1,2}) (?: \s* / \s* (?<ny>\d{4}|\d{2}) )? (?![\p{N}/])
            | (?<td>\d{1,2}) \s+ (?<tm> ${MONTH} ) (?: ${yearPart('')} )?
          )
          (?<close> \s* \) )?
        | (?![\p{N}])
      )
    `),
    /** Scans: `26/1`, `28/12/2014`, `19/6/24`, `26-01-2026`, `09.10.2025` (the rule checks the context). */
    DATE_NUMERIC: x(String.raw`
      (?<![\p{L}\p{N}/.,:-])
      (?<d>\d{1,2})
      (?: / (?<m>\d{1,2}) (?: / (?<y>\d{4}|\d{2}) )?
        | (?<s>[.-]) (?<m2>\d{1,2}) (?<s2>[.-]) (?<y2>\d{4})   # dots and hyphens only with a year
      )
      (?![\p{N}] | [/.-]\d)
    `),
    /** Scans: a four-digit number that may be a year (the rule checks the context). */
    DATE_YEAR: x(String.raw`
      (?<![\p{L}\p{N}.,/:'’–—-])
      (?<y> ${YEAR} )
      (?! [\p{N}\p{L}] | [.,:]\d | \s*[-–—/]\s*\d | -an )
    `),
    /** Scans: `1955-2025`, `2014 - 2019`, `2024/2025`, `2024-25`, `2010 hingga 2015`. */
    DATE_YEAR_RANGE: x(String.raw`
      (?<![\p{L}\p{N}.,/:'’–—-])
      (?<y1> ${YEAR} )
      (?: \s*[-–—/]\s* | \s+(?:sampai(?:\s+dengan)?|hingga|s\.\s?d\.?|s/d)\s+ (?:[Tt]ahun\s+)? )
      (?<y2> ${YEAR} | \d{2} )
      (?! [\p{N}\p{L}] | [.,:]\d | -an )
    `),
    /** Scans: `1990-an`, `40-an` (digits first, so the scan is cheap). */
    DATE_DECADE: x(String.raw`
      (?<![\p{L}\p{N}])
      (?: (?<full> 1\d\d0 | 20\d0 ) | (?<short> \d0 ) )   # the rule checks what precedes a short one
      -an (?![\p{L}\p{N}])
    `),
    /** Tried at `abad`: `abad ke-21`, `abad XX`, `abad 21`. */
    DATE_CENTURY: x(String.raw`
      [Aa]bad \s+ (?: ke \s* -? \s* )? (?: (?<n>\d{1,2}) | (?<r>[IVX]{1,5}) ) (?![\p{L}\p{N}])
    `),
    /** Tried at a qualifier: `awal Januari`, `akhir tahun 2020`, `pertengahan tahun depan`, `akhir ’90-an`, `awal abad ke-20`. */
    DATE_QUALIFIED: x(String.raw`
      (?<q> [Aa]wal | [Pp]ertengahan | [Aa]khir | [Mm]edio | [Pp]enghujung | [Pp]ermulaan ) \s+
      (?: (?<unit>tahun|bulan|pekan|minggu) \s+ (?<rel>ini|lalu|depan|mendatang|kemarin) (?![\p{L}])
        | (?:(?:tahun|bulan)\s+)? (?<m>${FULL}) (?![\p{L}]) (?: \s*,?\s+ (?:tahun\s+)? (?<my>\d{4}) (?![\p{N}]) )?
        | (?:(?:tahun|era|dekade)\s+)? (?:['’]\s?)? (?<dec> 1\d\d0 | 20\d0 | \d0 ) -an (?![\p{L}])
        | (?:tahun\s+)? (?<y> ${YEAR} ) (?! [\p{N}\p{L}] | [.,:]\d | -an )
        | abad \s+ (?: ke \s* -? \s* )? (?: (?<cn>\d{1,2}) | (?<cr>[IVX]{1,5}) ) (?![\p{L}\p{N}])
      )
    `),
    /** Tried at `kuartal`/`triwulan`/`semester`: `kuartal pertama tahun 2026`, `triwulan III-2024`, `semester kedua tahun ini`. */
    DATE_QUARTER: x(String.raw`
      (?<unit> [Kk]uartal | [Tt]riwulan | [Ss]emester ) \s+
      (?<n> pertama | kedua | ketiga | keempat | IV | I{1,3} | [1-4] ) (?![\p{L}\p{N}])
      (?: \s* [-/] \s* | \s+ (?:tahun\s+)? )
      (?: (?<y> ${YEAR} ) (?! [\p{N}\p{L}] | [.,:]\d ) | (?<=tahun\s+) (?<rel> ini | lalu | depan | mendatang ) (?![\p{L}]) )
    `),
    /** Tried at a deictic word: `hari ini`, `kemarin`, `besok`, `esok hari`, `lusa`, `tahun lalu`, `pekan depan`. */
    DATE_DEICTIC: x(String.raw`
      (?: (?<today> [Hh]ari \s+ ini )
        | (?<twoago> [Kk]emarin \s+ lusa )
        | (?<yesterday> [Kk]emarin )
        | (?<tomorrow> [Bb]esok (?:\s+hari(?![\p{L}]))? | [Ee]sok (?:\s+hari(?![\p{L}]))? )
        | (?<lusa> [Ll]usa )
        | (?<unit> [Tt]ahun | [Bb]ulan | [Pp]ekan | [Mm]inggu ) \s+ (?<rel> ini | lalu | depan | mendatang | kemarin | silam )
      )
      (?![\p{L}\p{N}])
    `),
    /** Tried at `tanggal`/`tgl`: a day of the month alone, `tanggal 24 kemarin`. */
    DATE_DAY_OF_MONTH: x(String.raw`
      (?:[Tt]anggal|[Tt]gl\.?) \s* (?<d>\d{1,2})
      (?! [\p{N}\p{L}] | \s*[/.-]\s*\d | \s+ ${MONTH} | ${DAY_SEP} \d )
    `),
    /** A word that points the clause to the past (group 1) or the future (`di depan` is a place, not a time). */
    DATE_DIRECTION_WORD: x(String.raw`
      (?<![\p{L}])
      (?: (lalu | kemarin | tadi | silam) | mendatang | (?<!di\s)depan | nanti | akan | besok | esok )
      (?![\p{L}])
    `, {}, 'gu'),
  };
}
