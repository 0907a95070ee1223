// Deleted, unlinked, replaced and locked files. Ground truth: the fixture wrote the file, unlinked
// or replaced its name, or locked it.

import { afterEach, describe, expect, it } from 'vitest';
import { blockerCodes, check, theFinding } from './helpers/check.js';
import { startFixture, stopAll } from './helpers/fixture.js';

afterEach(stopAll);

describe('deleted files and --ghost-limit', () => {
  it('a deleted 3 MiB file is a blocker fixed by a computed --ghost-limit, as R8', async () => {
    const run = await startFixture('files', 'ghost-big');
    const { report } = check(run.root);
    const f = theFinding(report, 'FDLENS_PF_GHOST_TOO_BIG');
    expect(f).toMatchObject({ severity: 'blocker', pid: run.root, fd: run.num('fd'), fix: { criuOption: '--ghost-limit 3M' } });
    // R8: "Can't dump ghost file …/r8-ghost.bin of 3145728 size, increase limit"
    expect(f.criu?.message).toBe(`Can't dump ghost file ${run.dir}/a.bin of 3145728 size, increase limit`);
    expect(blockerCodes(report)).toEqual(['FDLENS_PF_GHOST_TOO_BIG']);
    // R8 was fixed with --ghost-limit 10M; the computed 3M is the least that works; 2M is not enough.
    expect(check(run.root, { criuOptions: ['--ghost-limit', '10M'] }).report.counts.blocker).toBe(0);
    expect(check(run.root, { criuOptions: ['--ghost-limit=3M'] }).report.counts.blocker).toBe(0);
    expect(check(run.root, { criuOptions: ['--ghost-limit 2M'] }).report.counts.blocker).toBe(1);
  });

  it('a deleted 512 KiB file is within the default limit: info, no blocker', async () => {
    const run = await startFixture('files', 'ghost-small');
    const { report } = check(run.root);
    expect(theFinding(report, 'FDLENS_PF_GHOST_FILE')).toMatchObject({ severity: 'info', fd: run.num('fd') });
    expect(report.counts.blocker).toBe(0);
  });
});

describe('names', () => {
  it('an unlinked name of a file another link keeps needs --link-remap', async () => {
    const run = await startFixture('files', 'link-remap');
    const { report } = check(run.root);
    expect(theFinding(report, 'FDLENS_PF_LINK_REMAP')).toMatchObject({ severity: 'blocker', fd: run.num('fd'), fix: { criuOption: '--link-remap' } });
    expect(blockerCodes(report)).toEqual(['FDLENS_PF_LINK_REMAP']);
    expect(check(run.root, { criuOptions: ['--link-remap'] }).report.counts.blocker).toBe(0);
  });

  it('a name renamed over also goes through a link remap (CRIU looks up "name (deleted)")', async () => {
    const run = await startFixture('files', 'renamed-over');
    const { report } = check(run.root);
    const f = theFinding(report, 'FDLENS_PF_LINK_REMAP');
    expect(f.reason).toContain('the name now belongs to inode');
    expect(blockerCodes(report)).toEqual(['FDLENS_PF_LINK_REMAP']);
  });

  it('a path that now names another inode (bind-mounted over) is a blocker with no option', async () => {
    const run = await startFixture('files', 'replaced');
    const { report } = check(run.root);
    const f = theFinding(report, 'FDLENS_PF_PATH_REPLACED');
    expect(f).toMatchObject({ severity: 'blocker', fd: run.num('fd') });
    expect(f.fix.criuOption).toBeUndefined();
    expect(f.criu?.message).toMatch(/^Unaccessible path opened \d+:\d+, need \d+:\d+$/);
  });
});

describe('file locks', () => {
  for (const [kind, label] of [['flock', 'flock'], ['posix', 'POSIX'], ['ofd', 'OFD']] as const) {
    it(`a ${label} lock needs --file-locks${kind === 'flock' ? ', as R10' : ''}`, async () => {
      const run = await startFixture('files', kind);
      const { report } = check(run.root);
      const f = theFinding(report, 'FDLENS_PF_FILE_LOCK');
      expect(f).toMatchObject({ severity: 'blocker', pid: run.root, fd: run.num('fd'), fix: { criuOption: '--file-locks' } });
      expect(f.reason).toContain(`${label} write lock`);
      // R10: "Some file locks are hold by dumping tasks! You can try --file-locks to dump them."
      expect(f.criu?.message).toBe('Some file locks are hold by dumping tasks! You can try --file-locks to dump them.');
      expect(blockerCodes(report)).toEqual(['FDLENS_PF_FILE_LOCK']);
      expect(check(run.root, { criuOptions: ['--file-locks'] }).report.counts.blocker).toBe(0);
    });
  }
});
