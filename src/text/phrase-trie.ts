/**
 * A trie over folded tokens: finds every stored phrase starting at a token in time
 * proportional to the phrase length, whatever the number of phrases. Hyphen tokens in the
 * text are skipped, so `Kim Jong-un` finds `kim jong un`.
 */
import { phraseKeys, type Tokens } from './tokenize.js';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  values: T[] | null;
}

function newNode<T>(): TrieNode<T> {
  return { next: null, values: null };
}

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

  /** Adds a phrase (folded and tokenized here) with a value. Returns false for an empty phrase. */
  add(phrase: string, value: T): boolean {
    return this.addKeys(phraseKeys(phrase), value);
  }

  /** Adds pre-folded token keys. */
  addKeys(keys: readonly string[], value: T): boolean {
    if (keys.length === 0) return false;
    let node = this.root;
    for (const key of keys) {
      if (node.next === null) node.next = new Map();
      let child = node.next.get(key);
      if (child === undefined) {
        child = newNode();
        node.next.set(key, child);
      }
      node = child;
    }
    if (node.values === null) node.values = [];
    node.values.push(value);
    this.size++;
    return true;
  }

  /** Number of phrases stored. */
  get count(): number {
    return this.size;
  }

  /** True when a token key starts at least one phrase (cheap pre-check). */
  starts(key: string): boolean {
    return this.root.next !== null && this.root.next.has(key);
  }

  /**
   * Calls `onMatch(lastToken, value)` for every phrase starting at token `first`, shortest
   * first. Hyphen tokens between words are skipped.
   */
  matchAt(tokens: Tokens, first: number, onMatch: (lastToken: number, value: T) => void): void {
    if (tokens.hyphen[first]) return;
    let node: TrieNode<T> | undefined = this.root;
    for (let i = first; i < tokens.count; i++) {
      if (tokens.hyphen[i] && i > first) continue;
      if (node.next === null) return;
      node = node.next.get(tokens.keys[i]!);
      if (node === undefined) return;
      if (node.values !== null) for (const v of node.values) onMatch(i, v);
    }
  }

  /** True when the whole phrase (folded) is stored. */
  has(phrase: string): boolean {
    let node: TrieNode<T> | undefined = this.root;
    for (const key of phraseKeys(phrase)) {
      node = node.next?.get(key);
      if (node === undefined) return false;
    }
    return node !== this.root && node.values !== null;
  }
}
