// /proc/<pid>/fdinfo/<fd>, parsed. Pure: text in, fields out.

import type { EpollTarget } from '../graph.js';
import { O_CLOEXEC } from '../open-flags.js';


/** The fields of one fdinfo text. */
export interface FdinfoFields {
  /** File position. */
  pos: number;
  /** Status flags with O_CLOEXEC removed (it belongs to the fd, not the description). */
  flags: number;
  /** FD_CLOEXEC of this fd. */
  cloexec: boolean;
  /** Mount id. */
  mntId: number;
  /** Inode number as the kernel printed it (decimal text: exact even beyond 2^53). */
  ino: string;
  /** Type-specific lines (everything after the common four, `lock:` lines dropped), by key. */
  extra: Record<string, string>;
  /** Epoll targets, for eventpoll files. */
  epoll: EpollTarget[];
  /**
   * The text with the per-fd parts removed (the O_CLOEXEC bit, and POSIX `lock:` lines, which
   * the kernel shows per fd table): equal for every fd of one description in a frozen tree.
   */
  descriptionText: string;
}

const TFD = /^tfd:\s*(\d+)\s+events:\s*([0-9a-f]+)\s+data:\s*([0-9a-f]+)(?:\s+pos:\s*(\d+))?(?:\s+ino:\s*([0-9a-f]+))?/;

/** Parse an fdinfo text. */
export function parseFdinfo(text: string): FdinfoFields {
  let pos = 0;
  let rawFlags = 0;
  let mntId = -1;
  let ino = '';
  const extra: Record<string, string> = {};
  const epoll: EpollTarget[] = [];
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const colon = line.indexOf(':');
    const key = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).trim();
    switch (key) {
      case 'pos':
        pos = Number(value);
        break;
      case 'flags':
        rawFlags = parseInt(value, 8);
        kept.push(`flags:${(rawFlags & ~O_CLOEXEC).toString(8)}`);
        continue;
      case 'mnt_id':
        mntId = Number(value);
        break;
      case 'ino':
        ino = value;
        break;
      case 'lock':
        continue;
      case 'tfd': {
        const m = TFD.exec(line);
        if (m) {
          const target: EpollTarget = { tfd: Number(m[1]), events: parseInt(m[2]!, 16), data: BigInt(`0x${m[3]}`).toString() };
          if (m[5] !== undefined) target.ino = parseInt(m[5], 16);
          epoll.push(target);
        }
        break;
      }
      default:
        extra[key] = extra[key] === undefined ? value : `${extra[key]}\n${value}`;
    }
    kept.push(line);
  }
  return {
    pos,
    flags: rawFlags & ~O_CLOEXEC,
    cloexec: (rawFlags & O_CLOEXEC) !== 0,
    mntId,
    ino,
    extra,
    epoll,
    descriptionText: kept.join('\n'),
  };
}
