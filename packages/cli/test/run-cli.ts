// Run the fdlens command line as a separate process, the way a user runs it: from source (through
// tsx), or as installed (bin/fdlens.js and the esbuild bundles in dist/).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../src/bin.ts', import.meta.url));

/** The installed command: what `pnpm exec fdlens` runs. */
export const BUILT_BIN = fileURLToPath(new URL('../bin/fdlens.js', import.meta.url));

/** What a finished fdlens run produced. */
export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Run `fdlens ...args` (from source through tsx, or the build with `built`) and collect its output. */
export function runCli(args: string[], options: { timeoutMs?: number; prefix?: string[]; built?: boolean } = {}): Promise<CliRun> {
  const program = options.built === true ? [BUILT_BIN] : ['--import', 'tsx', '--conditions=@fdlens/source', entry];
  const argv = [...(options.prefix ?? []), process.execPath, ...program, ...args];
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

/** A running `fdlens replay`: the root pid it printed, and a way to end it (SIGTERM). */
export interface RunningReplay {
  rootPid: number;
  stop(): Promise<void>;
}

/** Start `fdlens replay PLAN` (from source, or the build with `built`) and wait for its root pid. */
export async function startReplay(planFile: string, options: { built?: boolean } = {}): Promise<RunningReplay> {
  const program = options.built === true ? [BUILT_BIN] : ['--import', 'tsx', '--conditions=@fdlens/source', entry];
  const child = spawn(process.execPath, [...program, 'replay', planFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    child.kill('SIGTERM');
    await exited;
  };
  try {
    const firstLine = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0]!);
      });
      child.once('exit', (code) => reject(new Error(`replay exited ${code} before printing a pid`)));
    });
    return { rootPid: Number(firstLine), stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
