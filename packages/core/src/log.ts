// Logging through pino, to stderr. pino is loaded on the first message that passes the level, so
// a command that logs nothing (the common case at the default level) does not pay for loading it.

import { createRequire } from 'node:module';
import type { Logger as PinoLogger } from 'pino';

/** Log levels accepted by `--log-level`. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** One of LOG_LEVELS. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A log method: `(fields, message)` or `(message)`, as pino takes them. */
export type LogFn = (fieldsOrMessage: object | string, message?: string) => void;

/** What fdlens logs through: the pino methods it uses. Any pino logger fits. */
export interface Logger {
  /** Unrecoverable. */
  fatal: LogFn;
  /** Failed. */
  error: LogFn;
  /** Something the user should know (fallbacks, skipped processes). */
  warn: LogFn;
  /** What was done (summaries). */
  info: LogFn;
  /** Why it was done that way. */
  debug: LogFn;
  /** Everything. */
  trace: LogFn;
}

const RANK: Record<LogLevel, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity };
const require = createRequire(import.meta.url);

/**
 * A pino logger that writes JSON lines to stderr, synchronously, so log lines and a crash
 * message never interleave out of order and stdout stays clean for data.
 */
export function createLogger(level: LogLevel = 'warn'): Logger {
  let real: PinoLogger | undefined;
  const method = (name: Exclude<LogLevel, 'silent'>): LogFn => {
    if (RANK[name] < RANK[level]) return () => {};
    return (fields, message) => {
      if (real === undefined) {
        const { pino } = require('pino') as typeof import('pino');
        real = pino({ name: 'fdlens', level }, pino.destination({ fd: 2, sync: true }));
      }
      if (typeof fields === 'string') real[name](fields);
      else real[name](fields, message);
    };
  };
  return { fatal: method('fatal'), error: method('error'), warn: method('warn'), info: method('info'), debug: method('debug'), trace: method('trace') };
}

/** The logger the library uses when the caller passes none: it drops everything. */
export const silentLogger: Logger = createLogger('silent');
