// The replay executor is C (Node can't fork or pass fds), built on first use by core's compileC
// (cached per source version, renamed into place atomically).

import { fileURLToPath } from 'node:url';
import { compileC } from '@fdlens/core';

const SOURCE = fileURLToPath(new URL('../native/replay.c', import.meta.url));
const FLAGS = ['-O2', '-Wall', '-std=gnu11'];

/** Path of the compiled replay executor, compiling it first if this source has not been compiled yet. */
export function executorPath(): Promise<string> {
  return compileC([SOURCE], 'replay', { flags: FLAGS });
}
