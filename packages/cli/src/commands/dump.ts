import { Option, type Command } from 'commander';
import { captureTree, type FreezeMethod } from '@fdlens/core';
import { writeDump } from '@fdlens/dump';
import { writeOut, EXIT } from '../context.js';
import { progressLine } from '../progress.js';
import { parsePids } from './scan.js';
import type { CommandHost } from './index.js';

/** `fdlens dump`: capture live trees and write them as a CRIU image directory that crit reads. */
export function registerDump(program: Command, host: CommandHost): void {
  program
    .command('dump')
    .description('capture live process trees and write them as a CRIU image directory (inventory, pstree, core, ids, fdinfo, files, fs) that crit reads')
    .argument('<pid...>', 'root pids: each is dumped with all its descendants')
    .requiredOption('-D, --images-dir <dir>', 'directory to write (created; must be empty unless --force)')
    .option('--force', 'replace a directory that is not empty')
    .option('--allow-ext', 'write files CRIU cannot represent (userfaultfd, io_uring …) as EXT plugin files instead of refusing')
    .option('--pidfd-as-ext', 'write pidfds as EXT files, for crit older than 4.1 (no PIDFD type), e.g. Debian 12\'s crit 3.17')
    .addOption(new Option('--freeze <method>', 'how to hold the tree still while reading it').choices(['ptrace', 'sigstop']))
    .option('--no-freeze', 'read the tree while it runs (sharing is then decided without file positions)')
    .addOption(new Option('--backend <backend>', 'how to decide that two fds share a description').choices(['auto', 'kcmp', 'dupfd-query']).default('auto'))
    .action(async (pids: string[], opts: { imagesDir: string; force?: boolean; allowExt?: boolean; pidfdAsExt?: boolean; freeze?: string | boolean; backend: 'auto' | 'kcmp' | 'dupfd-query' }) => {
      const ctx = host.context();
      const progress = progressLine(ctx.stderr, 'scanning processes');
      const freeze: FreezeMethod | boolean | undefined = opts.freeze === true ? undefined : (opts.freeze as FreezeMethod | false);
      const graph = (() => {
        try {
          return captureTree({
            roots: parsePids(pids),
            ...(freeze === undefined ? {} : { freeze }),
            backend: opts.backend,
            logger: ctx.logger,
            onProgress: progress.update,
          });
        } finally {
          progress.done();
        }
      })();
      // Ctrl-C while writing: abort, so the temporary folder is removed and the target untouched.
      const abort = new AbortController();
      const onSigint = (): void => abort.abort();
      process.once('SIGINT', onSigint);
      try {
        const result = await writeDump(graph, opts.imagesDir, {
          force: opts.force === true,
          allowExt: opts.allowExt === true,
          pidfdAsExt: opts.pidfdAsExt === true,
          signal: abort.signal,
          logger: ctx.logger,
        });
        const fds = graph.tasks.reduce((n, t) => n + t.fds.length, 0);
        await writeOut(
          ctx.stdout,
          `wrote ${result.images.length} images (${result.bytes} bytes) to ${result.path}: ${graph.tasks.length} processes, ${fds} fds, ${graph.files.length} open file descriptions\n`,
        );
      } finally {
        process.removeListener('SIGINT', onSigint);
      }
      host.setExit(EXIT.ok);
    });
}
