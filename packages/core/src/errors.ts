// Two kinds of error, as execa has them: the caller asked for something wrong (UsageError), or the
// machine refused (OperationError). Both carry a stable `code` that scripts and tests match on,
// and a `hint` that says how to fix it.

/** Base of every error fdlens throws on purpose. */
export class FdlensError extends Error {
  /** Stable machine-readable code, e.g. `FDLENS_NO_SUCH_PID`. */
  readonly code: string;
  /** How to fix it, in one sentence, when there is something to do. */
  readonly hint: string | undefined;
  /** The process the error is about, when there is one (callers act on it without parsing text). */
  readonly pid: number | undefined;

  constructor(code: string, message: string, options: { hint?: string; cause?: unknown; pid?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = options.hint;
    this.pid = options.pid;
  }
}

/** Bad arguments or bad input named by the caller (a pid that doesn't exist, a bad option). */
export class UsageError extends FdlensError {}

/** A failed operation: permission, a syscall the kernel refused, unreadable or corrupt data. */
export class OperationError extends FdlensError {}

/** Narrow an unknown thrown value to a Node system error with an errno code. */
export function errnoCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err) {
    const code = (err as { code: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

/** True when an errno says the process or fd went away while we looked (ENOENT, ESRCH). */
export function isVanishedErrno(code: string | undefined): boolean {
  return code === 'ENOENT' || code === 'ESRCH';
}
