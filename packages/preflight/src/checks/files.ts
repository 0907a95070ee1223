// Regular files as CRIU's files-reg.c judges them: deleted-but-open files against --ghost-limit
// (measured in allocated blocks, not st_size), unlinked names of still-linked files
// (--link-remap), and paths that now name another inode ("Unaccessible path opened").

import type { FileFact } from '@fdlens/core';
import { fileLabel, type Check } from '../context.js';
import type { Finding } from '../finding.js';

/** CRIU's default --ghost-limit: 1 MiB. */
export const DEFAULT_GHOST_LIMIT = 1 << 20;

const MIB = 1 << 20;

/** The smallest `--ghost-limit` value (whole MiB) that lets a ghost of `bytes` allocated bytes through. */
export function ghostLimitFor(bytes: number): string {
  return `${Math.max(1, Math.ceil(bytes / MIB))}M`;
}

function humanBytes(n: number): string {
  if (n >= MIB) return `${(n / MIB).toFixed(n % MIB === 0 ? 0 : 1)} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(n % 1024 === 0 ? 0 : 1)} KiB`;
  return `${n} B`;
}

/** Ghost files, link remaps and replaced paths. */
export const checkRegularFiles: Check = (ctx) => {
  const facts = ctx.facts.files;
  if (facts === undefined) {
    ctx.skip('regular-files', 'link counts and path lookups were not gathered');
    return [];
  }
  const out: Finding[] = [];
  for (const fact of facts) {
    const file = ctx.files.get(fact.file);
    if (file === undefined) continue;
    const base = { pid: fact.pid, fd: fact.fd, file: fact.file };
    if (fact.mountListed === false) {
      out.push({ ...base, code: 'FDLENS_PF_UNSUPPORTED_FILE', severity: 'blocker', reason: `fd ${fact.fd} of pid ${fact.pid} is ${fileLabel(file)} on mount ${file.mntId}, which the process's mountinfo does not list (a kernel-internal mount, or one of another mount namespace)`, fix: { action: 'close it before the checkpoint' }, criu: { message: `Can't lookup mount=${file.mntId} for fd=${fact.fd} path=${fact.path}` } });
      continue;
    }
    if (file.type === 'reg' && fact.nlink === 0) {
      out.push(ghostFinding(fact, base));
      continue;
    }
    if (file.type === 'chr' || file.type === 'blk') continue; // evasive devices are another story
    if (fact.pathState === 'missing') {
      out.push({ ...base, code: 'FDLENS_PF_LINK_REMAP', severity: 'blocker', reason: `fd ${fact.fd} of pid ${fact.pid} opened ${fact.path}, whose name was unlinked${fact.nameTakenBy !== undefined ? ` (the name now belongs to inode ${fact.nameTakenBy})` : ''}; another hard link keeps the file (nlink ${fact.nlink}), so CRIU must give it a temporary name to dump it`, fix: { criuOption: '--link-remap', action: 'dump with --link-remap (a temporary link is made next to the old name and removed on restore)' }, criu: { message: `Can't create link remap for ${fact.path}. Use link-remap option.` } });
    } else if (fact.pathState === 'other') {
      out.push({ ...base, code: 'FDLENS_PF_PATH_REPLACED', severity: 'blocker', reason: `fd ${fact.fd} of pid ${fact.pid} opened ${fileLabel(file)} (inode ${file.ino}), but ${fact.path} now names inode ${fact.pathIno}; CRIU would reopen the wrong file, so it refuses`, fix: { action: `move the new ${fact.path} away or close the old fd before the checkpoint; no CRIU option covers a reused name` }, criu: { message: `Unaccessible path opened ${fact.pathDev}:${fact.pathIno}, need ${file.dev}:${file.ino}` } });
    }
  }
  return out;
};

function ghostFinding(fact: FileFact, base: { pid: number; fd: number; file: number }): Finding {
  const allocated = fact.blocks * 512;
  if (allocated > DEFAULT_GHOST_LIMIT) {
    const limit = ghostLimitFor(allocated);
    return {
      ...base,
      code: 'FDLENS_PF_GHOST_TOO_BIG',
      severity: 'blocker',
      reason: `fd ${fact.fd} of pid ${fact.pid} holds ${fact.path}, deleted, with ${humanBytes(allocated)} allocated (size ${humanBytes(fact.size)}); CRIU copies deleted files into the image only up to --ghost-limit, 1 MiB by default`,
      fix: { criuOption: `--ghost-limit ${limit}`, action: `dump with --ghost-limit ${limit} or more (the image grows by ${humanBytes(allocated)})` },
      criu: { message: `Can't dump ghost file ${fact.path} of ${allocated} size, increase limit` },
    };
  }
  return {
    ...base,
    code: 'FDLENS_PF_GHOST_FILE',
    severity: 'info',
    reason: `fd ${fact.fd} of pid ${fact.pid} holds ${fact.path}, deleted, with ${humanBytes(allocated)} allocated: within the 1 MiB ghost limit, its contents go into the image and it is recreated (then unlinked) on restore`,
    fix: { action: 'nothing' },
  };
}

/** File locks held through tree fds: refused without --file-locks. */
export const checkFileLocks: Check = (ctx) => {
  const locks = ctx.facts.locks;
  if (locks === undefined) {
    ctx.skip('file-locks', 'fdinfo lock lines were not read');
    return [];
  }
  const out: Finding[] = [];
  const outsideByFile = new Map<number, { pid: number; fd: number; comm: string }[]>();
  for (const h of ctx.facts.outside?.holders ?? []) {
    if (h.relation !== 'same-description') continue;
    let list = outsideByFile.get(h.file);
    if (list === undefined) outsideByFile.set(h.file, (list = []));
    list.push(h);
  }
  for (const lock of locks) {
    const file = ctx.files.get(lock.file);
    const label = file === undefined ? `file ${lock.file}` : fileLabel(file);
    const what = `${lock.kind === 'FLOCK' ? 'flock' : lock.kind === 'OFDLCK' ? 'OFD' : lock.kind} ${lock.type.toLowerCase()} lock`;
    out.push({
      pid: lock.pid,
      fd: lock.fd,
      file: lock.file,
      code: 'FDLENS_PF_FILE_LOCK',
      severity: 'blocker',
      reason: `fd ${lock.fd} of pid ${lock.pid} holds a ${what} on ${label} (bytes ${lock.start}–${lock.end})`,
      fix: { criuOption: '--file-locks', action: 'dump and restore with --file-locks (the lock is taken again on restore)' },
      criu: { message: 'Some file locks are hold by dumping tasks! You can try --file-locks to dump them.' },
    });
    const outside = outsideByFile.get(lock.file) ?? [];
    if (outside.length > 0 && (lock.kind === 'FLOCK' || lock.kind === 'OFDLCK')) {
      out.push({
        pid: lock.pid,
        fd: lock.fd,
        file: lock.file,
        code: 'FDLENS_PF_FILE_LOCK_SHARED',
        severity: 'warning',
        reason: `the ${what} on ${label} belongs to a description that pid ${outside[0]!.pid} (${outside[0]!.comm}) outside the tree also holds: after restore both will believe they own the lock`,
        fix: { action: 'include that process in the tree, or release the lock before the checkpoint' },
        related: outside.map((h) => ({ pid: h.pid, fd: h.fd, comm: h.comm, relation: 'same-description' })),
      });
    }
  }
  return out;
};
