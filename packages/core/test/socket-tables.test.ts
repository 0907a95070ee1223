// Socket tables longer than one page. /proc/<pid>/net/tcp comes about one page (some 27 sockets)
// per read(2); a reader that took a short read for the end of file saw only the first sockets of
// a busy namespace and left the others without type, state or addresses.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureTree, type Graph } from '@fdlens/core';

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
    holder = spawn('python3', ['-c', HOLDER], { stdio: ['ignore', 'pipe', 'inherit'] });
    expected = await new Promise<Expected[]>((resolve, reject) => {
      let out = '';
      holder.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.endsWith('\n')) resolve(JSON.parse(out) as Expected[]);
      });
      holder.once('exit', (code) => reject(new Error(`socket holder exited (${code}) before it was ready`)));
    });
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
