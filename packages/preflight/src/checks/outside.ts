// Sharing with processes outside the tree. CRIU looks only at the tree: it dumps a description
// the outside also holds as if the tree owned it alone, and a pipe whose other end is outside as
// a pipe nobody else holds. Both dump fine; after restore the outside side is no longer joined.

import { firstHolder, fileLabel, type Check } from '../context.js';
import type { Finding, RelatedFd } from '../finding.js';

/** Descriptions shared with outside processes, and pipes whose other end is only outside. */
export const checkOutsideSharing: Check = (ctx) => {
  const scan = ctx.facts.outside;
  if (scan === undefined) {
    ctx.skip('outside-sharing', 'other processes were not searched');
    return [];
  }
  const byFile = new Map<number, { same: RelatedFd[]; pipe: RelatedFd[] }>();
  for (const h of scan.holders) {
    if (h.relation === 'socket-peer') continue; // the unix-socket check reports those
    let entry = byFile.get(h.file);
    if (entry === undefined) byFile.set(h.file, (entry = { same: [], pipe: [] }));
    (h.relation === 'same-description' ? entry.same : entry.pipe).push({ pid: h.pid, fd: h.fd, comm: h.comm, relation: h.relation });
  }
  const out: Finding[] = [];
  const list = (refs: RelatedFd[]): string => {
    const shown = refs.slice(0, 3).map((r) => `pid ${r.pid} (${r.comm ?? '?'}) fd ${r.fd}`).join(', ');
    return refs.length > 3 ? `${shown} and ${refs.length - 3} more` : shown;
  };
  for (const [id, entry] of byFile) {
    const file = ctx.files.get(id);
    const at = firstHolder(ctx, id);
    if (file === undefined || at === undefined) continue;
    const base = { pid: at.pid, fd: at.fd, file: id };
    if (entry.same.length > 0) {
      const lost = file.type === 'reg' || file.type === 'dir' ? 'the shared file position and flags' : file.pipeIno !== undefined ? 'the shared pipe end (the outside process keeps the old pipe, the restored tree gets a new one)' : file.socket !== undefined ? 'the shared socket (the outside process keeps the old one)' : 'the shared object';
      out.push({ ...base, code: 'FDLENS_PF_SHARED_OUTSIDE', severity: 'warning', reason: `fd ${at.fd} of pid ${at.pid} (${fileLabel(file)}) is one open file description with ${list(entry.same)}, outside the tree; CRIU dumps it without complaint but the restore loses ${lost}`, fix: { action: 'dump a common ancestor so every holder is in the tree, or accept that the sharing ends at restore' }, related: entry.same });
    }
    if (entry.pipe.length > 0) {
      const ino = file.pipeIno ?? file.ino ?? 0;
      out.push({ ...base, code: 'FDLENS_PF_PIPE_PEER_OUTSIDE', severity: 'warning', reason: `${file.type === 'fifo' ? 'FIFO' : 'pipe'} ${fileLabel(file)} at fd ${at.fd} of pid ${at.pid} is also open outside the tree by ${list(entry.pipe)}; CRIU restores ${file.type === 'fifo' ? 'the FIFO by path, but the outside opener is not reconnected' : 'a new pipe, and the outside end is left on the old one'}`, fix: { criuOption: `--inherit-fd fd[${at.fd}]:pipe:[${ino}]`, action: `at restore, hand the outside end in with --inherit-fd fd[${at.fd}]:pipe:[${ino}] (as runc does for a container's stdio)` }, related: entry.pipe });
    }
  }
  return out;
};
