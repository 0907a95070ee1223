// GENERATED from ../../proto/*.proto by scripts/gen-schema.ts (src/codegen.ts): do not edit.
// @ts-nocheck
import { keepRaw, missingField } from '../wire.js';

const E_core_entry_march = new Set([0,1,2,3,4,5,6,7,8]);
const E_mark_type = new Set([1,2]);
const E_fd_types = new Set([0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,65534,65535]);
const E_sk_shutdown = new Set([0,1,2,3]);
const E_lsmtype = new Set([0,1,2]);
const E_remap_type = new Set([0,1,2]);

function d_bpfmap_file_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.flags = r.u32();
        break;
      case 24:
        m.pos = r.u64();
        break;
      case 34: {
        const stop = r.span(end);
        m.fown = d_fown_entry(r, stop);
        break;
      }
      case 40:
        m.map_type = r.u32();
        break;
      case 48:
        m.key_size = r.u32();
        break;
      case 56:
        m.value_size = r.u32();
        break;
      case 64:
        m.map_id = r.u32();
        break;
      case 72:
        m.max_entries = r.u32();
        break;
      case 80:
        m.map_flags = r.u32();
        break;
      case 88:
        m.memlock = r.u64();
        break;
      case 96:
        m.frozen = r.bool();
        break;
      case 106:
        m.map_name = r.string(end);
        break;
      case 112:
        m.ifindex = r.u32();
        break;
      case 120:
        m.mnt_id = r.s32();
        break;
      case 128:
        m.map_extra = r.u64();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("bpfmap_file_entry", "id");
  if (m.flags === undefined) throw missingField("bpfmap_file_entry", "flags");
  if (m.pos === undefined) throw missingField("bpfmap_file_entry", "pos");
  if (m.fown === undefined) throw missingField("bpfmap_file_entry", "fown");
  if (m.map_type === undefined) throw missingField("bpfmap_file_entry", "map_type");
  if (m.key_size === undefined) throw missingField("bpfmap_file_entry", "key_size");
  if (m.value_size === undefined) throw missingField("bpfmap_file_entry", "value_size");
  if (m.map_id === undefined) throw missingField("bpfmap_file_entry", "map_id");
  if (m.max_entries === undefined) throw missingField("bpfmap_file_entry", "max_entries");
  if (m.map_flags === undefined) throw missingField("bpfmap_file_entry", "map_flags");
  if (m.memlock === undefined) throw missingField("bpfmap_file_entry", "memlock");
  if (m.frozen === undefined) throw missingField("bpfmap_file_entry", "frozen");
  if (m.map_name === undefined) throw missingField("bpfmap_file_entry", "map_name");
  if (m.ifindex === undefined) throw missingField("bpfmap_file_entry", "ifindex");
  return m;
}

function e_bpfmap_file_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("bpfmap_file_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.flags;
  if (v == null) throw missingField("bpfmap_file_entry", "flags");
  { w.u32(16); w.u32(v); }
  v = m.pos;
  if (v == null) throw missingField("bpfmap_file_entry", "pos");
  { w.u32(24); w.u64(v); }
  v = m.fown;
  if (v == null) throw missingField("bpfmap_file_entry", "fown");
  { w.u32(34); const at = w.fork(); e_fown_entry(w, v); w.join(at); }
  v = m.map_type;
  if (v == null) throw missingField("bpfmap_file_entry", "map_type");
  { w.u32(40); w.u32(v); }
  v = m.key_size;
  if (v == null) throw missingField("bpfmap_file_entry", "key_size");
  { w.u32(48); w.u32(v); }
  v = m.value_size;
  if (v == null) throw missingField("bpfmap_file_entry", "value_size");
  { w.u32(56); w.u32(v); }
  v = m.map_id;
  if (v == null) throw missingField("bpfmap_file_entry", "map_id");
  { w.u32(64); w.u32(v); }
  v = m.max_entries;
  if (v == null) throw missingField("bpfmap_file_entry", "max_entries");
  { w.u32(72); w.u32(v); }
  v = m.map_flags;
  if (v == null) throw missingField("bpfmap_file_entry", "map_flags");
  { w.u32(80); w.u32(v); }
  v = m.memlock;
  if (v == null) throw missingField("bpfmap_file_entry", "memlock");
  { w.u32(88); w.u64(v); }
  v = m.frozen;
  if (v == null) throw missingField("bpfmap_file_entry", "frozen");
  { w.u32(96); w.bool(v); }
  v = m.map_name;
  if (v == null) throw missingField("bpfmap_file_entry", "map_name");
  { w.u32(106); w.string(v); }
  v = m.ifindex;
  if (v == null) throw missingField("bpfmap_file_entry", "ifindex");
  { w.u32(112); w.u32(v); }
  v = m.mnt_id;
  if (v != null) { w.u32(120); w.s32(v); }
  v = m.map_extra;
  if (v != null) { w.u32(128); w.u64(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_core_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8: {
        const v = r.i32();
        if (E_core_entry_march.has(v)) m.mtype = v; else keepRaw(m, r.buf.subarray(start, r.pos));
        break;
      }
      case 26: {
        const stop = r.span(end);
        m.tc = d_task_core_entry(r, stop);
        break;
      }
      case 34: {
        const stop = r.span(end);
        m.ids = d_task_kobj_ids_entry(r, stop);
        break;
      }
      case 42: {
        const stop = r.span(end);
        m.thread_core = d_thread_core_entry(r, stop);
        break;
      }
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.mtype === undefined) throw missingField("core_entry", "mtype");
  return m;
}

function e_core_entry(w, m) {
  let v;
  v = m.mtype;
  if (v == null) throw missingField("core_entry", "mtype");
  { w.u32(8); w.i32(v); }
  v = m.tc;
  if (v != null) { w.u32(26); const at = w.fork(); e_task_core_entry(w, v); w.join(at); }
  v = m.ids;
  if (v != null) { w.u32(34); const at = w.fork(); e_task_kobj_ids_entry(w, v); w.join(at); }
  v = m.thread_core;
  if (v != null) { w.u32(42); const at = w.fork(); e_thread_core_entry(w, v); w.join(at); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_eventfd_file_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.flags = r.u32();
        break;
      case 26: {
        const stop = r.span(end);
        m.fown = d_fown_entry(r, stop);
        break;
      }
      case 32:
        m.counter = r.u64();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("eventfd_file_entry", "id");
  if (m.flags === undefined) throw missingField("eventfd_file_entry", "flags");
  if (m.fown === undefined) throw missingField("eventfd_file_entry", "fown");
  if (m.counter === undefined) throw missingField("eventfd_file_entry", "counter");
  return m;
}

function e_eventfd_file_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("eventfd_file_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.flags;
  if (v == null) throw missingField("eventfd_file_entry", "flags");
  { w.u32(16); w.u32(v); }
  v = m.fown;
  if (v == null) throw missingField("eventfd_file_entry", "fown");
  { w.u32(26); const at = w.fork(); e_fown_entry(w, v); w.join(at); }
  v = m.counter;
  if (v == null) throw missingField("eventfd_file_entry", "counter");
  { w.u32(32); w.u64(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_eventpoll_file_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.flags = r.u32();
        break;
      case 26: {
        const stop = r.span(end);
        m.fown = d_fown_entry(r, stop);
        break;
      }
      case 34: {
        const stop = r.span(end);
        (m.tfd ??= []).push(d_eventpoll_tfd_entry(r, stop));
        break;
      }
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("eventpoll_file_entry", "id");
  if (m.flags === undefined) throw missingField("eventpoll_file_entry", "flags");
  if (m.fown === undefined) throw missingField("eventpoll_file_entry", "fown");
  return m;
}

function e_eventpoll_file_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("eventpoll_file_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.flags;
  if (v == null) throw missingField("eventpoll_file_entry", "flags");
  { w.u32(16); w.u32(v); }
  v = m.fown;
  if (v == null) throw missingField("eventpoll_file_entry", "fown");
  { w.u32(26); const at = w.fork(); e_fown_entry(w, v); w.join(at); }
  v = m.tfd;
  if (v != null) for (let i = 0; i < v.length; i++) { w.u32(34); const at = w.fork(); e_eventpoll_tfd_entry(w, v[i]); w.join(at); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_eventpoll_tfd_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.tfd = r.u32();
        break;
      case 24:
        m.events = r.u32();
        break;
      case 32:
        m.data = r.u64();
        break;
      case 40:
        m.dev = r.u32();
        break;
      case 48:
        m.inode = r.u64();
        break;
      case 56:
        m.pos = r.u64();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("eventpoll_tfd_entry", "id");
  if (m.tfd === undefined) throw missingField("eventpoll_tfd_entry", "tfd");
  if (m.events === undefined) throw missingField("eventpoll_tfd_entry", "events");
  if (m.data === undefined) throw missingField("eventpoll_tfd_entry", "data");
  return m;
}

function e_eventpoll_tfd_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("eventpoll_tfd_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.tfd;
  if (v == null) throw missingField("eventpoll_tfd_entry", "tfd");
  { w.u32(16); w.u32(v); }
  v = m.events;
  if (v == null) throw missingField("eventpoll_tfd_entry", "events");
  { w.u32(24); w.u32(v); }
  v = m.data;
  if (v == null) throw missingField("eventpoll_tfd_entry", "data");
  { w.u32(32); w.u64(v); }
  v = m.dev;
  if (v != null) { w.u32(40); w.u32(v); }
  v = m.inode;
  if (v != null) { w.u32(48); w.u64(v); }
  v = m.pos;
  if (v != null) { w.u32(56); w.u64(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_ext_file_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 42: {
        const stop = r.span(end);
        m.fown = d_fown_entry(r, stop);
        break;
      }
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("ext_file_entry", "id");
  if (m.fown === undefined) throw missingField("ext_file_entry", "fown");
  return m;
}

function e_ext_file_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("ext_file_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.fown;
  if (v == null) throw missingField("ext_file_entry", "fown");
  { w.u32(42); const at = w.fork(); e_fown_entry(w, v); w.join(at); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_fanotify_file_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.flags = r.u32();
        break;
      case 26: {
        const stop = r.span(end);
        m.fown = d_fown_entry(r, stop);
        break;
      }
      case 32:
        m.faflags = r.u32();
        break;
      case 40:
        m.evflags = r.u32();
        break;
      case 50: {
        const stop = r.span(end);
        (m.mark ??= []).push(d_fanotify_mark_entry(r, stop));
        break;
      }
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("fanotify_file_entry", "id");
  if (m.flags === undefined) throw missingField("fanotify_file_entry", "flags");
  if (m.fown === undefined) throw missingField("fanotify_file_entry", "fown");
  if (m.faflags === undefined) throw missingField("fanotify_file_entry", "faflags");
  if (m.evflags === undefined) throw missingField("fanotify_file_entry", "evflags");
  return m;
}

function e_fanotify_file_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("fanotify_file_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.flags;
  if (v == null) throw missingField("fanotify_file_entry", "flags");
  { w.u32(16); w.u32(v); }
  v = m.fown;
  if (v == null) throw missingField("fanotify_file_entry", "fown");
  { w.u32(26); const at = w.fork(); e_fown_entry(w, v); w.join(at); }
  v = m.faflags;
  if (v == null) throw missingField("fanotify_file_entry", "faflags");
  { w.u32(32); w.u32(v); }
  v = m.evflags;
  if (v == null) throw missingField("fanotify_file_entry", "evflags");
  { w.u32(40); w.u32(v); }
  v = m.mark;
  if (v != null) for (let i = 0; i < v.length; i++) { w.u32(50); const at = w.fork(); e_fanotify_mark_entry(w, v[i]); w.join(at); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_fanotify_inode_mark_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.i_ino = r.u64();
        break;
      case 18: {
        const stop = r.span(end);
        m.f_handle = d_fh_entry(r, stop);
        break;
      }
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.i_ino === undefined) throw missingField("fanotify_inode_mark_entry", "i_ino");
  if (m.f_handle === undefined) throw missingField("fanotify_inode_mark_entry", "f_handle");
  return m;
}

function e_fanotify_inode_mark_entry(w, m) {
  let v;
  v = m.i_ino;
  if (v == null) throw missingField("fanotify_inode_mark_entry", "i_ino");
  { w.u32(8); w.u64(v); }
  v = m.f_handle;
  if (v == null) throw missingField("fanotify_inode_mark_entry", "f_handle");
  { w.u32(18); const at = w.fork(); e_fh_entry(w, v); w.join(at); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_fanotify_mark_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16: {
        const v = r.i32();
        if (E_mark_type.has(v)) m.type = v; else keepRaw(m, r.buf.subarray(start, r.pos));
        break;
      }
      case 24:
        m.mflags = r.u32();
        break;
      case 32:
        m.mask = r.u32();
        break;
      case 40:
        m.ignored_mask = r.u32();
        break;
      case 48:
        m.s_dev = r.u32();
        break;
      case 58: {
        const stop = r.span(end);
        m.ie = d_fanotify_inode_mark_entry(r, stop);
        break;
      }
      case 66: {
        const stop = r.span(end);
        m.me = d_fanotify_mount_mark_entry(r, stop);
        break;
      }
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("fanotify_mark_entry", "id");
  if (m.type === undefined) throw missingField("fanotify_mark_entry", "type");
  if (m.mflags === undefined) throw missingField("fanotify_mark_entry", "mflags");
  if (m.mask === undefined) throw missingField("fanotify_mark_entry", "mask");
  if (m.ignored_mask === undefined) throw missingField("fanotify_mark_entry", "ignored_mask");
  if (m.s_dev === undefined) throw missingField("fanotify_mark_entry", "s_dev");
  return m;
}

function e_fanotify_mark_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("fanotify_mark_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.type;
  if (v == null) throw missingField("fanotify_mark_entry", "type");
  { w.u32(16); w.i32(v); }
  v = m.mflags;
  if (v == null) throw missingField("fanotify_mark_entry", "mflags");
  { w.u32(24); w.u32(v); }
  v = m.mask;
  if (v == null) throw missingField("fanotify_mark_entry", "mask");
  { w.u32(32); w.u32(v); }
  v = m.ignored_mask;
  if (v == null) throw missingField("fanotify_mark_entry", "ignored_mask");
  { w.u32(40); w.u32(v); }
  v = m.s_dev;
  if (v == null) throw missingField("fanotify_mark_entry", "s_dev");
  { w.u32(48); w.u32(v); }
  v = m.ie;
  if (v != null) { w.u32(58); const at = w.fork(); e_fanotify_inode_mark_entry(w, v); w.join(at); }
  v = m.me;
  if (v != null) { w.u32(66); const at = w.fork(); e_fanotify_mount_mark_entry(w, v); w.join(at); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_fanotify_mount_mark_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.mnt_id = r.u32();
        break;
      case 18:
        m.path = r.string(end);
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.mnt_id === undefined) throw missingField("fanotify_mount_mark_entry", "mnt_id");
  return m;
}

function e_fanotify_mount_mark_entry(w, m) {
  let v;
  v = m.mnt_id;
  if (v == null) throw missingField("fanotify_mount_mark_entry", "mnt_id");
  { w.u32(8); w.u32(v); }
  v = m.path;
  if (v != null) { w.u32(18); w.string(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_fdinfo_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.flags = r.u32();
        break;
      case 24: {
        const v = r.i32();
        if (E_fd_types.has(v)) m.type = v; else keepRaw(m, r.buf.subarray(start, r.pos));
        break;
      }
      case 32:
        m.fd = r.u32();
        break;
      case 42:
        m.xattr_security_selinux = r.string(end);
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("fdinfo_entry", "id");
  if (m.flags === undefined) throw missingField("fdinfo_entry", "flags");
  if (m.type === undefined) throw missingField("fdinfo_entry", "type");
  if (m.fd === undefined) throw missingField("fdinfo_entry", "fd");
  return m;
}

function e_fdinfo_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("fdinfo_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.flags;
  if (v == null) throw missingField("fdinfo_entry", "flags");
  { w.u32(16); w.u32(v); }
  v = m.type;
  if (v == null) throw missingField("fdinfo_entry", "type");
  { w.u32(24); w.i32(v); }
  v = m.fd;
  if (v == null) throw missingField("fdinfo_entry", "fd");
  { w.u32(32); w.u32(v); }
  v = m.xattr_security_selinux;
  if (v != null) { w.u32(42); w.string(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_fh_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.bytes = r.u32();
        break;
      case 16:
        m.type = r.u32();
        break;
      case 24:
        (m.handle ??= []).push(r.u64());
        break;
      case 26: {
        const stop = r.span(end);
        const a = (m.handle ??= []);
        while (r.pos < stop) a.push(r.u64());
        r.done(stop);
        break;
      }
      case 34:
        m.path = r.string(end);
        break;
      case 40:
        m.mnt_id = r.u32();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.bytes === undefined) throw missingField("fh_entry", "bytes");
  if (m.type === undefined) throw missingField("fh_entry", "type");
  return m;
}

function e_fh_entry(w, m) {
  let v;
  v = m.bytes;
  if (v == null) throw missingField("fh_entry", "bytes");
  { w.u32(8); w.u32(v); }
  v = m.type;
  if (v == null) throw missingField("fh_entry", "type");
  { w.u32(16); w.u32(v); }
  v = m.handle;
  if (v != null) for (let i = 0; i < v.length; i++) { w.u32(24); w.u64(v[i]); }
  v = m.path;
  if (v != null) { w.u32(34); w.string(v); }
  v = m.mnt_id;
  if (v != null) { w.u32(40); w.u32(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_fifo_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.pipe_id = r.u32();
        break;
      case 24:
        m.regf_id = r.u32();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("fifo_entry", "id");
  if (m.pipe_id === undefined) throw missingField("fifo_entry", "pipe_id");
  return m;
}

function e_fifo_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("fifo_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.pipe_id;
  if (v == null) throw missingField("fifo_entry", "pipe_id");
  { w.u32(16); w.u32(v); }
  v = m.regf_id;
  if (v != null) { w.u32(24); w.u32(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_file_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8: {
        const v = r.i32();
        if (E_fd_types.has(v)) m.type = v; else keepRaw(m, r.buf.subarray(start, r.pos));
        break;
      }
      case 16:
        m.id = r.u32();
        break;
      case 26: {
        const stop = r.span(end);
        m.reg = d_reg_file_entry(r, stop);
        break;
      }
      case 34: {
        const stop = r.span(end);
        m.isk = d_inet_sk_entry(r, stop);
        break;
      }
      case 42: {
        const stop = r.span(end);
        m.nsf = d_ns_file_entry(r, stop);
        break;
      }
      case 50: {
        const stop = r.span(end);
        m.psk = d_packet_sock_entry(r, stop);
        break;
      }
      case 58: {
        const stop = r.span(end);
        m.nlsk = d_netlink_sk_entry(r, stop);
        break;
      }
      case 66: {
        const stop = r.span(end);
        m.efd = d_eventfd_file_entry(r, stop);
        break;
      }
      case 74: {
        const stop = r.span(end);
        m.epfd = d_eventpoll_file_entry(r, stop);
        break;
      }
      case 82: {
        const stop = r.span(end);
        m.sgfd = d_signalfd_entry(r, stop);
        break;
      }
      case 90: {
        const stop = r.span(end);
        m.tunf = d_tunfile_entry(r, stop);
        break;
      }
      case 98: {
        const stop = r.span(end);
        m.tfd = d_timerfd_entry(r, stop);
        break;
      }
      case 106: {
        const stop = r.span(end);
        m.ify = d_inotify_file_entry(r, stop);
        break;
      }
      case 114: {
        const stop = r.span(end);
        m.ffy = d_fanotify_file_entry(r, stop);
        break;
      }
      case 122: {
        const stop = r.span(end);
        m.ext = d_ext_file_entry(r, stop);
        break;
      }
      case 130: {
        const stop = r.span(end);
        m.usk = d_unix_sk_entry(r, stop);
        break;
      }
      case 138: {
        const stop = r.span(end);
        m.fifo = d_fifo_entry(r, stop);
        break;
      }
      case 146: {
        const stop = r.span(end);
        m.pipe = d_pipe_entry(r, stop);
        break;
      }
      case 154: {
        const stop = r.span(end);
        m.tty = d_tty_file_entry(r, stop);
        break;
      }
      case 162: {
        const stop = r.span(end);
        m.memfd = d_memfd_file_entry(r, stop);
        break;
      }
      case 170: {
        const stop = r.span(end);
        m.bpf = d_bpfmap_file_entry(r, stop);
        break;
      }
      case 178: {
        const stop = r.span(end);
        m.pidfd = d_pidfd_entry(r, stop);
        break;
      }
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.type === undefined) throw missingField("file_entry", "type");
  if (m.id === undefined) throw missingField("file_entry", "id");
  return m;
}

function e_file_entry(w, m) {
  let v;
  v = m.type;
  if (v == null) throw missingField("file_entry", "type");
  { w.u32(8); w.i32(v); }
  v = m.id;
  if (v == null) throw missingField("file_entry", "id");
  { w.u32(16); w.u32(v); }
  v = m.reg;
  if (v != null) { w.u32(26); const at = w.fork(); e_reg_file_entry(w, v); w.join(at); }
  v = m.isk;
  if (v != null) { w.u32(34); const at = w.fork(); e_inet_sk_entry(w, v); w.join(at); }
  v = m.nsf;
  if (v != null) { w.u32(42); const at = w.fork(); e_ns_file_entry(w, v); w.join(at); }
  v = m.psk;
  if (v != null) { w.u32(50); const at = w.fork(); e_packet_sock_entry(w, v); w.join(at); }
  v = m.nlsk;
  if (v != null) { w.u32(58); const at = w.fork(); e_netlink_sk_entry(w, v); w.join(at); }
  v = m.efd;
  if (v != null) { w.u32(66); const at = w.fork(); e_eventfd_file_entry(w, v); w.join(at); }
  v = m.epfd;
  if (v != null) { w.u32(74); const at = w.fork(); e_eventpoll_file_entry(w, v); w.join(at); }
  v = m.sgfd;
  if (v != null) { w.u32(82); const at = w.fork(); e_signalfd_entry(w, v); w.join(at); }
  v = m.tunf;
  if (v != null) { w.u32(90); const at = w.fork(); e_tunfile_entry(w, v); w.join(at); }
  v = m.tfd;
  if (v != null) { w.u32(98); const at = w.fork(); e_timerfd_entry(w, v); w.join(at); }
  v = m.ify;
  if (v != null) { w.u32(106); const at = w.fork(); e_inotify_file_entry(w, v); w.join(at); }
  v = m.ffy;
  if (v != null) { w.u32(114); const at = w.fork(); e_fanotify_file_entry(w, v); w.join(at); }
  v = m.ext;
  if (v != null) { w.u32(122); const at = w.fork(); e_ext_file_entry(w, v); w.join(at); }
  v = m.usk;
  if (v != null) { w.u32(130); const at = w.fork(); e_unix_sk_entry(w, v); w.join(at); }
  v = m.fifo;
  if (v != null) { w.u32(138); const at = w.fork(); e_fifo_entry(w, v); w.join(at); }
  v = m.pipe;
  if (v != null) { w.u32(146); const at = w.fork(); e_pipe_entry(w, v); w.join(at); }
  v = m.tty;
  if (v != null) { w.u32(154); const at = w.fork(); e_tty_file_entry(w, v); w.join(at); }
  v = m.memfd;
  if (v != null) { w.u32(162); const at = w.fork(); e_memfd_file_entry(w, v); w.join(at); }
  v = m.bpf;
  if (v != null) { w.u32(170); const at = w.fork(); e_bpfmap_file_entry(w, v); w.join(at); }
  v = m.pidfd;
  if (v != null) { w.u32(178); const at = w.fork(); e_pidfd_entry(w, v); w.join(at); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_file_perms_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.mode = r.u32();
        break;
      case 16:
        m.uid = r.u32();
        break;
      case 24:
        m.gid = r.u32();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.mode === undefined) throw missingField("file_perms_entry", "mode");
  if (m.uid === undefined) throw missingField("file_perms_entry", "uid");
  if (m.gid === undefined) throw missingField("file_perms_entry", "gid");
  return m;
}

function e_file_perms_entry(w, m) {
  let v;
  v = m.mode;
  if (v == null) throw missingField("file_perms_entry", "mode");
  { w.u32(8); w.u32(v); }
  v = m.uid;
  if (v == null) throw missingField("file_perms_entry", "uid");
  { w.u32(16); w.u32(v); }
  v = m.gid;
  if (v == null) throw missingField("file_perms_entry", "gid");
  { w.u32(24); w.u32(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_fown_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.uid = r.u32();
        break;
      case 16:
        m.euid = r.u32();
        break;
      case 24:
        m.signum = r.u32();
        break;
      case 32:
        m.pid_type = r.u32();
        break;
      case 40:
        m.pid = r.u32();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.uid === undefined) throw missingField("fown_entry", "uid");
  if (m.euid === undefined) throw missingField("fown_entry", "euid");
  if (m.signum === undefined) throw missingField("fown_entry", "signum");
  if (m.pid_type === undefined) throw missingField("fown_entry", "pid_type");
  if (m.pid === undefined) throw missingField("fown_entry", "pid");
  return m;
}

function e_fown_entry(w, m) {
  let v;
  v = m.uid;
  if (v == null) throw missingField("fown_entry", "uid");
  { w.u32(8); w.u32(v); }
  v = m.euid;
  if (v == null) throw missingField("fown_entry", "euid");
  { w.u32(16); w.u32(v); }
  v = m.signum;
  if (v == null) throw missingField("fown_entry", "signum");
  { w.u32(24); w.u32(v); }
  v = m.pid_type;
  if (v == null) throw missingField("fown_entry", "pid_type");
  { w.u32(32); w.u32(v); }
  v = m.pid;
  if (v == null) throw missingField("fown_entry", "pid");
  { w.u32(40); w.u32(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_fs_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.cwd_id = r.u32();
        break;
      case 16:
        m.root_id = r.u32();
        break;
      case 24:
        m.umask = r.u32();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.cwd_id === undefined) throw missingField("fs_entry", "cwd_id");
  if (m.root_id === undefined) throw missingField("fs_entry", "root_id");
  return m;
}

function e_fs_entry(w, m) {
  let v;
  v = m.cwd_id;
  if (v == null) throw missingField("fs_entry", "cwd_id");
  { w.u32(8); w.u32(v); }
  v = m.root_id;
  if (v == null) throw missingField("fs_entry", "root_id");
  { w.u32(16); w.u32(v); }
  v = m.umask;
  if (v != null) { w.u32(24); w.u32(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_inet_sk_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.ino = r.u32();
        break;
      case 24:
        m.family = r.u32();
        break;
      case 32:
        m.type = r.u32();
        break;
      case 40:
        m.proto = r.u32();
        break;
      case 48:
        m.state = r.u32();
        break;
      case 56:
        m.src_port = r.u32();
        break;
      case 64:
        m.dst_port = r.u32();
        break;
      case 72:
        m.flags = r.u32();
        break;
      case 80:
        m.backlog = r.u32();
        break;
      case 88:
        (m.src_addr ??= []).push(r.u32());
        break;
      case 90: {
        const stop = r.span(end);
        const a = (m.src_addr ??= []);
        while (r.pos < stop) a.push(r.u32());
        r.done(stop);
        break;
      }
      case 96:
        (m.dst_addr ??= []).push(r.u32());
        break;
      case 98: {
        const stop = r.span(end);
        const a = (m.dst_addr ??= []);
        while (r.pos < stop) a.push(r.u32());
        r.done(stop);
        break;
      }
      case 106: {
        const stop = r.span(end);
        m.fown = d_fown_entry(r, stop);
        break;
      }
      case 114: {
        const stop = r.span(end);
        m.opts = d_sk_opts_entry(r, stop);
        break;
      }
      case 120:
        m.v6only = r.bool();
        break;
      case 130: {
        const stop = r.span(end);
        m.ip_opts = d_ip_opts_entry(r, stop);
        break;
      }
      case 138:
        m.ifname = r.string(end);
        break;
      case 144:
        m.ns_id = r.u32();
        break;
      case 152: {
        const v = r.i32();
        if (E_sk_shutdown.has(v)) m.shutdown = v; else keepRaw(m, r.buf.subarray(start, r.pos));
        break;
      }
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("inet_sk_entry", "id");
  if (m.ino === undefined) throw missingField("inet_sk_entry", "ino");
  if (m.family === undefined) throw missingField("inet_sk_entry", "family");
  if (m.type === undefined) throw missingField("inet_sk_entry", "type");
  if (m.proto === undefined) throw missingField("inet_sk_entry", "proto");
  if (m.state === undefined) throw missingField("inet_sk_entry", "state");
  if (m.src_port === undefined) throw missingField("inet_sk_entry", "src_port");
  if (m.dst_port === undefined) throw missingField("inet_sk_entry", "dst_port");
  if (m.flags === undefined) throw missingField("inet_sk_entry", "flags");
  if (m.backlog === undefined) throw missingField("inet_sk_entry", "backlog");
  if (m.fown === undefined) throw missingField("inet_sk_entry", "fown");
  if (m.opts === undefined) throw missingField("inet_sk_entry", "opts");
  return m;
}

function e_inet_sk_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("inet_sk_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.ino;
  if (v == null) throw missingField("inet_sk_entry", "ino");
  { w.u32(16); w.u32(v); }
  v = m.family;
  if (v == null) throw missingField("inet_sk_entry", "family");
  { w.u32(24); w.u32(v); }
  v = m.type;
  if (v == null) throw missingField("inet_sk_entry", "type");
  { w.u32(32); w.u32(v); }
  v = m.proto;
  if (v == null) throw missingField("inet_sk_entry", "proto");
  { w.u32(40); w.u32(v); }
  v = m.state;
  if (v == null) throw missingField("inet_sk_entry", "state");
  { w.u32(48); w.u32(v); }
  v = m.src_port;
  if (v == null) throw missingField("inet_sk_entry", "src_port");
  { w.u32(56); w.u32(v); }
  v = m.dst_port;
  if (v == null) throw missingField("inet_sk_entry", "dst_port");
  { w.u32(64); w.u32(v); }
  v = m.flags;
  if (v == null) throw missingField("inet_sk_entry", "flags");
  { w.u32(72); w.u32(v); }
  v = m.backlog;
  if (v == null) throw missingField("inet_sk_entry", "backlog");
  { w.u32(80); w.u32(v); }
  v = m.src_addr;
  if (v != null) for (let i = 0; i < v.length; i++) { w.u32(88); w.u32(v[i]); }
  v = m.dst_addr;
  if (v != null) for (let i = 0; i < v.length; i++) { w.u32(96); w.u32(v[i]); }
  v = m.fown;
  if (v == null) throw missingField("inet_sk_entry", "fown");
  { w.u32(106); const at = w.fork(); e_fown_entry(w, v); w.join(at); }
  v = m.opts;
  if (v == null) throw missingField("inet_sk_entry", "opts");
  { w.u32(114); const at = w.fork(); e_sk_opts_entry(w, v); w.join(at); }
  v = m.v6only;
  if (v != null) { w.u32(120); w.bool(v); }
  v = m.ip_opts;
  if (v != null) { w.u32(130); const at = w.fork(); e_ip_opts_entry(w, v); w.join(at); }
  v = m.ifname;
  if (v != null) { w.u32(138); w.string(v); }
  v = m.ns_id;
  if (v != null) { w.u32(144); w.u32(v); }
  v = m.shutdown;
  if (v != null) { w.u32(152); w.i32(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_inotify_file_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.flags = r.u32();
        break;
      case 34: {
        const stop = r.span(end);
        m.fown = d_fown_entry(r, stop);
        break;
      }
      case 42: {
        const stop = r.span(end);
        (m.wd ??= []).push(d_inotify_wd_entry(r, stop));
        break;
      }
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("inotify_file_entry", "id");
  if (m.flags === undefined) throw missingField("inotify_file_entry", "flags");
  if (m.fown === undefined) throw missingField("inotify_file_entry", "fown");
  return m;
}

function e_inotify_file_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("inotify_file_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.flags;
  if (v == null) throw missingField("inotify_file_entry", "flags");
  { w.u32(16); w.u32(v); }
  v = m.fown;
  if (v == null) throw missingField("inotify_file_entry", "fown");
  { w.u32(34); const at = w.fork(); e_fown_entry(w, v); w.join(at); }
  v = m.wd;
  if (v != null) for (let i = 0; i < v.length; i++) { w.u32(42); const at = w.fork(); e_inotify_wd_entry(w, v[i]); w.join(at); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_inotify_wd_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.i_ino = r.u64();
        break;
      case 24:
        m.mask = r.u32();
        break;
      case 32:
        m.ignored_mask = r.u32();
        break;
      case 40:
        m.s_dev = r.u32();
        break;
      case 48:
        m.wd = r.u32();
        break;
      case 58: {
        const stop = r.span(end);
        m.f_handle = d_fh_entry(r, stop);
        break;
      }
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("inotify_wd_entry", "id");
  if (m.i_ino === undefined) throw missingField("inotify_wd_entry", "i_ino");
  if (m.mask === undefined) throw missingField("inotify_wd_entry", "mask");
  if (m.ignored_mask === undefined) throw missingField("inotify_wd_entry", "ignored_mask");
  if (m.s_dev === undefined) throw missingField("inotify_wd_entry", "s_dev");
  if (m.wd === undefined) throw missingField("inotify_wd_entry", "wd");
  if (m.f_handle === undefined) throw missingField("inotify_wd_entry", "f_handle");
  return m;
}

function e_inotify_wd_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("inotify_wd_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.i_ino;
  if (v == null) throw missingField("inotify_wd_entry", "i_ino");
  { w.u32(16); w.u64(v); }
  v = m.mask;
  if (v == null) throw missingField("inotify_wd_entry", "mask");
  { w.u32(24); w.u32(v); }
  v = m.ignored_mask;
  if (v == null) throw missingField("inotify_wd_entry", "ignored_mask");
  { w.u32(32); w.u32(v); }
  v = m.s_dev;
  if (v == null) throw missingField("inotify_wd_entry", "s_dev");
  { w.u32(40); w.u32(v); }
  v = m.wd;
  if (v == null) throw missingField("inotify_wd_entry", "wd");
  { w.u32(48); w.u32(v); }
  v = m.f_handle;
  if (v == null) throw missingField("inotify_wd_entry", "f_handle");
  { w.u32(58); const at = w.fork(); e_fh_entry(w, v); w.join(at); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_inventory_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.img_version = r.u32();
        break;
      case 16:
        m.fdinfo_per_id = r.bool();
        break;
      case 26: {
        const stop = r.span(end);
        m.root_ids = d_task_kobj_ids_entry(r, stop);
        break;
      }
      case 32:
        m.ns_per_id = r.bool();
        break;
      case 40:
        m.root_cg_set = r.u32();
        break;
      case 48: {
        const v = r.i32();
        if (E_lsmtype.has(v)) m.lsmtype = v; else keepRaw(m, r.buf.subarray(start, r.pos));
        break;
      }
      case 64:
        m.dump_uptime = r.u64();
        break;
      case 72:
        m.pre_dump_mode = r.u32();
        break;
      case 80:
        m.tcp_close = r.bool();
        break;
      case 88:
        m.network_lock_method = r.u32();
        break;
      case 98: {
        const stop = r.span(end);
        m.plugins_entry = d_plugins_entry(r, stop);
        break;
      }
      case 106:
        m.dump_criu_run_id = r.string(end);
        break;
      case 112:
        m.allow_uprobes = r.bool();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.img_version === undefined) throw missingField("inventory_entry", "img_version");
  return m;
}

function e_inventory_entry(w, m) {
  let v;
  v = m.img_version;
  if (v == null) throw missingField("inventory_entry", "img_version");
  { w.u32(8); w.u32(v); }
  v = m.fdinfo_per_id;
  if (v != null) { w.u32(16); w.bool(v); }
  v = m.root_ids;
  if (v != null) { w.u32(26); const at = w.fork(); e_task_kobj_ids_entry(w, v); w.join(at); }
  v = m.ns_per_id;
  if (v != null) { w.u32(32); w.bool(v); }
  v = m.root_cg_set;
  if (v != null) { w.u32(40); w.u32(v); }
  v = m.lsmtype;
  if (v != null) { w.u32(48); w.i32(v); }
  v = m.dump_uptime;
  if (v != null) { w.u32(64); w.u64(v); }
  v = m.pre_dump_mode;
  if (v != null) { w.u32(72); w.u32(v); }
  v = m.tcp_close;
  if (v != null) { w.u32(80); w.bool(v); }
  v = m.network_lock_method;
  if (v != null) { w.u32(88); w.u32(v); }
  v = m.plugins_entry;
  if (v != null) { w.u32(98); const at = w.fork(); e_plugins_entry(w, v); w.join(at); }
  v = m.dump_criu_run_id;
  if (v != null) { w.u32(106); w.string(v); }
  v = m.allow_uprobes;
  if (v != null) { w.u32(112); w.bool(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_ip_opts_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.freebind = r.bool();
        break;
      case 34: {
        const stop = r.span(end);
        m.raw = d_ip_opts_raw_entry(r, stop);
        break;
      }
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  return m;
}

function e_ip_opts_entry(w, m) {
  let v;
  v = m.freebind;
  if (v != null) { w.u32(8); w.bool(v); }
  v = m.raw;
  if (v != null) { w.u32(34); const at = w.fork(); e_ip_opts_raw_entry(w, v); w.join(at); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_ip_opts_raw_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.hdrincl = r.bool();
        break;
      case 16:
        m.nodefrag = r.bool();
        break;
      case 24:
        m.checksum = r.bool();
        break;
      case 32:
        (m.icmpv_filter ??= []).push(r.u32());
        break;
      case 34: {
        const stop = r.span(end);
        const a = (m.icmpv_filter ??= []);
        while (r.pos < stop) a.push(r.u32());
        r.done(stop);
        break;
      }
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  return m;
}

function e_ip_opts_raw_entry(w, m) {
  let v;
  v = m.hdrincl;
  if (v != null) { w.u32(8); w.bool(v); }
  v = m.nodefrag;
  if (v != null) { w.u32(16); w.bool(v); }
  v = m.checksum;
  if (v != null) { w.u32(24); w.bool(v); }
  v = m.icmpv_filter;
  if (v != null) for (let i = 0; i < v.length; i++) { w.u32(32); w.u32(v[i]); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_memfd_file_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.flags = r.u32();
        break;
      case 24:
        m.pos = r.u64();
        break;
      case 34: {
        const stop = r.span(end);
        m.fown = d_fown_entry(r, stop);
        break;
      }
      case 40:
        m.inode_id = r.u32();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("memfd_file_entry", "id");
  if (m.flags === undefined) throw missingField("memfd_file_entry", "flags");
  if (m.pos === undefined) throw missingField("memfd_file_entry", "pos");
  if (m.fown === undefined) throw missingField("memfd_file_entry", "fown");
  if (m.inode_id === undefined) throw missingField("memfd_file_entry", "inode_id");
  return m;
}

function e_memfd_file_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("memfd_file_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.flags;
  if (v == null) throw missingField("memfd_file_entry", "flags");
  { w.u32(16); w.u32(v); }
  v = m.pos;
  if (v == null) throw missingField("memfd_file_entry", "pos");
  { w.u32(24); w.u64(v); }
  v = m.fown;
  if (v == null) throw missingField("memfd_file_entry", "fown");
  { w.u32(34); const at = w.fork(); e_fown_entry(w, v); w.join(at); }
  v = m.inode_id;
  if (v == null) throw missingField("memfd_file_entry", "inode_id");
  { w.u32(40); w.u32(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_memfd_inode_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 10:
        m.name = r.string(end);
        break;
      case 16:
        m.uid = r.u32();
        break;
      case 24:
        m.gid = r.u32();
        break;
      case 32:
        m.size = r.u64();
        break;
      case 40:
        m.shmid = r.u32();
        break;
      case 48:
        m.seals = r.u32();
        break;
      case 56:
        m.inode_id = r.u64();
        break;
      case 64:
        m.hugetlb_flag = r.u32();
        break;
      case 72:
        m.mode = r.u32();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.name === undefined) throw missingField("memfd_inode_entry", "name");
  if (m.uid === undefined) throw missingField("memfd_inode_entry", "uid");
  if (m.gid === undefined) throw missingField("memfd_inode_entry", "gid");
  if (m.size === undefined) throw missingField("memfd_inode_entry", "size");
  if (m.shmid === undefined) throw missingField("memfd_inode_entry", "shmid");
  if (m.seals === undefined) throw missingField("memfd_inode_entry", "seals");
  if (m.inode_id === undefined) throw missingField("memfd_inode_entry", "inode_id");
  return m;
}

function e_memfd_inode_entry(w, m) {
  let v;
  v = m.name;
  if (v == null) throw missingField("memfd_inode_entry", "name");
  { w.u32(10); w.string(v); }
  v = m.uid;
  if (v == null) throw missingField("memfd_inode_entry", "uid");
  { w.u32(16); w.u32(v); }
  v = m.gid;
  if (v == null) throw missingField("memfd_inode_entry", "gid");
  { w.u32(24); w.u32(v); }
  v = m.size;
  if (v == null) throw missingField("memfd_inode_entry", "size");
  { w.u32(32); w.u64(v); }
  v = m.shmid;
  if (v == null) throw missingField("memfd_inode_entry", "shmid");
  { w.u32(40); w.u32(v); }
  v = m.seals;
  if (v == null) throw missingField("memfd_inode_entry", "seals");
  { w.u32(48); w.u32(v); }
  v = m.inode_id;
  if (v == null) throw missingField("memfd_inode_entry", "inode_id");
  { w.u32(56); w.u64(v); }
  v = m.hugetlb_flag;
  if (v != null) { w.u32(64); w.u32(v); }
  v = m.mode;
  if (v != null) { w.u32(72); w.u32(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_mm_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.mm_start_code = r.u64();
        break;
      case 16:
        m.mm_end_code = r.u64();
        break;
      case 24:
        m.mm_start_data = r.u64();
        break;
      case 32:
        m.mm_end_data = r.u64();
        break;
      case 40:
        m.mm_start_stack = r.u64();
        break;
      case 48:
        m.mm_start_brk = r.u64();
        break;
      case 56:
        m.mm_brk = r.u64();
        break;
      case 64:
        m.mm_arg_start = r.u64();
        break;
      case 72:
        m.mm_arg_end = r.u64();
        break;
      case 80:
        m.mm_env_start = r.u64();
        break;
      case 88:
        m.mm_env_end = r.u64();
        break;
      case 96:
        m.exe_file_id = r.u32();
        break;
      case 120:
        m.dumpable = r.i32();
        break;
      case 136:
        m.thp_disabled = r.bool();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.mm_start_code === undefined) throw missingField("mm_entry", "mm_start_code");
  if (m.mm_end_code === undefined) throw missingField("mm_entry", "mm_end_code");
  if (m.mm_start_data === undefined) throw missingField("mm_entry", "mm_start_data");
  if (m.mm_end_data === undefined) throw missingField("mm_entry", "mm_end_data");
  if (m.mm_start_stack === undefined) throw missingField("mm_entry", "mm_start_stack");
  if (m.mm_start_brk === undefined) throw missingField("mm_entry", "mm_start_brk");
  if (m.mm_brk === undefined) throw missingField("mm_entry", "mm_brk");
  if (m.mm_arg_start === undefined) throw missingField("mm_entry", "mm_arg_start");
  if (m.mm_arg_end === undefined) throw missingField("mm_entry", "mm_arg_end");
  if (m.mm_env_start === undefined) throw missingField("mm_entry", "mm_env_start");
  if (m.mm_env_end === undefined) throw missingField("mm_entry", "mm_env_end");
  if (m.exe_file_id === undefined) throw missingField("mm_entry", "exe_file_id");
  return m;
}

function e_mm_entry(w, m) {
  let v;
  v = m.mm_start_code;
  if (v == null) throw missingField("mm_entry", "mm_start_code");
  { w.u32(8); w.u64(v); }
  v = m.mm_end_code;
  if (v == null) throw missingField("mm_entry", "mm_end_code");
  { w.u32(16); w.u64(v); }
  v = m.mm_start_data;
  if (v == null) throw missingField("mm_entry", "mm_start_data");
  { w.u32(24); w.u64(v); }
  v = m.mm_end_data;
  if (v == null) throw missingField("mm_entry", "mm_end_data");
  { w.u32(32); w.u64(v); }
  v = m.mm_start_stack;
  if (v == null) throw missingField("mm_entry", "mm_start_stack");
  { w.u32(40); w.u64(v); }
  v = m.mm_start_brk;
  if (v == null) throw missingField("mm_entry", "mm_start_brk");
  { w.u32(48); w.u64(v); }
  v = m.mm_brk;
  if (v == null) throw missingField("mm_entry", "mm_brk");
  { w.u32(56); w.u64(v); }
  v = m.mm_arg_start;
  if (v == null) throw missingField("mm_entry", "mm_arg_start");
  { w.u32(64); w.u64(v); }
  v = m.mm_arg_end;
  if (v == null) throw missingField("mm_entry", "mm_arg_end");
  { w.u32(72); w.u64(v); }
  v = m.mm_env_start;
  if (v == null) throw missingField("mm_entry", "mm_env_start");
  { w.u32(80); w.u64(v); }
  v = m.mm_env_end;
  if (v == null) throw missingField("mm_entry", "mm_env_end");
  { w.u32(88); w.u64(v); }
  v = m.exe_file_id;
  if (v == null) throw missingField("mm_entry", "exe_file_id");
  { w.u32(96); w.u32(v); }
  v = m.dumpable;
  if (v != null) { w.u32(120); w.i32(v); }
  v = m.thp_disabled;
  if (v != null) { w.u32(136); w.bool(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_netlink_sk_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.ino = r.u32();
        break;
      case 24:
        m.protocol = r.u32();
        break;
      case 32:
        m.state = r.u32();
        break;
      case 48:
        m.flags = r.u32();
        break;
      case 56:
        m.portid = r.u32();
        break;
      case 64:
        (m.groups ??= []).push(r.u32());
        break;
      case 66: {
        const stop = r.span(end);
        const a = (m.groups ??= []);
        while (r.pos < stop) a.push(r.u32());
        r.done(stop);
        break;
      }
      case 72:
        m.dst_portid = r.u32();
        break;
      case 80:
        m.dst_group = r.u32();
        break;
      case 90: {
        const stop = r.span(end);
        m.fown = d_fown_entry(r, stop);
        break;
      }
      case 98: {
        const stop = r.span(end);
        m.opts = d_sk_opts_entry(r, stop);
        break;
      }
      case 104:
        m.ns_id = r.u32();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("netlink_sk_entry", "id");
  if (m.ino === undefined) throw missingField("netlink_sk_entry", "ino");
  if (m.protocol === undefined) throw missingField("netlink_sk_entry", "protocol");
  if (m.state === undefined) throw missingField("netlink_sk_entry", "state");
  if (m.flags === undefined) throw missingField("netlink_sk_entry", "flags");
  if (m.portid === undefined) throw missingField("netlink_sk_entry", "portid");
  if (m.dst_portid === undefined) throw missingField("netlink_sk_entry", "dst_portid");
  if (m.dst_group === undefined) throw missingField("netlink_sk_entry", "dst_group");
  if (m.fown === undefined) throw missingField("netlink_sk_entry", "fown");
  if (m.opts === undefined) throw missingField("netlink_sk_entry", "opts");
  return m;
}

function e_netlink_sk_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("netlink_sk_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.ino;
  if (v == null) throw missingField("netlink_sk_entry", "ino");
  { w.u32(16); w.u32(v); }
  v = m.protocol;
  if (v == null) throw missingField("netlink_sk_entry", "protocol");
  { w.u32(24); w.u32(v); }
  v = m.state;
  if (v == null) throw missingField("netlink_sk_entry", "state");
  { w.u32(32); w.u32(v); }
  v = m.flags;
  if (v == null) throw missingField("netlink_sk_entry", "flags");
  { w.u32(48); w.u32(v); }
  v = m.portid;
  if (v == null) throw missingField("netlink_sk_entry", "portid");
  { w.u32(56); w.u32(v); }
  v = m.groups;
  if (v != null) for (let i = 0; i < v.length; i++) { w.u32(64); w.u32(v[i]); }
  v = m.dst_portid;
  if (v == null) throw missingField("netlink_sk_entry", "dst_portid");
  { w.u32(72); w.u32(v); }
  v = m.dst_group;
  if (v == null) throw missingField("netlink_sk_entry", "dst_group");
  { w.u32(80); w.u32(v); }
  v = m.fown;
  if (v == null) throw missingField("netlink_sk_entry", "fown");
  { w.u32(90); const at = w.fork(); e_fown_entry(w, v); w.join(at); }
  v = m.opts;
  if (v == null) throw missingField("netlink_sk_entry", "opts");
  { w.u32(98); const at = w.fork(); e_sk_opts_entry(w, v); w.join(at); }
  v = m.ns_id;
  if (v != null) { w.u32(104); w.u32(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_ns_file_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.ns_id = r.u32();
        break;
      case 24:
        m.ns_cflag = r.u32();
        break;
      case 32:
        m.flags = r.u32();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("ns_file_entry", "id");
  if (m.ns_id === undefined) throw missingField("ns_file_entry", "ns_id");
  if (m.ns_cflag === undefined) throw missingField("ns_file_entry", "ns_cflag");
  if (m.flags === undefined) throw missingField("ns_file_entry", "flags");
  return m;
}

function e_ns_file_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("ns_file_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.ns_id;
  if (v == null) throw missingField("ns_file_entry", "ns_id");
  { w.u32(16); w.u32(v); }
  v = m.ns_cflag;
  if (v == null) throw missingField("ns_file_entry", "ns_cflag");
  { w.u32(24); w.u32(v); }
  v = m.flags;
  if (v == null) throw missingField("ns_file_entry", "flags");
  { w.u32(32); w.u32(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_packet_mclist(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.index = r.u32();
        break;
      case 16:
        m.type = r.u32();
        break;
      case 26:
        m.addr = r.bytes(end);
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.index === undefined) throw missingField("packet_mclist", "index");
  if (m.type === undefined) throw missingField("packet_mclist", "type");
  if (m.addr === undefined) throw missingField("packet_mclist", "addr");
  return m;
}

function e_packet_mclist(w, m) {
  let v;
  v = m.index;
  if (v == null) throw missingField("packet_mclist", "index");
  { w.u32(8); w.u32(v); }
  v = m.type;
  if (v == null) throw missingField("packet_mclist", "type");
  { w.u32(16); w.u32(v); }
  v = m.addr;
  if (v == null) throw missingField("packet_mclist", "addr");
  { w.u32(26); w.bytes(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_packet_ring(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.block_size = r.u32();
        break;
      case 16:
        m.block_nr = r.u32();
        break;
      case 24:
        m.frame_size = r.u32();
        break;
      case 32:
        m.frame_nr = r.u32();
        break;
      case 40:
        m.retire_tmo = r.u32();
        break;
      case 48:
        m.sizeof_priv = r.u32();
        break;
      case 56:
        m.features = r.u32();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.block_size === undefined) throw missingField("packet_ring", "block_size");
  if (m.block_nr === undefined) throw missingField("packet_ring", "block_nr");
  if (m.frame_size === undefined) throw missingField("packet_ring", "frame_size");
  if (m.frame_nr === undefined) throw missingField("packet_ring", "frame_nr");
  if (m.retire_tmo === undefined) throw missingField("packet_ring", "retire_tmo");
  if (m.sizeof_priv === undefined) throw missingField("packet_ring", "sizeof_priv");
  if (m.features === undefined) throw missingField("packet_ring", "features");
  return m;
}

function e_packet_ring(w, m) {
  let v;
  v = m.block_size;
  if (v == null) throw missingField("packet_ring", "block_size");
  { w.u32(8); w.u32(v); }
  v = m.block_nr;
  if (v == null) throw missingField("packet_ring", "block_nr");
  { w.u32(16); w.u32(v); }
  v = m.frame_size;
  if (v == null) throw missingField("packet_ring", "frame_size");
  { w.u32(24); w.u32(v); }
  v = m.frame_nr;
  if (v == null) throw missingField("packet_ring", "frame_nr");
  { w.u32(32); w.u32(v); }
  v = m.retire_tmo;
  if (v == null) throw missingField("packet_ring", "retire_tmo");
  { w.u32(40); w.u32(v); }
  v = m.sizeof_priv;
  if (v == null) throw missingField("packet_ring", "sizeof_priv");
  { w.u32(48); w.u32(v); }
  v = m.features;
  if (v == null) throw missingField("packet_ring", "features");
  { w.u32(56); w.u32(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_packet_sock_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.type = r.u32();
        break;
      case 24:
        m.protocol = r.u32();
        break;
      case 32:
        m.flags = r.u32();
        break;
      case 40:
        m.ifindex = r.u32();
        break;
      case 50: {
        const stop = r.span(end);
        m.fown = d_fown_entry(r, stop);
        break;
      }
      case 58: {
        const stop = r.span(end);
        m.opts = d_sk_opts_entry(r, stop);
        break;
      }
      case 64:
        m.version = r.u32();
        break;
      case 72:
        m.reserve = r.u32();
        break;
      case 80:
        m.aux_data = r.bool();
        break;
      case 88:
        m.orig_dev = r.bool();
        break;
      case 96:
        m.vnet_hdr = r.bool();
        break;
      case 104:
        m.loss = r.bool();
        break;
      case 112:
        m.timestamp = r.u32();
        break;
      case 120:
        m.copy_thresh = r.u32();
        break;
      case 130: {
        const stop = r.span(end);
        (m.mclist ??= []).push(d_packet_mclist(r, stop));
        break;
      }
      case 136:
        m.fanout = r.u32();
        break;
      case 146: {
        const stop = r.span(end);
        m.rx_ring = d_packet_ring(r, stop);
        break;
      }
      case 154: {
        const stop = r.span(end);
        m.tx_ring = d_packet_ring(r, stop);
        break;
      }
      case 160:
        m.ns_id = r.u32();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("packet_sock_entry", "id");
  if (m.type === undefined) throw missingField("packet_sock_entry", "type");
  if (m.protocol === undefined) throw missingField("packet_sock_entry", "protocol");
  if (m.flags === undefined) throw missingField("packet_sock_entry", "flags");
  if (m.ifindex === undefined) throw missingField("packet_sock_entry", "ifindex");
  if (m.fown === undefined) throw missingField("packet_sock_entry", "fown");
  if (m.opts === undefined) throw missingField("packet_sock_entry", "opts");
  if (m.version === undefined) throw missingField("packet_sock_entry", "version");
  if (m.reserve === undefined) throw missingField("packet_sock_entry", "reserve");
  if (m.aux_data === undefined) throw missingField("packet_sock_entry", "aux_data");
  if (m.orig_dev === undefined) throw missingField("packet_sock_entry", "orig_dev");
  if (m.vnet_hdr === undefined) throw missingField("packet_sock_entry", "vnet_hdr");
  if (m.loss === undefined) throw missingField("packet_sock_entry", "loss");
  if (m.timestamp === undefined) throw missingField("packet_sock_entry", "timestamp");
  if (m.copy_thresh === undefined) throw missingField("packet_sock_entry", "copy_thresh");
  return m;
}

function e_packet_sock_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("packet_sock_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.type;
  if (v == null) throw missingField("packet_sock_entry", "type");
  { w.u32(16); w.u32(v); }
  v = m.protocol;
  if (v == null) throw missingField("packet_sock_entry", "protocol");
  { w.u32(24); w.u32(v); }
  v = m.flags;
  if (v == null) throw missingField("packet_sock_entry", "flags");
  { w.u32(32); w.u32(v); }
  v = m.ifindex;
  if (v == null) throw missingField("packet_sock_entry", "ifindex");
  { w.u32(40); w.u32(v); }
  v = m.fown;
  if (v == null) throw missingField("packet_sock_entry", "fown");
  { w.u32(50); const at = w.fork(); e_fown_entry(w, v); w.join(at); }
  v = m.opts;
  if (v == null) throw missingField("packet_sock_entry", "opts");
  { w.u32(58); const at = w.fork(); e_sk_opts_entry(w, v); w.join(at); }
  v = m.version;
  if (v == null) throw missingField("packet_sock_entry", "version");
  { w.u32(64); w.u32(v); }
  v = m.reserve;
  if (v == null) throw missingField("packet_sock_entry", "reserve");
  { w.u32(72); w.u32(v); }
  v = m.aux_data;
  if (v == null) throw missingField("packet_sock_entry", "aux_data");
  { w.u32(80); w.bool(v); }
  v = m.orig_dev;
  if (v == null) throw missingField("packet_sock_entry", "orig_dev");
  { w.u32(88); w.bool(v); }
  v = m.vnet_hdr;
  if (v == null) throw missingField("packet_sock_entry", "vnet_hdr");
  { w.u32(96); w.bool(v); }
  v = m.loss;
  if (v == null) throw missingField("packet_sock_entry", "loss");
  { w.u32(104); w.bool(v); }
  v = m.timestamp;
  if (v == null) throw missingField("packet_sock_entry", "timestamp");
  { w.u32(112); w.u32(v); }
  v = m.copy_thresh;
  if (v == null) throw missingField("packet_sock_entry", "copy_thresh");
  { w.u32(120); w.u32(v); }
  v = m.mclist;
  if (v != null) for (let i = 0; i < v.length; i++) { w.u32(130); const at = w.fork(); e_packet_mclist(w, v[i]); w.join(at); }
  v = m.fanout;
  if (v != null) { w.u32(136); w.u32(v); }
  v = m.rx_ring;
  if (v != null) { w.u32(146); const at = w.fork(); e_packet_ring(w, v); w.join(at); }
  v = m.tx_ring;
  if (v != null) { w.u32(154); const at = w.fork(); e_packet_ring(w, v); w.join(at); }
  v = m.ns_id;
  if (v != null) { w.u32(160); w.u32(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_pidfd_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.ino = r.u32();
        break;
      case 24:
        m.flags = r.u32();
        break;
      case 32:
        m.nspid = r.i32();
        break;
      case 42: {
        const stop = r.span(end);
        m.fown = d_fown_entry(r, stop);
        break;
      }
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("pidfd_entry", "id");
  if (m.ino === undefined) throw missingField("pidfd_entry", "ino");
  if (m.flags === undefined) throw missingField("pidfd_entry", "flags");
  if (m.nspid === undefined) throw missingField("pidfd_entry", "nspid");
  if (m.fown === undefined) throw missingField("pidfd_entry", "fown");
  return m;
}

function e_pidfd_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("pidfd_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.ino;
  if (v == null) throw missingField("pidfd_entry", "ino");
  { w.u32(16); w.u32(v); }
  v = m.flags;
  if (v == null) throw missingField("pidfd_entry", "flags");
  { w.u32(24); w.u32(v); }
  v = m.nspid;
  if (v == null) throw missingField("pidfd_entry", "nspid");
  { w.u32(32); w.i32(v); }
  v = m.fown;
  if (v == null) throw missingField("pidfd_entry", "fown");
  { w.u32(42); const at = w.fork(); e_fown_entry(w, v); w.join(at); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_pipe_data_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.pipe_id = r.u32();
        break;
      case 16:
        m.bytes = r.u32();
        break;
      case 24:
        m.size = r.u32();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.pipe_id === undefined) throw missingField("pipe_data_entry", "pipe_id");
  if (m.bytes === undefined) throw missingField("pipe_data_entry", "bytes");
  return m;
}

function e_pipe_data_entry(w, m) {
  let v;
  v = m.pipe_id;
  if (v == null) throw missingField("pipe_data_entry", "pipe_id");
  { w.u32(8); w.u32(v); }
  v = m.bytes;
  if (v == null) throw missingField("pipe_data_entry", "bytes");
  { w.u32(16); w.u32(v); }
  v = m.size;
  if (v != null) { w.u32(24); w.u32(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_pipe_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.pipe_id = r.u32();
        break;
      case 24:
        m.flags = r.u32();
        break;
      case 34: {
        const stop = r.span(end);
        m.fown = d_fown_entry(r, stop);
        break;
      }
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("pipe_entry", "id");
  if (m.pipe_id === undefined) throw missingField("pipe_entry", "pipe_id");
  if (m.flags === undefined) throw missingField("pipe_entry", "flags");
  if (m.fown === undefined) throw missingField("pipe_entry", "fown");
  return m;
}

function e_pipe_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("pipe_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.pipe_id;
  if (v == null) throw missingField("pipe_entry", "pipe_id");
  { w.u32(16); w.u32(v); }
  v = m.flags;
  if (v == null) throw missingField("pipe_entry", "flags");
  { w.u32(24); w.u32(v); }
  v = m.fown;
  if (v == null) throw missingField("pipe_entry", "fown");
  { w.u32(34); const at = w.fork(); e_fown_entry(w, v); w.join(at); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_plugins_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  return m;
}

function e_plugins_entry(w, m) {
  let v;
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_pstree_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.pid = r.u32();
        break;
      case 16:
        m.ppid = r.u32();
        break;
      case 24:
        m.pgid = r.u32();
        break;
      case 32:
        m.sid = r.u32();
        break;
      case 40:
        (m.threads ??= []).push(r.u32());
        break;
      case 42: {
        const stop = r.span(end);
        const a = (m.threads ??= []);
        while (r.pos < stop) a.push(r.u32());
        r.done(stop);
        break;
      }
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.pid === undefined) throw missingField("pstree_entry", "pid");
  if (m.ppid === undefined) throw missingField("pstree_entry", "ppid");
  if (m.pgid === undefined) throw missingField("pstree_entry", "pgid");
  if (m.sid === undefined) throw missingField("pstree_entry", "sid");
  return m;
}

function e_pstree_entry(w, m) {
  let v;
  v = m.pid;
  if (v == null) throw missingField("pstree_entry", "pid");
  { w.u32(8); w.u32(v); }
  v = m.ppid;
  if (v == null) throw missingField("pstree_entry", "ppid");
  { w.u32(16); w.u32(v); }
  v = m.pgid;
  if (v == null) throw missingField("pstree_entry", "pgid");
  { w.u32(24); w.u32(v); }
  v = m.sid;
  if (v == null) throw missingField("pstree_entry", "sid");
  { w.u32(32); w.u32(v); }
  v = m.threads;
  if (v != null) for (let i = 0; i < v.length; i++) { w.u32(40); w.u32(v[i]); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_reg_file_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.flags = r.u32();
        break;
      case 24:
        m.pos = r.u64();
        break;
      case 42: {
        const stop = r.span(end);
        m.fown = d_fown_entry(r, stop);
        break;
      }
      case 50:
        m.name = r.string(end);
        break;
      case 56:
        m.mnt_id = r.s32();
        break;
      case 64:
        m.size = r.u64();
        break;
      case 72:
        m.ext = r.bool();
        break;
      case 80:
        m.mode = r.u32();
        break;
      case 88:
        (m.build_id ??= []).push(r.u32());
        break;
      case 90: {
        const stop = r.span(end);
        const a = (m.build_id ??= []);
        while (r.pos < stop) a.push(r.u32());
        r.done(stop);
        break;
      }
      case 96:
        m.checksum = r.u32();
        break;
      case 104:
        m.checksum_config = r.u32();
        break;
      case 112:
        m.checksum_parameter = r.u32();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("reg_file_entry", "id");
  if (m.flags === undefined) throw missingField("reg_file_entry", "flags");
  if (m.pos === undefined) throw missingField("reg_file_entry", "pos");
  if (m.fown === undefined) throw missingField("reg_file_entry", "fown");
  if (m.name === undefined) throw missingField("reg_file_entry", "name");
  return m;
}

function e_reg_file_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("reg_file_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.flags;
  if (v == null) throw missingField("reg_file_entry", "flags");
  { w.u32(16); w.u32(v); }
  v = m.pos;
  if (v == null) throw missingField("reg_file_entry", "pos");
  { w.u32(24); w.u64(v); }
  v = m.fown;
  if (v == null) throw missingField("reg_file_entry", "fown");
  { w.u32(42); const at = w.fork(); e_fown_entry(w, v); w.join(at); }
  v = m.name;
  if (v == null) throw missingField("reg_file_entry", "name");
  { w.u32(50); w.string(v); }
  v = m.mnt_id;
  if (v != null) { w.u32(56); w.s32(v); }
  v = m.size;
  if (v != null) { w.u32(64); w.u64(v); }
  v = m.ext;
  if (v != null) { w.u32(72); w.bool(v); }
  v = m.mode;
  if (v != null) { w.u32(80); w.u32(v); }
  v = m.build_id;
  if (v != null) for (let i = 0; i < v.length; i++) { w.u32(88); w.u32(v[i]); }
  v = m.checksum;
  if (v != null) { w.u32(96); w.u32(v); }
  v = m.checksum_config;
  if (v != null) { w.u32(104); w.u32(v); }
  v = m.checksum_parameter;
  if (v != null) { w.u32(112); w.u32(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_remap_file_path_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.orig_id = r.u32();
        break;
      case 16:
        m.remap_id = r.u32();
        break;
      case 24: {
        const v = r.i32();
        if (E_remap_type.has(v)) m.remap_type = v; else keepRaw(m, r.buf.subarray(start, r.pos));
        break;
      }
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.orig_id === undefined) throw missingField("remap_file_path_entry", "orig_id");
  if (m.remap_id === undefined) throw missingField("remap_file_path_entry", "remap_id");
  return m;
}

function e_remap_file_path_entry(w, m) {
  let v;
  v = m.orig_id;
  if (v == null) throw missingField("remap_file_path_entry", "orig_id");
  { w.u32(8); w.u32(v); }
  v = m.remap_id;
  if (v == null) throw missingField("remap_file_path_entry", "remap_id");
  { w.u32(16); w.u32(v); }
  v = m.remap_type;
  if (v != null) { w.u32(24); w.i32(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_scm_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.type = r.u32();
        break;
      case 16:
        (m.rights ??= []).push(r.u32());
        break;
      case 18: {
        const stop = r.span(end);
        const a = (m.rights ??= []);
        while (r.pos < stop) a.push(r.u32());
        r.done(stop);
        break;
      }
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.type === undefined) throw missingField("scm_entry", "type");
  return m;
}

function e_scm_entry(w, m) {
  let v;
  v = m.type;
  if (v == null) throw missingField("scm_entry", "type");
  { w.u32(8); w.u32(v); }
  v = m.rights;
  if (v != null) for (let i = 0; i < v.length; i++) { w.u32(16); w.u32(v[i]); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_signalfd_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.flags = r.u32();
        break;
      case 26: {
        const stop = r.span(end);
        m.fown = d_fown_entry(r, stop);
        break;
      }
      case 32:
        m.sigmask = r.u64();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("signalfd_entry", "id");
  if (m.flags === undefined) throw missingField("signalfd_entry", "flags");
  if (m.fown === undefined) throw missingField("signalfd_entry", "fown");
  if (m.sigmask === undefined) throw missingField("signalfd_entry", "sigmask");
  return m;
}

function e_signalfd_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("signalfd_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.flags;
  if (v == null) throw missingField("signalfd_entry", "flags");
  { w.u32(16); w.u32(v); }
  v = m.fown;
  if (v == null) throw missingField("signalfd_entry", "fown");
  { w.u32(26); const at = w.fork(); e_fown_entry(w, v); w.join(at); }
  v = m.sigmask;
  if (v == null) throw missingField("signalfd_entry", "sigmask");
  { w.u32(32); w.u64(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_sk_opts_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.so_sndbuf = r.u32();
        break;
      case 16:
        m.so_rcvbuf = r.u32();
        break;
      case 24:
        m.so_snd_tmo_sec = r.u64();
        break;
      case 32:
        m.so_snd_tmo_usec = r.u64();
        break;
      case 40:
        m.so_rcv_tmo_sec = r.u64();
        break;
      case 48:
        m.so_rcv_tmo_usec = r.u64();
        break;
      case 56:
        m.reuseaddr = r.bool();
        break;
      case 64:
        m.so_priority = r.u32();
        break;
      case 72:
        m.so_rcvlowat = r.u32();
        break;
      case 80:
        m.so_mark = r.u32();
        break;
      case 88:
        m.so_passcred = r.bool();
        break;
      case 96:
        m.so_passsec = r.bool();
        break;
      case 104:
        m.so_dontroute = r.bool();
        break;
      case 112:
        m.so_no_check = r.bool();
        break;
      case 122:
        m.so_bound_dev = r.string(end);
        break;
      case 129:
        (m.so_filter ??= []).push(r.f64());
        break;
      case 130: {
        const stop = r.span(end);
        const a = (m.so_filter ??= []);
        while (r.pos < stop) a.push(r.f64());
        r.done(stop);
        break;
      }
      case 136:
        m.so_reuseport = r.bool();
        break;
      case 144:
        m.so_broadcast = r.bool();
        break;
      case 152:
        m.so_keepalive = r.bool();
        break;
      case 160:
        m.tcp_keepcnt = r.u32();
        break;
      case 168:
        m.tcp_keepidle = r.u32();
        break;
      case 176:
        m.tcp_keepintvl = r.u32();
        break;
      case 184:
        m.so_oobinline = r.u32();
        break;
      case 192:
        m.so_linger = r.u32();
        break;
      case 200:
        m.so_buf_lock = r.u32();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.so_sndbuf === undefined) throw missingField("sk_opts_entry", "so_sndbuf");
  if (m.so_rcvbuf === undefined) throw missingField("sk_opts_entry", "so_rcvbuf");
  if (m.so_snd_tmo_sec === undefined) throw missingField("sk_opts_entry", "so_snd_tmo_sec");
  if (m.so_snd_tmo_usec === undefined) throw missingField("sk_opts_entry", "so_snd_tmo_usec");
  if (m.so_rcv_tmo_sec === undefined) throw missingField("sk_opts_entry", "so_rcv_tmo_sec");
  if (m.so_rcv_tmo_usec === undefined) throw missingField("sk_opts_entry", "so_rcv_tmo_usec");
  return m;
}

function e_sk_opts_entry(w, m) {
  let v;
  v = m.so_sndbuf;
  if (v == null) throw missingField("sk_opts_entry", "so_sndbuf");
  { w.u32(8); w.u32(v); }
  v = m.so_rcvbuf;
  if (v == null) throw missingField("sk_opts_entry", "so_rcvbuf");
  { w.u32(16); w.u32(v); }
  v = m.so_snd_tmo_sec;
  if (v == null) throw missingField("sk_opts_entry", "so_snd_tmo_sec");
  { w.u32(24); w.u64(v); }
  v = m.so_snd_tmo_usec;
  if (v == null) throw missingField("sk_opts_entry", "so_snd_tmo_usec");
  { w.u32(32); w.u64(v); }
  v = m.so_rcv_tmo_sec;
  if (v == null) throw missingField("sk_opts_entry", "so_rcv_tmo_sec");
  { w.u32(40); w.u64(v); }
  v = m.so_rcv_tmo_usec;
  if (v == null) throw missingField("sk_opts_entry", "so_rcv_tmo_usec");
  { w.u32(48); w.u64(v); }
  v = m.reuseaddr;
  if (v != null) { w.u32(56); w.bool(v); }
  v = m.so_priority;
  if (v != null) { w.u32(64); w.u32(v); }
  v = m.so_rcvlowat;
  if (v != null) { w.u32(72); w.u32(v); }
  v = m.so_mark;
  if (v != null) { w.u32(80); w.u32(v); }
  v = m.so_passcred;
  if (v != null) { w.u32(88); w.bool(v); }
  v = m.so_passsec;
  if (v != null) { w.u32(96); w.bool(v); }
  v = m.so_dontroute;
  if (v != null) { w.u32(104); w.bool(v); }
  v = m.so_no_check;
  if (v != null) { w.u32(112); w.bool(v); }
  v = m.so_bound_dev;
  if (v != null) { w.u32(122); w.string(v); }
  v = m.so_filter;
  if (v != null) for (let i = 0; i < v.length; i++) { w.u32(129); w.f64(v[i]); }
  v = m.so_reuseport;
  if (v != null) { w.u32(136); w.bool(v); }
  v = m.so_broadcast;
  if (v != null) { w.u32(144); w.bool(v); }
  v = m.so_keepalive;
  if (v != null) { w.u32(152); w.bool(v); }
  v = m.tcp_keepcnt;
  if (v != null) { w.u32(160); w.u32(v); }
  v = m.tcp_keepidle;
  if (v != null) { w.u32(168); w.u32(v); }
  v = m.tcp_keepintvl;
  if (v != null) { w.u32(176); w.u32(v); }
  v = m.so_oobinline;
  if (v != null) { w.u32(184); w.u32(v); }
  v = m.so_linger;
  if (v != null) { w.u32(192); w.u32(v); }
  v = m.so_buf_lock;
  if (v != null) { w.u32(200); w.u32(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_sk_packet_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id_for = r.u32();
        break;
      case 16:
        m.length = r.u32();
        break;
      case 34: {
        const stop = r.span(end);
        (m.scm ??= []).push(d_scm_entry(r, stop));
        break;
      }
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id_for === undefined) throw missingField("sk_packet_entry", "id_for");
  if (m.length === undefined) throw missingField("sk_packet_entry", "length");
  return m;
}

function e_sk_packet_entry(w, m) {
  let v;
  v = m.id_for;
  if (v == null) throw missingField("sk_packet_entry", "id_for");
  { w.u32(8); w.u32(v); }
  v = m.length;
  if (v == null) throw missingField("sk_packet_entry", "length");
  { w.u32(16); w.u32(v); }
  v = m.scm;
  if (v != null) for (let i = 0; i < v.length; i++) { w.u32(34); const at = w.fork(); e_scm_entry(w, v[i]); w.join(at); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_task_core_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.task_state = r.u32();
        break;
      case 16:
        m.exit_code = r.u32();
        break;
      case 24:
        m.personality = r.u32();
        break;
      case 32:
        m.flags = r.u32();
        break;
      case 40:
        m.blk_sigset = r.u64();
        break;
      case 50:
        m.comm = r.string(end);
        break;
      case 72:
        m.cg_set = r.u32();
        break;
      case 104:
        m.loginuid = r.u32();
        break;
      case 112:
        m.oom_score_adj = r.i32();
        break;
      case 144:
        m.child_subreaper = r.bool();
        break;
      case 160:
        m.blk_sigset_extended = r.u64();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.task_state === undefined) throw missingField("task_core_entry", "task_state");
  if (m.exit_code === undefined) throw missingField("task_core_entry", "exit_code");
  if (m.personality === undefined) throw missingField("task_core_entry", "personality");
  if (m.flags === undefined) throw missingField("task_core_entry", "flags");
  if (m.blk_sigset === undefined) throw missingField("task_core_entry", "blk_sigset");
  if (m.comm === undefined) throw missingField("task_core_entry", "comm");
  return m;
}

function e_task_core_entry(w, m) {
  let v;
  v = m.task_state;
  if (v == null) throw missingField("task_core_entry", "task_state");
  { w.u32(8); w.u32(v); }
  v = m.exit_code;
  if (v == null) throw missingField("task_core_entry", "exit_code");
  { w.u32(16); w.u32(v); }
  v = m.personality;
  if (v == null) throw missingField("task_core_entry", "personality");
  { w.u32(24); w.u32(v); }
  v = m.flags;
  if (v == null) throw missingField("task_core_entry", "flags");
  { w.u32(32); w.u32(v); }
  v = m.blk_sigset;
  if (v == null) throw missingField("task_core_entry", "blk_sigset");
  { w.u32(40); w.u64(v); }
  v = m.comm;
  if (v == null) throw missingField("task_core_entry", "comm");
  { w.u32(50); w.string(v); }
  v = m.cg_set;
  if (v != null) { w.u32(72); w.u32(v); }
  v = m.loginuid;
  if (v != null) { w.u32(104); w.u32(v); }
  v = m.oom_score_adj;
  if (v != null) { w.u32(112); w.i32(v); }
  v = m.child_subreaper;
  if (v != null) { w.u32(144); w.bool(v); }
  v = m.blk_sigset_extended;
  if (v != null) { w.u32(160); w.u64(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_task_kobj_ids_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.vm_id = r.u32();
        break;
      case 16:
        m.files_id = r.u32();
        break;
      case 24:
        m.fs_id = r.u32();
        break;
      case 32:
        m.sighand_id = r.u32();
        break;
      case 40:
        m.pid_ns_id = r.u32();
        break;
      case 48:
        m.net_ns_id = r.u32();
        break;
      case 56:
        m.ipc_ns_id = r.u32();
        break;
      case 64:
        m.uts_ns_id = r.u32();
        break;
      case 72:
        m.mnt_ns_id = r.u32();
        break;
      case 80:
        m.user_ns_id = r.u32();
        break;
      case 88:
        m.cgroup_ns_id = r.u32();
        break;
      case 96:
        m.time_ns_id = r.u32();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.vm_id === undefined) throw missingField("task_kobj_ids_entry", "vm_id");
  if (m.files_id === undefined) throw missingField("task_kobj_ids_entry", "files_id");
  if (m.fs_id === undefined) throw missingField("task_kobj_ids_entry", "fs_id");
  if (m.sighand_id === undefined) throw missingField("task_kobj_ids_entry", "sighand_id");
  return m;
}

function e_task_kobj_ids_entry(w, m) {
  let v;
  v = m.vm_id;
  if (v == null) throw missingField("task_kobj_ids_entry", "vm_id");
  { w.u32(8); w.u32(v); }
  v = m.files_id;
  if (v == null) throw missingField("task_kobj_ids_entry", "files_id");
  { w.u32(16); w.u32(v); }
  v = m.fs_id;
  if (v == null) throw missingField("task_kobj_ids_entry", "fs_id");
  { w.u32(24); w.u32(v); }
  v = m.sighand_id;
  if (v == null) throw missingField("task_kobj_ids_entry", "sighand_id");
  { w.u32(32); w.u32(v); }
  v = m.pid_ns_id;
  if (v != null) { w.u32(40); w.u32(v); }
  v = m.net_ns_id;
  if (v != null) { w.u32(48); w.u32(v); }
  v = m.ipc_ns_id;
  if (v != null) { w.u32(56); w.u32(v); }
  v = m.uts_ns_id;
  if (v != null) { w.u32(64); w.u32(v); }
  v = m.mnt_ns_id;
  if (v != null) { w.u32(72); w.u32(v); }
  v = m.user_ns_id;
  if (v != null) { w.u32(80); w.u32(v); }
  v = m.cgroup_ns_id;
  if (v != null) { w.u32(88); w.u32(v); }
  v = m.time_ns_id;
  if (v != null) { w.u32(96); w.u32(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_thread_core_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.futex_rla = r.u64();
        break;
      case 16:
        m.futex_rla_len = r.u32();
        break;
      case 24:
        m.sched_nice = r.s32();
        break;
      case 32:
        m.sched_policy = r.u32();
        break;
      case 40:
        m.sched_prio = r.u32();
        break;
      case 48:
        m.blk_sigset = r.u64();
        break;
      case 64:
        m.pdeath_sig = r.u32();
        break;
      case 106:
        m.comm = r.string(end);
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.futex_rla === undefined) throw missingField("thread_core_entry", "futex_rla");
  if (m.futex_rla_len === undefined) throw missingField("thread_core_entry", "futex_rla_len");
  return m;
}

function e_thread_core_entry(w, m) {
  let v;
  v = m.futex_rla;
  if (v == null) throw missingField("thread_core_entry", "futex_rla");
  { w.u32(8); w.u64(v); }
  v = m.futex_rla_len;
  if (v == null) throw missingField("thread_core_entry", "futex_rla_len");
  { w.u32(16); w.u32(v); }
  v = m.sched_nice;
  if (v != null) { w.u32(24); w.s32(v); }
  v = m.sched_policy;
  if (v != null) { w.u32(32); w.u32(v); }
  v = m.sched_prio;
  if (v != null) { w.u32(40); w.u32(v); }
  v = m.blk_sigset;
  if (v != null) { w.u32(48); w.u64(v); }
  v = m.pdeath_sig;
  if (v != null) { w.u32(64); w.u32(v); }
  v = m.comm;
  if (v != null) { w.u32(106); w.string(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_timerfd_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.flags = r.u32();
        break;
      case 26: {
        const stop = r.span(end);
        m.fown = d_fown_entry(r, stop);
        break;
      }
      case 32:
        m.clockid = r.u32();
        break;
      case 40:
        m.ticks = r.u64();
        break;
      case 48:
        m.settime_flags = r.u32();
        break;
      case 56:
        m.vsec = r.u64();
        break;
      case 64:
        m.vnsec = r.u64();
        break;
      case 72:
        m.isec = r.u64();
        break;
      case 80:
        m.insec = r.u64();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("timerfd_entry", "id");
  if (m.flags === undefined) throw missingField("timerfd_entry", "flags");
  if (m.fown === undefined) throw missingField("timerfd_entry", "fown");
  if (m.clockid === undefined) throw missingField("timerfd_entry", "clockid");
  if (m.ticks === undefined) throw missingField("timerfd_entry", "ticks");
  if (m.settime_flags === undefined) throw missingField("timerfd_entry", "settime_flags");
  if (m.vsec === undefined) throw missingField("timerfd_entry", "vsec");
  if (m.vnsec === undefined) throw missingField("timerfd_entry", "vnsec");
  if (m.isec === undefined) throw missingField("timerfd_entry", "isec");
  if (m.insec === undefined) throw missingField("timerfd_entry", "insec");
  return m;
}

function e_timerfd_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("timerfd_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.flags;
  if (v == null) throw missingField("timerfd_entry", "flags");
  { w.u32(16); w.u32(v); }
  v = m.fown;
  if (v == null) throw missingField("timerfd_entry", "fown");
  { w.u32(26); const at = w.fork(); e_fown_entry(w, v); w.join(at); }
  v = m.clockid;
  if (v == null) throw missingField("timerfd_entry", "clockid");
  { w.u32(32); w.u32(v); }
  v = m.ticks;
  if (v == null) throw missingField("timerfd_entry", "ticks");
  { w.u32(40); w.u64(v); }
  v = m.settime_flags;
  if (v == null) throw missingField("timerfd_entry", "settime_flags");
  { w.u32(48); w.u32(v); }
  v = m.vsec;
  if (v == null) throw missingField("timerfd_entry", "vsec");
  { w.u32(56); w.u64(v); }
  v = m.vnsec;
  if (v == null) throw missingField("timerfd_entry", "vnsec");
  { w.u32(64); w.u64(v); }
  v = m.isec;
  if (v == null) throw missingField("timerfd_entry", "isec");
  { w.u32(72); w.u64(v); }
  v = m.insec;
  if (v == null) throw missingField("timerfd_entry", "insec");
  { w.u32(80); w.u64(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_tty_file_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.tty_info_id = r.u32();
        break;
      case 24:
        m.flags = r.u32();
        break;
      case 34: {
        const stop = r.span(end);
        m.fown = d_fown_entry(r, stop);
        break;
      }
      case 48:
        m.regf_id = r.u32();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("tty_file_entry", "id");
  if (m.tty_info_id === undefined) throw missingField("tty_file_entry", "tty_info_id");
  if (m.flags === undefined) throw missingField("tty_file_entry", "flags");
  if (m.fown === undefined) throw missingField("tty_file_entry", "fown");
  return m;
}

function e_tty_file_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("tty_file_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.tty_info_id;
  if (v == null) throw missingField("tty_file_entry", "tty_info_id");
  { w.u32(16); w.u32(v); }
  v = m.flags;
  if (v == null) throw missingField("tty_file_entry", "flags");
  { w.u32(24); w.u32(v); }
  v = m.fown;
  if (v == null) throw missingField("tty_file_entry", "fown");
  { w.u32(34); const at = w.fork(); e_fown_entry(w, v); w.join(at); }
  v = m.regf_id;
  if (v != null) { w.u32(48); w.u32(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_tunfile_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 18:
        m.netdev = r.string(end);
        break;
      case 24:
        m.detached = r.bool();
        break;
      case 32:
        m.ns_id = r.u32();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("tunfile_entry", "id");
  return m;
}

function e_tunfile_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("tunfile_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.netdev;
  if (v != null) { w.u32(18); w.string(v); }
  v = m.detached;
  if (v != null) { w.u32(24); w.bool(v); }
  v = m.ns_id;
  if (v != null) { w.u32(32); w.u32(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

function d_unix_sk_entry(r, end) {
  const m = {};
  while (r.pos < end) {
    const start = r.pos;
    const tag = r.u32();
    switch (tag) {
      case 8:
        m.id = r.u32();
        break;
      case 16:
        m.ino = r.u32();
        break;
      case 24:
        m.type = r.u32();
        break;
      case 32:
        m.state = r.u32();
        break;
      case 40:
        m.flags = r.u32();
        break;
      case 48:
        m.uflags = r.u32();
        break;
      case 56:
        m.backlog = r.u32();
        break;
      case 64:
        m.peer = r.u32();
        break;
      case 74: {
        const stop = r.span(end);
        m.fown = d_fown_entry(r, stop);
        break;
      }
      case 82: {
        const stop = r.span(end);
        m.opts = d_sk_opts_entry(r, stop);
        break;
      }
      case 90:
        m.name = r.bytes(end);
        break;
      case 96: {
        const v = r.i32();
        if (E_sk_shutdown.has(v)) m.shutdown = v; else keepRaw(m, r.buf.subarray(start, r.pos));
        break;
      }
      case 106: {
        const stop = r.span(end);
        m.file_perms = d_file_perms_entry(r, stop);
        break;
      }
      case 114:
        m.name_dir = r.string(end);
        break;
      case 120:
        m.deleted = r.bool();
        break;
      case 128:
        m.ns_id = r.u32();
        break;
      case 136:
        m.mnt_id = r.s32();
        break;
      default:
        r.unknown(m, tag, start, end);
    }
  }
  r.done(end);
  if (m.id === undefined) throw missingField("unix_sk_entry", "id");
  if (m.ino === undefined) throw missingField("unix_sk_entry", "ino");
  if (m.type === undefined) throw missingField("unix_sk_entry", "type");
  if (m.state === undefined) throw missingField("unix_sk_entry", "state");
  if (m.flags === undefined) throw missingField("unix_sk_entry", "flags");
  if (m.uflags === undefined) throw missingField("unix_sk_entry", "uflags");
  if (m.backlog === undefined) throw missingField("unix_sk_entry", "backlog");
  if (m.peer === undefined) throw missingField("unix_sk_entry", "peer");
  if (m.fown === undefined) throw missingField("unix_sk_entry", "fown");
  if (m.opts === undefined) throw missingField("unix_sk_entry", "opts");
  if (m.name === undefined) throw missingField("unix_sk_entry", "name");
  return m;
}

function e_unix_sk_entry(w, m) {
  let v;
  v = m.id;
  if (v == null) throw missingField("unix_sk_entry", "id");
  { w.u32(8); w.u32(v); }
  v = m.ino;
  if (v == null) throw missingField("unix_sk_entry", "ino");
  { w.u32(16); w.u32(v); }
  v = m.type;
  if (v == null) throw missingField("unix_sk_entry", "type");
  { w.u32(24); w.u32(v); }
  v = m.state;
  if (v == null) throw missingField("unix_sk_entry", "state");
  { w.u32(32); w.u32(v); }
  v = m.flags;
  if (v == null) throw missingField("unix_sk_entry", "flags");
  { w.u32(40); w.u32(v); }
  v = m.uflags;
  if (v == null) throw missingField("unix_sk_entry", "uflags");
  { w.u32(48); w.u32(v); }
  v = m.backlog;
  if (v == null) throw missingField("unix_sk_entry", "backlog");
  { w.u32(56); w.u32(v); }
  v = m.peer;
  if (v == null) throw missingField("unix_sk_entry", "peer");
  { w.u32(64); w.u32(v); }
  v = m.fown;
  if (v == null) throw missingField("unix_sk_entry", "fown");
  { w.u32(74); const at = w.fork(); e_fown_entry(w, v); w.join(at); }
  v = m.opts;
  if (v == null) throw missingField("unix_sk_entry", "opts");
  { w.u32(82); const at = w.fork(); e_sk_opts_entry(w, v); w.join(at); }
  v = m.name;
  if (v == null) throw missingField("unix_sk_entry", "name");
  { w.u32(90); w.bytes(v); }
  v = m.shutdown;
  if (v != null) { w.u32(96); w.i32(v); }
  v = m.file_perms;
  if (v != null) { w.u32(106); const at = w.fork(); e_file_perms_entry(w, v); w.join(at); }
  v = m.name_dir;
  if (v != null) { w.u32(114); w.string(v); }
  v = m.deleted;
  if (v != null) { w.u32(120); w.bool(v); }
  v = m.ns_id;
  if (v != null) { w.u32(128); w.u32(v); }
  v = m.mnt_id;
  if (v != null) { w.u32(136); w.s32(v); }
  v = m.$unknowns;
  if (v != null) for (let i = 0; i < v.length; i++) w.raw(v[i]);
}

/** Decoder of each message, by name: (reader, end) → plain object. */
export const DECODERS = { bpfmap_file_entry: d_bpfmap_file_entry, core_entry: d_core_entry, eventfd_file_entry: d_eventfd_file_entry, eventpoll_file_entry: d_eventpoll_file_entry, eventpoll_tfd_entry: d_eventpoll_tfd_entry, ext_file_entry: d_ext_file_entry, fanotify_file_entry: d_fanotify_file_entry, fanotify_inode_mark_entry: d_fanotify_inode_mark_entry, fanotify_mark_entry: d_fanotify_mark_entry, fanotify_mount_mark_entry: d_fanotify_mount_mark_entry, fdinfo_entry: d_fdinfo_entry, fh_entry: d_fh_entry, fifo_entry: d_fifo_entry, file_entry: d_file_entry, file_perms_entry: d_file_perms_entry, fown_entry: d_fown_entry, fs_entry: d_fs_entry, inet_sk_entry: d_inet_sk_entry, inotify_file_entry: d_inotify_file_entry, inotify_wd_entry: d_inotify_wd_entry, inventory_entry: d_inventory_entry, ip_opts_entry: d_ip_opts_entry, ip_opts_raw_entry: d_ip_opts_raw_entry, memfd_file_entry: d_memfd_file_entry, memfd_inode_entry: d_memfd_inode_entry, mm_entry: d_mm_entry, netlink_sk_entry: d_netlink_sk_entry, ns_file_entry: d_ns_file_entry, packet_mclist: d_packet_mclist, packet_ring: d_packet_ring, packet_sock_entry: d_packet_sock_entry, pidfd_entry: d_pidfd_entry, pipe_data_entry: d_pipe_data_entry, pipe_entry: d_pipe_entry, plugins_entry: d_plugins_entry, pstree_entry: d_pstree_entry, reg_file_entry: d_reg_file_entry, remap_file_path_entry: d_remap_file_path_entry, scm_entry: d_scm_entry, signalfd_entry: d_signalfd_entry, sk_opts_entry: d_sk_opts_entry, sk_packet_entry: d_sk_packet_entry, task_core_entry: d_task_core_entry, task_kobj_ids_entry: d_task_kobj_ids_entry, thread_core_entry: d_thread_core_entry, timerfd_entry: d_timerfd_entry, tty_file_entry: d_tty_file_entry, tunfile_entry: d_tunfile_entry, unix_sk_entry: d_unix_sk_entry };

/** Encoder of each message, by name: (writer, message) → void. */
export const ENCODERS = { bpfmap_file_entry: e_bpfmap_file_entry, core_entry: e_core_entry, eventfd_file_entry: e_eventfd_file_entry, eventpoll_file_entry: e_eventpoll_file_entry, eventpoll_tfd_entry: e_eventpoll_tfd_entry, ext_file_entry: e_ext_file_entry, fanotify_file_entry: e_fanotify_file_entry, fanotify_inode_mark_entry: e_fanotify_inode_mark_entry, fanotify_mark_entry: e_fanotify_mark_entry, fanotify_mount_mark_entry: e_fanotify_mount_mark_entry, fdinfo_entry: e_fdinfo_entry, fh_entry: e_fh_entry, fifo_entry: e_fifo_entry, file_entry: e_file_entry, file_perms_entry: e_file_perms_entry, fown_entry: e_fown_entry, fs_entry: e_fs_entry, inet_sk_entry: e_inet_sk_entry, inotify_file_entry: e_inotify_file_entry, inotify_wd_entry: e_inotify_wd_entry, inventory_entry: e_inventory_entry, ip_opts_entry: e_ip_opts_entry, ip_opts_raw_entry: e_ip_opts_raw_entry, memfd_file_entry: e_memfd_file_entry, memfd_inode_entry: e_memfd_inode_entry, mm_entry: e_mm_entry, netlink_sk_entry: e_netlink_sk_entry, ns_file_entry: e_ns_file_entry, packet_mclist: e_packet_mclist, packet_ring: e_packet_ring, packet_sock_entry: e_packet_sock_entry, pidfd_entry: e_pidfd_entry, pipe_data_entry: e_pipe_data_entry, pipe_entry: e_pipe_entry, plugins_entry: e_plugins_entry, pstree_entry: e_pstree_entry, reg_file_entry: e_reg_file_entry, remap_file_path_entry: e_remap_file_path_entry, scm_entry: e_scm_entry, signalfd_entry: e_signalfd_entry, sk_opts_entry: e_sk_opts_entry, sk_packet_entry: e_sk_packet_entry, task_core_entry: e_task_core_entry, task_kobj_ids_entry: e_task_kobj_ids_entry, thread_core_entry: e_thread_core_entry, timerfd_entry: e_timerfd_entry, tty_file_entry: e_tty_file_entry, tunfile_entry: e_tunfile_entry, unix_sk_entry: e_unix_sk_entry };
