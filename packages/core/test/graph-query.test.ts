import { describe, expect, it } from 'vitest';
import { GRAPH_SCHEMA, sharingPartition, fdTablePartition, type Graph } from '@fdlens/core';

const graph: Graph = {
  schema: GRAPH_SCHEMA,
  source: { kind: 'synthetic' },
  tasks: [
    { pid: 10, ppid: 0, pgid: 10, sid: 10, comm: 'a', threads: [10], fdTable: 1, fds: [{ fd: 0, file: 1, cloexec: false }, { fd: 3, file: 2, cloexec: true }] },
    { pid: 11, ppid: 10, pgid: 10, sid: 10, comm: 'b', threads: [11], fdTable: 2, fds: [{ fd: 0, file: 1, cloexec: false }] },
  ],
  files: [
    { id: 1, type: 'chr', flags: 2, pos: 0, identity: 'kcmp' },
    { id: 2, type: 'reg', flags: 0, pos: 0, identity: 'kcmp' },
  ],
  vanished: [],
};

describe('graph queries', () => {
  it('groups fds by description and processes by fd table', () => {
    expect(sharingPartition(graph)).toEqual([['10:0', '11:0'], ['10:3']]);
    expect(fdTablePartition(graph)).toEqual([[10], [11]]);
  });
});
