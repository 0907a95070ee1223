// Where socket details come from. /proc/<pid>/net/tcp comes about one page (some 27 sockets) per
// read(2): a reader that took a short read for the end of file saw only the first sockets of a
// busy namespace. Unix peers come from sock_diag, which answers for the namespace its socket was
// made in: a tree in a network namespace of its own (a container) needs one made there.
import { spawn, type ChildProcess } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureTree, type Graph } from '@fdlens/core';

/** Start a Python holder of sockets (its argv before `python3` is a prefix, e.g. unshare) and read the JSON line it prints once ready. */
async function startHolder<T>(prefix: string[], script: string): Promise<{ child: ChildProcess; report: T }> {
  const argv = [...prefix, 'python3', '-c', script];
  const child = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
  const report = await new Promise<T>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.endsWith('\n')) resolve(JSON.parse(out) as T);
    });
    child.once('exit', (code) => reject(new Error(`socket holder exited (${code}) before it was ready`)));
  });
  return { child, report };
}

const LISTENERS = 300;

// Opens LISTENERS loopback listeners and one connected pair, then prints each fd with the inode
// fstat gives it and the state it was put in.
const HOLDER = `
import json, os, socket, sys, time
socks = []
for _ in range(${LISTENERS}):
    s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(1); socks.append((s, 'listen'))
l = socks[0][0]
c = socket.create_connection(l.getsockname()); a, _ = l.accept()
socks += [(c, 'established'), (a, 'established')]
print(json.dumps([{'fd': s.fileno(), 'ino': os.fstat(s.fileno()).st_ino, 'state': st} for s, st in socks]), flush=True)
time.sleep(600)
`;

interface Expected {
  fd: number;
  ino: number;
  state: string;
}

describe('socket tables', () => {
  let holder: ChildProcess;
  let expected: Expected[];
  beforeAll(async () => {
    ({ child: holder, report: expected } = await startHolder<Expected[]>([], HOLDER));
  });
  afterAll(() => {
    holder?.kill('SIGKILL');
  });

  it(`names every one of ${LISTENERS + 2} TCP sockets of a process, not only the first page of net/tcp`, () => {
    const graph: Graph = captureTree({ roots: [holder.pid!] });
    const task = graph.tasks[0]!;
    const files = new Map(graph.files.map((f) => [f.id, f]));
    const seen = expected.map((e) => {
      const file = files.get(task.fds.find((s) => s.fd === e.fd)!.file)!;
      return { fd: e.fd, ino: file.socket?.ino, family: file.socket?.family, state: file.socket?.state };
    });
    expect(seen).toEqual(expected.map((e) => ({ fd: e.fd, ino: e.ino, family: 'inet', state: e.state })));
  });
});

// A stream socketpair, each end with its inode.
const PAIR = `
import json, os, socket, time
a, b = socket.socketpair()
print(json.dumps({'a': [a.fileno(), os.fstat(a.fileno()).st_ino], 'b': [b.fileno(), os.fstat(b.fileno()).st_ino]}), flush=True)
time.sleep(600)
`;

describe.skipIf(process.geteuid?.() !== 0)('unix sockets in a network namespace of their own (needs root)', () => {
  let holder: ChildProcess;
  let ends: { a: [number, number]; b: [number, number] };
  beforeAll(async () => {
    ({ child: holder, report: ends } = await startHolder<typeof ends>(['unshare', '--net'], PAIR));
  });
  afterAll(() => {
    holder?.kill('SIGKILL');
  });

  it('knows each end\'s peer, as in fdlens\'s own namespace', () => {
    const ours = readlinkSync('/proc/thread-self/ns/net');
    expect(readlinkSync(`/proc/${holder.pid}/ns/net`)).not.toBe(ours);
    const graph = captureTree({ roots: [holder.pid!] });
    const files = new Map(graph.files.map((f) => [f.id, f]));
    const at = (fd: number) => files.get(graph.tasks[0]!.fds.find((s) => s.fd === fd)!.file)!;
    const [a, b] = [at(ends.a[0]), at(ends.b[0])];
    expect(a.socket).toMatchObject({ family: 'unix', type: 'stream', ino: ends.a[1], peerIno: ends.b[1] });
    expect(b.socket).toMatchObject({ family: 'unix', type: 'stream', ino: ends.b[1], peerIno: ends.a[1] });
    expect(a.peers).toEqual([b.id]);
    // The thread that joined their namespace to make the diag socket is back in its own.
    expect(readlinkSync('/proc/thread-self/ns/net')).toBe(ours);
  });
});
