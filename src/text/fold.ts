/**
 * Character folding for matching: lower case, no diacritics, `đ`→`d`. Folding is per UTF-16
 * code unit, so a folded token keeps the caller's offsets; combining marks fold to nothing.
 */

/** Marks a code unit that folds to nothing (a combining mark). */
const SKIP = 0;

// Folded code unit for every code unit below 0x2000 and in the Latin Extended Additional block
// (Vietnamese precomposed letters live at U+1EA0–U+1EF9). Filled on first use of each code
// unit (UNKNOWN until then), so importing warta computes nothing.
const TABLE_LIMIT = 0x2000;
const UNKNOWN = 0xffff;
const foldTable = new Uint16Array(TABLE_LIMIT).fill(UNKNOWN);
const extendedTable = new Uint16Array(0x100).fill(UNKNOWN); // U+1E00–U+1EFF

function foldOne(code: number): number {
  const ch = String.fromCharCode(code);
  if (/\p{M}/u.test(ch)) return SKIP;
  if (code === 0x111 || code === 0x110) return 0x64; // đ Đ → d
  if (code === 0x131) return 0x69; // dotless ı → i
  if (code === 0xdf) return 0xdf; // ß stays (no 1:1 fold)
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return base.length === 1 ? base.charCodeAt(0) : ch.toLowerCase().length === 1 ? ch.toLowerCase().charCodeAt(0) : code;
}

// Typographic apostrophes fold to the ASCII one, so `Dato’` and `Dato'` match alike.
foldTable[0x2bc] = 0x27;
const RIGHT_QUOTE = 0x2019;

/**
 * Folded form of one UTF-16 code unit (0 for a combining mark that folds to nothing).
 *
 * @example
 * ```ts
 * String.fromCharCode(foldCode('Đ'.charCodeAt(0))); // -> 'd'
 * ```
 */
export function foldCode(code: number): number {
  if (code < TABLE_LIMIT) {
    const f = foldTable[code]!;
    return f !== UNKNOWN ? f : (foldTable[code] = foldOne(code));
  }
  if (code >= 0x1e00 && code <= 0x1eff) {
    const f = extendedTable[code - 0x1e00]!;
    return f !== UNKNOWN ? f : (extendedTable[code - 0x1e00] = foldOne(code));
  }
  if (code === RIGHT_QUOTE) return 0x27;
  if (code >= 0xfe20 && code <= 0xfe2f) return SKIP; // combining half marks
  return code;
}

/**
 * Folds a string: lower case, diacritics removed, `đ`→`d`, typographic apostrophes → `'`.
 * Used for gazetteer keys and lexicon look-ups.
 *
 * @example
 * ```ts
 * fold('Tô Lâm'); // -> 'to lam'
 * fold('Đà Nẵng'); // -> 'da nang'
 * ```
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = foldCode(text.charCodeAt(i));
    if (code !== SKIP) out += String.fromCharCode(code);
  }
  return out;
}
