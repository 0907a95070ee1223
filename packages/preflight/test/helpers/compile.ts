// Compile a fixture C program once per content (a local stand-in until @fdlens/fixtures exports
// its compileC): the binary is cached by a hash of the source and fx.h, written atomically so
// parallel test files never run a half-written binary.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const CACHE = join(tmpdir(), 'fdlens-preflight-fixtures');

/** Path of the compiled fixture `name` (from test/fixtures/<name>.c). */
export function compileFixture(name: string): string {
  const source = join(FIXTURES, `${name}.c`);
  const hash = createHash('sha256').update(readFileSync(source)).update(readFileSync(join(FIXTURES, 'fx.h'))).digest('hex').slice(0, 16);
  const out = join(CACHE, `${name}-${hash}`);
  if (existsSync(out)) return out;
  mkdirSync(CACHE, { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  execFileSync('gcc', ['-O1', '-Wall', '-Werror', '-o', tmp, source, '-I', FIXTURES], { stdio: ['ignore', 'ignore', 'pipe'] });
  renameSync(tmp, out);
  return out;
}
