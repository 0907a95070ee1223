// Process entry: run the command line, wait until stdout and stderr have drained, then exit. The
// explicit exit skips Node's teardown of the heap, some 15 ms after a command that read a large
// dump; every command has finished its own work (trees resumed, files written) by then.
import { main } from './main.js';

/** Resolves once the stream has written everything, or can write nothing more (closed reader). */
function drained(stream: NodeJS.WriteStream): Promise<unknown> | undefined {
  if (stream.writableLength === 0 || stream.destroyed) return undefined;
  return new Promise((resolve) => {
    for (const event of ['drain', 'close', 'error']) stream.once(event, resolve);
  });
}

// Write errors reach the command through writeOut's callback (which ends the output quietly when
// the reader of a pipe has gone, and reports anything else). Without a listener, the stream's
// 'error' event would also crash the process with a stack trace.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});

const code = await main(process.argv.slice(2));
await Promise.all([drained(process.stdout), drained(process.stderr)]);
process.exit(code);
