// The replay executor is C (Node can't fork or pass fds). It is compiled on first use with the
// system compiler into a cache directory keyed by a hash of its source, written under a temporary
// name and renamed into place, so concurrent first uses never see half a binary.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OperationError, silentLogger, type Logger } from '@fdlens/core';

const SOURCE = fileURLToPath(new URL('../native/replay.c', import.meta.url));
const FLAGS = ['-O2', '-Wall', '-std=gnu11'];

/** Directory compiled helpers are cached in: $FDLENS_CACHE_DIR, else $XDG_CACHE_HOME/fdlens, else ~/.cache/fdlens. */
export function cacheDir(): string {
  return process.env['FDLENS_CACHE_DIR'] ?? join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'fdlens');
}

/** Path of the compiled replay executor, compiling it first if this source has not been compiled yet. */
export function executorPath(logger: Logger = silentLogger): string {
  const source = readFileSync(SOURCE);
  const hash = createHash('sha256').update(source).update(FLAGS.join(' ')).digest('hex').slice(0, 16);
  const dir = cacheDir();
  const target = join(dir, `replay-${hash}`);
  if (existsSync(target)) return target;
  mkdirSync(dir, { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  const compilers = process.env['CC'] ? [process.env['CC']] : ['cc', 'gcc', 'clang'];
  for (const cc of compilers) {
    const r = spawnSync(cc, [...FLAGS, '-o', tmp, SOURCE], { encoding: 'utf8' });
    if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
      continue;
    }
    if (r.status !== 0) {
      rmSync(tmp, { force: true });
      throw new OperationError('FDLENS_COMPILE_FAILED', `compiling the replay executor with ${cc} failed: ${(r.stderr || r.error?.message || '').split('\n').slice(0, 4).join(' ')}`, {
        hint: 'install the C library headers (apt-get install libc6-dev) or set CC to a working compiler',
      });
    }
    renameSync(tmp, target);
    logger.debug({ target, cc }, 'replay executor compiled');
    return target;
  }
  throw new OperationError('FDLENS_NO_COMPILER', `no C compiler found (tried ${compilers.join(', ')}) to build the replay executor`, {
    hint: 'install one (apt-get install gcc) or set CC; replay needs it once, the binary is cached in ' + dir,
  });
}
