// Compiling the small C programs fdlens needs where Node cannot go (forking trees, passing fds):
// the replay executor, the fixture programs, test helpers. Each is built once per source version
// (the cache key hashes the sources, flags and compiler), written under a temporary name and
// renamed into place, so concurrent first uses never run half a binary.

import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { OperationError, UsageError, errnoCode } from '../errors.js';

const run = promisify(execFile);

/** Flags programs are built with unless the caller gives others: warnings are errors. */
export const DEFAULT_CFLAGS: readonly string[] = ['-O2', '-Wall', '-Wextra', '-Werror', '-pthread'];

/** Options of compileC. */
export interface CompileOptions {
  /** Compiler flags; DEFAULT_CFLAGS when absent. */
  flags?: readonly string[];
  /** Where binaries are cached; defaultCacheDir() when absent. */
  cacheDir?: string;
}

/** The compiler: `$CC` when set, else `cc`. */
export function cCompiler(): string {
  return process.env['CC'] || 'cc';
}

/** Where compiled programs are cached: $FDLENS_CACHE_DIR, else $XDG_CACHE_HOME/fdlens, else ~/.cache/fdlens. */
export function defaultCacheDir(): string {
  return process.env['FDLENS_CACHE_DIR'] || join(process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache'), 'fdlens');
}

/** Builds in flight in this process, by output path. */
const building = new Map<string, Promise<string>>();

/**
 * Compile C sources into one executable and return its path. Headers may be listed: they are
 * not passed to the compiler but are part of the cache key. Safe when several processes build
 * the same program at once (each writes a temporary file, then renames it into place).
 */
export async function compileC(
  sources: readonly string[],
  outputName: string,
  options: CompileOptions = {},
): Promise<string> {
  if (!/^[A-Za-z0-9._-]+$/.test(outputName)) {
    throw new UsageError('FDLENS_BAD_OUTPUT_NAME', `compileC: bad output name ${JSON.stringify(outputName)}`, {
      hint: 'Use letters, digits, dot, dash and underscore only.',
    });
  }
  const flags = options.flags ?? DEFAULT_CFLAGS;
  const compiler = cCompiler();
  const hash = createHash('sha256').update(JSON.stringify([compiler, flags, outputName]));
  for (const file of sources) {
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch (err) {
      throw new UsageError('FDLENS_NO_SUCH_SOURCE', `compileC: cannot read ${file} (${errnoCode(err) ?? String(err)})`, {
        hint: 'Pass absolute paths of existing C sources and headers.',
        cause: err,
      });
    }
    hash.update(`\0${basename(file)}\0`).update(content);
  }
  const dir = join(options.cacheDir ?? defaultCacheDir(), hash.digest('hex').slice(0, 20));
  const output = join(dir, outputName);
  // Only builds in flight are shared: a finished binary is found on disk again, so one removed
  // from the cache (tmp cleaners) is rebuilt.
  let pending = building.get(output);
  if (pending === undefined) {
    pending = build(compiler, flags, sources.filter((f) => f.endsWith('.c')), dir, output);
    building.set(output, pending);
    const forget = (): void => void building.delete(output);
    pending.then(forget, forget);
  }
  return pending;
}

async function build(
  compiler: string,
  flags: readonly string[],
  cFiles: readonly string[],
  dir: string,
  output: string,
): Promise<string> {
  try {
    await access(output, constants.X_OK);
    return output;
  } catch {
    // not built yet
  }
  await mkdir(dir, { recursive: true });
  const temp = `${output}.tmp-${process.pid}-${randomUUID()}`;
  try {
    await run(compiler, [...flags, ...cFiles, '-o', temp], { maxBuffer: 16 << 20 });
    // rename is atomic: a concurrent builder's rename of an identical binary is harmless.
    await rename(temp, output);
    return output;
  } catch (err) {
    await rm(temp, { force: true });
    throw compileError(compiler, cFiles, output, err);
  }
}

function compileError(compiler: string, cFiles: readonly string[], output: string, err: unknown): OperationError {
  const what = `${basename(output)} from ${cFiles.map((f) => basename(f)).join(', ')}`;
  if (errnoCode(err) === 'ENOENT') {
    return new OperationError('FDLENS_CC_MISSING', `C compiler '${compiler}' not found (building ${what})`, {
      hint: 'Install a C compiler and libc headers (Debian/Ubuntu: apt-get install gcc libc6-dev), or set CC.',
      cause: err,
    });
  }
  const stderr = (err as { stderr?: unknown }).stderr;
  const detail = typeof stderr === 'string' && stderr.trim() !== '' ? stderr.trim() : String(err);
  return new OperationError('FDLENS_CC_FAILED', `'${compiler}' failed to build ${what}:\n${detail}`, {
    hint: 'Fix the C source, or check that gcc and libc6-dev are installed and match the kernel headers.',
    cause: err,
  });
}
