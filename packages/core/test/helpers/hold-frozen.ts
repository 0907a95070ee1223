// A scanner that stops in the middle of a capture, for tests that kill it there.
//   hold-frozen.ts <root-pid> <ptrace|sigstop> <hold-ms>
// It prints "frozen" once the first process has been read (the tree is then frozen) and holds
// still for hold-ms inside the capture, as a slow or stuck scan would.
import { writeSync } from 'node:fs';
import { captureTree, type FreezeMethod } from '@fdlens/core';

const [root, freeze, holdMs] = process.argv.slice(2);
const cell = new Int32Array(new SharedArrayBuffer(4));
let told = false;
captureTree({
  roots: [Number(root)],
  freeze: freeze as FreezeMethod,
  onTaskRead: () => {
    if (told) return;
    told = true;
    writeSync(1, 'frozen\n');
    Atomics.wait(cell, 0, 0, Number(holdMs));
  },
});
writeSync(1, 'done\n');
