// The published JSON Schema of `--json` (@fdlens/core/graph.schema.json) against what the command
// really prints: live trees of every fixture kind, every real CRIU dump, a dump of every file kind
// fdlens writes, and filtered views. The schema allows no property it does not describe, so a
// field added to the graph without it fails here.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_TYPES } from '@fdlens/core';
import { syntheticGraph, writeDump } from '@fdlens/dump';
import { CRIU_REAL_DIR, CRIU_REAL_SCENARIOS, startFixture, type RunningFixture } from '@fdlens/fixtures';
import { runCli } from './run-cli.js';

const schema = createRequire(import.meta.url)('@fdlens/core/graph.schema.json') as { $defs: { fileType: { enum: string[] } } };
const ajv = new Ajv2020({ strict: true, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const validate = ajv.compile(schema);

/** Run fdlens with --json (or another JSON format flag) and check its output against the schema. */
async function expectValid(args: string[]): Promise<unknown> {
  const run = await runCli(args);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const graph = JSON.parse(run.stdout) as unknown;
  const ok = validate(graph);
  expect(ok ? [] : validate.errors, args.join(' ')).toEqual([]);
  return graph;
}

describe('the graph JSON Schema', () => {
  let fixture: RunningFixture;
  let dir: string;
  beforeAll(async () => {
    fixture = await startFixture('kinds');
    dir = mkdtempSync(join(tmpdir(), 'fdlens-schema-'));
  });
  afterAll(async () => {
    await fixture?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('names exactly the file types the graph has', () => {
    expect(schema.$defs.fileType.enum).toEqual([...FILE_TYPES]);
  });

  it('describes a live scan of every kind of fd and sharing, frozen or not, whole or filtered', async () => {
    const root = String(fixture.rootPid);
    await expectValid(['scan', root, '--json']);
    await expectValid(['scan', root, '--json', '--no-freeze', '--backend', 'dupfd-query']);
    await expectValid(['scan', root, '--json', '--type', 'unix,inet', '--shared']);
  });

  it('describes every real CRIU dump, and a dump of every file kind fdlens writes', async () => {
    for (const scenario of CRIU_REAL_SCENARIOS) await expectValid(['show', join(CRIU_REAL_DIR, scenario, 'img'), '--json']);
    const images = join(dir, 'synthetic');
    await writeDump(syntheticGraph({ processes: 40, seed: 5 }), images);
    await expectValid(['show', images, '--json']);
  });

  it('refuses what is not a graph: an unknown field, a wrong type, a missing id', () => {
    const good = { schema: 'fdlens.graph/v1', source: { kind: 'dump', path: '/d' }, tasks: [], files: [{ id: 1, type: 'pipe', flags: 0, pos: 0, identity: 'criu' }], vanished: [] };
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, extraField: 1 })).toBe(false);
    expect(validate({ ...good, files: [{ ...good.files[0], type: 'pipes' }] })).toBe(false);
    expect(validate({ ...good, files: [{ type: 'pipe', flags: 0, pos: 0, identity: 'criu' }] })).toBe(false);
  });
});
