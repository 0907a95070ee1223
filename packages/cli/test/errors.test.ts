// Bad input gets one clear line naming what is wrong, a hint, exit code 2, and never a stack.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticGraph, writeDump } from '@fdlens/dump';
import { BUILT_BIN, runCli } from './run-cli.js';

function expectCleanError(run: { code: number | null; stderr: string; stdout: string }, code: string): void {
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(`[${code}]`);
  expect(run.stderr).toContain('hint:');
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack frames
  expect(run.stdout).toBe('');
}

describe('fdlens errors', () => {
  it('names a pid that does not exist', async () => {
    const run = await runCli(['scan', '4194303']);
    expectCleanError(run, 'FDLENS_NO_SUCH_PID');
    expect(run.stderr).toContain('no process with pid 4194303');
  });

  it('refuses something that is not a pid', async () => {
    expectCleanError(await runCli(['scan', '12ab']), 'FDLENS_BAD_PID');
  });

  it('refuses a scan with nothing to scan, and pids together with --all', async () => {
    expectCleanError(await runCli(['scan']), 'FDLENS_BAD_ARGS');
    expectCleanError(await runCli(['scan', '1', '--all']), 'FDLENS_BAD_ARGS');
  });

  it('rejects an unknown option and an unknown command with exit 2', async () => {
    const bad = await runCli(['scan', '--frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown option '--frobnicate'");
    const none = await runCli(['frobnicate']);
    expect(none.code).toBe(2);
  });

  it('prints its version (the package\'s) with exit 0, from the sources and from the build', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    for (const built of [false, true]) {
      const run = await runCli(['--version'], { built });
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${version}\n`);
    }
  });

  it('prints help for every command with exit 0', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    const commandSection = top.stdout.slice(top.stdout.indexOf('Commands:'));
    const commands = [...commandSection.matchAll(/^ {2}([a-z]+)\b/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
    expect(commands).toContain('scan');
    for (const command of commands) {
      const help = await runCli([command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout).toContain(`Usage: fdlens ${command}`);
    }
  });

  it('a reader that stops early (`fdlens show DIR --json | head`) ends the output quietly: exit 0, no stack', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fdlens-epipe-'));
    try {
      // Several MB of JSON: far more than a pipe holds, so the writes meet the closed reader.
      await writeDump(syntheticGraph({ processes: 300, seed: 3 }), join(dir, 'img'));
      const child = spawn(process.execPath, [BUILT_BIN, 'show', join(dir, 'img'), '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
      expect(stderr).toBe('');
      expect(code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
