// A set of CRIU images → the fdlens graph. Pure: the images come from an ImageSet (a directory or
// an archive already streamed into memory). Every inconsistency is an ImageFormatError naming the
// image, the entry and the byte offset.

import { GRAPH_SCHEMA, linkPeers, type Fd, type Graph, type GraphSource, type OpenFile, type Task } from '@fdlens/core/model';
import { DUMP_ERROR_CODES, ImageFormatError } from './errors.js';
import { FD_TYPE_FIELD, FD_TYPE_NAMES, openFileOf, u64, type FileContext } from './file-map.js';
import type { RawEntry, RawImage } from './image-read.js';
import { hexMagic } from './magic.js';

/** File names of the legacy per-type file images. */
export const LEGACY_FILE_IMAGES: ReadonlySet<string> = new Set([
  'reg-files.img', 'pipes.img', 'fifo.img', 'inetsk.img', 'unixsk.img', 'packetsk.img', 'netlinksk.img',
  'eventfd.img', 'eventpoll.img', 'signalfd.img', 'timerfd.img', 'inotify.img', 'fanotify.img', 'tty.img',
  'ns-files.img', 'tunfile.img', 'ext-files.img', 'bpfmap-file.img', 'pidfd.img',
]);

/** True for the images the graph is built from (the others are listed, never read). */
export function isGraphImage(name: string): boolean {
  return (
    name === 'pstree.img' || name === 'files.img' || name === 'memfd.img' || name === 'remap-fpath.img' ||
    /^(core|ids|fdinfo|fs)-\d+\.img$/.test(name) || LEGACY_FILE_IMAGES.has(name)
  );
}

/** Images of one dump, by file name (`pstree.img`, `core-42.img` …). */
export interface ImageSet {
  /** The dump's path (directory or archive), for messages. */
  readonly path: string;
  /** How errors name a file of the dump (`DIR/files.img`, `ARCHIVE!checkpoint/files.img`). */
  label(name: string): string;
  /** Every file name in the dump (images fdlens reads or not). */
  names(): readonly string[];
  /** The decoded image, or undefined when the dump has no such file. */
  get(name: string): RawImage | undefined;
}

type Rec = Record<string, unknown>;

// CRIU's task states (compel's task-state.h): 1 alive, 2 dead, 3 stopped, 6 zombie.
const STATE_LETTER: Readonly<Record<number, string>> = { 2: 'X', 3: 'T', 6: 'Z' };

/** Legacy per-type images (before files.img, CRIU < 3.4): image name → fd type. */
const LEGACY_IMAGES: ReadonlyArray<readonly [string, string]> = [
  ['REG_FILES', 'REG'], ['PIPES', 'PIPE'], ['FIFO', 'FIFO'], ['INETSK', 'INETSK'], ['UNIXSK', 'UNIXSK'],
  ['PACKETSK', 'PACKETSK'], ['NETLINK_SK', 'NETLINKSK'], ['EVENTFD_FILE', 'EVENTFD'],
  ['EVENTPOLL_FILE', 'EVENTPOLL'], ['SIGNALFD', 'SIGNALFD'], ['TIMERFD', 'TIMERFD'],
  ['INOTIFY_FILE', 'INOTIFY'], ['FANOTIFY_FILE', 'FANOTIFY'], ['TTY_FILES', 'TTY'], ['NS_FILES', 'NS'],
  ['TUNFILE', 'TUNF'], ['EXT_FILES', 'EXT'], ['BPFMAP_FILE', 'BPFMAP'], ['PIDFD', 'PIDFD'],
];

/** One files.img entry, ready to become an OpenFile. */
interface FileRecord {
  id: number;
  kind: string;
  sub: Rec;
  img: RawImage;
  index: number;
  /** The first fd table (in tree order) that holds it; unset for a file no fd holds. */
  table?: Fd[];
}

function missing(set: ImageSet, name: string, why: string): ImageFormatError {
  return new ImageFormatError(DUMP_ERROR_CODES.missingImage, { file: set.label(name), offset: 0 }, `missing image: ${why}`, {
    hint: 'the dump is incomplete: copy the whole image directory (or archive) again',
  });
}

/** The image by name, refusing one whose magic is not the kind its name calls for. */
function getImage(set: ImageSet, name: string, kind: string): RawImage | undefined {
  const img = set.get(name);
  if (img !== undefined && img.name !== kind) {
    const what = img.kind ? `${img.name} (magic ${hexMagic(img.magic)})` : `unknown magic ${hexMagic(img.magic)}`;
    throw new ImageFormatError(DUMP_ERROR_CODES.badMagic, { file: img.file, offset: img.head === 'none' ? 0 : 4 }, `${name} holds ${what}, expected ${kind}`);
  }
  return img;
}

function at(img: RawImage, index: number, entry: RawEntry): { file: string; entry: number; offset: number } {
  return { file: img.file, entry: index, offset: entry.offset };
}

/** files.img (or the legacy images) as a Map by id, checking ids are unique and sub-ids agree. */
function collectFiles(set: ImageSet): Map<number, FileRecord> {
  const byId = new Map<number, FileRecord>();
  const add = (rec: FileRecord): void => {
    const prev = byId.get(rec.id);
    if (prev !== undefined) {
      const where = at(rec.img, rec.index, rec.img.entries[rec.index]!);
      throw new ImageFormatError(DUMP_ERROR_CODES.duplicateId, where, `file id ${rec.id} is used twice (first at entry #${prev.index} of ${prev.img.file})`);
    }
    byId.set(rec.id, rec);
  };
  const files = getImage(set, 'files.img', 'FILES');
  if (files !== undefined) {
    const list = files.entries;
    for (let i = 0; i < list.length; i++) {
      const m = list[i]!.message as Rec;
      const kind = FD_TYPE_NAMES[m['type'] as number] ?? `TYPE${String(m['type'])}`;
      const field = FD_TYPE_FIELD[kind];
      const sub = field === undefined ? undefined : (m[field] as Rec | undefined);
      if (sub === undefined || sub === null) {
        throw new ImageFormatError(DUMP_ERROR_CODES.badProtobuf, at(files, i, list[i]!), `FileEntry ${String(m['id'])} of type ${kind} has no ${field ?? 'sub-message'}`);
      }
      if (sub['id'] !== m['id']) {
        throw new ImageFormatError(DUMP_ERROR_CODES.badProtobuf, at(files, i, list[i]!), `FileEntry id ${String(m['id'])} but its ${field} says id ${String(sub['id'])}`);
      }
      add({ id: m['id'] as number, kind, sub, img: files, index: i });
    }
    return byId;
  }
  // Before files.img, each type had its own image; CRIU and crit still read them.
  for (const name of set.names()) {
    if (!LEGACY_FILE_IMAGES.has(name)) continue;
    const img = set.get(name);
    if (img === undefined || !img.modelled) continue;
    const legacy = LEGACY_IMAGES.find(([imgName]) => imgName === img.name);
    if (legacy === undefined) continue;
    img.entries.forEach((e, i) => {
      const sub = e.message as Rec;
      add({ id: sub['id'] as number, kind: legacy[1], sub, img, index: i });
    });
  }
  if (byId.size === 0 && !set.names().includes('files.img')) {
    const anyFdinfo = set.names().some((n) => n.startsWith('fdinfo-'));
    if (anyFdinfo) throw missing(set, 'files.img', 'files.img (and no legacy per-type file images)');
  }
  return byId;
}

function fileContext(set: ImageSet, files: Map<number, FileRecord>): FileContext {
  const memfd = getImage(set, 'memfd.img', 'MEMFD_INODE');
  const memfdNames = new Map<number, string>();
  if (memfd !== undefined) {
    for (const e of memfd.entries) {
      const m = e.message as Rec;
      memfdNames.set(u64(m['inode_id']), m['name'] as string);
    }
  }
  const ghosts = new Set<number>();
  const remap = getImage(set, 'remap-fpath.img', 'REMAP_FPATH');
  if (remap !== undefined) {
    for (const e of remap.entries) {
      const m = e.message as Rec;
      if (m['remap_type'] === 1) ghosts.add(m['orig_id'] as number);
    }
  }
  return {
    regPath: (id) => {
      const rec = files.get(id);
      return rec?.kind === 'REG' ? (rec.sub['name'] as string) : undefined;
    },
    memfdName: (inode) => memfdNames.get(inode),
    isGhost: (id) => ghosts.has(id),
  };
}

interface TreeNode {
  pid: number;
  ppid: number;
  pgid: number;
  sid: number;
  threads: number[];
  index: number;
  entry: RawEntry;
}

/** pstree.img as nodes in pre-order; refuses duplicate pids, unknown parents and loops. */
function readTree(set: ImageSet): TreeNode[] {
  const img = getImage(set, 'pstree.img', 'PSTREE');
  if (img === undefined) throw missing(set, 'pstree.img', 'pstree.img (the process tree)');
  if (img.entries.length === 0) {
    throw new ImageFormatError(DUMP_ERROR_CODES.truncated, { file: img.file, entry: 0, offset: 8 }, 'no process: the image ends after its magic');
  }
  const nodes = img.entries.map((e, index): TreeNode => {
    const m = e.message as Rec;
    const threads = (m['threads'] as number[] | undefined) ?? [];
    return { pid: m['pid'] as number, ppid: m['ppid'] as number, pgid: m['pgid'] as number, sid: m['sid'] as number, threads: [...threads], index, entry: e };
  });
  const byPid = new Map<number, TreeNode>();
  for (const n of nodes) {
    const prev = byPid.get(n.pid);
    if (prev !== undefined) {
      throw new ImageFormatError(DUMP_ERROR_CODES.duplicateId, at(img, n.index, n.entry), `pid ${n.pid} appears twice (first at entry #${prev.index})`);
    }
    byPid.set(n.pid, n);
  }
  // Every parent link must end at a root (ppid 0) without revisiting a node.
  const settled = new Set<number>();
  for (const n of nodes) {
    const path = new Set<number>();
    let cur: TreeNode | undefined = n;
    while (cur !== undefined && cur.ppid !== 0 && !settled.has(cur.pid)) {
      if (path.has(cur.pid)) {
        throw new ImageFormatError(DUMP_ERROR_CODES.badTree, at(img, cur.index, cur.entry), `parent links loop: ${[...path, cur.pid].join(' → ')}`, {
          hint: 'pstree.img is corrupt: every parent chain must end at the root (ppid 0)',
        });
      }
      path.add(cur.pid);
      const parent = byPid.get(cur.ppid);
      if (parent === undefined) {
        throw new ImageFormatError(DUMP_ERROR_CODES.badTree, at(img, cur.index, cur.entry), `pid ${cur.pid} names parent ${cur.ppid}, which is not in the tree`, {
          hint: 'pstree.img is corrupt or cut short',
        });
      }
      cur = parent;
    }
    for (const p of path) settled.add(p);
  }
  // Pre-order, children in image order (CRIU writes pre-order already; this keeps it if not).
  const children = new Map<number, TreeNode[]>();
  const roots: TreeNode[] = [];
  for (const n of nodes) {
    if (n.ppid === 0) roots.push(n);
    else {
      let list = children.get(n.ppid);
      if (list === undefined) children.set(n.ppid, (list = []));
      list.push(n);
    }
  }
  const out: TreeNode[] = [];
  const stack = [...roots].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    out.push(n);
    const kids = children.get(n.pid);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** Build the graph of a dump. */
export function graphFromImages(set: ImageSet, source: GraphSource): Graph {
  const tree = readTree(set);
  const files = collectFiles(set);
  const ctx = fileContext(set, files);

  const fdTables = new Map<number, Fd[]>();
  const readFdTable = (filesId: number, pid: number): Fd[] => {
    const cached = fdTables.get(filesId);
    if (cached) return cached;
    const name = `fdinfo-${filesId}.img`;
    const img = getImage(set, name, 'FDINFO');
    if (img === undefined) throw missing(set, name, `${name} (fd table ${filesId} of pid ${pid})`);
    const list = img.entries;
    const fds: Fd[] = new Array(list.length);
    // CRIU writes fds in ascending order; only when they are not is a duplicate possible.
    let last = -1;
    let ordered = true;
    for (let i = 0; i < list.length; i++) {
      const m = list[i]!.message as Rec;
      const fd = m['fd'] as number;
      const id = m['id'] as number;
      if (fd <= last) {
        ordered = false;
        const prev = fds.findIndex((s, j) => j < i && s.fd === fd);
        if (prev >= 0) throw new ImageFormatError(DUMP_ERROR_CODES.duplicateId, at(img, i, list[i]!), `fd ${fd} appears twice (first at entry #${prev})`);
      }
      last = fd;
      const rec = files.get(id);
      if (rec === undefined) {
        throw new ImageFormatError(DUMP_ERROR_CODES.missingFile, at(img, i, list[i]!), `fd ${fd} names file id ${id}, which files.img does not have`, {
          hint: 'files.img and the fdinfo images come from different dumps, or files.img is cut short',
        });
      }
      rec.table ??= fds;
      fds[i] = { fd, file: id, cloexec: ((m['flags'] as number) & 1) === 1 };
    }
    if (!ordered) fds.sort((a, b) => a.fd - b.fd);
    fdTables.set(filesId, fds);
    return fds;
  };

  const tasks: Task[] = tree.map((n) => {
    const core = getImage(set, `core-${n.pid}.img`, 'CORE')?.entries[0]?.message as Rec | undefined;
    const tc = (core?.['tc'] ?? undefined) as Rec | undefined;
    const state = tc === undefined ? undefined : STATE_LETTER[tc['task_state'] as number];
    const idsImg = getImage(set, `ids-${n.pid}.img`, 'IDS');
    if (idsImg !== undefined && idsImg.entries.length === 0) {
      throw new ImageFormatError(DUMP_ERROR_CODES.truncated, { file: idsImg.file, entry: 0, offset: idsImg.head === 'none' ? 4 : 8 }, 'no TaskKobjIdsEntry: the image ends after its magic');
    }
    // protobufjs leaves an absent optional message as null.
    const ids = (idsImg?.entries[0]?.message ?? core?.['ids'] ?? undefined) as Rec | undefined;
    const task: Task = {
      pid: n.pid,
      ppid: n.ppid,
      pgid: n.pgid,
      sid: n.sid,
      comm: (tc?.['comm'] as string | undefined) ?? '',
      ...(state !== undefined ? { state } : {}),
      threads: n.threads.length > 0 ? n.threads : [n.pid],
      fdTable: 0,
      fds: [],
    };
    if (ids === undefined) {
      // A zombie has no ids and no fds; anything else without ids is a broken dump.
      if (state === 'Z' || state === 'X') return task;
      throw missing(set, `ids-${n.pid}.img`, `ids-${n.pid}.img (and core-${n.pid}.img has no ids) for pid ${n.pid}`);
    }
    task.fdTable = ids['files_id'] as number;
    task.vm = ids['vm_id'] as number;
    task.fs = ids['fs_id'] as number;
    task.sighand = ids['sighand_id'] as number;
    task.fds = readFdTable(task.fdTable, n.pid);
    // cwd and root are RegFileEntries named by fs-<pid>.img; they are no fds.
    const fs = getImage(set, `fs-${n.pid}.img`, 'FS')?.entries[0]?.message as Rec | undefined;
    const pathOf = (id: unknown): string | undefined => {
      const rec = typeof id === 'number' ? files.get(id) : undefined;
      return rec?.kind === 'REG' ? (rec.sub['name'] as string | undefined) : undefined;
    };
    const cwd = pathOf(fs?.['cwd_id']);
    const root = pathOf(fs?.['root_id']);
    if (cwd !== undefined) task.cwd = cwd;
    if (root !== undefined) task.root = root;
    return task;
  });

  const held: OpenFile[] = [];
  const unheld: OpenFile[] = [];
  for (const rec of files.values()) {
    const f = openFileOf(rec.id, rec.kind, rec.sub, ctx);
    if (rec.table === undefined) unheld.push(f);
    else {
      held.push(f);
      if (f.epoll !== undefined) resolveEpollTargets(f, rec.table);
    }
  }
  held.sort((a, b) => a.id - b.id);
  unheld.sort((a, b) => a.id - b.id);
  linkPeers([...held, ...unheld]);

  const graph: Graph = { schema: GRAPH_SCHEMA, source, tasks, files: held, vanished: [] };
  if (unheld.length > 0) graph.unheld = unheld;
  return graph;
}

/** An epoll target is the file at `tfd` in the fd table of the first task holding the epoll. */
function resolveEpollTargets(epoll: OpenFile, table: readonly Fd[]): void {
  for (const target of epoll.epoll!) {
    const slot = table.find((x) => x.fd === target.tfd);
    target.file = slot === undefined ? null : slot.file;
  }
}
