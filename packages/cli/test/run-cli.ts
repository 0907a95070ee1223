// Run the fdlens command line from source, as a separate process, the way a user runs it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../src/bin.ts', import.meta.url));

/** What a finished fdlens run produced. */
export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Run `fdlens ...args` (from source through tsx) and collect its output. */
export function runCli(args: string[], options: { timeoutMs?: number; prefix?: string[] } = {}): Promise<CliRun> {
  const argv = [...(options.prefix ?? []), process.execPath, '--import', 'tsx', '--conditions=@fdlens/source', entry, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
