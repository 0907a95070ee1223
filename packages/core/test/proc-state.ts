// What the kernel says about a fixture's threads, read straight from /proc: the judge of whether
// a tree was left frozen.
import { readFile } from 'node:fs/promises';
import type { GroundTruth } from '@fdlens/fixtures';

/** A thread's scheduler state and tracer. */
export async function threadState(pid: number, tid: number): Promise<{ stopped: boolean; tracer: number }> {
  const stat = await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8');
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  const status = await readFile(`/proc/${pid}/task/${tid}/status`, 'utf8');
  const tracer = Number(/TracerPid:\s*(\d+)/.exec(status)?.[1] ?? -1);
  return { stopped: state === 't' || state === 'T', tracer };
}

/** Every thread of the tree, with its state. */
export async function treeStates(truth: GroundTruth): Promise<{ tid: number; stopped: boolean; tracer: number }[]> {
  const out = [];
  for (const p of truth.processes) for (const tid of p.threads) out.push({ tid, ...(await threadState(p.pid, tid)) });
  return out;
}

/** Poll until no thread of the tree is stopped or traced (a resume takes effect asynchronously). */
export async function expectResumed(truth: GroundTruth, timeoutMs = 5000): Promise<{ tid: number; stopped: boolean; tracer: number }[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const states = await treeStates(truth);
    const held = states.filter((s) => s.stopped || s.tracer !== 0);
    if (held.length === 0 || Date.now() > deadline) return held;
    await new Promise((r) => setTimeout(r, 20));
  }
}
