/**
 * Span look-ups shared by refiners: which candidates cover a stretch of text, in
 * O(log n + k) rather than a scan of every candidate.
 */
import type { ResolvedCandidate } from '../types.js';

/**
 * Candidates sorted by start, for containment queries.
 *
 * @example
 * ```ts
 * const index = new SpanIndex(candidates);
 * index.covering(10, 15); // candidates c with c.start <= 10 && c.end >= 15
 * ```
 */
export class SpanIndex {
  private readonly sorted: ResolvedCandidate[];
  /** Longest span length: how far back a covering span can start. */
  private readonly maxLength: number;

  constructor(candidates: readonly ResolvedCandidate[]) {
    this.sorted = [...candidates].sort((a, b) => a.start - b.start);
    this.maxLength = this.sorted.reduce((m, c) => Math.max(m, c.end - c.start), 0);
  }

  /** Index of the first candidate starting at or after `offset`. */
  private lowerBound(offset: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]!.start < offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** Candidates whose span contains [start, end). */
  covering(start: number, end: number): ResolvedCandidate[] {
    const out: ResolvedCandidate[] = [];
    for (let i = this.lowerBound(start - this.maxLength); i < this.sorted.length && this.sorted[i]!.start <= start; i++) {
      const c = this.sorted[i]!;
      if (c.end >= end) out.push(c);
    }
    return out;
  }

  /** The last candidate (by start) that ends at or before `offset` and passes `accept`. */
  lastBefore(offset: number, accept: (c: ResolvedCandidate) => boolean): ResolvedCandidate | undefined {
    for (let i = this.lowerBound(offset) - 1; i >= 0; i--) {
      const c = this.sorted[i]!;
      if (c.end <= offset && accept(c)) return c;
    }
    return undefined;
  }
}

/**
 * Joins neighbours of a flat candidate list: where `joins(prev, next)` holds for a span and
 * the one right after it, with exactly one space (or no-break space) between, both become
 * one span from `prev.start` to `next.end`, typed like `prev`, with `source` and no entry id
 * (the joined name is no gazetteer entry). Returns `candidates` itself when nothing joined.
 *
 * @example
 * ```ts
 * // 'Dewan Zyrtal Majelis Kwort' with two ORG neighbours and joins = both ORG
 * joinNeighbours(candidates, text, (a, b) => a.type === 'ORG' && b.type === 'ORG', 'refiner:org-chain');
 * // → one ORG "Dewan Zyrtal Majelis Kwort"
 * ```
 */
export function joinNeighbours(
  candidates: ResolvedCandidate[],
  text: string,
  joins: (prev: ResolvedCandidate, next: ResolvedCandidate) => boolean,
  source: string,
): ResolvedCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start);
  const out: ResolvedCandidate[] = [];
  let changed = false;
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (prev && c.start === prev.end + 1 && oneSpace(text.charCodeAt(prev.end)) && joins(prev, c)) {
      out[out.length - 1] = { ...prev, end: c.end, text: text.slice(prev.start, c.end), source, id: undefined, flags: undefined };
      changed = true;
      continue;
    }
    out.push(c);
  }
  return changed ? out : candidates;
}

function oneSpace(code: number): boolean {
  return code === 0x20 || code === 0xa0;
}
