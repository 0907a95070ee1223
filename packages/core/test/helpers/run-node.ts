// Start a TypeScript helper script from source in its own Node process.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Spawn `node <helper>.ts args` with the source export condition; stdout piped. */
export function spawnHelper(name: string, args: string[], prefix: string[] = []): ChildProcess {
  const script = fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
  const argv = [...prefix, process.execPath, '--import', 'tsx', '--conditions=@fdlens/source', script, ...args];
  return spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Resolve when the child's stdout has printed `line`; reject if it exits first. */
export function waitForLine(child: ChildProcess, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    let err = '';
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      seen += d.toString();
      if (seen.split('\n').includes(line)) resolve();
    });
    child.once('exit', (code, signal) => reject(new Error(`helper exited (${code ?? signal}) before printing "${line}": ${err}`)));
  });
}

/** Resolve with the exit code or signal when the child ends. */
export function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}
