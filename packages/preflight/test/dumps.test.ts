// The pure checks on graphs read from real CRIU 4.2 dumps (../shared/fixtures/criu-real): trees
// CRIU dumped without complaint (`criu dump --shell-job --leave-running`) must have no blocker.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDump } from '@fdlens/dump';
import { CRIU_REAL_DIR } from '@fdlens/fixtures';
import { preflight } from '@fdlens/preflight';

const REAL = CRIU_REAL_DIR;

describe('real CRIU dumps', () => {
  for (const scenario of ['S1', 'S2', 'S3', 'S4', 'S5']) {
    it(`${scenario}: no blocker, as CRIU dumped it`, async () => {
      const dir = join(REAL, scenario, 'img');
      expect(existsSync(dir), dir).toBe(true);
      const graph = await readDump(dir);
      expect(graph.tasks.length).toBeGreaterThan(0);
      const report = preflight(graph, {}, { criuOptions: ['--shell-job'] });
      expect(report.findings.filter((f) => f.severity === 'blocker')).toEqual([]);
    });
  }

  it('S4 keeps its parent-child CLONE_FILES sharing without a finding', async () => {
    const graph = await readDump(join(REAL, 'S4', 'img'));
    const tables = new Set(graph.tasks.map((t) => t.fdTable));
    expect(tables.size).toBeLessThan(graph.tasks.length); // two tasks share one table
    expect(preflight(graph).findings.map((f) => f.code)).not.toContain('FDLENS_PF_SHARED_FDTABLE');
  });
});
