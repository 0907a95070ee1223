// The bucket-then-bisect structure on its own, with a comparator whose answers we know.
// (Its use against the kernel is tested with fixture trees in capture.test.ts.)
import { describe, expect, it } from 'vitest';
import { IdentityIndex, type Comparison } from '@fdlens/core';

interface Item {
  object: number; // which kernel object this stands for
  slot: string;
}

const order = (a: Item, b: Item): Comparison =>
  a.object === b.object ? { kind: 'equal' } : a.object < b.object ? { kind: 'less' } : { kind: 'greater' };
const equality = (a: Item, b: Item): Comparison => (a.object === b.object ? { kind: 'equal' } : { kind: 'different' });

describe('IdentityIndex', () => {
  it('makes no comparison for a key it has not seen', () => {
    const index = new IdentityIndex<Item>('ordered', order);
    expect(index.place('a', { object: 1, slot: 'x' })).toEqual({ kind: 'new', comparisons: 0 });
    expect(index.place('b', { object: 1, slot: 'y' })).toEqual({ kind: 'new', comparisons: 0 });
  });

  it('finds each of k distinct objects in at most ceil(log2(k+1)) comparisons', () => {
    const k = 1000;
    const index = new IdentityIndex<Item>('ordered', order);
    // Insert in a scrambled order so the bucket is not built in sorted order.
    const objects = Array.from({ length: k }, (_, i) => (i * 7919) % k);
    for (const object of objects) expect(index.place('same', { object, slot: 'first' }).kind).toBe('new');
    const bound = Math.ceil(Math.log2(k + 1));
    for (const object of objects) {
      const found = index.place('same', { object, slot: 'second' });
      expect(found.kind).toBe('same');
      expect(found.comparisons).toBeLessThanOrEqual(bound);
      if (found.kind === 'same') expect(found.as.slot).toBe('first');
    }
  });

  it('scans with an equality-only comparator and still separates objects', () => {
    const index = new IdentityIndex<Item>('equality', equality);
    for (let object = 0; object < 10; object++) index.place('k', { object, slot: 'a' });
    const found = index.place('k', { object: 9, slot: 'b' });
    expect(found).toMatchObject({ kind: 'same', comparisons: 10 });
    expect(index.place('k', { object: 10, slot: 'c' })).toMatchObject({ kind: 'new', comparisons: 10 });
  });

  it('drops a member that vanished and keeps searching', () => {
    let gone = -1;
    const cmp = (a: Item, b: Item): Comparison => (a.object === gone ? { kind: 'gone', which: 'existing', reason: 'EBADF' } : order(a, b));
    const index = new IdentityIndex<Item>('ordered', cmp);
    for (const object of [1, 2, 3]) index.place('k', { object, slot: 'a' });
    gone = 2;
    expect(index.place('k', { object: 3, slot: 'b' })).toMatchObject({ kind: 'same' });
    expect([...index.members()].map((m) => m.object)).toEqual([1, 3]);
  });

  it('reports a candidate that vanished, and a comparator failure', () => {
    const index = new IdentityIndex<Item>('ordered', () => ({ kind: 'gone', which: 'candidate', reason: 'EBADF' }));
    index.place('k', { object: 1, slot: 'a' });
    expect(index.place('k', { object: 1, slot: 'b' })).toMatchObject({ kind: 'gone', reason: 'EBADF' });
    const failing = new IdentityIndex<Item>('ordered', () => ({ kind: 'failed', reason: 'EPERM' }));
    failing.place('k', { object: 1, slot: 'a' });
    expect(failing.place('k', { object: 1, slot: 'b' })).toMatchObject({ kind: 'failed', reason: 'EPERM' });
  });
});
