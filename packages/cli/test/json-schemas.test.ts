// The published JSON Schemas against what the command really prints. The graph's
// (@fdlens/core/graph.schema.json): live trees with every kind of fd, every real CRIU dump, a dump
// of every file kind fdlens writes, and filtered views. The preflight report's
// (@fdlens/preflight/report.schema.json): reports with blockers, warnings and resolved findings.
// Neither schema allows a property it does not describe, so a field added without it fails here.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILE_TYPES } from '@fdlens/core';
import { CODES } from '@fdlens/preflight';
import { syntheticGraph, writeDump } from '@fdlens/dump';
import { CRIU_REAL_DIR, CRIU_REAL_SCENARIOS, startFixture, type RunningFixture } from '@fdlens/fixtures';
import { runCli } from './run-cli.js';

const require = createRequire(import.meta.url);
const schema = require('@fdlens/core/graph.schema.json') as { $defs: { fileType: { enum: string[] } } };
const reportSchema = require('@fdlens/preflight/report.schema.json') as { $defs: { code: { enum: string[] } } };
const ajv = new Ajv2020({ strict: true, allErrors: true });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
const validate = ajv.compile(schema);
const validateReport = ajv.compile(reportSchema);

/** Run fdlens and check its JSON output against a schema; the parsed output and the exit code. */
async function expectValid(args: string[], check = validate): Promise<{ out: unknown; code: number | null }> {
  const run = await runCli(args);
  expect(run.stderr).toBe('');
  const out = JSON.parse(run.stdout) as unknown;
  const ok = check(out);
  expect(ok ? [] : check.errors, args.join(' ')).toEqual([]);
  return { out, code: run.code };
}

/** A graph command's JSON, valid, with exit code 0. */
async function expectGraph(args: string[]): Promise<void> {
  expect((await expectValid(args)).code).toBe(0);
}

describe('the JSON Schemas of the graph and of the preflight report', () => {
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
    await expectGraph(['scan', root, '--json']);
    await expectGraph(['scan', root, '--json', '--no-freeze', '--backend', 'dupfd-query']);
    await expectGraph(['scan', root, '--json', '--type', 'unix,inet', '--shared']);
  });

  it('describes every real CRIU dump, and a dump of every file kind fdlens writes', async () => {
    for (const scenario of CRIU_REAL_SCENARIOS) await expectGraph(['show', join(CRIU_REAL_DIR, scenario, 'img'), '--json']);
    const images = join(dir, 'synthetic');
    await writeDump(syntheticGraph({ processes: 40, seed: 5 }), images);
    await expectGraph(['show', images, '--json']);
  });

  it('describe preflight reports: blockers, and the same findings resolved by CRIU options', async () => {
    expect(reportSchema.$defs.code.enum).toEqual(Object.keys(CODES));
    const root = String(fixture.rootPid);
    // The kinds tree holds an established TCP connection, among others: blockers.
    const blocked = await expectValid(['preflight', root, '--json'], validateReport);
    expect((blocked.out as { counts: { blocker: number } }).counts.blocker).toBeGreaterThan(0);
    expect(blocked.code).toBe(1);
    const resolved = await expectValid(['preflight', root, '--json', '--criu-opts', '--tcp-established --shell-job --ext-unix-sk --file-locks'], validateReport);
    const report = resolved.out as { counts: { blocker: number }; findings: { resolvedBy?: string }[] };
    expect(report.findings.some((f) => f.resolvedBy !== undefined)).toBe(true);
    expect(resolved.code).toBe(report.counts.blocker > 0 ? 1 : 0);
  });

  it('refuses what is not a graph: an unknown field, a wrong type, a missing id', () => {
    const good = { schema: 'fdlens.graph/v1', source: { kind: 'dump', path: '/d' }, tasks: [], files: [{ id: 1, type: 'pipe', flags: 0, pos: 0, identity: 'criu' }], vanished: [] };
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, extraField: 1 })).toBe(false);
    expect(validate({ ...good, files: [{ ...good.files[0], type: 'pipes' }] })).toBe(false);
    expect(validate({ ...good, files: [{ type: 'pipe', flags: 0, pos: 0, identity: 'criu' }] })).toBe(false);
  });
});
