// `--type` and `--shared`: which open file descriptions a printed graph shows. Both test the
// description, so every holder of a shown description is shown too ("SHARED WITH" stays whole).

import type { Command } from 'commander';
import { FILE_TYPES, UsageError, filterGraph, type FileType, type Graph, type GraphFilter } from '@fdlens/core/model';

/** Parsed values of the filter options. */
export interface FilterFlags {
  /** `--type reg,pipe`. */
  type?: string;
  /** `--shared`. */
  shared?: boolean;
}

/** Add `--type` and `--shared` to a command that prints a graph. */
export function addFilterOptions(command: Command): Command {
  return command
    .option('--type <types>', `only open file descriptions of these types, comma-separated (${FILE_TYPES.join(', ')})`)
    .option('--shared', 'only open file descriptions held by more than one fd');
}

/** The filter the options ask for; undefined when they ask for none. */
export function filterFrom(flags: FilterFlags): GraphFilter | undefined {
  const filter: GraphFilter = {};
  if (flags.type !== undefined) {
    const types = flags.type.split(',').map((t) => t.trim()).filter((t) => t !== '');
    const unknown = types.filter((t) => !(FILE_TYPES as readonly string[]).includes(t));
    if (types.length === 0 || unknown.length > 0) {
      throw new UsageError('FDLENS_BAD_TYPE', `unknown file type${unknown.length > 1 ? 's' : ''} "${unknown.join(', ') || flags.type}"`, { hint: `use one or more of: ${FILE_TYPES.join(', ')}` });
    }
    filter.types = types as FileType[];
  }
  if (flags.shared === true) filter.shared = true;
  return filter.types === undefined && filter.shared === undefined ? undefined : filter;
}

/** The graph as the filter (from `filterFrom`) asks to show it. */
export function applyFilter(graph: Graph, filter: GraphFilter | undefined): Graph {
  return filter === undefined ? graph : filterGraph(graph, filter);
}
