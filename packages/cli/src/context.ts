import type { Writable } from 'node:stream';
import { createLogger, LOG_LEVELS, UsageError, type Logger, type LogLevel } from '@fdlens/core/model';

/** What a command needs from the outside world: where to write, and the logger. */
export interface CliContext {
  /** Data output (tables, JSON, dot). */
  stdout: Writable;
  /** Human messages (errors, progress). */
  stderr: Writable;
  /** pino logger writing to stderr. */
  logger: Logger;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, error: 2 } as const;

/** Build the context for a `--log-level` value. */
export function makeContext(level: string | undefined, io: Pick<CliContext, 'stdout' | 'stderr'>): CliContext {
  const wanted = (level ?? 'warn') as LogLevel;
  if (!LOG_LEVELS.includes(wanted)) {
    throw new UsageError('FDLENS_BAD_LOG_LEVEL', `unknown log level "${level}"`, {
      hint: `use one of: ${LOG_LEVELS.join(', ')}`,
    });
  }
  return { ...io, logger: createLogger(wanted) };
}

/** True for the error of writing to a pipe whose reader has gone (`fdlens … | head`). */
export function isClosedReader(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | null)?.code === 'EPIPE';
}

/**
 * Write a string to a stream and wait until it is flushed, so exit codes never cut output. A
 * reader that stopped reading (EPIPE) wanted no more: that ends the output, not the command.
 */
export function writeOut(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (err) => (err && !isClosedReader(err) ? reject(err) : resolve()));
  });
}
