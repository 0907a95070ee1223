// The options every command that captures a live tree shares (scan, dump, preflight, plan …),
// defined once so they read and behave the same everywhere.

import { Option, type Command } from 'commander';
import { UsageError, type Graph } from '@fdlens/core/model';
import type { CaptureOptions, FreezeMethod } from '@fdlens/core';
import type { CliContext } from './context.js';
import { progressLine } from './progress.js';

/** Parsed values of the shared capture options. */
export interface CaptureFlags {
  /** `--freeze <method>` gives the method; `--no-freeze` gives false. */
  freeze?: string | boolean;
  /** `--backend`. */
  backend: 'auto' | 'kcmp' | 'dupfd-query';
}

/** Add `--freeze`, `--no-freeze` and `--backend` to a command. */
export function addCaptureOptions(command: Command): Command {
  return command
    .addOption(new Option('--freeze <method>', 'how to hold the tree still while reading it').choices(['ptrace', 'sigstop']))
    .option('--no-freeze', 'read the tree while it runs (sharing is then decided without file positions)')
    .addOption(new Option('--backend <backend>', 'how to decide that two fds share a description').choices(['auto', 'kcmp', 'dupfd-query']).default('auto'));
}

/** The capture options those flags ask for. */
export function captureOptionsFrom(flags: CaptureFlags): Pick<CaptureOptions, 'freeze' | 'backend'> {
  // commander gives `true` when neither --freeze nor --no-freeze was given.
  if (flags.freeze === true || flags.freeze === undefined) return { backend: flags.backend };
  return { backend: flags.backend, freeze: flags.freeze as FreezeMethod | false };
}

/** Parse pid arguments, refusing anything that is not a positive integer. */
export function parsePids(args: string[]): number[] {
  return args.map((arg) => {
    if (!/^[1-9]\d*$/.test(arg)) throw new UsageError('FDLENS_BAD_PID', `"${arg}" is not a pid`, { hint: 'a pid is a positive integer, as `ps` shows it' });
    return Number(arg);
  });
}

/** Capture with a progress line on stderr (when it is a terminal), cleared whatever happens. */
export async function captureWithProgress(ctx: CliContext, options: CaptureOptions): Promise<Graph> {
  // The capture (ffi-rs, /proc readers) loads only for the commands that scan a live tree.
  const { captureTree } = await import('@fdlens/core');
  const progress = progressLine(ctx.stderr, 'scanning processes');
  try {
    return captureTree({ ...options, logger: ctx.logger, onProgress: progress.update });
  } finally {
    progress.done();
  }
}
