import type { Command } from 'commander';
import type { CliContext } from '../context.js';
import { registerDemo } from './demo.js';
import { registerDiff } from './diff.js';
import { registerDump } from './dump.js';
import { registerPlan } from './plan.js';
import { registerPreflight } from './preflight.js';
import { registerReplay } from './replay.js';
import { registerScan } from './scan.js';
import { registerShow } from './show.js';

/** What each command module gets: a lazily built context, and a way to set the exit code. */
export interface CommandHost {
  /** The context for the global options (call inside the action, after parsing). */
  context: () => CliContext;
  /** Set the process exit code (0 ok, 1 findings, 2 error). */
  setExit: (code: number) => void;
}

/** Register every fdlens command on the program. */
export function registerCommands(program: Command, host: CommandHost): void {
  registerScan(program, host);
  registerDemo(program, host);
  registerDump(program, host);
  registerShow(program, host);
  registerPlan(program, host);
  registerReplay(program, host);
  registerDiff(program, host);
  registerPreflight(program, host);
}
