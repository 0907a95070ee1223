// The fdlens graph → the bytes of each CRIU image (pure; write-dump.ts puts them on disk).
// Ids: the graph's fdTable ids are the files_id, its file ids are the FileEntry ids. Like CRIU,
// inventory.root_ids names the dumper's own objects with ids no task uses (1 when free).

import type { Graph, Logger, OpenFile, Task } from '@fdlens/core/model';
import { OperationError } from '@fdlens/core/model';
import { DUMP_ERROR_CODES } from './errors.js';
import { fileEntry, fileEntryOf, regEntry, u64Out, type EntryContext } from './file-entry.js';
import { FD_TYPE_NUMBERS } from './file-map.js';
import { serializeImage, type EntryToWrite } from './image-write.js';
import { imageKindByName } from './magic.js';

type Rec = Record<string, unknown>;

/** Options for turning a graph into images. */
export interface DumpImagesOptions {
  /** Write files CRIU cannot represent (anon inodes like userfaultfd, unknown sockets) as EXT. */
  allowExt?: boolean;
  /**
   * Write pidfds as EXT instead of CRIU >= 4.1's PIDFD entries, so that crit 3.17 (Debian 12),
   * which has no PIDFD type, can list them. Off by default: PIDFD is what CRIU writes today.
   */
  pidfdAsExt?: boolean;
  /** cwd and root of a task; default: the task's own `cwd`/`root`, else "/". */
  fsPaths?: (task: Task) => { cwd: string; root: string };
  /** Warnings (fd tables that disagree between sharers) go here. */
  logger?: Logger;
}

/** One image to write. */
export interface ImageFile {
  /** File name inside the dump directory. */
  name: string;
  /** Its bytes. */
  bytes: Buffer;
}

const MARCH: Readonly<Record<string, number>> = { x64: 1, arm: 2, arm64: 3, ppc64: 4, s390x: 5, mips: 6, loong64: 7, riscv64: 8 };
// compel's task states: 1 alive, 2 dead, 3 stopped, 6 zombie.
const TASK_STATE: Readonly<Record<string, number>> = { Z: 6, X: 2, T: 3, t: 3 };

function image(name: string, kindName: string, messages: Rec[]): ImageFile {
  const kind = imageKindByName(kindName)!;
  const list: EntryToWrite[] = messages.map((message) => ({ message }));
  return { name, bytes: serializeImage(kind.head, kind.magic, kind.message!, list) };
}

function badGraph(message: string, hint: string): OperationError {
  return new OperationError(DUMP_ERROR_CODES.badGraph, message, { hint });
}

/** An id no one in `used` has: 1 when free, else one past the largest. */
function freeId(used: Iterable<number>): number {
  let max = 0;
  let one = false;
  for (const u of used) {
    if (u === 1) one = true;
    if (u > max) max = u;
  }
  return one ? max + 1 : 1;
}

/** Every image of the dump of a graph. */
export function dumpImages(graph: Graph, options: DumpImagesOptions = {}): ImageFile[] {
  const out: ImageFile[] = [];
  const tasks = graph.tasks;
  const pids = new Set<number>();
  for (const t of tasks) {
    if (pids.has(t.pid)) throw badGraph(`pid ${t.pid} appears twice in the graph`, 'a graph lists each process once');
    pids.add(t.pid);
  }

  // Files: held, unheld, then helper entries (fs paths, FIFO paths) with fresh ids.
  const all = new Map<number, OpenFile>();
  for (const f of [...graph.files, ...(graph.unheld ?? [])]) {
    if (!Number.isInteger(f.id) || f.id < 0 || f.id > 0xffffffff) throw badGraph(`file id ${f.id} does not fit CRIU's u32 ids`, 'file ids must be integers in 0..2^32-1');
    if (all.has(f.id)) throw badGraph(`file id ${f.id} appears twice in the graph`, 'files and unheld must not share ids');
    all.set(f.id, f);
  }
  let nextId = Math.max(0, ...all.keys()) + 1;
  const extraRegs: Rec[] = [];
  const holders = new Map<number, string>();
  for (const t of tasks) for (const s of t.fds) if (!holders.has(s.file)) holders.set(s.file, `pid ${t.pid} fd ${s.fd}`);
  const memfdInodes = new Map<string, { id: number; f: OpenFile }>();
  const ctx: EntryContext = {
    newId: () => nextId++,
    addReg: (e) => extraRegs.push(e),
    memfdInode: (f) => {
      const key = f.ino !== undefined ? `ino:${f.ino}` : `file:${f.id}`;
      let inode = memfdInodes.get(key);
      if (inode === undefined) memfdInodes.set(key, (inode = { id: memfdInodes.size + 1, f }));
      return inode.id;
    },
    allowExt: options.allowExt === true,
    pidfdAsExt: options.pidfdAsExt === true,
    holder: (id) => holders.get(id) ?? `file ${id} (held by no fd)`,
  };
  const kinds = new Map<number, string>();
  const fileEntries: Rec[] = [];
  for (const f of [...all.values()].sort((a, b) => a.id - b.id)) {
    const { kind, sub } = fileEntryOf(f, ctx);
    kinds.set(f.id, kind);
    fileEntries.push(fileEntry(kind, sub));
  }

  // fs-N: cwd and root as RegFileEntries of their own (one per distinct path), held by no fd.
  const fsIds = new Map<string, number>();
  const fsId = (path: string): number => {
    let id = fsIds.get(path);
    if (id === undefined) {
      fsIds.set(path, (id = nextId++));
      extraRegs.push(regEntry(id, path, 0o200000, 0));
    }
    return id;
  };

  // Task object ids: the graph's, else fresh ones (no sharing claimed); root_ids get unused ones.
  const fdTables = tasks.map((t) => t.fdTable).filter((n) => Number.isInteger(n) && n >= 1 && n <= 0xffffffff);
  let nextTable = Math.max(1, ...fdTables) + 1;
  const filesIdOf = new Map<Task, number>();
  for (const t of tasks) filesIdOf.set(t, Number.isInteger(t.fdTable) && t.fdTable >= 1 && t.fdTable <= 0xffffffff ? t.fdTable : nextTable++);
  const objIds = (pick: (t: Task) => number | undefined): { of: Map<Task, number>; root: number } => {
    const of = new Map<Task, number>();
    const given = tasks.map(pick).filter((n): n is number => n !== undefined && Number.isInteger(n) && n >= 1 && n <= 0xffffffff);
    let next = Math.max(1, ...given) + 1;
    for (const t of tasks) {
      const v = pick(t);
      of.set(t, v !== undefined && Number.isInteger(v) && v >= 1 && v <= 0xffffffff ? v : next++);
    }
    return { of, root: freeId(of.values()) };
  };
  const vm = objIds((t) => t.vm);
  const fs = objIds((t) => t.fs);
  const sighand = objIds((t) => t.sighand);
  const rootFiles = freeId(filesIdOf.values());

  const march = MARCH[process.arch] ?? 1;
  const fsPaths = options.fsPaths ?? ((t: Task) => ({ cwd: t.cwd ?? '/', root: t.root ?? '/' }));
  const written = new Map<number, Task>();
  for (const t of tasks) {
    const filesId = filesIdOf.get(t)!;
    const comm = t.comm;
    const tc = { task_state: TASK_STATE[t.state ?? ''] ?? 1, exit_code: 0, personality: 0, flags: 0, blk_sigset: 0, comm };
    out.push(image(`core-${t.pid}.img`, 'CORE', [{ mtype: march, tc, thread_core: { futex_rla: 0, futex_rla_len: 0, comm } }]));
    for (const tid of t.threads) {
      if (tid === t.pid) continue;
      out.push(image(`core-${tid}.img`, 'CORE', [{ mtype: march, thread_core: { futex_rla: 0, futex_rla_len: 0, comm } }]));
    }
    out.push(image(`ids-${t.pid}.img`, 'IDS', [{ vm_id: vm.of.get(t), files_id: filesId, fs_id: fs.of.get(t), sighand_id: sighand.of.get(t) }]));
    const { cwd, root } = fsPaths(t);
    out.push(image(`fs-${t.pid}.img`, 'FS', [{ cwd_id: fsId(cwd), root_id: fsId(root), umask: 0o22 }]));

    const first = written.get(filesId);
    if (first !== undefined) {
      if (!sameSlots(first, t)) {
        options.logger?.warn({ pid: t.pid, owner: first.pid, filesId }, 'processes sharing an fd table list different fds; the first one is written');
      }
      continue;
    }
    written.set(filesId, t);
    const slots = [...t.fds].sort((a, b) => a.fd - b.fd);
    const entries = slots.map((s) => {
      const kind = kinds.get(s.file);
      if (kind === undefined) throw badGraph(`pid ${t.pid} fd ${s.fd} names file ${s.file}, which the graph does not have`, 'every fd must name a file of graph.files');
      return { id: s.file, flags: s.cloexec ? 1 : 0, type: FD_TYPE_NUMBERS[kind], fd: s.fd };
    });
    out.push(image(`fdinfo-${filesId}.img`, 'FDINFO', entries));
  }

  for (const e of extraRegs) fileEntries.push(fileEntry('REG', e));
  out.push(image('files.img', 'FILES', fileEntries));
  if (memfdInodes.size > 0) {
    out.push(
      image('memfd.img', 'MEMFD_INODE', [...memfdInodes.values()].map(({ id, f }) => ({
        name: f.path ?? 'memfd:', uid: 0, gid: 0, size: u64Out(f.size ?? 0), shmid: 0, seals: 0, inode_id: u64Out(id),
      }))),
    );
  }

  const inTree = new Set(tasks.map((t) => t.pid));
  out.push(
    image('pstree.img', 'PSTREE', tasks.map((t) => ({
      pid: t.pid, ppid: inTree.has(t.ppid) ? t.ppid : 0, pgid: t.pgid, sid: t.sid, threads: t.threads.length > 0 ? t.threads : [t.pid],
    }))),
  );
  out.push(
    image('inventory.img', 'INVENTORY', [{
      img_version: 2,
      fdinfo_per_id: true,
      root_ids: { vm_id: vm.root, files_id: rootFiles, fs_id: fs.root, sighand_id: sighand.root },
      lsmtype: 0,
    }]),
  );
  return out;
}

function sameSlots(a: Task, b: Task): boolean {
  if (a.fds.length !== b.fds.length) return false;
  const m = new Map(a.fds.map((s) => [s.fd, s]));
  return b.fds.every((s) => {
    const o = m.get(s.fd);
    return o !== undefined && o.file === s.file && o.cloexec === s.cloexec;
  });
}
