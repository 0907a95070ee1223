import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError, errnoCode } from '@fdlens/core/model';
import { EXIT, writeOut } from '../context.js';
import type { CommandHost } from './index.js';

/** Resolve on the first SIGINT or SIGTERM (and stop listening). */
function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}

/** `fdlens replay <plan.json>`: build the plan's tree on this machine; print its root pid; keep it until SIGINT/SIGTERM. */
export function registerReplay(program: Command, host: CommandHost): void {
  program
    .command('replay')
    .description('execute a plan on this machine: build the process tree, print its root pid as the first line, keep it until SIGINT/SIGTERM')
    .argument('<plan>', 'plan JSON file (from `fdlens plan --json`)')
    .option('--root <dir>', 'recreate paths that do not exist here under DIR (created empty)')
    .action(async (file: string, opts: { root?: string }) => {
      const ctx = host.context();
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch (err) {
        throw new UsageError('FDLENS_NO_SUCH_INPUT', `cannot read plan ${file}: ${errnoCode(err) ?? String(err)}`, { hint: 'make one with `fdlens plan <pid|dir> --json > plan.json`' });
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        throw new UsageError('FDLENS_BAD_PLAN', `${file} is not JSON`, { hint: 'make one with `fdlens plan <pid|dir> --json > plan.json`' });
      }
      const { toPlan, replayPlan } = await import('@fdlens/restore-plan');
      const plan = toPlan(value, file);
      // Listen before the tree exists, so a signal during start-up still ends it.
      const signalled = untilSignal();
      const handle = await replayPlan(plan, { ...(opts.root === undefined ? {} : { root: opts.root }), logger: ctx.logger });
      try {
        await writeOut(ctx.stdout, `${handle.rootPids.join(' ')}\n`);
        for (const u of handle.standIns) {
          ctx.stderr.write(`fdlens: stand-in for ${u.type ?? 'file'} (description ${u.file}): ${u.reason}: ${u.detail}\n`);
        }
        await signalled;
      } finally {
        await handle.stop();
      }
      host.setExit(EXIT.ok);
    });
}
