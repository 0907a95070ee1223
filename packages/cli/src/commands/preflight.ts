import type { Command } from 'commander';
import { UsageError } from '@fdlens/core/model';
import { writeOut, EXIT } from '../context.js';
import { parsePids } from '../capture-options.js';
import { progressLine } from '../progress.js';
import type { CommandHost } from './index.js';

function parseNrOpen(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(text)) throw new UsageError('FDLENS_BAD_ARGS', `--restore-nr-open "${text}" is not a positive integer`, { hint: 'give fs.nr_open of the machine that will restore, e.g. --restore-nr-open 1048576' });
  return Number(text);
}

/** `fdlens preflight`: say before a checkpoint what CRIU will refuse or need. Exit 0 clean, 1 blockers, 2 error. */
export function registerPreflight(program: Command, host: CommandHost): void {
  program
    .command('preflight')
    .description('examine a live tree and report what would make `criu dump` fail or restore something different, with the CRIU option or action that resolves each')
    .argument('<pid...>', 'root pids: each is checked with all its descendants')
    .option('--json', 'print the report as JSON')
    .option('--criu-opts <options>', 'the options the dump will use (e.g. "--shell-job --tcp-established"): findings they resolve become info')
    .option('--restore-nr-open <n>', 'fs.nr_open of the machine that will restore (default: this machine\'s)')
    .option('--no-outside', 'do not search other processes for files, pipes and sockets shared with the tree')
    .action(async (pids: string[], opts: { json?: boolean; criuOpts?: string; restoreNrOpen?: string; outside: boolean }) => {
      const ctx = host.context();
      const roots = parsePids(pids);
      const restoreNrOpen = parseNrOpen(opts.restoreNrOpen);
      const { formatReport, hasBlocker, preflightLive } = await import('@fdlens/preflight');
      const progress = progressLine(ctx.stderr, 'checking processes');
      const { report } = (() => {
        try {
          return preflightLive({
            roots,
            logger: ctx.logger,
            outside: opts.outside,
            onProgress: progress.update,
            ...(opts.criuOpts === undefined ? {} : { criuOptions: [opts.criuOpts] }),
            ...(restoreNrOpen === undefined ? {} : { restoreNrOpen }),
          });
        } finally {
          progress.done();
        }
      })();
      await writeOut(ctx.stdout, opts.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
      host.setExit(hasBlocker(report) ? EXIT.findings : EXIT.ok);
    });
}
