import { Option, type Command } from 'commander';
import { captureTree, UsageError, type FreezeMethod } from '@fdlens/core';
import { writeOut, EXIT } from '../context.js';
import { progressLine } from '../progress.js';
import { pickFormat, renderGraph, GRAPH_FORMATS } from '../render/index.js';
import type { CommandHost } from './index.js';

/** Parse pid arguments, refusing anything that is not a positive integer. */
export function parsePids(args: string[]): number[] {
  return args.map((arg) => {
    if (!/^[1-9]\d*$/.test(arg)) throw new UsageError('FDLENS_BAD_PID', `"${arg}" is not a pid`, { hint: 'a pid is a positive integer, as `ps` shows it' });
    return Number(arg);
  });
}

/** `fdlens scan`: capture live trees and print who shares what. */
export function registerScan(program: Command, host: CommandHost): void {
  program
    .command('scan')
    .description('capture live process trees and show every fd, its open file description, and who else holds it')
    .argument('[pid...]', 'root pids: each is scanned with all its descendants')
    .option('--all', 'scan every process on the system (not frozen unless --freeze is given)')
    .option('--json', 'print the graph as JSON (same as --format json)')
    .addOption(new Option('--format <format>', 'output format').choices([...GRAPH_FORMATS]))
    .addOption(new Option('--freeze <method>', 'how to hold the tree still while reading it').choices(['ptrace', 'sigstop']))
    .option('--no-freeze', 'read the tree while it runs (sharing is then decided without file positions)')
    .addOption(new Option('--backend <backend>', 'how to decide that two fds share a description').choices(['auto', 'kcmp', 'dupfd-query']).default('auto'))
    .action(async (pids: string[], opts: { all?: boolean; json?: boolean; format?: string; freeze?: string | boolean; backend: 'auto' | 'kcmp' | 'dupfd-query' }) => {
      const ctx = host.context();
      const format = pickFormat(opts);
      const progress = progressLine(ctx.stderr, 'scanning processes');
      const freeze: FreezeMethod | boolean | undefined = opts.freeze === true ? undefined : (opts.freeze as FreezeMethod | false);
      const graph = (() => {
        try {
          return captureTree({
            roots: parsePids(pids),
            all: opts.all === true,
            ...(freeze === undefined ? {} : { freeze }),
            backend: opts.backend,
            logger: ctx.logger,
            onProgress: progress.update,
          });
        } finally {
          progress.done();
        }
      })();
      await writeOut(ctx.stdout, renderGraph(graph, format));
      host.setExit(EXIT.ok);
    });
}
