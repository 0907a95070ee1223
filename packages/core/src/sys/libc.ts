// The only door to libc. Every foreign call goes through `syscall6`/`callLibc` so calls can be
// counted (an ffi-rs call costs ~10 µs here, far more than the syscall inside it).

import { constants } from 'node:os';
import { DataType, load, open } from 'ffi-rs';

const LIB = 'libc';
let opened = false;

function ensureOpen(): void {
  if (opened) return;
  // An empty path gives the C library already loaded into this process.
  open({ library: LIB, path: '' });
  opened = true;
}

/** Foreign calls made so far, by kind; a capture reads the difference before and after. */
export const ffiCounters = { calls: 0, kcmp: 0 };

/** Result of a raw foreign call: the return value, and errno when it failed. */
export interface SysResult {
  /** Return value of the call. */
  value: number;
  /** errno name (`EPERM`, `EBADF` …) when value is -1, otherwise undefined. */
  errno: string | undefined;
}

const errnoNames = new Map<number, string>(
  Object.entries(constants.errno).map(([name, num]) => [num, name]),
);

/** errno name for a number, e.g. 1 → EPERM. */
export function errnoName(code: number): string {
  return errnoNames.get(code) ?? `errno ${code}`;
}

const I64x6 = [DataType.I64, DataType.I64, DataType.I64, DataType.I64, DataType.I64, DataType.I64];
const I64x5Buf = [DataType.I64, DataType.I64, DataType.I64, DataType.I64, DataType.I64, DataType.U8Array];

function finish(res: { value: number | bigint; errnoCode: number }): SysResult {
  const value = Number(res.value);
  return { value, errno: value === -1 ? errnoName(res.errnoCode) : undefined };
}

/** syscall(2) with up to five integer arguments. */
export function syscall6(nr: number, a = 0, b = 0, c = 0, d = 0, e = 0): SysResult {
  ensureOpen();
  ffiCounters.calls++;
  const res = load({
    library: LIB,
    funcName: 'syscall',
    retType: DataType.I64,
    paramsType: I64x6,
    paramsValue: [nr, a, b, c, d, e],
    errno: true,
  });
  return finish(res as { value: number; errnoCode: number });
}

/** syscall(2) whose fifth argument is a pointer to a buffer (kcmp's KCMP_EPOLL_TFD slot). */
export function syscall5Buf(nr: number, a: number, b: number, c: number, d: number, buf: Buffer): SysResult {
  ensureOpen();
  ffiCounters.calls++;
  const res = load({
    library: LIB,
    funcName: 'syscall',
    retType: DataType.I64,
    paramsType: I64x5Buf,
    paramsValue: [nr, a, b, c, d, buf],
    errno: true,
  });
  return finish(res as { value: number; errnoCode: number });
}

/** Call a libc function taking (int, buffer, length, int), like send(2) and recv(2). */
export function callBufIo(funcName: 'send' | 'recv', fd: number, buf: Buffer, len: number, flags: number): SysResult {
  ensureOpen();
  ffiCounters.calls++;
  const res = load({
    library: LIB,
    funcName,
    retType: DataType.I64,
    paramsType: [DataType.I32, DataType.U8Array, DataType.I64, DataType.I32],
    paramsValue: [fd, buf, len, flags],
    errno: true,
  });
  return finish(res as { value: number; errnoCode: number });
}

/** Call a libc function taking three ints and returning an int (fcntl, socket). */
export function callInt3(funcName: 'fcntl' | 'socket', a: number, b: number, c: number): SysResult {
  ensureOpen();
  ffiCounters.calls++;
  const res = load({
    library: LIB,
    funcName,
    retType: DataType.I32,
    paramsType: [DataType.I32, DataType.I32, DataType.I32],
    paramsValue: [a, b, c],
    errno: true,
  });
  return finish(res as { value: number; errnoCode: number });
}
