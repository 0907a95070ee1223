import type { Command } from 'commander';
import { addCaptureOptions, captureOptionsFrom, captureWithProgress, parsePids, type CaptureFlags } from '../capture-options.js';
import { writeOut, EXIT } from '../context.js';
import type { CommandHost } from './index.js';

/** `fdlens dump`: capture live trees and write them as a CRIU image directory that crit reads. */
export function registerDump(program: Command, host: CommandHost): void {
  const command = program
    .command('dump')
    .description('capture live process trees and write them as a CRIU image directory (inventory, pstree, core, ids, fdinfo, files, fs) that crit reads')
    .argument('<pid...>', 'root pids: each is dumped with all its descendants')
    .requiredOption('-D, --images-dir <dir>', 'directory to write (created; must be empty unless --force)')
    .option('--force', 'replace a directory that is not empty')
    .option('--allow-ext', 'write files CRIU cannot represent (userfaultfd, io_uring …) as EXT plugin files instead of refusing')
    .option('--pidfd-as-ext', 'write pidfds as EXT files, for crit older than 4.1 (no PIDFD type), e.g. Debian 12\'s crit 3.17');
  addCaptureOptions(command).action(async (pids: string[], opts: CaptureFlags & { imagesDir: string; force?: boolean; allowExt?: boolean; pidfdAsExt?: boolean }) => {
    const ctx = host.context();
    const graph = await captureWithProgress(ctx, { roots: parsePids(pids), ...captureOptionsFrom(opts) });
    const { writeDump } = await import('@fdlens/dump');
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
