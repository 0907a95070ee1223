// Sockets as CRIU's sk-unix.c and sk-inet.c judge them: unix socket types and states, peers held
// outside the tree, in-flight connections, and TCP connections that need an option.

import type { UnixDiag } from '@fdlens/core';
import { firstHolder, type Check, type CheckContext } from '../context.js';
import type { Finding, RelatedFd } from '../finding.js';

const UNIX_TYPES: Record<number, string> = { 1: 'stream', 2: 'dgram', 5: 'seqpacket' };
const UNIX_STATES: Record<number, string> = { 1: 'established', 7: 'close', 10: 'listen' };
const SHUTDOWN_BOTH = 3;
const TCP_CONNECTED = new Set(['established', 'fin-wait1', 'fin-wait2', 'close-wait', 'last-ack', 'closing', 'syn-sent']);

function hex(n: number): string {
  return `0x${n.toString(16)}`;
}

function outsidePeers(ctx: CheckContext, file: number): RelatedFd[] {
  return (ctx.facts.outside?.holders ?? [])
    .filter((h) => h.file === file && h.relation === 'socket-peer')
    .map((h) => ({ pid: h.pid, fd: h.fd, comm: h.comm, relation: h.relation }));
}

function describeOutside(related: RelatedFd[]): string {
  if (related.length === 0) return 'held by no process of the tree';
  return `held outside the tree by ${related.slice(0, 3).map((r) => `pid ${r.pid} (${r.comm ?? '?'}) fd ${r.fd}`).join(', ')}`;
}

/** Unix sockets: types, states, external peers, in-flight and dangling connections. */
export const checkUnixSockets: Check = (ctx) => {
  const unixFiles = ctx.graph.files.filter((f) => f.type === 'unix' && f.socket !== undefined);
  if (unixFiles.length === 0) return [];
  const table = ctx.facts.unix === undefined ? undefined : new Map(ctx.facts.unix.map((d) => [d.ino, d]));
  if (table === undefined) ctx.skip('unix-sockets', 'sock_diag details (queues, in-flight connections, peers of peers) are unavailable');
  const treeInos = new Set(unixFiles.map((f) => f.socket!.ino));
  const listenerOf = new Map<number, UnixDiag>();
  for (const d of table?.values() ?? []) for (const icon of d.icons ?? []) if (icon !== 0) listenerOf.set(icon, d);
  const out: Finding[] = [];
  for (const file of unixFiles) {
    const at = firstHolder(ctx, file.id);
    if (at === undefined) continue;
    const sk = file.socket!;
    const d = table?.get(sk.ino);
    const base = { pid: at.pid, fd: at.fd, file: file.id };
    const label = `unix ${sk.type} socket:[${sk.ino}]${sk.name ? ` (${sk.name})` : ''}`;
    const typeName = d !== undefined ? UNIX_TYPES[d.type] : ['stream', 'dgram', 'seqpacket'].includes(sk.type) ? sk.type : undefined;
    const stateName = d !== undefined ? UNIX_STATES[d.state] : ['listen', 'established', 'close', 'unconnected', 'connected'].includes(sk.state ?? '') ? sk.state : undefined;
    if (typeName === undefined || stateName === undefined) {
      const message = typeName === undefined ? `Unsupported type (${d?.type ?? sk.type}) on socket ${sk.ino}.` : `Unknown state ${d?.state ?? sk.state} for unix socket ${sk.ino}`;
      out.push({ ...base, code: 'FDLENS_PF_UNIX_UNSUPPORTED', severity: 'blocker', reason: `fd ${at.fd} of pid ${at.pid} is a ${label} in a ${typeName === undefined ? 'type' : 'state'} CRIU refuses (${message})`, fix: { action: 'close or finish the socket before the checkpoint' }, criu: { message } });
      continue;
    }
    if (d === undefined) continue;
    if (d.peer !== 0) {
      const peer = table!.get(d.peer);
      if (peer !== undefined && peer.peer !== d.ino && peer.name === undefined) {
        out.push({ ...base, code: 'FDLENS_PF_UNIX_UNREACHABLE_PEER', severity: 'blocker', reason: `fd ${at.fd} of pid ${at.pid} is a ${label} connected to socket:[${d.peer}], which has no name and is connected to socket:[${peer.peer}]: CRIU cannot reconnect it`, fix: { action: 'close the socket before the checkpoint' }, criu: { message: `Unix socket ${d.ino} with unreachable peer ${d.peer} (${peer.peer})` } });
        continue;
      }
      if (!treeInos.has(d.peer)) {
        const related = outsidePeers(ctx, file.id);
        const namedDgram = typeName === 'dgram' && peer?.name !== undefined;
        const option = namedDgram ? '--ext-unix-sk' : `--external unix[${d.ino}]`;
        const f: Finding = {
          ...base,
          code: 'FDLENS_PF_UNIX_EXTERNAL_PEER',
          severity: 'blocker',
          reason: `fd ${at.fd} of pid ${at.pid} is a ${label} whose peer socket:[${d.peer}]${peer?.name ? ` (${peer.name})` : ''} is ${describeOutside(related)}${typeName === 'dgram' ? '' : '; --ext-unix-sk does not help a stream or seqpacket connection ("Can\'t dump half of stream unix connection")'}`,
          fix: { criuOption: option, action: namedDgram ? 'dump with --ext-unix-sk (CRIU reconnects to the named peer on restore), or include the peer\'s process in the tree' : `dump with ${option} and restore with --inherit-fd fd[${at.fd}]:socket:[${d.ino}] handing in a connected socket, or include the peer's process in the tree` },
          criu: { message: 'External socket is used. Consider using --ext-unix-sk option.' },
        };
        if (related.length > 0) f.related = related;
        out.push(f);
      }
      continue;
    }
    if (stateName === 'established' && typeName !== 'dgram') {
      const listener = listenerOf.get(d.ino);
      if (listener !== undefined) {
        if ((d.wqueue ?? 0) !== 0) {
          out.push({ ...base, code: 'FDLENS_PF_UNIX_INFLIGHT_WQUEUE', severity: 'blocker', reason: `fd ${at.fd} of pid ${at.pid} is a ${label} connected to listener socket:[${listener.ino}]${listener.name ? ` (${listener.name})` : ''} but not accepted yet, with ${d.wqueue} bytes written into it`, fix: { action: 'let the server accept the connection before the checkpoint' }, criu: { message: `Non-empty write queue on an in-flight socket ${hex(d.ino)}` } });
        }
      } else if (d.shutdown !== SHUTDOWN_BOTH) {
        out.push({ ...base, code: 'FDLENS_PF_UNIX_DANGLING', severity: 'blocker', reason: `fd ${at.fd} of pid ${at.pid} is a connected ${label} with no peer and not shut down`, fix: { action: 'shut the socket down (shutdown(fd, SHUT_RDWR)) or close it before the checkpoint' }, criu: { message: `Dangling connection ${d.ino}` } });
      }
      continue;
    }
    if (stateName === 'listen' && (d.icons?.length ?? 0) > 0) {
      const icons = d.icons!;
      if (icons.includes(0)) {
        out.push({ ...base, code: 'FDLENS_PF_UNIX_CLOSED_INFLIGHT', severity: 'blocker', reason: `fd ${at.fd} of pid ${at.pid} is a ${label} with a pending connection whose client already closed`, fix: { action: 'accept (and close) pending connections before the checkpoint' }, criu: { message: `Found a closed in-flight socket to ${hex(d.ino)}` } });
        continue;
      }
      const outside = icons.filter((i) => !treeInos.has(i));
      out.push({
        ...base,
        code: 'FDLENS_PF_UNIX_INFLIGHT',
        severity: outside.length > 0 ? 'warning' : 'info',
        reason: `fd ${at.fd} of pid ${at.pid} is a ${label} with ${icons.length} connection${icons.length > 1 ? 's' : ''} not yet accepted${outside.length > 0 ? `; ${outside.length} from clients outside the tree (socket:[${outside.join('], socket:[')}]) will be lost on restore` : '; CRIU re-creates them from the clients in the tree'}`,
        fix: { action: outside.length > 0 ? 'accept pending connections before the checkpoint, or let the outside clients reconnect' : 'nothing' },
      });
    }
  }
  return out;
};

/** Inet sockets: connected TCP, listeners with an accept queue, types CRIU refuses; other families. */
export const checkInetSockets: Check = (ctx) => {
  const out: Finding[] = [];
  const queues = ctx.facts.inet === undefined ? undefined : new Map(ctx.facts.inet.map((q) => [q.ino, q]));
  let skipped = false;
  for (const file of ctx.graph.files) {
    const sk = file.socket;
    if (sk === undefined) continue;
    const at = firstHolder(ctx, file.id);
    if (at === undefined) continue;
    const base = { pid: at.pid, fd: at.fd, file: file.id };
    if (!['unix', 'inet', 'inet6', 'netlink', 'packet'].includes(sk.family)) {
      out.push({ ...base, code: 'FDLENS_PF_UNSUPPORTED_SOCKET', severity: 'blocker', reason: `fd ${at.fd} of pid ${at.pid} is socket:[${sk.ino}] of a family CRIU cannot dump (${sk.family === 'unknown' ? 'not unix, inet, netlink or packet' : sk.family})`, fix: { action: 'close it before the checkpoint' }, criu: { message: `Can't dump socket ${sk.ino} of unsupported family` } });
      continue;
    }
    if (file.type !== 'inet') continue;
    const label = `${sk.family} ${sk.type} socket ${sk.local ?? ''}${sk.remote && sk.state !== 'listen' ? ` → ${sk.remote}` : ''} (socket:[${sk.ino}])`;
    if (sk.type !== 'stream' && sk.type !== 'dgram' && sk.type !== 'raw') {
      out.push({ ...base, code: 'FDLENS_PF_UNSUPPORTED_SOCKET', severity: 'blocker', reason: `fd ${at.fd} of pid ${at.pid} is a ${label}; CRIU dumps only stream, dgram and raw inet sockets`, fix: { action: 'close it before the checkpoint' }, criu: { message: `Can't dump ${sk.type} inet socket ${hex(sk.ino)}. Only stream, dgram and raw are supported.` } });
      continue;
    }
    if (sk.type !== 'stream') continue;
    if (sk.state !== undefined && TCP_CONNECTED.has(sk.state)) {
      out.push({ ...base, code: 'FDLENS_PF_TCP_ESTABLISHED', severity: 'blocker', reason: `fd ${at.fd} of pid ${at.pid} is a connected TCP ${label} (${sk.state})`, fix: { criuOption: '--tcp-established', action: 'dump and restore with --tcp-established (the connection is repaired in place; the peer must stay up), or --tcp-close to restore it closed' }, criu: { message: 'Connected TCP socket, consider using --tcp-established option.' } });
      continue;
    }
    if (sk.state === 'listen') {
      const q = queues?.get(sk.ino);
      if (q === undefined) {
        if (!skipped) ctx.skip('tcp-in-flight', 'accept-queue lengths of TCP listeners are unknown');
        skipped = true;
        continue;
      }
      if (q.rxQueue > 0) {
        out.push({ ...base, code: 'FDLENS_PF_TCP_INFLIGHT', severity: 'blocker', reason: `fd ${at.fd} of pid ${at.pid} is a TCP listener ${sk.local ?? ''} with ${q.rxQueue} connection${q.rxQueue > 1 ? 's' : ''} waiting to be accepted`, fix: { criuOption: '--skip-in-flight', action: 'dump with --skip-in-flight (those connections are dropped and their clients see a reset), or accept them first' }, criu: { message: `In-flight connection (l) for ${hex(sk.ino)}` } });
      }
    }
  }
  return out;
};

