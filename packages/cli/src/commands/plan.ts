import { Option, type Command } from 'commander';
import { EXIT, writeOut } from '../context.js';
import { loadGraph } from '../load-graph.js';
import type { CommandHost } from './index.js';

/** `fdlens plan <pid|dir>`: the restore plan, readable (with both strategies' totals), as JSON or as dot. */
export function registerPlan(program: Command, host: CommandHost): void {
  program
    .command('plan')
    .description('compute the plan that recreates every fd of a tree (live pid or CRIU dump) with every sharing intact, and its cost beside the other strategy')
    .argument('<target>', 'pid of a live tree, or a CRIU dump directory or archive')
    .option('--json', 'print the plan as JSON (what `fdlens replay` reads), with a totals object')
    .addOption(new Option('--strategy <strategy>', 'inherit: fork inheritance where cheaper; criu: what CRIU does').choices(['inherit', 'criu']).default('inherit'))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'dot']))
    .action(async (target: string, opts: { json?: boolean; strategy: 'inherit' | 'criu'; format?: string }) => {
      const ctx = host.context();
      const graph = await loadGraph(target, ctx);
      const { planRestore, formatPlanText, formatPlanDot } = await import('@fdlens/restore-plan');
      const plan = planRestore(graph, { strategy: opts.strategy });
      const format = opts.format ?? (opts.json ? 'json' : 'text');
      if (format === 'json') {
        await writeOut(ctx.stdout, `${JSON.stringify(plan, null, 2)}\n`);
      } else if (format === 'dot') {
        await writeOut(ctx.stdout, formatPlanDot(plan));
      } else {
        const other = planRestore(graph, { strategy: opts.strategy === 'inherit' ? 'criu' : 'inherit' });
        await writeOut(ctx.stdout, formatPlanText(plan, other));
      }
      host.setExit(EXIT.ok);
    });
}
