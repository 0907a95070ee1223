import { planRestore, replayPlan, simulatedGraph, randomGraph, diffGraphs, formatDifferences } from '@fdlens/restore-plan';
import { captureTree } from '@fdlens/core';
let bad = 0;
for (let seed = 1; seed <= 20; seed++) for (const gen of [simulatedGraph, randomGraph]) {
const g = gen({ seed, processes: 8, fds: 60, cloneFilesRate: 0.3, pathPrefix: '/fdlens-rt' });
for (const strategy of ['inherit', 'criu'] as const) {
const plan = planRestore(g, { strategy });
let h;
try { h = await replayPlan(plan, { root: '/tmp/rr' }); } catch (e) { console.log(seed, gen.name, strategy, (e as Error).message); bad++; continue; }
const cap = captureTree({ roots: h.rootPids });
await h.stop();
const d = diffGraphs(g, cap, { threads: true, content: true });
if (d.length) { bad++; console.log(seed, gen.name, strategy, formatDifferences(d).slice(0, 600)); }
}}
console.log('bad', bad);
