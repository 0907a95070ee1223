import type { Command } from 'commander';
import { EXIT, writeOut } from '../context.js';
import { loadGraph } from '../load-graph.js';
import type { CommandHost } from './index.js';

/** `fdlens diff <a> <b>`: compare two trees (live pids or dumps); exit 0 when equal, 1 with the differences. */
export function registerDiff(program: Command, host: CommandHost): void {
  program
    .command('diff')
    .description('compare two trees (live pids or CRIU dumps): tree shape, fds per process, description partition, fd-table sharing, FD_CLOEXEC; exit 0 equal, 1 different')
    .argument('<a>', 'pid of a live tree, or a CRIU dump directory or archive')
    .argument('<b>', 'pid of a live tree, or a CRIU dump directory or archive')
    .option('--json', 'print the differences as JSON')
    .option('--threads', 'compare thread counts too')
    .option('--content', 'compare what descriptions are too: type, access mode, O_APPEND/O_NONBLOCK, position')
    .option('--no-comm', 'do not compare command names')
    .action(async (a: string, b: string, opts: { json?: boolean; threads?: boolean; content?: boolean; comm: boolean }) => {
      const ctx = host.context();
      const ga = await loadGraph(a, ctx);
      const gb = await loadGraph(b, ctx);
      const { diffGraphs, formatDifferences } = await import('@fdlens/restore-plan');
      const diffs = diffGraphs(ga, gb, { threads: opts.threads === true, content: opts.content === true, comm: opts.comm });
      await writeOut(ctx.stdout, opts.json ? `${JSON.stringify(diffs, null, 2)}\n` : formatDifferences(diffs));
      host.setExit(diffs.length === 0 ? EXIT.ok : EXIT.findings);
    });
}
