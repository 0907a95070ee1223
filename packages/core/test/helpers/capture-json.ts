// Capture a tree and print the graph as JSON: for tests that run the capture under conditions
// set from outside (a seccomp filter, another user).
//   capture-json.ts <root-pid> [auto|kcmp|dupfd-query]
import { writeSync } from 'node:fs';
import { captureTree, createLogger, type BackendName } from '@fdlens/core';

const [root, backend = 'auto'] = process.argv.slice(2);
const graph = captureTree({ roots: [Number(root)], backend: backend as BackendName | 'auto', logger: createLogger('warn') });
writeSync(1, JSON.stringify(graph));
