// Build a preflight fixture program (test/fixtures/<name>.c with fx.h) through core's compileC.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileC } from '@fdlens/core';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** Path of the compiled fixture `name` (from test/fixtures/<name>.c). */
export function compileFixture(name: string): Promise<string> {
  return compileC([join(FIXTURES, `${name}.c`), join(FIXTURES, 'fx.h')], `preflight-${name}`, { flags: ['-O1', '-Wall', '-Werror'] });
}
