// CRIU's two-level identity scheme (criu/kcmp-ids.c), as a pure structure: objects go into
// buckets by a cheap key; inside a bucket, a comparator decides. With an ordering comparator
// (kcmp: 0 equal, 1 less, 2 greater) each bucket is a sorted array searched by bisection, so an
// object costs about log2(k)+1 comparisons in a bucket of k distinct objects and none when its
// key is new. With an equality-only comparator (F_DUPFD_QUERY) a bucket is scanned.

/** A comparator's answer about (existing, candidate). */
export type Comparison =
  | { kind: 'equal' }
  | { kind: 'less' } // existing < candidate
  | { kind: 'greater' } // existing > candidate
  | { kind: 'different' } // not equal, no order (equality-only backends)
  | { kind: 'gone'; which: 'existing' | 'candidate'; reason: string }
  | { kind: 'failed'; reason: string };

/** Compares a bucket member with a candidate. */
export type Comparator<T> = (existing: T, candidate: T) => Comparison;

/** The outcome of placing one candidate. */
export type Placement<T> =
  | { kind: 'new'; comparisons: number }
  | { kind: 'same'; as: T; comparisons: number }
  | { kind: 'gone'; reason: string; comparisons: number }
  | { kind: 'failed'; reason: string; comparisons: number };

/** Buckets of distinct objects, keyed by a cheap key and settled by a comparator. */
export class IdentityIndex<T> {
  private readonly buckets = new Map<string, T[]>();
  private readonly mode: 'ordered' | 'equality';
  private readonly compare: Comparator<T>;

  /** `ordered`: the comparator answers less/greater (kcmp); `equality`: only equal/different. */
  constructor(mode: 'ordered' | 'equality', compare: Comparator<T>) {
    this.mode = mode;
    this.compare = compare;
  }

  /**
   * Find the object equal to `candidate`, or record it as a new distinct object. `hint` is a
   * member that is probably equal (the parent's fd at the same number, for a forked child): it is
   * compared first, and in an ordered bucket its answer still halves the search when it differs.
   */
  place(key: string, candidate: T, hint?: T): Placement<T> {
    const bucket = this.buckets.get(key);
    if (bucket === undefined) {
      this.buckets.set(key, [candidate]);
      return { kind: 'new', comparisons: 0 };
    }
    const at = hint === undefined ? -1 : bucket.indexOf(hint);
    return this.mode === 'ordered' ? this.bisect(bucket, candidate, at) : this.scan(bucket, candidate, at);
  }

  private bisect(bucket: T[], candidate: T, hintAt = -1): Placement<T> {
    let lo = 0;
    let hi = bucket.length;
    let comparisons = 0;
    let probe = hintAt;
    while (lo < hi) {
      const mid = probe >= lo && probe < hi ? probe : (lo + hi) >>> 1;
      probe = -1;
      const existing = bucket[mid]!;
      const answer = this.compare(existing, candidate);
      comparisons++;
      switch (answer.kind) {
        case 'equal':
          return { kind: 'same', as: existing, comparisons };
        case 'less':
          lo = mid + 1;
          break;
        case 'greater':
          hi = mid;
          break;
        case 'gone':
          if (answer.which === 'candidate') return { kind: 'gone', reason: answer.reason, comparisons };
          // A member vanished (only possible in a running tree): it can no longer be compared,
          // so drop it from the bucket and search again.
          bucket.splice(mid, 1);
          return this.retry(bucket, candidate, comparisons);
        default:
          return { kind: 'failed', reason: answer.kind === 'failed' ? answer.reason : 'comparator gave no order', comparisons };
      }
    }
    bucket.splice(lo, 0, candidate);
    return { kind: 'new', comparisons };
  }

  private scan(bucket: T[], candidate: T, hintAt = -1): Placement<T> {
    let comparisons = 0;
    if (hintAt > 0) {
      // Move the likely match to the front so it is compared first.
      bucket.unshift(...bucket.splice(hintAt, 1));
    }
    for (let i = 0; i < bucket.length; i++) {
      const answer = this.compare(bucket[i]!, candidate);
      comparisons++;
      if (answer.kind === 'equal') return { kind: 'same', as: bucket[i]!, comparisons };
      if (answer.kind === 'gone') {
        if (answer.which === 'candidate') return { kind: 'gone', reason: answer.reason, comparisons };
        bucket.splice(i--, 1);
      } else if (answer.kind === 'failed') return { kind: 'failed', reason: answer.reason, comparisons };
    }
    bucket.push(candidate);
    return { kind: 'new', comparisons };
  }

  private retry(bucket: T[], candidate: T, spent: number): Placement<T> {
    const again = this.mode === 'ordered' ? this.bisect(bucket, candidate) : this.scan(bucket, candidate);
    return { ...again, comparisons: again.comparisons + spent };
  }

  /** Every distinct object recorded, bucket by bucket. */
  *members(): IterableIterator<T> {
    for (const bucket of this.buckets.values()) yield* bucket;
  }
}
