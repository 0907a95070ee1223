import { statSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { writeOut, EXIT } from '../context.js';
import { addFilterOptions, applyFilter, filterFrom, type FilterFlags } from '../filter-options.js';
import { pickFormat, renderGraph, GRAPH_FORMATS } from '../render/index.js';
import type { CommandHost } from './index.js';

/** True for a single CRIU image file (as opposed to a dump directory or a checkpoint archive). */
function isImageFile(path: string, sniffArchive: (path: string) => unknown): boolean {
  let st;
  try {
    st = statSync(path);
  } catch {
    return false;
  }
  if (!st.isFile()) return false;
  if (path.endsWith('.img')) return true;
  // Service images (stats-dump …) have no .img suffix: any file that is no tar is taken as an image.
  return sniffArchive(path) === undefined;
}

/** `fdlens show`: a CRIU dump (directory or checkpoint archive) as the scan table/JSON, or one image as crit JSON. */
export function registerShow(program: Command, host: CommandHost): void {
  const command = program
    .command('show')
    .description('show a CRIU dump (image directory, or a tar/tar.gz/tar.zst checkpoint archive) like scan shows a live tree; show FILE.img decodes one image to JSON like crit decode')
    .argument('<path>', 'image directory, checkpoint archive, or one .img file')
    .option('--json', 'print the graph as JSON (same as --format json)')
    .addOption(new Option('--format <format>', 'output format').choices([...GRAPH_FORMATS]))
    .option('--pretty', 'for one image: indent the JSON (4 spaces, like crit decode --pretty without its field formats)')
    .option('--images', 'for a directory: list its files with the magic of each (modelled or not)');
  addFilterOptions(command).action(async (path: string, opts: FilterFlags & { json?: boolean; format?: string; pretty?: boolean; images?: boolean }) => {
    const ctx = host.context();
    // Reading a dump loads only the reader; the crit JSON view (protobufjs) only for one image.
    const { listImages, readDump, sniffArchive } = await import('@fdlens/dump/read');
    if (opts.images) {
      const lines = (await listImages(path)).map((l) => `${l.name}\t${l.magic}`);
      await writeOut(ctx.stdout, `${lines.join('\n')}\n`);
    } else if (isImageFile(path, sniffArchive)) {
      const { critImageText, decodeImage } = await import('@fdlens/dump');
      await writeOut(ctx.stdout, `${critImageText(decodeImage(path), opts.pretty ? 4 : undefined)}\n`);
    } else {
      const format = pickFormat(opts);
      const filter = filterFrom(opts);
      const graph = await readDump(path, { logger: ctx.logger });
      await writeOut(ctx.stdout, renderGraph(applyFilter(graph, filter), format));
    }
    host.setExit(EXIT.ok);
  });
}
