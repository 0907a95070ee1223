import { Option, type Command } from 'commander';
import { EXIT, writeOut } from '../context.js';
import { addFilterOptions, applyFilter, filterFrom, type FilterFlags } from '../filter-options.js';
import { GRAPH_FORMATS, pickFormat, renderGraph } from '../render/index.js';
import type { CommandHost } from './index.js';

const DEMO_FIXTURE = 'kinds';

/** `fdlens demo` (also `fdlens` alone): build a small tree with every kind of sharing, scan it, remove it. */
export function registerDemo(program: Command, host: CommandHost): void {
  const command = program
    .command('demo')
    .description('build a small process tree with every kind of fd sharing (dup, fork, SCM_RIGHTS, CLONE_FILES, threads, pipes, sockets), scan it, print it, and remove it')
    .option('--json', 'print the graph as JSON')
    .addOption(new Option('--format <format>', 'output format').choices([...GRAPH_FORMATS]));
  addFilterOptions(command).action(async (opts: FilterFlags & { json?: boolean; format?: string }) => {
    const ctx = host.context();
    const format = pickFormat(opts);
    const filter = filterFrom(opts);
    ctx.stderr.write(`fdlens demo: building the "${DEMO_FIXTURE}" tree (compiled with the system C compiler on first use)…\n`);
    const [{ startFixture }, { captureTree }] = await Promise.all([import('@fdlens/fixtures'), import('@fdlens/core')]);
    const fixture = await startFixture(DEMO_FIXTURE);
    let output: string;
    try {
      const graph = captureTree({ roots: [fixture.rootPid], logger: ctx.logger });
      output = renderGraph(applyFilter(graph, filter), format);
    } finally {
      await fixture.stop();
    }
    await writeOut(ctx.stdout, output);
    if (format === 'table') {
      ctx.stderr.write('fdlens demo: the tree is gone. Scan your own with `fdlens scan <pid>`; see `fdlens --help`.\n');
    }
    host.setExit(EXIT.ok);
  });
}
