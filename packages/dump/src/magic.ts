// The table of CRIU image magics (criu/include/magic.h), built once at load. Images whose message
// fdlens models carry the protobuf type name; the rest are known by name and magic only.

/** Head magic of ordinary images ("\x19CVT" on disk). */
export const IMG_COMMON_MAGIC = 0x54564319;
/** Head magic of service images (stats-*, irmap-cache). */
export const IMG_SERVICE_MAGIC = 0x55105940;

/** Which head magic precedes an image's own magic. */
export type HeadKind = 'common' | 'service' | 'none';

/** How an entry's trailing raw blob (the "extra") is sized, for the images that have one. */
export type ExtraKind = 'pipe-data' | 'sk-queue';

/** One kind of image. */
export interface ImageKind {
  /** crit's name for it (`"magic"` in crit's JSON). */
  name: string;
  /** The image magic. */
  magic: number;
  /** Head magic the image is written with. */
  head: HeadKind;
  /** protobuf message of each entry, when fdlens models it. */
  message?: string;
  /** Raw blob after each entry, when there is one. */
  extra?: ExtraKind;
}

// [name, magic, message?, extra?]; head is 'common' except where listed in SERVICE / NO_HEAD.
const TABLE: ReadonlyArray<readonly [string, number, string?, ExtraKind?]> = [
  ['INVENTORY', 0x58313116, 'inventory_entry'],
  ['PSTREE', 0x50273030, 'pstree_entry'],
  ['CORE', 0x55053847, 'core_entry'],
  ['IDS', 0x54432030, 'task_kobj_ids_entry'],
  ['FDINFO', 0x56213732, 'fdinfo_entry'],
  ['FILES', 0x56303138, 'file_entry'],
  ['FS', 0x51403912, 'fs_entry'],
  ['MM', 0x57492820, 'mm_entry'],
  ['REG_FILES', 0x50363636, 'reg_file_entry'],
  ['EXT_FILES', 0x59255641, 'ext_file_entry'],
  ['PIPES', 0x56513555, 'pipe_entry'],
  ['PIPES_DATA', 0x56453709, 'pipe_data_entry', 'pipe-data'],
  ['FIFO', 0x58364939, 'fifo_entry'],
  ['FIFO_DATA', 0x59333054, 'pipe_data_entry', 'pipe-data'],
  ['UNIXSK', 0x54373943, 'unix_sk_entry'],
  ['INETSK', 0x56443851, 'inet_sk_entry'],
  ['PACKETSK', 0x60454618, 'packet_sock_entry'],
  ['NETLINK_SK', 0x58005614, 'netlink_sk_entry'],
  ['SK_QUEUES', 0x56264026, 'sk_packet_entry', 'sk-queue'],
  ['EVENTFD_FILE', 0x44523722, 'eventfd_file_entry'],
  ['EVENTPOLL_FILE', 0x45023858, 'eventpoll_file_entry'],
  ['EVENTPOLL_TFD', 0x44433746, 'eventpoll_tfd_entry'],
  ['SIGNALFD', 0x57323820, 'signalfd_entry'],
  ['TIMERFD', 0x50493712, 'timerfd_entry'],
  ['INOTIFY_FILE', 0x48424431, 'inotify_file_entry'],
  ['INOTIFY_WD', 0x54562009, 'inotify_wd_entry'],
  ['FANOTIFY_FILE', 0x55096122, 'fanotify_file_entry'],
  ['FANOTIFY_MARK', 0x56506035, 'fanotify_mark_entry'],
  ['TTY_FILES', 0x59433025, 'tty_file_entry'],
  ['REMAP_FPATH', 0x59133954, 'remap_file_path_entry'],
  ['MEMFD_INODE', 0x48453499, 'memfd_inode_entry'],
  ['NS_FILES', 0x61394011, 'ns_file_entry'],
  ['TUNFILE', 0x57143751, 'tunfile_entry'],
  ['BPFMAP_FILE', 0x57506142, 'bpfmap_file_entry'],
  ['PIDFD', 0x54435556, 'pidfd_entry'],
  // Known by name only: fdlens lists them but does not read their entries.
  ['VMAS', 0x54123737],
  ['PAGEMAP', 0x56084025],
  ['SIGACT', 0x55344201],
  ['ITIMERS', 0x57464056],
  ['POSIX_TIMERS', 0x52603957],
  ['UTSNS', 0x54473203],
  ['CREDS', 0x54023547],
  ['IPC_VAR', 0x53115007],
  ['IPCNS_SHM', 0x46283044],
  ['IPCNS_MSG', 0x55453737],
  ['IPCNS_SEM', 0x59573019],
  ['GHOST_FILE', 0x52583605],
  ['TCP_STREAM', 0x51465506],
  ['MNTS', 0x55563928],
  ['NETDEV', 0x57373951],
  ['NETNS', 0x55933752],
  ['TTY_INFO', 0x59453036],
  ['TTY_DATA', 0x59413026],
  ['FILE_LOCKS', 0x54323616],
  ['RLIMIT', 0x57113925],
  ['SIGNAL', 0x59255647],
  ['CGROUP', 0x59383330],
  ['CPUINFO', 0x61404013],
  ['USERNS', 0x55474906],
  ['SECCOMP', 0x64413049],
  ['BINFMT_MISC', 0x67343323],
  ['AUTOFS', 0x49353943],
  ['TIMENS', 0x43114433],
  ['PIDNS', 0x61157326],
  ['BPFMAP_DATA', 0x64324033],
  ['APPARMOR', 0x59423047],
  ['STATS', 0x57093306],
  ['IRMAP_CACHE', 0x57004059],
  ['KDAT', 0x57023458],
];

const SERVICE = new Set(['STATS', 'IRMAP_CACHE']);
const NO_HEAD = new Set(['INVENTORY']);

function build(): { byName: Map<string, ImageKind>; byMagic: Map<number, ImageKind> } {
  const byName = new Map<string, ImageKind>();
  const byMagic = new Map<number, ImageKind>();
  for (const [name, magic, message, extra] of TABLE) {
    const head: HeadKind = SERVICE.has(name) ? 'service' : NO_HEAD.has(name) ? 'none' : 'common';
    const kind: ImageKind = { name, magic, head, ...(message ? { message } : {}), ...(extra ? { extra } : {}) };
    byName.set(name, kind);
    byMagic.set(magic, kind);
  }
  return { byName, byMagic };
}

const TABLES = build();

/** The image kind with this crit name (`FILES`, `PSTREE` …), if known. */
export function imageKindByName(name: string): ImageKind | undefined {
  return TABLES.byName.get(name);
}

/** The image kind with this magic, if known. */
export function imageKindByMagic(magic: number): ImageKind | undefined {
  return TABLES.byMagic.get(magic);
}

/** Every known image kind. */
export function imageKinds(): ImageKind[] {
  return [...TABLES.byName.values()];
}

/** `0x54564319`: magics are printed in hex, as in magic.h. */
export function hexMagic(magic: number): string {
  return `0x${(magic >>> 0).toString(16).padStart(8, '0')}`;
}
