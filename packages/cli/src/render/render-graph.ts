import { UsageError, type Graph } from '@fdlens/core/model';
import { renderDot } from './dot.js';
import { renderJsonLines } from './json-lines.js';
import { renderTable } from './table.js';
import { renderTree } from './tree.js';

/** Output formats every graph-printing command accepts. */
export const GRAPH_FORMATS = ['table', 'tree', 'json', 'jsonl', 'dot'] as const;

/** One of GRAPH_FORMATS. */
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** `--json` is shorthand for `--format json`; a format given twice must agree. */
export function pickFormat(options: { json?: boolean; format?: string }): GraphFormat {
  const format = options.format ?? (options.json ? 'json' : 'table');
  if (!(GRAPH_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError('FDLENS_BAD_FORMAT', `unknown format "${format}"`, { hint: `use one of: ${GRAPH_FORMATS.join(', ')}` });
  }
  if (options.json && format !== 'json') throw new UsageError('FDLENS_BAD_FORMAT', `--json contradicts --format ${format}`, { hint: 'give one of them' });
  return format as GraphFormat;
}

/** A graph as text in the chosen format. */
export function renderGraph(graph: Graph, format: GraphFormat): string {
  if (format === 'json') return `${JSON.stringify(graph, null, 2)}\n`;
  if (format === 'jsonl') return renderJsonLines(graph);
  if (format === 'tree') return renderTree(graph);
  if (format === 'dot') return renderDot(graph);
  return renderTable(graph);
}
