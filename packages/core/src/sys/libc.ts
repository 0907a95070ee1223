// The only door to libc. Every foreign call goes through here so calls can be counted (an ffi-rs
// call costs ~10 µs here, far more than the syscall inside it). ffi-rs itself is loaded on the
// first call: commands that only read images never need it.

import { createRequire } from 'node:module';
import { constants } from 'node:os';
import type * as FfiRs from 'ffi-rs';

const LIB = 'libc';
const require = createRequire(import.meta.url);
let ffi: typeof FfiRs | undefined;

function ensureOpen(): typeof FfiRs {
  if (ffi !== undefined) return ffi;
  ffi = require('ffi-rs') as typeof FfiRs;
  // An empty path gives the C library already loaded into this process.
  ffi.open({ library: LIB, path: '' });
  return ffi;
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

const errnoNames = new Map<number, string>(Object.entries(constants.errno).map(([name, num]) => [num, name]));

/** errno name for a number, e.g. 1 → EPERM. */
export function errnoName(code: number): string {
  return errnoNames.get(code) ?? `errno ${code}`;
}

type ParamKind = 'i32' | 'i64' | 'buf';

/** Call `funcName` in libc with typed parameters; the return value is an integer. */
function call(funcName: string, ret: 'i32' | 'i64', kinds: readonly ParamKind[], values: readonly (number | Buffer)[]): SysResult {
  const { load, DataType } = ensureOpen();
  const type = { i32: DataType.I32, i64: DataType.I64, buf: DataType.U8Array } as const;
  ffiCounters.calls++;
  const res = load({
    library: LIB,
    funcName,
    retType: type[ret],
    paramsType: kinds.map((k) => type[k]),
    paramsValue: [...values],
    errno: true,
  }) as unknown as { value: number | bigint; errnoCode: number };
  const value = Number(res.value);
  return { value, errno: value === -1 ? errnoName(res.errnoCode) : undefined };
}

const SYSCALL6: readonly ParamKind[] = ['i64', 'i64', 'i64', 'i64', 'i64', 'i64'];
const SYSCALL5_BUF: readonly ParamKind[] = ['i64', 'i64', 'i64', 'i64', 'i64', 'buf'];
const SYSCALL3_BUF: readonly ParamKind[] = ['i64', 'i64', 'i64', 'buf', 'i64', 'i64'];
const BUF_IO: readonly ParamKind[] = ['i32', 'buf', 'i64', 'i32'];
const INT3: readonly ParamKind[] = ['i32', 'i32', 'i32'];

/** syscall(2) with up to five integer arguments. */
export function syscall6(nr: number, a = 0, b = 0, c = 0, d = 0, e = 0): SysResult {
  return call('syscall', 'i64', SYSCALL6, [nr, a, b, c, d, e]);
}

/** syscall(2) whose fifth argument is a pointer to a buffer (kcmp's KCMP_EPOLL_TFD slot). */
export function syscall5Buf(nr: number, a: number, b: number, c: number, d: number, buf: Buffer): SysResult {
  return call('syscall', 'i64', SYSCALL5_BUF, [nr, a, b, c, d, buf]);
}

/** syscall(2) whose third argument is a pointer to a buffer (prctl's PR_SET_MM_MAP_SIZE). */
export function syscall3Buf(nr: number, a: number, b: number, buf: Buffer, d = 0, e = 0): SysResult {
  return call('syscall', 'i64', SYSCALL3_BUF, [nr, a, b, buf, d, e]);
}

/** Call a libc function taking (int, buffer, length, int), like send(2) and recv(2). */
export function callBufIo(funcName: 'send' | 'recv', fd: number, buf: Buffer, len: number, flags: number): SysResult {
  return call(funcName, 'i64', BUF_IO, [fd, buf, len, flags]);
}

/** Call a libc function taking three ints and returning an int (fcntl, socket). */
export function callInt3(funcName: 'fcntl' | 'socket', a: number, b: number, c: number): SysResult {
  return call(funcName, 'i32', INT3, [a, b, c]);
}
