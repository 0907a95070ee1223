// diffGraphs: do two graphs have the same shape and the same sharing? Pids differ between a
// tree and its replay, so processes are matched by position: roots, then each parent's
// children, first those whose command and fd numbers are the same on both sides, then by
// command, then the rest; each in pid order (creation order, which replay keeps, except where
// pids wrapped around pid_max, which the signatures make harmless). Descriptions are compared as
// partitions of fd slots, never by id.

import type { Graph, OpenFile, Task } from '@fdlens/core';

/** What a difference is about. */
export type DifferenceKind = 'tree' | 'comm' | 'threads' | 'fds' | 'cloexec' | 'partition' | 'fdTable' | 'content';

/** One difference between graph a and graph b. */
export interface Difference {
  /** What it is about. */
  kind: DifferenceKind;
  /** The process in a, when it is about one. */
  pid?: number;
  /** The matching process in b. */
  pidB?: number;
  /** The fd, when it is about one. */
  fd?: number;
  /** Readable, naming pids as `a-pid/b-pid`. */
  message: string;
}

/** Options of diffGraphs. */
export interface DiffOptions {
  /** Compare thread counts (default false: a replay may not recreate threads). */
  threads?: boolean;
  /** Compare command names (default true). */
  comm?: boolean;
  /** Compare description content: type, access mode and O_APPEND/O_NONBLOCK, position of regular files (default false). */
  content?: boolean;
}

const FLAG_MASK = 3 | 0o2000 | 0o4000;

/** Command, fd numbers and FD_CLOEXEC: what a process and its replay have in common. */
function signature(t: Task): string {
  return `${t.comm}|${t.fds.map((s) => `${s.fd}${s.cloexec ? 'c' : ''}`).join(',')}`;
}

function rootsOf(g: Graph): Task[] {
  const pids = new Set(g.tasks.map((t) => t.pid));
  return g.tasks.filter((t) => t.ppid === 0 || t.ppid === t.pid || !pids.has(t.ppid)).sort((x, y) => x.pid - y.pid);
}

function childrenOf(g: Graph): Map<number, Task[]> {
  const out = new Map<number, Task[]>();
  for (const t of g.tasks) {
    let list = out.get(t.ppid);
    if (list === undefined) out.set(t.ppid, (list = []));
    list.push(t);
  }
  for (const list of out.values()) list.sort((x, y) => x.pid - y.pid);
  return out;
}

/** Compare two graphs; empty when they are equal in every compared respect. */
export function diffGraphs(a: Graph, b: Graph, options: DiffOptions = {}): Difference[] {
  const out: Difference[] = [];
  const name = (pa: number, pb?: number): string => (pb === undefined || pb === pa ? `pid ${pa}` : `pid ${pa}/${pb}`);

  // Tree: match by position.
  const match = new Map<number, Task>();
  const kidsA = childrenOf(a);
  const kidsB = childrenOf(b);
  const pairUp = (la: Task[], lb: Task[], where: string): void => {
    const pairs: [Task, Task][] = [];
    let restA = la;
    let restB = lb;
    for (const key of [signature, (t: Task) => t.comm, () => '']) {
      const byKey = new Map<string, Task[]>();
      for (const t of restB) (byKey.get(key(t)) ?? byKey.set(key(t), []).get(key(t))!).push(t);
      const leftA: Task[] = [];
      for (const ta of restA) {
        const tb = byKey.get(key(ta))?.shift();
        if (tb) pairs.push([ta, tb]);
        else leftA.push(ta);
      }
      restA = leftA;
      restB = [...byKey.values()].flat().sort((x, y) => x.pid - y.pid);
    }
    pairs.sort((x, y) => x[0].pid - y[0].pid);
    for (const [ta, tb] of pairs) {
      match.set(ta.pid, tb);
      pairUp(kidsA.get(ta.pid) ?? [], kidsB.get(tb.pid) ?? [], `under ${name(ta.pid, tb.pid)}`);
    }
    for (const ta of restA) out.push({ kind: 'tree', pid: ta.pid, message: `${name(ta.pid)} (${ta.comm}) ${where} is only in a` });
    for (const tb of restB) out.push({ kind: 'tree', pidB: tb.pid, message: `pid -/${tb.pid} (${tb.comm}) ${where} is only in b` });
  };
  pairUp(rootsOf(a), rootsOf(b), 'at the top');

  const filesA = new Map(a.files.map((f) => [f.id, f]));
  const filesB = new Map(b.files.map((f) => [f.id, f]));
  const slotsA = new Map<string, number>();
  const slotsB = new Map<string, number>();
  for (const ta of a.tasks) {
    const tb = match.get(ta.pid);
    if (!tb) continue;
    const n = name(ta.pid, tb.pid);
    if (options.comm !== false && ta.comm !== tb.comm) out.push({ kind: 'comm', pid: ta.pid, pidB: tb.pid, message: `${n}: command "${ta.comm}" in a, "${tb.comm}" in b` });
    if (options.threads && ta.threads.length !== tb.threads.length) {
      out.push({ kind: 'threads', pid: ta.pid, pidB: tb.pid, message: `${n}: ${ta.threads.length} thread(s) in a, ${tb.threads.length} in b` });
    }
    const fb = new Map(tb.fds.map((s) => [s.fd, s]));
    const fa = new Map(ta.fds.map((s) => [s.fd, s]));
    for (const s of ta.fds) {
      const o = fb.get(s.fd);
      if (!o) {
        out.push({ kind: 'fds', pid: ta.pid, pidB: tb.pid, fd: s.fd, message: `${n}: fd ${s.fd} only in a` });
        continue;
      }
      if (s.cloexec !== o.cloexec) out.push({ kind: 'cloexec', pid: ta.pid, pidB: tb.pid, fd: s.fd, message: `${n}: fd ${s.fd} FD_CLOEXEC ${s.cloexec ? 'set' : 'clear'} in a, ${o.cloexec ? 'set' : 'clear'} in b` });
      slotsA.set(`${ta.pid}:${s.fd}`, s.file);
      slotsB.set(`${ta.pid}:${s.fd}`, o.file);
    }
    for (const s of tb.fds) if (!fa.has(s.fd)) out.push({ kind: 'fds', pid: ta.pid, pidB: tb.pid, fd: s.fd, message: `${n}: fd ${s.fd} only in b` });
  }

  // Description partition over the slots both have (keys use a's pids).
  const groups = (slots: Map<string, number>): Map<number, string[]> => {
    const g = new Map<number, string[]>();
    for (const [key, file] of slots) {
      let list = g.get(file);
      if (list === undefined) g.set(file, (list = []));
      list.push(key);
    }
    return g;
  };
  const ga = groups(slotsA);
  const gb = groups(slotsB);
  const bName = (key: string): string => {
    const [pid, fd] = key.split(':').map(Number) as [number, number];
    const tb = match.get(pid);
    return tb && tb.pid !== pid ? `${pid}/${tb.pid}:${fd}` : key;
  };
  const show = (keys: string[]): string => {
    const sorted = [...keys].sort((x, y) => {
      const [xp, xf] = x.split(':').map(Number) as [number, number];
      const [yp, yf] = y.split(':').map(Number) as [number, number];
      return xp - yp || xf - yf;
    });
    return `{${sorted.slice(0, 8).map(bName).join(' ')}${sorted.length > 8 ? ` …+${sorted.length - 8}` : ''}}`;
  };
  for (const keys of ga.values()) {
    const inB = new Map<number, string[]>();
    for (const k of keys) {
      const f = slotsB.get(k)!;
      let list = inB.get(f);
      if (list === undefined) inB.set(f, (list = []));
      list.push(k);
    }
    if (inB.size > 1) {
      out.push({ kind: 'partition', message: `one description in a at ${show(keys)} is ${inB.size} in b: ${[...inB.values()].map(show).join(', ')}` });
    } else {
      const only = [...inB.keys()][0]!;
      if (gb.get(only)!.length > keys.length) {
        const extra = gb.get(only)!.filter((k) => !keys.includes(k));
        const aFiles = new Set(extra.map((k) => slotsA.get(k)!));
        out.push({ kind: 'partition', message: `b shares one description across ${show(gb.get(only)!)}, which are ${aFiles.size + 1} descriptions in a` });
      }
    }
  }
  // Reported once per merged group: drop duplicates of the b-side message.
  const seen = new Set<string>();
  for (let i = out.length - 1; i >= 0; i--) {
    const d = out[i]!;
    if (d.kind !== 'partition') continue;
    if (seen.has(d.message)) out.splice(i, 1);
    seen.add(d.message);
  }

  // fd-table sharing.
  const tablesA = new Map<number, number[]>();
  const tablesB = new Map<number, number[]>();
  for (const ta of a.tasks) {
    const tb = match.get(ta.pid);
    if (!tb) continue;
    (tablesA.get(ta.fdTable) ?? tablesA.set(ta.fdTable, []).get(ta.fdTable)!).push(ta.pid);
    (tablesB.get(tb.fdTable) ?? tablesB.set(tb.fdTable, []).get(tb.fdTable)!).push(ta.pid);
  }
  const canon = (m: Map<number, number[]>): Set<string> => new Set([...m.values()].map((g) => g.sort((x, y) => x - y).join(',')));
  const ca = canon(tablesA);
  const cb = canon(tablesB);
  for (const g of ca) {
    if (!cb.has(g) && g.includes(',')) out.push({ kind: 'fdTable', message: `pids ${g.split(',').map((p) => bName(`${p}:`).replace(/:$/, '')).join(', ')} share one fd table in a, not in b` });
  }
  for (const g of cb) {
    if (!ca.has(g) && g.includes(',')) out.push({ kind: 'fdTable', message: `pids ${g.split(',').map((p) => bName(`${p}:`).replace(/:$/, '')).join(', ')} share one fd table in b, not in a` });
  }

  if (options.content) {
    const done = new Set<number>();
    for (const [key, fa] of slotsA) {
      if (done.has(fa)) continue;
      done.add(fa);
      const x = filesA.get(fa);
      const y = filesB.get(slotsB.get(key)!);
      if (!x || !y) continue;
      const why = contentDiff(x, y);
      if (why) out.push({ kind: 'content', message: `description at ${bName(key)}: ${why}` });
    }
  }
  return out;
}

function contentDiff(x: OpenFile, y: OpenFile): string | undefined {
  if (x.type !== y.type) return `type ${x.type} in a, ${y.type} in b`;
  if ((x.flags & FLAG_MASK) !== (y.flags & FLAG_MASK)) return `flags 0${(x.flags & FLAG_MASK).toString(8)} in a, 0${(y.flags & FLAG_MASK).toString(8)} in b`;
  if (x.type === 'reg' && x.pos !== y.pos) return `position ${x.pos} in a, ${y.pos} in b`;
  return undefined;
}

/** Render differences one per line, grouped by kind, for the CLI. */
export function formatDifferences(diffs: Difference[]): string {
  if (diffs.length === 0) return 'equal\n';
  const order: DifferenceKind[] = ['tree', 'comm', 'threads', 'fds', 'cloexec', 'partition', 'fdTable', 'content'];
  const lines = [`${diffs.length} difference(s):`];
  for (const kind of order) for (const d of diffs) if (d.kind === kind) lines.push(`  ${kind}: ${d.message}`);
  return `${lines.join('\n')}\n`;
}
