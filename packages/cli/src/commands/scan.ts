import { Option, type Command } from 'commander';
import { addCaptureOptions, captureOptionsFrom, captureWithProgress, parsePids, type CaptureFlags } from '../capture-options.js';
import { writeOut, EXIT } from '../context.js';
import { addFilterOptions, applyFilter, filterFrom, type FilterFlags } from '../filter-options.js';
import { pickFormat, renderGraph, GRAPH_FORMATS } from '../render/index.js';
import type { CommandHost } from './index.js';

/** `fdlens scan`: capture live trees and print who shares what. */
export function registerScan(program: Command, host: CommandHost): void {
  const command = program
    .command('scan')
    .description('capture live process trees and show every fd, its open file description, and who else holds it')
    .argument('[pid...]', 'root pids: each is scanned with all its descendants')
    .option('--all', 'scan every process on the system (not frozen unless --freeze is given)')
    .option('--json', 'print the graph as JSON (same as --format json)')
    .addOption(new Option('--format <format>', 'output format').choices([...GRAPH_FORMATS]));
  addFilterOptions(command);
  addCaptureOptions(command).action(async (pids: string[], opts: CaptureFlags & FilterFlags & { all?: boolean; json?: boolean; format?: string }) => {
    const ctx = host.context();
    const format = pickFormat(opts);
    const filter = filterFrom(opts);
    const graph = await captureWithProgress(ctx, { roots: parsePids(pids), all: opts.all === true, ...captureOptionsFrom(opts) });
    await writeOut(ctx.stdout, renderGraph(applyFilter(graph, filter), format));
    host.setExit(EXIT.ok);
  });
}
