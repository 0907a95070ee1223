import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { FdlensError, LOG_LEVELS } from '@fdlens/core/model';
import { EXIT, makeContext, type CliContext } from './context.js';
import { registerCommands } from './commands/index.js';

/** This package's version, from its package.json (one directory up from src/ and from dist/ alike). */
function version(): string {
  return (createRequire(import.meta.url)('../package.json') as { version: string }).version;
}

/** Build the commander program; `run` receives each command's parsed options and context. */
function buildProgram(io: Pick<CliContext, 'stdout' | 'stderr'>, result: { code: number }): Command {
  const program = new Command('fdlens')
    .description('See a Linux process tree the way checkpoint/restore must: shared open file descriptions, fd tables, CRIU images and restore plans.')
    .version(version(), '-V, --version', 'print the fdlens version')
    .addOption(new Option('--log-level <level>', 'log to stderr through pino').choices([...LOG_LEVELS]).default('warn'))
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .exitOverride();
  registerCommands(program, {
    context: () => makeContext(program.opts<{ logLevel?: string }>().logLevel, io),
    setExit: (code) => {
      result.code = code;
    },
  });
  return program;
}

/** Print a thrown error the way users should see it: one line, a hint, never a stack. */
function report(err: unknown, io: Pick<CliContext, 'stderr'>): number {
  if (err instanceof CommanderError) {
    // commander already printed its message; help and version are successes.
    return err.exitCode === 0 ? EXIT.ok : EXIT.error;
  }
  if (err instanceof FdlensError) {
    io.stderr.write(`fdlens: ${err.message} [${err.code}]\n`);
    if (err.hint) io.stderr.write(`  hint: ${err.hint}\n`);
    return EXIT.error;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr.write(`fdlens: internal error: ${message}\n  hint: rerun with --log-level debug and report it\n`);
  if (process.env['FDLENS_DEBUG'] && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
  return EXIT.error;
}

/** Run the fdlens command line with the given arguments; resolves to the exit code. */
export async function main(
  argv: string[],
  io: Pick<CliContext, 'stdout' | 'stderr'> = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const result = { code: EXIT.ok as number };
  const program = buildProgram(io, result);
  try {
    // No command at all: the built-in demo, fdlens's main job on a tree it builds itself.
    await program.parseAsync(argv.length === 0 ? ['demo'] : argv, { from: 'user' });
    return result.code;
  } catch (err) {
    return report(err, io);
  }
}
