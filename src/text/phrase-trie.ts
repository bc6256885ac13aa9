/**
 * A trie over folded tokens: finds every stored phrase starting at a token in time
 * proportional to the phrase length, whatever the number of phrases. Hyphen tokens in the
 * text are skipped, so `Kim Jong-un` finds `kim jong un`.
 *
 * Built lazily: `add` only files a phrase under its first word; the branch below a first
 * word is built the first time a text contains that word. Compiling ~20k aliases thus costs
 * a few milliseconds, and a document pays only for the words it has.
 */
import { Shape, phraseTokens, type Tokens } from './tokenize.js';
import { fold } from './fold.js';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  values: T[] | null;
  /** Phrases filed under this first word, not yet inserted (root children only). */
  pending: Array<Pending<T>> | null;
}

interface Pending<T> {
  phrase: string;
  make: (shapes: readonly Shape[]) => T;
}

/**
 * Phrase references filed under first words ahead of time (see `PhraseTrie.addIndexed`):
 * `has` must be cheap; `get` may decode.
 */
export interface PhraseIndex {
  has(first: string): boolean;
  get(first: string): readonly number[] | undefined;
  /** Number of references in all. */
  readonly refs: number;
}

function newNode<T>(): TrieNode<T> {
  return { next: null, values: null, pending: null };
}

/**
 * The phrases of a trie that start with one first word (see `PhraseTrie.branch`): an opaque
 * handle, valid for the trie's life.
 */
export interface TrieBranch<T> {
  /** Brands the handle with the trie's value type. */
  readonly __values?: T;
}

// A phrase whose first word is plain letters (any script, with diacritics): the first word's
// key is its folded form, no tokenizing needed.
const LETTERS_FIRST = /^[\p{L}\p{M}]+(?= |$)/u;
// The common case, a plain ASCII first word: its folded form is its lower case (a builtin,
// where `fold` would run code not yet optimized in a fresh process).
const ASCII_FIRST = /^[A-Za-z]+(?= |$)/;

/**
 * Phrase → values trie.
 *
 * @example
 * ```ts
 * const trie = new PhraseTrie<string>();
 * trie.add('Perdana Menteri', 'title');
 * const hits: Array<[number, string]> = [];
 * trie.matchAt(tokenize('Perdana Menteri Budi'), 0, (last, v) => hits.push([last, v]));
 * // hits -> [[1, 'title']]
 * ```
 */
export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = newNode();
  private size = 0;
  /** First word → phrase references not yet inserted (see `addIndexed`). */
  private indexed: PhraseIndex | null = null;
  private readonly expanded = new Set<string>();
  private resolveRef: ((ref: number) => { phrase: string; make: (shapes: readonly Shape[]) => T } | null) | null = null;

  /**
   * @param same Two values that are the same for this trie (a phrase added twice for one
   * entry, e.g. `Tô Lâm` and `To Lam`): the second is not stored.
   */
  constructor(private readonly same: (a: T, b: T) => boolean = () => false) {}

  /** Adds a phrase (folded and tokenized when first needed) with a value. */
  add(phrase: string, value: T): void {
    this.addWith(phrase, () => value);
  }

  /**
   * Adds a phrase whose value depends on the shapes of its tokens (capitalization), made
   * when the phrase is inserted.
   */
  addWith(phrase: string, make: (shapes: readonly Shape[]) => T): void {
    let first: string;
    const ascii = ASCII_FIRST.exec(phrase);
    const word = ascii ?? LETTERS_FIRST.exec(phrase);
    if (word !== null) {
      first = ascii !== null ? ascii[0].toLowerCase() : fold(word[0]);
    } else {
      const { keys, shapes } = phraseTokens(phrase);
      if (keys.length === 0) return;
      this.insert(keys, make(shapes));
      return;
    }
    const rootNext = (this.root.next ??= new Map());
    let node = rootNext.get(first);
    if (node === undefined) {
      node = newNode();
      rootNext.set(first, node);
    }
    (node.pending ??= []).push({ phrase, make });
    this.size++;
  }

  /**
   * Adds phrases by reference, filed under first words computed ahead of time (the built-in
   * gazetteer's index, made by codegen): nothing is resolved until a text contains the
   * first word. `resolve` returns null for a reference that no longer applies (an entry a
   * user overrode).
   */
  addIndexed(index: PhraseIndex, resolve: (ref: number) => { phrase: string; make: (shapes: readonly Shape[]) => T } | null): void {
    if (this.indexed !== null) throw new Error('PhraseTrie: one index only');
    this.indexed = index;
    this.resolveRef = resolve;
    this.size += index.refs; // counted once, resolved or not
  }

  /** Inserts the indexed phrases filed under `first`, if any (once). */
  private expandIndexed(first: string): void {
    if (this.expanded.has(first)) return;
    // The index may be shared by several tries: remember what this one expanded (or looked up in vain).
    this.expanded.add(first);
    const refs = this.indexed!.get(first);
    if (refs === undefined) return;
    for (const ref of refs) {
      const resolved = this.resolveRef!(ref);
      if (resolved === null) continue;
      const { keys, shapes } = phraseTokens(resolved.phrase);
      this.insert(keys, resolved.make(shapes));
    }
  }

  /** Adds pre-folded token keys. */
  addKeys(keys: readonly string[], value: T): void {
    if (keys.length > 0) this.insert(keys, value);
  }

  private insert(keys: readonly string[], value: T): void {
    let node = this.root;
    for (const key of keys) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (child === undefined) {
        child = newNode();
        node.next.set(key, child);
      }
      node = child;
    }
    if (node.values === null) node.values = [];
    if (node.values.some((v) => this.same(v, value))) return;
    node.values.push(value);
    this.size++;
  }

  /** Inserts the phrases filed under a first word. */
  private expand(node: TrieNode<T>): void {
    const pending = node.pending!;
    node.pending = null;
    for (const { phrase, make } of pending) {
      this.size--;
      const { keys, shapes } = phraseTokens(phrase);
      this.insert(keys, make(shapes));
    }
  }

  /** Number of phrases stored. */
  get count(): number {
    return this.size;
  }

  /** True when a token key starts at least one phrase (cheap pre-check). */
  starts(key: string): boolean {
    return (this.root.next !== null && this.root.next.has(key)) || (this.indexed !== null && this.indexed.has(key));
  }

  /**
   * The phrases starting with the token key `key`, ready to match (built now if need be), or
   * null when none does. A caller that meets the same word often keeps the branch, and
   * matches from it (`matchFrom`) without looking the first word up again.
   */
  branch(key: string): TrieBranch<T> | null {
    if (this.indexed !== null) this.expandIndexed(key);
    const node = this.root.next?.get(key);
    if (node === undefined) return null;
    if (node.pending !== null) this.expand(node);
    return node as unknown as TrieBranch<T>;
  }

  /**
   * `matchAt` for a token whose key's branch is `branch` (from `branch(tokens.keys[first])`).
   */
  matchFrom(branch: TrieBranch<T>, tokens: Tokens, first: number, onMatch: (lastToken: number, value: T) => void): void {
    if (tokens.hyphen[first]) return;
    let node = branch as unknown as TrieNode<T>;
    if (node.values !== null) for (const v of node.values) onMatch(first, v);
    const { count, hyphen, keys } = tokens;
    for (let i = first + 1; i < count; i++) {
      if (hyphen[i]) continue;
      if (node.next === null) return;
      const child: TrieNode<T> | undefined = node.next.get(keys[i]!);
      if (child === undefined) return;
      node = child;
      if (node.pending !== null) this.expand(node);
      if (node.values !== null) for (const v of node.values) onMatch(i, v);
    }
  }

  /**
   * Calls `onMatch(lastToken, value)` for every phrase starting at token `first`, shortest
   * first. Hyphen tokens between words are skipped.
   */
  matchAt(tokens: Tokens, first: number, onMatch: (lastToken: number, value: T) => void): void {
    if (tokens.hyphen[first]) return;
    if (this.indexed !== null) this.expandIndexed(tokens.keys[first]!);
    let node: TrieNode<T> | undefined = this.root;
    for (let i = first; i < tokens.count; i++) {
      if (tokens.hyphen[i] && i > first) continue;
      if (node.next === null) return;
      node = node.next.get(tokens.keys[i]!);
      if (node === undefined) return;
      if (node.pending !== null) this.expand(node);
      if (node.values !== null) for (const v of node.values) onMatch(i, v);
    }
  }

  /** Last token of the longest phrase starting at token `first`, or -1 (no callback, no allocation). */
  longestAt(tokens: Tokens, first: number): number {
    if (tokens.hyphen[first]) return -1;
    if (this.indexed !== null) this.expandIndexed(tokens.keys[first]!);
    let node: TrieNode<T> | undefined = this.root;
    let longest = -1;
    for (let i = first; i < tokens.count; i++) {
      if (tokens.hyphen[i] && i > first) continue;
      if (node.next === null) break;
      node = node.next.get(tokens.keys[i]!);
      if (node === undefined) break;
      if (node.pending !== null) this.expand(node);
      if (node.values !== null) longest = i;
    }
    return longest;
  }

  /** True when the whole phrase (folded) is stored. */
  has(phrase: string): boolean {
    let node: TrieNode<T> | undefined = this.root;
    const keys = phraseTokens(phrase).keys;
    if (this.indexed !== null && keys.length > 0) this.expandIndexed(keys[0]!);
    for (const key of keys) {
      node = node.next?.get(key);
      if (node === undefined) return false;
      if (node.pending !== null) this.expand(node);
    }
    return node !== this.root && node.values !== null;
  }
}
