// One-line descriptions of open files for the table and the dot graph.

import { O_ACCMODE, O_APPEND, O_NONBLOCK, O_PATH, type OpenFile } from '@fdlens/core/model';


/** Access mode and the flags worth a glance (append, nonblock), e.g. `rw,append`. */
export function describeFlags(flags: number): string {
  const acc = flags & O_PATH ? 'path' : (['r', 'w', 'rw'][flags & O_ACCMODE] ?? '?');
  const parts = [acc];
  if (flags & O_APPEND) parts.push('append');
  if (flags & O_NONBLOCK) parts.push('nonblock');
  return parts.join(',');
}

/** What the file is, in the words a user would look for: a path, a pipe end, a socket and its peer. */
export function describeTarget(file: OpenFile): string {
  const deleted = file.deleted ? ' (deleted)' : '';
  switch (file.type) {
    case 'pipe':
      return `pipe:[${file.pipeIno}] ${(file.flags & O_ACCMODE) === 1 ? 'write end' : 'read end'}`;
    case 'fifo':
      return `${file.path ?? 'fifo'}${deleted} (fifo:[${file.pipeIno}])`;
    case 'unix':
    case 'inet':
    case 'netlink':
    case 'packet':
    case 'socket': {
      const s = file.socket;
      if (s === undefined) return file.link ?? file.type;
      const bits = [s.family === 'inet6' ? 'inet6' : s.family, s.type];
      if (s.state) bits.push(s.state);
      if (s.name) bits.push(s.name);
      if (s.local) bits.push(s.remote && !/^0\.0\.0\.0:0$|^\[::\]:0$/.test(s.remote) ? `${s.local} → ${s.remote}` : s.local);
      if (s.protocol !== undefined && s.family !== 'inet' && s.family !== 'inet6') bits.push(`proto ${s.protocol}`);
      bits.push(`ino ${s.ino}`);
      if (s.peerIno) bits.push(`peer ino ${s.peerIno}`);
      return bits.join(' ');
    }
    case 'eventpoll': {
      const targets = (file.epoll ?? []).map((t) => `${t.tfd}${t.file === null ? '(gone)' : t.file === undefined ? '' : `→#${t.file}`}`);
      return `epoll [${targets.join(' ')}]`;
    }
    case 'symlink':
      return `${file.path ?? file.link ?? 'symlink'}${deleted} (the symlink itself)`;
    case 'reg':
    case 'dir':
    case 'chr':
    case 'blk':
    case 'tty':
    case 'memfd':
      return `${file.path ?? file.link ?? file.type}${deleted}`;
    default:
      return file.link ?? file.path ?? file.anon ?? file.type;
  }
}
