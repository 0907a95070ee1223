// The published JSON Schemas against what the command really prints. The graph's
// (@fdlens/core/graph.schema.json): live trees with every kind of fd, every real CRIU dump, a dump
// of every file kind fdlens writes, and filtered views. The preflight report's
// (@fdlens/preflight/report.schema.json): reports with blockers, warnings and resolved findings.
// The plan's (@fdlens/restore-plan/plan.schema.json): plans of every real dump and a live tree from
// the command, and of hundreds of random graphs, with both strategies.
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
import { CREATE_KINDS, STRATEGIES, UNRECREATABLE_REASONS, planRestore, randomGraph, simulatedGraph } from '@fdlens/restore-plan';
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
// The plan's `source` and file types are the graph schema's: it refers to them by $id.
const planSchema = require('@fdlens/restore-plan/plan.schema.json') as {
  properties: { strategy: { enum: string[] } };
  $defs: { unrecreatable: { properties: { reason: { enum: string[] } } }; op: { oneOf: { properties: { op: { const: string }; kind?: { enum: string[] } } }[] } };
};
const validatePlan = ajv.compile(planSchema);

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

/** `fdlens plan --json`, valid against the plan schema, with exit code 0. */
async function expectGraphLike(args: string[]): Promise<void> {
  expect((await expectValid(args, validatePlan)).code).toBe(0);
}

describe('the JSON Schemas of the graph, the preflight report and the restore plan', () => {
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

  it('describe restore plans of real dumps, a live tree and random graphs, with both strategies', async () => {
    expect(planSchema.properties.strategy.enum).toEqual([...STRATEGIES]);
    expect(planSchema.$defs.unrecreatable.properties.reason.enum).toEqual([...UNRECREATABLE_REASONS]);
    const create = planSchema.$defs.op.oneOf.find((o) => o.properties.op.const === 'create')!;
    expect(create.properties.kind!.enum).toEqual([...CREATE_KINDS]);
    for (const strategy of STRATEGIES) {
      for (const scenario of CRIU_REAL_SCENARIOS) await expectGraphLike(['plan', join(CRIU_REAL_DIR, scenario, 'img'), '--json', '--strategy', strategy]);
      await expectGraphLike(['plan', String(fixture.rootPid), '--json', '--strategy', strategy]);
      for (let seed = 1; seed <= 60; seed++) {
        for (const gen of [randomGraph, simulatedGraph]) {
          const plan = planRestore(gen({ seed, processes: 1 + (seed % 8), fds: 10 + (seed % 40), cloneFilesRate: seed % 3 === 0 ? 0.4 : 0.1 }), { strategy });
          expect(validatePlan(plan) ? [] : validatePlan.errors, `${gen.name} seed ${seed} ${strategy}`).toEqual([]);
        }
      }
    }
  });

  it('refuses what is not a graph or a plan: an unknown field or op, a wrong type, a missing field', () => {
    const good = { schema: 'fdlens.graph/v1', source: { kind: 'dump', path: '/d' }, tasks: [], files: [{ id: 1, type: 'pipe', flags: 0, pos: 0, identity: 'criu' }], vanished: [] };
    expect(validate(good)).toBe(true);
    expect(validate({ ...good, extraField: 1 })).toBe(false);
    expect(validate({ ...good, files: [{ ...good.files[0], type: 'pipes' }] })).toBe(false);
    expect(validate({ ...good, files: [{ type: 'pipe', flags: 0, pos: 0, identity: 'criu' }] })).toBe(false);
    const plan = planRestore(simulatedGraph({ seed: 1, processes: 2, fds: 10 }));
    expect(validatePlan(plan)).toBe(true);
    const first = plan.processes[0]!;
    expect(validatePlan({ ...plan, processes: [{ ...first, ops: [...first.ops, { op: 'frobnicate', fd: 3 }] }] })).toBe(false);
    expect(validatePlan({ ...plan, processes: [{ ...first, ops: [{ op: 'dup2', from: 3, to: 4, file: 1 }] }] })).toBe(false); // no cloexec
  });
});
