// Who outside a captured tree holds its open files, the other end of its pipes, or the peer of
// its sockets. CRIU never looks outside the tree; what it dumps then loses that sharing. The
// search is CRIU-style: candidates are narrowed by what /proc already says (the link text, then
// dev:ino from one stat), and only those are settled with kcmp(KCMP_FILE), bisecting among the
// tree's descriptions of that inode in kcmp order, so an outside fd costs at most log2(k)+1 kcmp
// calls and most outside fds cost none.

import type { Graph, OpenFile } from '../graph.js';
import { holdersByFile, type FdRef } from '../graph-query.js';
import { KCMP, kcmp } from '../sys/kcmp.js';
import { listAllPids, listFds, readFdLink, readProcLink, readStat, statFd } from '../sys/proc.js';

/** How an outside fd relates to the tree. */
export type OutsideRelation =
  /** The very open file description a tree fd holds (kcmp equal). */
  | 'same-description'
  /** Another description of a pipe or FIFO the tree holds (typically the other end). */
  | 'same-pipe'
  /** The peer of a unix socket the tree holds, when the peer is not in the tree. */
  | 'socket-peer';

/** One fd of a process outside the tree that relates to a tree file. */
export interface OutsideHolder {
  /** How it relates. */
  relation: OutsideRelation;
  /** The tree's open-file id it relates to. */
  file: number;
  /** The outside process. */
  pid: number;
  /** Its fd. */
  fd: number;
  /** Its command name. */
  comm: string;
}

/** The result of one outside scan, with its costs. */
export interface OutsideScan {
  /** What was found, by pid then fd. */
  holders: OutsideHolder[];
  /** Processes outside the tree whose fds were listed. */
  processes: number;
  /** Their fds whose links were read. */
  fds: number;
  /** stat calls made to narrow candidates. */
  statCalls: number;
  /** kcmp calls made to settle them. */
  kcmpCalls: number;
  /** Processes whose fds could not be listed (permission). */
  unreadable: number[];
}

/** One tree description a candidate may be compared with, through one of its holders. */
interface Rep {
  file: OpenFile;
  at: FdRef;
}

/** Tree descriptions sharing one candidate key, kept in kcmp order for bisection. */
class KcmpOrdered {
  private readonly sorted: Rep[] = [];
  private readonly pending: Rep[] = [];
  private readonly counter: { kcmp: number };

  constructor(counter: { kcmp: number }) {
    this.counter = counter;
  }

  add(rep: Rep): void {
    this.pending.push(rep);
  }

  /** kcmp(existing, candidate): 0 equal, 1 existing < candidate, 2 greater, -1 failed. */
  private cmp(existing: FdRef, cand: FdRef): number {
    this.counter.kcmp++;
    const r = kcmp(existing.pid, cand.pid, KCMP.FILE, existing.fd, cand.fd);
    return r.errno === undefined ? r.value : -1;
  }

  /** Order the tree's descriptions lazily, the first time a candidate needs them. */
  private settle(): void {
    while (this.pending.length > 0) {
      const rep = this.pending.pop()!;
      const at = this.bisect(rep.at);
      if (at.kind === 'insert') this.sorted.splice(at.index, 0, rep);
    }
  }

  private bisect(cand: FdRef): { kind: 'equal'; rep: Rep } | { kind: 'insert'; index: number } | { kind: 'failed' } {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const r = this.cmp(this.sorted[mid]!.at, cand);
      if (r === 0) return { kind: 'equal', rep: this.sorted[mid]! };
      if (r === 1) lo = mid + 1;
      else if (r === 2) hi = mid;
      else return { kind: 'failed' };
    }
    return { kind: 'insert', index: lo };
  }

  /** The tree description the outside fd is, if any. */
  find(cand: FdRef): Rep | undefined {
    this.settle();
    const at = this.bisect(cand);
    return at.kind === 'equal' ? at.rep : undefined;
  }

  /** Any member (all members are of one pipe when keyed by pipe). */
  any(): Rep | undefined {
    return this.sorted[0] ?? this.pending[0];
  }
}

/** Options of an outside scan. */
export interface OutsideScanOptions {
  /** Pids never to look at besides the tree and ourselves. */
  exclude?: number[];
  /** Only look at these pids (default: every process). */
  pids?: number[];
}

/** Find the fds of processes outside the graph's tree that share its files, pipes or socket peers. */
export function findOutsideHolders(graph: Graph, options: OutsideScanOptions = {}): OutsideScan {
  const counter = { kcmp: 0 };
  const scan: OutsideScan = { holders: [], processes: 0, fds: 0, statCalls: 0, kcmpCalls: 0, unreadable: [] };
  const inTree = new Set(graph.tasks.map((t) => t.pid));
  const skip = new Set([...inTree, process.pid, ...(options.exclude ?? [])]);
  const holders = holdersByFile(graph);

  // Candidate keys: the link text for pipes, sockets and anon inodes (exact without a stat), and
  // dev:ino for path-backed files (a stat of the outside fd decides).
  const byLink = new Map<string, KcmpOrdered>();
  const byInode = new Map<string, KcmpOrdered>();
  const pipeByIno = new Map<number, OpenFile>();
  const peerOf = new Map<number, OpenFile>();
  const treeSockets = new Set<number>();
  for (const f of graph.files) if (f.socket !== undefined) treeSockets.add(f.socket.ino);
  for (const f of graph.files) {
    const at = holders.get(f.id)?.[0];
    if (at === undefined || f.link === undefined) continue;
    const rep = { file: f, at };
    if (f.pipeIno !== undefined && !pipeByIno.has(f.pipeIno)) pipeByIno.set(f.pipeIno, f);
    if (f.socket?.peerIno && !treeSockets.has(f.socket.peerIno)) peerOf.set(f.socket.peerIno, f);
    if (f.link.startsWith('/')) {
      if (f.dev === undefined || f.ino === undefined) continue;
      const key = `${f.dev}:${f.ino}`;
      let group = byInode.get(key);
      if (group === undefined) byInode.set(key, (group = new KcmpOrdered(counter)));
      group.add(rep);
    } else {
      let group = byLink.get(f.link);
      if (group === undefined) byLink.set(f.link, (group = new KcmpOrdered(counter)));
      group.add(rep);
    }
  }
  const pathLinks = new Set(graph.files.filter((f) => f.link?.startsWith('/')).map((f) => f.link!.replace(/ \(deleted\)$/, '')));
  const ownRoot = readProcLink(process.pid, 'root');

  const pids = options.pids ?? listAllPids();
  for (const pid of pids) {
    if (skip.has(pid)) continue;
    let fds: number[];
    try {
      fds = listFds(pid);
    } catch (err) {
      if ((err as { code?: string }).code === 'EACCES') scan.unreadable.push(pid);
      continue; // a kernel thread has an empty table; a vanished process has none
    }
    if (fds.length === 0) continue;
    scan.processes++;
    // A process with another root shows other path texts for the same files: stat them all.
    const otherRoot = readProcLink(pid, 'root') !== ownRoot;
    let comm: string | undefined;
    const record = (relation: OutsideRelation, file: OpenFile, fd: number): void => {
      if (comm === undefined) {
        try {
          comm = readStat(pid).comm;
        } catch {
          comm = '?';
        }
      }
      scan.holders.push({ relation, file: file.id, pid, fd, comm });
    };
    for (const fd of fds) {
      let link: string;
      try {
        link = readFdLink(pid, fd);
      } catch {
        continue;
      }
      scan.fds++;
      const cand = { pid, fd };
      if (!link.startsWith('/')) {
        const group = byLink.get(link);
        if (group !== undefined) {
          const same = group.find(cand);
          if (same !== undefined) record('same-description', same.file, fd);
          else if (link.startsWith('pipe:[')) record('same-pipe', group.any()!.file, fd);
          continue;
        }
        const sock = /^socket:\[(\d+)\]$/.exec(link);
        if (sock) {
          const file = peerOf.get(Number(sock[1]));
          if (file !== undefined) record('socket-peer', file, fd);
        }
        continue;
      }
      if (!otherRoot && !pathLinks.has(link.replace(/ \(deleted\)$/, ''))) continue;
      let st;
      try {
        scan.statCalls++;
        st = statFd(pid, fd);
      } catch {
        continue;
      }
      const group = byInode.get(`${Number(st.dev)}:${Number(st.ino)}`);
      if (group === undefined) continue;
      const same = group.find(cand);
      if (same !== undefined) record('same-description', same.file, fd);
      else {
        const fifo = pipeByIno.get(Number(st.ino));
        if (fifo !== undefined && fifo.type === 'fifo') record('same-pipe', fifo, fd);
      }
    }
  }
  scan.kcmpCalls = counter.kcmp;
  return scan;
}
