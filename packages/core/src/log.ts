import { pino, type Logger } from 'pino';

export type { Logger } from 'pino';

/** Log levels accepted by `--log-level`. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** One of LOG_LEVELS. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * A pino logger that writes JSON lines to stderr, synchronously, so log lines and a crash
 * message never interleave out of order and stdout stays clean for data.
 */
export function createLogger(level: LogLevel = 'warn'): Logger {
  return pino({ name: 'fdlens', level }, pino.destination({ fd: 2, sync: true }));
}

/** The logger the library uses when the caller passes none: it drops everything. */
export const silentLogger: Logger = pino({ level: 'silent' });
