// The criu-real scenarios' ground truth (how the fixture programs built their trees): both
// strategies must be proven by the model, and `inherit` must beat CRIU where sharing comes from fork.

import { describe, expect, it } from 'vitest';
import { checkPlan, planRestore } from '@fdlens/restore-plan';
import { groundTruthGraph } from './helpers/ground-truth.js';

describe.each(['S1', 'S2', 'S3', 'S4', 'S5'])('scenario %s', (name) => {
  const graph = groundTruthGraph(name);
  it.each(['inherit', 'criu'] as const)('%s plan is proven by the model', (strategy) => {
    const plan = planRestore(graph, { strategy });
    expect(checkPlan(plan, graph).issues).toEqual([]);
    expect(plan.unrecreatable).toEqual([]);
    expect(plan.totals.forks).toBe(graph.tasks.length - 1);
  });
  it('inherit sends at most 10% of CRIU’s messages and does fewer ops', () => {
    const inherit = planRestore(graph, { strategy: 'inherit' }).totals;
    const criu = planRestore(graph, { strategy: 'criu' }).totals;
    expect(inherit.scmRightsMessages).toBeLessThanOrEqual(0.1 * criu.scmRightsMessages);
    if (criu.scmRightsMessages > 0) expect(inherit.ops).toBeLessThan(criu.ops);
    else expect(inherit.ops).toBeLessThanOrEqual(criu.ops);
  });
});

describe('CRIU strategy counts', () => {
  it('S2: one message per fd of another process, plus the pipe end (criu-reference §3.4, §3.6)', () => {
    // stdio (3 fds) and shared.txt (1 fd) in 2 children: 8 messages; the write end to its master: 1.
    expect(planRestore(groundTruthGraph('S2'), { strategy: 'criu' }).totals.scmRightsMessages).toBe(9);
  });
  it('S4: the CLONE_FILES child gets its table by sharing, not messages', () => {
    // Only the fork child's 5 inherited fds (0, 1, 2, 3, 5) come by message.
    expect(planRestore(groundTruthGraph('S4'), { strategy: 'criu' }).totals.scmRightsMessages).toBe(5);
  });
});
