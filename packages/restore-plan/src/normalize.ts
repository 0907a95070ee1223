// Turn an inherited table into the wanted one with dup2, F_SETFD and close: a parallel move
// where one description may fill several slots. A slot is overwritten only when what it holds
// is unwanted or has another copy; when every pending move would destroy a last copy (a cycle),
// one occupant steps aside to its own temporary number, which is unique to it and so free.

import type { Slot, TableState } from './table-state.js';

/** Make `table` hold exactly `desired` (fd → slot) and nothing else. */
export function normalizeTable(table: TableState, desired: Map<number, Slot>, temp: (file: number) => number): void {
  const needed = new Set<number>();
  for (const s of desired.values()) needed.add(s.file);
  let pending: [number, Slot][] = [];
  for (const [fd, want] of desired) {
    if (table.at(fd)?.file !== want.file) pending.push([fd, want]);
  }
  while (pending.length > 0) {
    const blocked: [number, Slot][] = [];
    for (const [fd, want] of pending) {
      const occ = table.at(fd);
      if (occ !== undefined && needed.has(occ.file) && table.count(occ.file) === 1) {
        blocked.push([fd, want]);
        continue;
      }
      const src = table.anyFd(want.file);
      if (src === undefined) throw new Error(`planner: description ${want.file} is not in the table to place at fd ${fd}`);
      table.dup2(src, fd, want.cloexec);
    }
    if (blocked.length === pending.length) {
      const [fd] = blocked[0]!;
      const occ = table.at(fd)!;
      const tmp = temp(occ.file);
      if (table.at(tmp) !== undefined) throw new Error(`planner: temporary fd ${tmp} is busy`);
      table.dup2(fd, tmp, true);
    }
    pending = blocked;
  }
  for (const [fd, want] of desired) {
    if (table.at(fd)!.cloexec !== want.cloexec) table.setfd(fd, want.cloexec);
  }
  const extra: number[] = [];
  for (const fd of table.slots.keys()) if (!desired.has(fd)) extra.push(fd);
  table.closeMany(extra);
}
