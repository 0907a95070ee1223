// The readable view of a graph: one block per process, one row per fd, and for every shared
// description the other pid:fd that hold it.

import { filesById, holdersByFile, fdKey, type Graph, type ScanStats } from '@fdlens/core/model';
import { describeFlags, describeTarget } from './describe-file.js';

const MAX_SHARERS = 6;
const MAX_OTHER_OPENS = 3;

/** Types whose descriptions are opens of an inode by path: two of them on one inode are separate opens. */
const OPENED_BY_PATH = new Set(['reg', 'dir', 'symlink', 'chr', 'blk', 'memfd']);

/**
 * For each description, the other descriptions of the same inode (dev, ino): the same file opened
 * again, not dup'ed. Told apart from sharing, which is what users of lsof and lsfd ask about when
 * one file shows up on several fds.
 */
function otherOpens(graph: Graph): Map<number, number[]> {
  const byInode = new Map<string, number[]>();
  for (const f of graph.files) {
    if (!OPENED_BY_PATH.has(f.type) || f.dev === undefined || f.ino === undefined) continue;
    const key = `${f.dev}:${f.ino}`;
    let list = byInode.get(key);
    if (list === undefined) byInode.set(key, (list = []));
    list.push(f.id);
  }
  const out = new Map<number, number[]>();
  for (const ids of byInode.values()) if (ids.length > 1) for (const id of ids) out.set(id, ids.filter((x) => x !== id));
  return out;
}

function otherOpensNote(others: number[] | undefined): string {
  if (others === undefined) return '';
  const shown = others.slice(0, MAX_OTHER_OPENS).map((id) => `#${id}`).join(' ');
  return ` (also opened as ${shown}${others.length > MAX_OTHER_OPENS ? ` +${others.length - MAX_OTHER_OPENS} more` : ''})`;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function padLeft(text: string, width: number): string {
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

/** Render a graph as the per-process table, followed by the summary line. */
export function renderTable(graph: Graph): string {
  const files = filesById(graph);
  const holders = holdersByFile(graph);
  const reopened = otherOpens(graph);
  const lines: string[] = [];
  const tableOwner = new Map<number, number>();
  for (const task of graph.tasks) {
    // A filtered view lists only the processes that hold something it shows.
    if (graph.filter !== undefined && task.fds.length === 0) continue;
    const own = task.ownFdTableThreads ?? [];
    const threads = task.threads.length > 1 ? ` · ${task.threads.length} threads` : '';
    const ownNote = own.length > 0 ? ` (thread${own.length > 1 ? 's' : ''} ${own.join(', ')} with an fd table of ${own.length > 1 ? 'their' : 'its'} own, not shown)` : '';
    const state = task.state === 'Z' ? ' · zombie' : '';
    lines.push(`pid ${task.pid} (${task.comm}) ppid ${task.ppid} · fd table ${task.fdTable}${threads}${ownNote}${state}`);
    const owner = tableOwner.get(task.fdTable);
    if (owner !== undefined) {
      lines.push(`  shares its fd table with pid ${owner}: the same ${task.fds.length} fds`, '');
      continue;
    }
    tableOwner.set(task.fdTable, task.pid);
    if (task.fds.length === 0) {
      lines.push('  (no fds)', '');
      continue;
    }
    const rows = task.fds.map((slot) => {
      const file = files.get(slot.file);
      const others = (holders.get(slot.file) ?? []).filter((h) => !(h.pid === task.pid && h.fd === slot.fd));
      let shared = others.slice(0, MAX_SHARERS).map(fdKey).join(' ');
      if (others.length > MAX_SHARERS) shared += ` +${others.length - MAX_SHARERS} more`;
      if (file?.identity === 'unknown') shared = '? (identity unknown)';
      const pos = file && (file.type === 'reg' || file.type === 'memfd') && file.pos !== 0 ? ` @${file.pos}` : '';
      return [
        String(slot.fd),
        slot.cloexec ? 'x' : '',
        file?.type ?? '?',
        `#${slot.file}`,
        file ? describeFlags(file.flags) : '',
        file ? describeTarget(file) + pos + otherOpensNote(reopened.get(file.id)) : '?',
        shared,
      ];
    });
    const header = ['FD', 'CLOEXEC', 'TYPE', 'FILE', 'MODE', 'TARGET', 'SHARED WITH'];
    const widths = header.map((h, i) => Math.min(i === 5 ? 60 : 40, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
    const fmt = (r: string[]): string =>
      `  ${padLeft(r[0]!, widths[0]!)}  ${r
        .slice(1)
        .map((c, i) => (i === r.length - 2 ? c : pad(c, widths[i + 1]!)))
        .join('  ')}`.trimEnd();
    lines.push(fmt(header), ...rows.map(fmt), '');
  }
  for (const v of graph.vanished) {
    lines.push(`vanished: pid ${v.pid}${v.fd === undefined ? '' : ` fd ${v.fd}`} while ${v.during} (${v.reason})`);
  }
  lines.push(summaryLine(graph));
  return `${lines.join('\n')}\n`;
}

/** `3 processes, 15 fds, 5 descriptions (2 shared), 12 kcmp calls, 4.1 ms`. */
export function summaryLine(graph: Graph): string {
  const stats: Partial<ScanStats> = graph.stats ?? {};
  const fds = graph.tasks.reduce((n, t) => n + t.fds.length, 0);
  const shared = [...holdersByFile(graph).values()].filter((h) => h.length > 1).length;
  const shown = graph.filter === undefined ? graph.tasks.length : graph.tasks.filter((t) => t.fds.length > 0).length;
  const parts = [
    graph.filter === undefined ? `${shown} processes` : `${shown} of ${graph.tasks.length} processes`,
    `${fds} fds`,
    `${graph.files.length} descriptions (${shared} shared)`,
  ];
  const tables = new Set(graph.tasks.map((t) => t.fdTable)).size;
  if (tables < graph.tasks.length) parts.push(`${tables} fd tables`);
  if (stats.kcmpCalls !== undefined) parts.push(`${stats.kcmpCalls} kcmp calls`);
  if (graph.source.kind === 'live') parts.push(`backend ${graph.source.backend}`, `freeze ${graph.source.freeze}`);
  if (stats.elapsedMs !== undefined) parts.push(`${stats.elapsedMs} ms`);
  if (graph.vanished.length > 0) parts.push(`${graph.vanished.length} vanished`);
  const filter = graph.filter;
  if (filter !== undefined) {
    const what = [...(filter.types !== undefined ? [`type ${filter.types.join(',')}`] : []), ...(filter.shared ? ['shared'] : [])];
    parts.push(`showing only: ${what.join(', ')}`);
  }
  return parts.join(', ');
}
