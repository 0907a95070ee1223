// replayPlan: run a plan on this machine through the C executor and keep the tree until stop().

import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve as resolvePath } from 'node:path';
import { createInterface } from 'node:readline';
import { OperationError, silentLogger, UsageError, type Logger } from '@fdlens/core';
import { executorPath } from './compile-executor.js';
import { PLAN_SCHEMA, type Plan, type PlanOp, type Unrecreatable } from './plan-types.js';
import { encodeProgram, type ResolvedPath } from './program.js';

/** Options of replayPlan. */
export interface ReplayOptions {
  /** Directory to recreate paths under when they don't exist on this machine (created empty). */
  root?: string;
  /** pino logger. */
  logger?: Logger;
}

/** A replayed tree, alive until stop(). */
export interface ReplayHandle {
  /** Pid of the first root of the new tree. */
  rootPid: number;
  /** Pids of every root, in plan order. */
  rootPids: number[];
  /** Real pid of each plan pid. */
  pids: Map<number, number>;
  /** Where each open op's path was actually opened (plan path → path used), when they differ. */
  movedPaths: Map<string, string>;
  /** What the plan could only stand in for. */
  standIns: Unrecreatable[];
  /** End every process of the tree and wait for it. */
  stop(): Promise<void>;
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** The value read from plan.json as a plan, or a UsageError when it is not one fdlens can replay. */
export function toPlan(value: unknown, where: string): Plan {
  const p = value as Partial<Plan> | null;
  if (typeof p !== 'object' || p === null || p.schema !== PLAN_SCHEMA || !Array.isArray(p.processes) || !Array.isArray(p.roots)) {
    throw new UsageError('FDLENS_BAD_PLAN', `${where} is not an fdlens plan (schema ${PLAN_SCHEMA})`, { hint: 'make one with `fdlens plan <pid|dir> --json > plan.json`' });
  }
  return p as Plan;
}

/** Execute a plan: build its process tree on this kernel and keep it until stop(). */
export async function replayPlan(plan: Plan, options: ReplayOptions = {}): Promise<ReplayHandle> {
  toPlan(plan, 'the plan');
  const logger = options.logger ?? silentLogger;
  const root = options.root === undefined ? undefined : resolvePath(options.root);
  if (root !== undefined && !existsSync(root)) {
    throw new UsageError('FDLENS_NO_ROOT', `--root ${options.root} does not exist`, { hint: 'create the directory first (mkdir -p)' });
  }
  const moved = new Map<string, string>();
  const resolve = (op: Extract<PlanOp, { op: 'open' }>): ResolvedPath => {
    if (exists(op.path)) return { path: op.path, create: false };
    if (root === undefined || !isAbsolute(op.path) || op.type === 'chr') {
      throw new UsageError('FDLENS_REPLAY_MISSING_PATH', `${op.path} (fd ${op.fd}) does not exist on this machine`, {
        hint: op.type === 'chr' ? 'the device must exist here; it cannot be created empty' : 'pass --root DIR to recreate missing paths, empty, under DIR',
      });
    }
    const path = join(root, op.path);
    moved.set(op.path, path);
    return { path, create: true };
  };
  const program = encodeProgram(plan, resolve);
  const bin = await executorPath();
  const dir = mkdtempSync(join(tmpdir(), 'fdlens-replay-'));
  const file = join(dir, 'program.txt');
  writeFileSync(file, program);
  const child = spawn(bin, [file], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => {
    stderr += s;
  });
  const exited = new Promise<number | null>((res) => child.on('close', (code) => res(code)));
  const lines = createInterface({ input: child.stdout });
  const ready = new Promise<{ roots: number[]; pids: Map<number, number> }>((res, rej) => {
    let first: number[] | undefined;
    const pids = new Map<number, number>();
    lines.on('line', (line) => {
      if (first === undefined) first = line.trim().split(/\s+/).map(Number);
      else if (line.startsWith('map ')) {
        const [, a, b] = line.split(' ');
        pids.set(Number(a), Number(b));
      } else if (line === 'ready') res({ roots: first, pids });
    });
    void exited.then((code) => rej(new OperationError('FDLENS_REPLAY_FAILED', `replay executor exited (${code}) before the tree was ready: ${stderr.trim() || 'no message'}`, {
      hint: 'rerun with --log-level debug; the message names the plan pid and op that failed',
    })));
    child.on('error', (err) => rej(new OperationError('FDLENS_REPLAY_FAILED', `cannot run the replay executor ${bin}: ${err.message}`, { hint: 'delete the cached binary and retry' })));
  });
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (!stopped) {
      stopped = true;
      child.kill('SIGTERM');
    }
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const { roots, pids } = await ready;
    logger.debug({ roots, processes: pids.size }, 'replayed tree ready');
    return { rootPid: roots[0]!, rootPids: roots, pids, movedPaths: moved, standIns: plan.unrecreatable.filter((u) => u.handling === 'standin'), stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
