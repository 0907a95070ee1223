// Build the package in the current directory: type declarations with tsc, JavaScript with esbuild.
//
// Each entry of the exports map (and any extra entry named on the command line, such as the CLI's
// src/bin.ts) becomes one ES module in dist/, with the code shared between entries split into
// chunks beside them. Node then loads a handful of files instead of one per source file and per
// dependency: that is most of a short command's start-up (measured by `pnpm bench:decode`).
//
// Kept out of the bundles: other @fdlens packages (each has its own build), and whatever the code
// loads at run time through createRequire (ffi-rs's native addon, pino, protobufjs). Every bundle
// and chunk sits directly in dist/, where tsc put each compiled file before, so paths made from
// import.meta.url (`../proto/`, `../native/replay.c`) still land in the package.

import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { build } from 'esbuild';

interface ExportTarget {
  '@fdlens/source'?: string;
  default?: string;
}

interface PackageJson {
  name: string;
  exports?: Record<string, ExportTarget | string>;
}

const dir = process.cwd();
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;

/** dist name (without .js) → source file, from the exports map and the extra arguments. */
function entryPoints(): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    if (typeof target === 'string') continue; // a data file (a JSON Schema), shipped as it is
    const source = target['@fdlens/source'];
    const output = target.default;
    if (source === undefined || output === undefined || !/^\.\/dist\/[^/]+\.js$/.test(output)) {
      throw new Error(`${pkg.name}: export "${subpath}" needs "@fdlens/source" and a "default" of the form ./dist/NAME.js`);
    }
    entries[basename(output, '.js')] = source;
  }
  for (const extra of process.argv.slice(2)) entries[basename(extra, '.ts')] = `./${extra}`;
  return entries;
}

rmSync(join(dir, 'dist'), { recursive: true, force: true });
// Declarations (and their maps back to src) are all tsc emits; it type-checks as it goes.
const tsc = resolve(import.meta.dirname, '../node_modules/.bin/tsc');
execFileSync(tsc, ['-p', 'tsconfig.build.json', '--emitDeclarationOnly'], { cwd: dir, stdio: 'inherit' });

await build({
  absWorkingDir: dir,
  entryPoints: entryPoints(),
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external: ['@fdlens/*', 'ffi-rs'],
  // Bundled CommonJS dependencies (commander, fast-glob …) call require() for Node's modules.
  banner: { js: "import { createRequire as __fdlensCreateRequire } from 'node:module';\nconst require = __fdlensCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
