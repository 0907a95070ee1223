// `<pid|dir>` arguments: a live tree (captured, frozen) or a CRIU dump (directory or archive).

import { existsSync } from 'node:fs';
import { UsageError, type Graph } from '@fdlens/core/model';
import type { CliContext } from './context.js';

/** Options that apply when the spec names a live tree. */
export interface LoadOptions {
  /** Freeze the tree while reading it (default true). */
  freeze?: boolean;
}

/** Resolve a `<pid|dir>` argument into a graph. */
export async function loadGraph(spec: string, ctx: CliContext, options: LoadOptions = {}): Promise<Graph> {
  if (/^[1-9]\d*$/.test(spec)) {
    const { captureTree } = await import('@fdlens/core');
    return captureTree({ roots: [Number(spec)], logger: ctx.logger, ...(options.freeze === false ? { freeze: false } : {}) });
  }
  if (!existsSync(spec)) {
    throw new UsageError('FDLENS_NO_SUCH_INPUT', `"${spec}" is neither a pid nor an existing dump directory or archive`, {
      hint: 'give a live pid, a CRIU image directory, or a checkpoint archive (tar, tar.gz, tar.zst)',
    });
  }
  const { readDump } = await import('@fdlens/dump/read');
  return readDump(spec, { logger: ctx.logger });
}
