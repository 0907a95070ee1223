// Temporary fd numbers: each description (and each helper end) that a process holds only for a
// while gets its own number at or above tempBase, the same in every process. Unique numbers mean
// two temporaries never meet, and tempBase above every image fd means a temporary never meets an
// fd the image needs: collisions are impossible by construction, not avoided by luck.

/** Hands out temporary fd numbers, one per key, from a base upwards. */
export class TempAllocator {
  private readonly byKey = new Map<string, number>();
  private next: number;
  /** The first number handed out. */
  readonly base: number;

  /** Start handing out numbers at `base`. */
  constructor(base: number) {
    this.base = base;
    this.next = base;
  }

  /** The temporary number of a description. */
  file(id: number): number {
    return this.get(`f${id}`);
  }

  /** The temporary number of helper end `n` of object `obj`. */
  helper(obj: number, n: number): number {
    return this.get(`h${obj}:${n}`);
  }

  /** Highest number handed out so far (base - 1 when none). */
  get highest(): number {
    return this.next - 1;
  }

  private get(key: string): number {
    let fd = this.byKey.get(key);
    if (fd === undefined) this.byKey.set(key, (fd = this.next++));
    return fd;
  }
}
