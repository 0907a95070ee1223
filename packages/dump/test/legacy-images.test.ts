// Dumps from before files.img (CRIU < 3.4) kept each kind of file in an image of its own
// (reg-files.img, pipes.img, unixsk.img …), one sub-message per entry. crit still reads them, and
// so must readDump. Each real dump is rewritten that way (files.img split by fd type, the rest
// copied): the same dump in the old layout must give the same graph, and crit must read every
// image written.
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { imageKindByName, readDump, readImageFile, serializeImage, type EntryToWrite } from '@fdlens/dump';
import { CRIU_REAL_SCENARIOS } from '@fdlens/fixtures';
import { critDecodeMany, imgDir, tempDir } from './helpers.js';

/** fd_types number → the FileEntry field holding its sub-message, the legacy image's magic and file (CRIU's image-desc.c). */
const LEGACY: Readonly<Record<number, readonly [field: string, magic: string, file: string]>> = {
  1: ['reg', 'REG_FILES', 'reg-files.img'],
  2: ['pipe', 'PIPES', 'pipes.img'],
  3: ['fifo', 'FIFO', 'fifo.img'],
  4: ['isk', 'INETSK', 'inetsk.img'],
  5: ['usk', 'UNIXSK', 'unixsk.img'],
  6: ['efd', 'EVENTFD_FILE', 'eventfd.img'],
  7: ['epfd', 'EVENTPOLL_FILE', 'eventpoll.img'],
  8: ['ify', 'INOTIFY_FILE', 'inotify.img'],
  9: ['sgfd', 'SIGNALFD', 'signalfd.img'],
  10: ['psk', 'PACKETSK', 'packetsk.img'],
  11: ['tty', 'TTY_FILES', 'tty.img'],
  12: ['ffy', 'FANOTIFY_FILE', 'fanotify.img'],
  13: ['nlsk', 'NETLINK_SK', 'netlinksk.img'],
  14: ['nsf', 'NS_FILES', 'ns-files.img'],
  15: ['tunf', 'TUNFILE', 'tunfile.img'],
  16: ['ext', 'EXT_FILES', 'ext-files.img'],
  17: ['tfd', 'TIMERFD', 'timerfd.img'],
  19: ['bpf', 'BPFMAP_FILE', 'bpfmap-file.img'],
  20: ['pidfd', 'PIDFD', 'pidfd.img'],
};

const root = tempDir();
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * The scenario's dump with files.img split into the per-type images, and the names written; or
 * the fd types it holds that never had an image of their own (memfd came after files.img).
 */
function legacyCopy(scenario: string): { dir: string; written: string[] } | { newer: number[] } {
  const files = readImageFile(join(imgDir(scenario), 'files.img'));
  const newer = [...new Set(files.entries.map((e) => e.message['type'] as number).filter((t) => LEGACY[t] === undefined))];
  if (newer.length > 0) return { newer };
  const dir = join(root, scenario);
  cpSync(imgDir(scenario), dir, { recursive: true });
  rmSync(join(dir, 'files.img'));
  const byFile = new Map<string, { magic: string; entries: EntryToWrite[] }>();
  for (const e of files.entries) {
    const legacy = LEGACY[e.message['type'] as number]!;
    const [field, magic, file] = legacy;
    let group = byFile.get(file);
    if (group === undefined) byFile.set(file, (group = { magic, entries: [] }));
    group.entries.push({ message: e.message[field] as Record<string, unknown> });
  }
  for (const [file, { magic, entries }] of byFile) {
    const kind = imageKindByName(magic)!;
    writeFileSync(join(dir, file), serializeImage('common', kind.magic, kind.message!, entries));
  }
  return { dir, written: [...byFile.keys()].sort() };
}

describe.each(CRIU_REAL_SCENARIOS)('real dump %s in the pre-3.4 layout (an image per file type)', (scenario) => {
  it('gives the graph its files.img gives, and crit reads every image written', async (ctx) => {
    const copy = legacyCopy(scenario);
    if ('newer' in copy) {
      // Such a dump cannot exist in the old layout; the other scenarios cover the reader.
      expect(copy.newer).toEqual([18]); // MEMFD
      ctx.skip(true, `${scenario} holds fd types that came after files.img: ${copy.newer.join(', ')}`);
      return;
    }
    const { dir, written } = copy;
    expect(readdirSync(dir)).not.toContain('files.img');
    expect(written.length).toBeGreaterThan(0);
    const [modern, legacy] = await Promise.all([readDump(imgDir(scenario)), readDump(dir)]);
    expect(legacy.tasks).toEqual(modern.tasks);
    expect(legacy.files).toEqual(modern.files);
    expect(legacy.unheld).toEqual(modern.unheld);
    const decoded = critDecodeMany(written.map((f) => join(dir, f))).map((line) => JSON.parse(line) as { magic: string });
    const magicOf = new Map(Object.values(LEGACY).map(([, magic, file]) => [file, magic]));
    expect(decoded.map((d) => d.magic)).toEqual(written.map((f) => magicOf.get(f)));
  });
});
