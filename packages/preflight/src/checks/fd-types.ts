// fd kinds CRIU cannot dump at all (§5 of the CRIU reference: dump_unsupp_fd), packet-mode pipes,
// and fd numbers the restoring kernel will not accept.

import { O_DIRECT, type OpenFile } from '@fdlens/core';
import { firstHolder, fileLabel, type Check, type CheckContext } from '../context.js';
import type { Finding, RelatedFd } from '../finding.js';
import type { FindingCode } from '../codes.js';


/** Linux major() of a dev_t as stat reports it. */
export function devMajor(dev: number): number {
  return ((dev >>> 8) & 0xfff) | (Math.floor(dev / 0x100000000) & ~0xfff);
}

/** Linux minor() of a dev_t as stat reports it. */
export function devMinor(dev: number): number {
  return (dev & 0xff) | ((dev >>> 12) & ~0xff);
}

const MEM_MAJOR = 1;
const MISC_MAJOR = 10;
const TUN_MINOR = 200;
const AUTOFS_MINOR = 235;

/**
 * The code for an anon-inode class CRIU cannot dump, or undefined when it can. The graph gives the
 * classes CRIU 4.2 dumps (eventfd, eventpoll, inotify, fanotify, signalfd, timerfd, pidfd) their
 * own type; `anon` is everything else, and of `bpf` only maps are dumped.
 */
function anonCode(file: OpenFile): FindingCode | undefined {
  if (file.type === 'bpf') return file.anon === 'bpf-map' ? undefined : 'FDLENS_PF_UNSUPPORTED_ANON';
  if (file.type !== 'anon') return undefined;
  if (file.anon === 'userfaultfd') return 'FDLENS_PF_USERFAULTFD';
  if (file.anon === 'io_uring') return 'FDLENS_PF_IO_URING';
  if (file.anon === 'perf_event') return 'FDLENS_PF_PERF_EVENT';
  return 'FDLENS_PF_UNSUPPORTED_ANON';
}

function otherHolders(ctx: CheckContext, file: number): RelatedFd[] {
  return (ctx.holders.get(file) ?? []).slice(1).map((r) => ({ pid: r.pid, fd: r.fd, relation: 'same-description' }));
}

function cantDump(fd: number, file: OpenFile, kind: string, more: string): string {
  return `Can't dump file ${fd} of that type [${(file.mode ?? 0).toString(8)}] (${kind} ${more})`;
}

/** Files whose kind CRIU refuses: anon inodes, devices, pathless files, packet-mode pipes. */
export const checkFdTypes: Check = (ctx) => {
  const out: Finding[] = [];
  for (const file of ctx.graph.files) {
    const at = firstHolder(ctx, file.id);
    if (at === undefined) continue;
    const base = { pid: at.pid, fd: at.fd, file: file.id };
    const related = otherHolders(ctx, file.id);
    const push = (code: FindingCode, reason: string, message: string, action: string): void => {
      const f: Finding = { code, severity: 'blocker', ...base, reason, fix: { action }, criu: { message } };
      if (related.length > 0) f.related = related;
      out.push(f);
    };
    const anon = anonCode(file);
    if (anon !== undefined) {
      const name = file.anon ?? file.type;
      push(anon, `fd ${at.fd} of pid ${at.pid} is anon_inode:[${name}], which CRIU cannot dump and no option changes that`, cantDump(at.fd, file, 'anon', file.link ?? `anon_inode:[${name}]`), `close the ${name} fd before the checkpoint (or have a CRIU plugin claim it)`);
      continue;
    }
    if (file.type === 'chr' || file.type === 'blk') {
      // A dump records no rdev (CRIU stored it as a regular file, so it dumped it): nothing to judge.
      if (file.rdev === undefined) continue;
      const rdev = file.rdev;
      const maj = devMajor(rdev);
      const min = devMinor(rdev);
      if (file.type === 'chr' && (maj === MEM_MAJOR || (maj === MISC_MAJOR && (min === TUN_MINOR || min === AUTOFS_MINOR)))) continue;
      push('FDLENS_PF_UNSUPPORTED_DEVICE', `fd ${at.fd} of pid ${at.pid} is the ${file.type === 'chr' ? 'character' : 'block'} device ${fileLabel(file)} (${maj}:${min}); CRIU dumps only mem devices, ttys, tun and autofs`, cantDump(at.fd, file, file.type === 'chr' ? 'chr' : 'unknown', `${maj}:${min}`), 'close the device fd before the checkpoint');
      continue;
    }
    // CRIU's dump_one_file takes an O_PATH symlink (S_ISLNK) with regular files and directories:
    // only its path decides.
    if (file.type === 'unknown' || ((file.type === 'reg' || file.type === 'dir' || file.type === 'symlink') && file.path !== undefined && !file.path.startsWith('/'))) {
      push('FDLENS_PF_UNSUPPORTED_FILE', `fd ${at.fd} of pid ${at.pid} is ${fileLabel(file)}, which has no absolute path CRIU could reopen`, `The path [${file.path ?? file.link ?? '?'}] is not supported`, 'close it before the checkpoint');
      continue;
    }
    if (file.type === 'pipe' && (file.flags & O_DIRECT) !== 0) {
      push('FDLENS_PF_PACKET_PIPE', `fd ${at.fd} of pid ${at.pid} is ${fileLabel(file)} in packet mode (O_DIRECT)`, 'The packetized mode for pipes is not supported yet', 'clear O_DIRECT (fcntl(fd, F_SETFL, flags & ~O_DIRECT)) or use a plain pipe');
    }
  }
  return out;
};

/** fd numbers at or above fs.nr_open of the restoring machine: CRIU's restore refuses them. */
export const checkNrOpen: Check = (ctx) => {
  const limit = ctx.facts.restoreNrOpen ?? ctx.facts.environment?.nrOpen;
  if (limit === undefined) {
    ctx.skip('fd-above-nr-open', 'fs.nr_open is unknown');
    return [];
  }
  const out: Finding[] = [];
  const seenTables = new Set<number>();
  for (const task of ctx.graph.tasks) {
    if (seenTables.has(task.fdTable)) continue;
    seenTables.add(task.fdTable);
    const over = task.fds.filter((s) => s.fd >= limit);
    if (over.length === 0) continue;
    const top = over[over.length - 1]!;
    out.push({
      code: 'FDLENS_PF_FD_ABOVE_NR_OPEN',
      severity: 'blocker',
      pid: task.pid,
      fd: top.fd,
      file: top.file,
      reason: `pid ${task.pid} holds ${over.length} fd${over.length > 1 ? 's' : ''} at or above fs.nr_open = ${limit} (highest: ${top.fd}); the dump succeeds but the restore refuses them`,
      fix: { action: `raise fs.nr_open on the restoring machine to at least ${top.fd + 1} (sysctl -w fs.nr_open=${top.fd + 1}), or move the fd below ${limit}` },
      criu: { message: `Too big FD number to restore ${top.fd}` },
    });
  }
  return out;
};
