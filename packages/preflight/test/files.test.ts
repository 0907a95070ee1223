// Deleted, unlinked, replaced and locked files. Ground truth: the fixture wrote the file, unlinked
// or replaced its name, or locked it.

import { afterEach, describe, expect, it } from 'vitest';
import { blockerCodes, check, findingsOf, theFinding } from './helpers/check.js';
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
      // Nobody outside holds the description: --file-locks is safe.
      expect(findingsOf(report, 'FDLENS_PF_FILE_LOCK_SHARED')).toEqual([]);
    });
  }

  it('a flock on a description the outside parent also holds is a warning --file-locks does not resolve', async () => {
    // T opened shared.txt and forked R; R flock()ed its inherited fd. The lock belongs to the
    // description, which T holds too: dumped and restored with --file-locks, R takes a lock T
    // still believes it shares.
    const run = await startFixture('outside', 'flock-shared');
    const { report } = check(run.root);
    const f = theFinding(report, 'FDLENS_PF_FILE_LOCK_SHARED');
    expect(f).toMatchObject({ severity: 'warning', pid: run.root, fd: run.num('fd') });
    expect(f.reason).toContain(`pid ${run.num('outside')}`);
    expect(f.reason).toContain(`${run.dir}/shared.txt`);
    expect(f.related).toEqual([expect.objectContaining({ pid: run.num('outside'), fd: run.num('held'), relation: 'same-description' })]);
    expect(f.fix).toEqual({ action: 'include that process in the tree, or release the lock before the checkpoint' });
    expect(f.criu).toBeUndefined(); // CRIU dumps it without a word
    expect(theFinding(report, 'FDLENS_PF_FILE_LOCK')).toMatchObject({ severity: 'blocker', fd: run.num('fd') });
    const withLocks = check(run.root, { criuOptions: ['--file-locks'] }).report;
    expect(theFinding(withLocks, 'FDLENS_PF_FILE_LOCK')).toMatchObject({ severity: 'info', resolvedBy: '--file-locks' });
    expect(theFinding(withLocks, 'FDLENS_PF_FILE_LOCK_SHARED').severity).toBe('warning');
  });

  it('a POSIX lock through the same shared description is the tree\'s own: no shared-lock warning', async () => {
    // POSIX locks belong to the locking process's fd table, not to the description T holds.
    const run = await startFixture('outside', 'posix-shared');
    const { report } = check(run.root);
    expect(theFinding(report, 'FDLENS_PF_FILE_LOCK')).toMatchObject({ fd: run.num('fd') });
    expect(theFinding(report, 'FDLENS_PF_SHARED_OUTSIDE').related?.[0]).toMatchObject({ pid: run.num('outside'), fd: run.num('held') });
    expect(findingsOf(report, 'FDLENS_PF_FILE_LOCK_SHARED')).toEqual([]);
  });
});
