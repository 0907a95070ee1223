// Run a fixture program: start it, read its KEY=VALUE report until it closes stdout (the tree
// is built), and kill its whole tree afterwards.

import { spawn } from 'node:child_process';
import { chownSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileFixture } from './compile.js';

/** A running fixture tree. */
export interface Running {
  /** The root pid the fixture reported (the tree to check). */
  root: number;
  /** Everything it reported, by key. */
  values: Record<string, string>;
  /** A number it reported. */
  num(key: string): number;
  /** Its data directory (argv[1]). */
  dir: string;
  /** Kill the tree and remove the data directory. */
  stop(): void;
}

const running = new Set<Running>();

/** A user to run a fixture as. */
export interface RunAs {
  /** User id. */
  uid: number;
  /** Group id. */
  gid: number;
}

/** Start fixture `name` with a fresh data directory as argv[1] and `args` after it. */
export function startFixture(name: string, ...args: string[]): Promise<Running> {
  return launch(name, args);
}

/**
 * Start fixture `name` as another user (through setpriv, so the test must be root): it gets a
 * data directory and a copy of its binary it owns, since the compile cache may be private.
 */
export function startFixtureAs(user: RunAs, name: string, ...args: string[]): Promise<Running> {
  return launch(name, args, { user });
}

/** Start fixture `name` in a network namespace of its own, as a container's processes are (root only). */
export function startFixtureInNetns(name: string, ...args: string[]): Promise<Running> {
  return launch(name, args, { prefix: ['unshare', '--net'] });
}

async function launch(name: string, args: string[], how: { user?: RunAs; prefix?: string[] } = {}): Promise<Running> {
  const { user, prefix } = how;
  const bin = await compileFixture(name);
  const dir = mkdtempSync(join(tmpdir(), `fdlens-pf-${name}-`));
  let command = bin;
  let argv = [dir, ...args];
  if (prefix !== undefined) {
    // The prefix execs the fixture, so the pid it reports is the one the tree hangs from.
    argv = [...prefix.slice(1), bin, ...argv];
    command = prefix[0]!;
  } else if (user !== undefined) {
    const own = join(dir, name);
    copyFileSync(bin, own);
    for (const path of [dir, own]) chownSync(path, user.uid, user.gid);
    command = 'setpriv';
    argv = [`--reuid=${user.uid}`, `--regid=${user.gid}`, '--clear-groups', own, ...argv];
  }
  const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (err += s));
  return new Promise((resolve, reject) => {
    child.on('close', (code, signal) => reject(new Error(`fixture ${name} exited with ${code ?? signal} before reporting: ${err.trim()}`)));
    child.stdout.on('end', () => {
      const values: Record<string, string> = {};
      for (const line of out.split('\n')) {
        const eq = line.indexOf('=');
        if (eq > 0) values[line.slice(0, eq)] = line.slice(eq + 1);
      }
      if (values.root === undefined) return; // it failed: 'close' rejects with its stderr
      const run: Running = {
        root: Number(values.root),
        values,
        num: (key) => {
          const v = values[key];
          if (v === undefined) throw new Error(`fixture ${name} reported no ${key}`);
          return Number(v);
        },
        dir,
        stop: () => {
          running.delete(run);
          for (const target of [-run.root, run.root, child.pid ?? 0]) {
            try {
              if (target !== 0) process.kill(target, 'SIGKILL');
            } catch {
              // already gone
            }
          }
          rmSync(dir, { recursive: true, force: true });
        },
      };
      running.add(run);
      resolve(run);
    });
  });
}

/** Kill every fixture still running (afterAll / afterEach). */
export function stopAll(): void {
  for (const run of [...running]) run.stop();
}
