import type { Writable } from 'node:stream';

/**
 * A progress callback that redraws one stderr line, only when stderr is a terminal and the work
 * is long enough to be worth it; `done()` clears the line.
 */
export function progressLine(stderr: Writable, label: string, minTotal = 50): { update: (done: number, total: number) => void; done: () => void } {
  const tty = (stderr as Writable & { isTTY?: boolean }).isTTY === true;
  let last = 0;
  let drawn = false;
  return {
    update: (done, total) => {
      if (!tty || total < minTotal) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      drawn = true;
      stderr.write(`\r${label} ${done}/${total}`);
    },
    done: () => {
      if (drawn) stderr.write('\r\x1b[K');
    },
  };
}
