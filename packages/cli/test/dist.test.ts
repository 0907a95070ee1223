// The command as installed: bin/fdlens.js and the esbuild bundles in dist/ (built by `pnpm build`,
// which `pnpm test` runs first). Every other CLI test runs the sources; this one checks that the
// bundles behave the same, including what they load at run time from beside them: ffi-rs, pino,
// protobufjs, the .proto files, the C sources of the replay executor and of the fixtures.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharingPartition, type Graph } from '@fdlens/core';
import { CRIU_REAL_DIR, CRIU_REAL_SCENARIOS, startFixture, truthPartition, type RunningFixture } from '@fdlens/fixtures';
import { BUILT_BIN, runCli, startReplay } from './run-cli.js';

const imgDir = (scenario: string): string => join(CRIU_REAL_DIR, scenario, 'img');

/** Run the same command from source and from the build; both must exit 0 with the same output. */
async function sameAsSource(args: string[]): Promise<string> {
  const [source, built] = await Promise.all([runCli(args), runCli(args, { built: true })]);
  expect(source.stderr).toBe('');
  expect(source.code).toBe(0);
  expect(built.stderr).toBe('');
  expect(built.code).toBe(0);
  expect(built.stdout).toBe(source.stdout);
  return built.stdout;
}

describe('the built command (dist bundles)', () => {
  let fixture: RunningFixture;
  let dir: string;
  beforeAll(async () => {
    expect(existsSync(BUILT_BIN), 'run `pnpm build` first').toBe(true);
    fixture = await startFixture('dup');
    dir = mkdtempSync(join(tmpdir(), 'fdlens-dist-'));
  });
  afterAll(async () => {
    await fixture?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads every real dump, and one image as crit JSON, exactly as the sources do', async () => {
    for (const scenario of CRIU_REAL_SCENARIOS) await sameAsSource(['show', imgDir(scenario), '--json']);
    const image = await sameAsSource(['show', join(imgDir('S3'), 'files.img')]);
    expect((JSON.parse(image) as { magic: string }).magic).toBe('FILES');
  });

  it('reads a checkpoint archive (tar, gzip) like the directory it was made from', async () => {
    const archive = join(dir, 'checkpoint.tar.gz');
    execFileSync('tar', ['-czf', archive, '-C', imgDir('S3'), '--transform', 's,^\\.,checkpoint,', '.']);
    const [fromDir, fromArchive] = await Promise.all([runCli(['show', imgDir('S3'), '--json'], { built: true }), runCli(['show', archive, '--json'], { built: true })]);
    expect(fromArchive.stderr).toBe('');
    const a = JSON.parse(fromDir.stdout) as Graph;
    const b = JSON.parse(fromArchive.stdout) as Graph;
    expect(b.tasks).toEqual(a.tasks);
    expect(b.files).toEqual(a.files);
  });

  it('scans a live tree (ffi-rs, kcmp) to its ground truth', async () => {
    const run = await runCli(['scan', String(fixture.rootPid), '--json'], { built: true });
    expect(run.stderr).toBe('');
    expect(sharingPartition(JSON.parse(run.stdout) as Graph)).toEqual(truthPartition(fixture.truth));
  });

  it('plans like the sources, and replays a plan that diff finds equal to the tree', async () => {
    await sameAsSource(['plan', imgDir('S2'), '--json']);
    const plan = await runCli(['plan', String(fixture.rootPid), '--json'], { built: true });
    expect(plan.code).toBe(0);
    const file = join(dir, 'plan.json');
    writeFileSync(file, plan.stdout);
    const replay = await startReplay(file, { built: true });
    try {
      const same = await runCli(['diff', String(fixture.rootPid), String(replay.rootPid)], { built: true });
      expect(same.stderr).toBe('');
      expect(same.code).toBe(0);
    } finally {
      await replay.stop();
    }
  });

  it('runs preflight with the same findings and exit code as the sources', async () => {
    const args = ['preflight', String(fixture.rootPid), '--json'];
    // One after the other: each run freezes the tree, and a tree has one tracer at a time.
    const source = await runCli(args);
    const built = await runCli(args, { built: true });
    expect(built.code).toBe(source.code);
    expect(built.stdout).toBe(source.stdout);
  });

  it('logs through pino to stderr', async () => {
    const run = await runCli(['--log-level', 'debug', 'show', imgDir('S1')], { built: true });
    expect(run.code).toBe(0);
    const line = JSON.parse(run.stderr.split('\n')[0]!) as { msg: string; tasks: number };
    expect(line).toMatchObject({ msg: 'dump read', tasks: 1 });
  });
});
