// Child process for the kill test: writes a big dump and stops dead (Atomics.wait) midway, so the
// parent can SIGKILL it while the dump is half written.

import { syntheticGraph, writeDump } from '@fdlens/dump';

const target = process.argv[2]!;
await writeDump(syntheticGraph({ processes: 300, seed: 3 }), target, {
  onImage: (_name, index) => {
    if (index === 50) {
      process.stdout.write('midway\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30_000);
    }
  },
});
