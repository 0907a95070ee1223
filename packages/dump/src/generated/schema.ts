// GENERATED from ../../proto/*.proto by scripts/gen-schema.ts: do not edit.
import type { INamespace } from 'protobufjs';

/** The CRIU image schemas in protobufjs JSON form. */
export const CRIU_SCHEMA: INamespace = {
 "nested": {
  "eventfd_file_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "flags": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "fown": {
     "rule": "required",
     "type": "fown_entry",
     "id": 3
    },
    "counter": {
     "rule": "required",
     "type": "uint64",
     "id": 4
    }
   }
  },
  "eventpoll_tfd_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "tfd": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "events": {
     "rule": "required",
     "type": "uint32",
     "id": 3
    },
    "data": {
     "rule": "required",
     "type": "uint64",
     "id": 4
    },
    "dev": {
     "type": "uint32",
     "id": 5
    },
    "inode": {
     "type": "uint64",
     "id": 6
    },
    "pos": {
     "type": "uint64",
     "id": 7
    }
   }
  },
  "eventpoll_file_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "flags": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "fown": {
     "rule": "required",
     "type": "fown_entry",
     "id": 3
    },
    "tfd": {
     "rule": "repeated",
     "type": "eventpoll_tfd_entry",
     "id": 4
    }
   }
  },
  "signalfd_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "flags": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "fown": {
     "rule": "required",
     "type": "fown_entry",
     "id": 3
    },
    "sigmask": {
     "rule": "required",
     "type": "uint64",
     "id": 4
    }
   }
  },
  "timerfd_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "flags": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "fown": {
     "rule": "required",
     "type": "fown_entry",
     "id": 3
    },
    "clockid": {
     "rule": "required",
     "type": "uint32",
     "id": 4
    },
    "ticks": {
     "rule": "required",
     "type": "uint64",
     "id": 5
    },
    "settime_flags": {
     "rule": "required",
     "type": "uint32",
     "id": 6
    },
    "vsec": {
     "rule": "required",
     "type": "uint64",
     "id": 7
    },
    "vnsec": {
     "rule": "required",
     "type": "uint64",
     "id": 8
    },
    "isec": {
     "rule": "required",
     "type": "uint64",
     "id": 9
    },
    "insec": {
     "rule": "required",
     "type": "uint64",
     "id": 10
    }
   }
  },
  "fh_entry": {
   "edition": "proto2",
   "fields": {
    "bytes": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "type": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "handle": {
     "rule": "repeated",
     "type": "uint64",
     "id": 3
    },
    "path": {
     "type": "string",
     "id": 4
    },
    "mnt_id": {
     "type": "uint32",
     "id": 5
    }
   }
  },
  "inotify_wd_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "i_ino": {
     "rule": "required",
     "type": "uint64",
     "id": 2
    },
    "mask": {
     "rule": "required",
     "type": "uint32",
     "id": 3
    },
    "ignored_mask": {
     "rule": "required",
     "type": "uint32",
     "id": 4
    },
    "s_dev": {
     "rule": "required",
     "type": "uint32",
     "id": 5
    },
    "wd": {
     "rule": "required",
     "type": "uint32",
     "id": 6
    },
    "f_handle": {
     "rule": "required",
     "type": "fh_entry",
     "id": 7
    }
   }
  },
  "inotify_file_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "flags": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "fown": {
     "rule": "required",
     "type": "fown_entry",
     "id": 4
    },
    "wd": {
     "rule": "repeated",
     "type": "inotify_wd_entry",
     "id": 5
    }
   }
  },
  "mark_type": {
   "edition": "proto2",
   "values": {
    "INODE": 1,
    "MOUNT": 2
   }
  },
  "fanotify_inode_mark_entry": {
   "edition": "proto2",
   "fields": {
    "i_ino": {
     "rule": "required",
     "type": "uint64",
     "id": 1
    },
    "f_handle": {
     "rule": "required",
     "type": "fh_entry",
     "id": 2
    }
   }
  },
  "fanotify_mount_mark_entry": {
   "edition": "proto2",
   "fields": {
    "mnt_id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "path": {
     "type": "string",
     "id": 2
    }
   }
  },
  "fanotify_mark_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "type": {
     "rule": "required",
     "type": "mark_type",
     "id": 2
    },
    "mflags": {
     "rule": "required",
     "type": "uint32",
     "id": 3
    },
    "mask": {
     "rule": "required",
     "type": "uint32",
     "id": 4
    },
    "ignored_mask": {
     "rule": "required",
     "type": "uint32",
     "id": 5
    },
    "s_dev": {
     "rule": "required",
     "type": "uint32",
     "id": 6
    },
    "ie": {
     "type": "fanotify_inode_mark_entry",
     "id": 7
    },
    "me": {
     "type": "fanotify_mount_mark_entry",
     "id": 8
    }
   }
  },
  "fanotify_file_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "flags": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "fown": {
     "rule": "required",
     "type": "fown_entry",
     "id": 3
    },
    "faflags": {
     "rule": "required",
     "type": "uint32",
     "id": 4
    },
    "evflags": {
     "rule": "required",
     "type": "uint32",
     "id": 5
    },
    "mark": {
     "rule": "repeated",
     "type": "fanotify_mark_entry",
     "id": 6
    }
   }
  },
  "pidfd_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "ino": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "flags": {
     "rule": "required",
     "type": "uint32",
     "id": 3
    },
    "nspid": {
     "rule": "required",
     "type": "int32",
     "id": 4
    },
    "fown": {
     "rule": "required",
     "type": "fown_entry",
     "id": 5
    }
   }
  },
  "ext_file_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "fown": {
     "rule": "required",
     "type": "fown_entry",
     "id": 5
    }
   }
  },
  "fown_entry": {
   "edition": "proto2",
   "fields": {
    "uid": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "euid": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "signum": {
     "rule": "required",
     "type": "uint32",
     "id": 3
    },
    "pid_type": {
     "rule": "required",
     "type": "uint32",
     "id": 4
    },
    "pid": {
     "rule": "required",
     "type": "uint32",
     "id": 5
    }
   }
  },
  "task_kobj_ids_entry": {
   "edition": "proto2",
   "fields": {
    "vm_id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "files_id": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "fs_id": {
     "rule": "required",
     "type": "uint32",
     "id": 3
    },
    "sighand_id": {
     "rule": "required",
     "type": "uint32",
     "id": 4
    },
    "pid_ns_id": {
     "type": "uint32",
     "id": 5
    },
    "net_ns_id": {
     "type": "uint32",
     "id": 6
    },
    "ipc_ns_id": {
     "type": "uint32",
     "id": 7
    },
    "uts_ns_id": {
     "type": "uint32",
     "id": 8
    },
    "mnt_ns_id": {
     "type": "uint32",
     "id": 9
    },
    "user_ns_id": {
     "type": "uint32",
     "id": 10
    },
    "cgroup_ns_id": {
     "type": "uint32",
     "id": 11
    },
    "time_ns_id": {
     "type": "uint32",
     "id": 12
    }
   }
  },
  "task_core_entry": {
   "edition": "proto2",
   "fields": {
    "task_state": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "exit_code": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "personality": {
     "rule": "required",
     "type": "uint32",
     "id": 3
    },
    "flags": {
     "rule": "required",
     "type": "uint32",
     "id": 4
    },
    "blk_sigset": {
     "rule": "required",
     "type": "uint64",
     "id": 5
    },
    "comm": {
     "rule": "required",
     "type": "string",
     "id": 6
    },
    "cg_set": {
     "type": "uint32",
     "id": 9
    },
    "loginuid": {
     "type": "uint32",
     "id": 13
    },
    "oom_score_adj": {
     "type": "int32",
     "id": 14
    },
    "child_subreaper": {
     "type": "bool",
     "id": 18
    },
    "blk_sigset_extended": {
     "type": "uint64",
     "id": 20
    }
   }
  },
  "thread_core_entry": {
   "edition": "proto2",
   "fields": {
    "futex_rla": {
     "rule": "required",
     "type": "uint64",
     "id": 1
    },
    "futex_rla_len": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "sched_nice": {
     "type": "sint32",
     "id": 3
    },
    "sched_policy": {
     "type": "uint32",
     "id": 4
    },
    "sched_prio": {
     "type": "uint32",
     "id": 5
    },
    "blk_sigset": {
     "type": "uint64",
     "id": 6
    },
    "pdeath_sig": {
     "type": "uint32",
     "id": 8
    },
    "comm": {
     "type": "string",
     "id": 13
    }
   }
  },
  "core_entry": {
   "edition": "proto2",
   "fields": {
    "mtype": {
     "rule": "required",
     "type": "march",
     "id": 1
    },
    "tc": {
     "type": "task_core_entry",
     "id": 3
    },
    "ids": {
     "type": "task_kobj_ids_entry",
     "id": 4
    },
    "thread_core": {
     "type": "thread_core_entry",
     "id": 5
    }
   },
   "nested": {
    "march": {
     "values": {
      "UNKNOWN": 0,
      "X86_64": 1,
      "ARM": 2,
      "AARCH64": 3,
      "PPC64": 4,
      "S390": 5,
      "MIPS": 6,
      "LOONGARCH64": 7,
      "RISCV64": 8
     }
    }
   }
  },
  "fd_types": {
   "edition": "proto2",
   "values": {
    "UND": 0,
    "REG": 1,
    "PIPE": 2,
    "FIFO": 3,
    "INETSK": 4,
    "UNIXSK": 5,
    "EVENTFD": 6,
    "EVENTPOLL": 7,
    "INOTIFY": 8,
    "SIGNALFD": 9,
    "PACKETSK": 10,
    "TTY": 11,
    "FANOTIFY": 12,
    "NETLINKSK": 13,
    "NS": 14,
    "TUNF": 15,
    "EXT": 16,
    "TIMERFD": 17,
    "MEMFD": 18,
    "BPFMAP": 19,
    "PIDFD": 20,
    "CTL_TTY": 65534,
    "AUTOFS_PIPE": 65535
   }
  },
  "fdinfo_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "flags": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "type": {
     "rule": "required",
     "type": "fd_types",
     "id": 3
    },
    "fd": {
     "rule": "required",
     "type": "uint32",
     "id": 4
    },
    "xattr_security_selinux": {
     "type": "string",
     "id": 5
    }
   }
  },
  "file_entry": {
   "edition": "proto2",
   "fields": {
    "type": {
     "rule": "required",
     "type": "fd_types",
     "id": 1
    },
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "reg": {
     "type": "reg_file_entry",
     "id": 3
    },
    "isk": {
     "type": "inet_sk_entry",
     "id": 4
    },
    "nsf": {
     "type": "ns_file_entry",
     "id": 5
    },
    "psk": {
     "type": "packet_sock_entry",
     "id": 6
    },
    "nlsk": {
     "type": "netlink_sk_entry",
     "id": 7
    },
    "efd": {
     "type": "eventfd_file_entry",
     "id": 8
    },
    "epfd": {
     "type": "eventpoll_file_entry",
     "id": 9
    },
    "sgfd": {
     "type": "signalfd_entry",
     "id": 10
    },
    "tunf": {
     "type": "tunfile_entry",
     "id": 11
    },
    "tfd": {
     "type": "timerfd_entry",
     "id": 12
    },
    "ify": {
     "type": "inotify_file_entry",
     "id": 13
    },
    "ffy": {
     "type": "fanotify_file_entry",
     "id": 14
    },
    "ext": {
     "type": "ext_file_entry",
     "id": 15
    },
    "usk": {
     "type": "unix_sk_entry",
     "id": 16
    },
    "fifo": {
     "type": "fifo_entry",
     "id": 17
    },
    "pipe": {
     "type": "pipe_entry",
     "id": 18
    },
    "tty": {
     "type": "tty_file_entry",
     "id": 19
    },
    "memfd": {
     "type": "memfd_file_entry",
     "id": 20
    },
    "bpf": {
     "type": "bpfmap_file_entry",
     "id": 21
    },
    "pidfd": {
     "type": "pidfd_entry",
     "id": 22
    }
   }
  },
  "reg_file_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "flags": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "pos": {
     "rule": "required",
     "type": "uint64",
     "id": 3
    },
    "fown": {
     "rule": "required",
     "type": "fown_entry",
     "id": 5
    },
    "name": {
     "rule": "required",
     "type": "string",
     "id": 6
    },
    "mnt_id": {
     "type": "sint32",
     "id": 7,
     "options": {
      "default": -1
     }
    },
    "size": {
     "type": "uint64",
     "id": 8
    },
    "ext": {
     "type": "bool",
     "id": 9
    },
    "mode": {
     "type": "uint32",
     "id": 10
    },
    "build_id": {
     "rule": "repeated",
     "type": "uint32",
     "id": 11
    },
    "checksum": {
     "type": "uint32",
     "id": 12
    },
    "checksum_config": {
     "type": "uint32",
     "id": 13
    },
    "checksum_parameter": {
     "type": "uint32",
     "id": 14
    }
   }
  },
  "remap_type": {
   "edition": "proto2",
   "values": {
    "LINKED": 0,
    "GHOST": 1,
    "PROCFS": 2
   }
  },
  "remap_file_path_entry": {
   "edition": "proto2",
   "fields": {
    "orig_id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "remap_id": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "remap_type": {
     "type": "remap_type",
     "id": 3
    }
   }
  },
  "pipe_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "pipe_id": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "flags": {
     "rule": "required",
     "type": "uint32",
     "id": 3
    },
    "fown": {
     "rule": "required",
     "type": "fown_entry",
     "id": 4
    }
   }
  },
  "fifo_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "pipe_id": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "regf_id": {
     "type": "uint32",
     "id": 3
    }
   }
  },
  "pipe_data_entry": {
   "edition": "proto2",
   "fields": {
    "pipe_id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "bytes": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "size": {
     "type": "uint32",
     "id": 3
    }
   }
  },
  "file_perms_entry": {
   "edition": "proto2",
   "fields": {
    "mode": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "uid": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "gid": {
     "rule": "required",
     "type": "uint32",
     "id": 3
    }
   }
  },
  "unix_sk_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "ino": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "type": {
     "rule": "required",
     "type": "uint32",
     "id": 3
    },
    "state": {
     "rule": "required",
     "type": "uint32",
     "id": 4
    },
    "flags": {
     "rule": "required",
     "type": "uint32",
     "id": 5
    },
    "uflags": {
     "rule": "required",
     "type": "uint32",
     "id": 6
    },
    "backlog": {
     "rule": "required",
     "type": "uint32",
     "id": 7
    },
    "peer": {
     "rule": "required",
     "type": "uint32",
     "id": 8
    },
    "fown": {
     "rule": "required",
     "type": "fown_entry",
     "id": 9
    },
    "opts": {
     "rule": "required",
     "type": "sk_opts_entry",
     "id": 10
    },
    "name": {
     "rule": "required",
     "type": "bytes",
     "id": 11
    },
    "shutdown": {
     "type": "sk_shutdown",
     "id": 12
    },
    "file_perms": {
     "type": "file_perms_entry",
     "id": 13
    },
    "name_dir": {
     "type": "string",
     "id": 14
    },
    "deleted": {
     "type": "bool",
     "id": 15
    },
    "ns_id": {
     "type": "uint32",
     "id": 16
    },
    "mnt_id": {
     "type": "sint32",
     "id": 17,
     "options": {
      "default": -1
     }
    }
   }
  },
  "sk_shutdown": {
   "edition": "proto2",
   "values": {
    "NONE": 0,
    "READ": 1,
    "WRITE": 2,
    "BOTH": 3
   }
  },
  "sk_opts_entry": {
   "edition": "proto2",
   "fields": {
    "so_sndbuf": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "so_rcvbuf": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "so_snd_tmo_sec": {
     "rule": "required",
     "type": "uint64",
     "id": 3
    },
    "so_snd_tmo_usec": {
     "rule": "required",
     "type": "uint64",
     "id": 4
    },
    "so_rcv_tmo_sec": {
     "rule": "required",
     "type": "uint64",
     "id": 5
    },
    "so_rcv_tmo_usec": {
     "rule": "required",
     "type": "uint64",
     "id": 6
    },
    "reuseaddr": {
     "type": "bool",
     "id": 7
    },
    "so_priority": {
     "type": "uint32",
     "id": 8
    },
    "so_rcvlowat": {
     "type": "uint32",
     "id": 9
    },
    "so_mark": {
     "type": "uint32",
     "id": 10
    },
    "so_passcred": {
     "type": "bool",
     "id": 11
    },
    "so_passsec": {
     "type": "bool",
     "id": 12
    },
    "so_dontroute": {
     "type": "bool",
     "id": 13
    },
    "so_no_check": {
     "type": "bool",
     "id": 14
    },
    "so_bound_dev": {
     "type": "string",
     "id": 15
    },
    "so_filter": {
     "rule": "repeated",
     "type": "fixed64",
     "id": 16
    },
    "so_reuseport": {
     "type": "bool",
     "id": 17
    },
    "so_broadcast": {
     "type": "bool",
     "id": 18
    },
    "so_keepalive": {
     "type": "bool",
     "id": 19
    },
    "tcp_keepcnt": {
     "type": "uint32",
     "id": 20
    },
    "tcp_keepidle": {
     "type": "uint32",
     "id": 21
    },
    "tcp_keepintvl": {
     "type": "uint32",
     "id": 22
    },
    "so_oobinline": {
     "type": "uint32",
     "id": 23
    },
    "so_linger": {
     "type": "uint32",
     "id": 24
    },
    "so_buf_lock": {
     "type": "uint32",
     "id": 25
    }
   }
  },
  "ip_opts_raw_entry": {
   "edition": "proto2",
   "fields": {
    "hdrincl": {
     "type": "bool",
     "id": 1
    },
    "nodefrag": {
     "type": "bool",
     "id": 2
    },
    "checksum": {
     "type": "bool",
     "id": 3
    },
    "icmpv_filter": {
     "rule": "repeated",
     "type": "uint32",
     "id": 4
    }
   }
  },
  "ip_opts_entry": {
   "edition": "proto2",
   "fields": {
    "freebind": {
     "type": "bool",
     "id": 1
    },
    "raw": {
     "type": "ip_opts_raw_entry",
     "id": 4
    }
   }
  },
  "inet_sk_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "ino": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "family": {
     "rule": "required",
     "type": "uint32",
     "id": 3
    },
    "type": {
     "rule": "required",
     "type": "uint32",
     "id": 4
    },
    "proto": {
     "rule": "required",
     "type": "uint32",
     "id": 5
    },
    "state": {
     "rule": "required",
     "type": "uint32",
     "id": 6
    },
    "src_port": {
     "rule": "required",
     "type": "uint32",
     "id": 7
    },
    "dst_port": {
     "rule": "required",
     "type": "uint32",
     "id": 8
    },
    "flags": {
     "rule": "required",
     "type": "uint32",
     "id": 9
    },
    "backlog": {
     "rule": "required",
     "type": "uint32",
     "id": 10
    },
    "src_addr": {
     "rule": "repeated",
     "type": "uint32",
     "id": 11
    },
    "dst_addr": {
     "rule": "repeated",
     "type": "uint32",
     "id": 12
    },
    "fown": {
     "rule": "required",
     "type": "fown_entry",
     "id": 13
    },
    "opts": {
     "rule": "required",
     "type": "sk_opts_entry",
     "id": 14
    },
    "v6only": {
     "type": "bool",
     "id": 15
    },
    "ip_opts": {
     "type": "ip_opts_entry",
     "id": 16
    },
    "ifname": {
     "type": "string",
     "id": 17
    },
    "ns_id": {
     "type": "uint32",
     "id": 18
    },
    "shutdown": {
     "type": "sk_shutdown",
     "id": 19
    }
   }
  },
  "packet_mclist": {
   "edition": "proto2",
   "fields": {
    "index": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "type": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "addr": {
     "rule": "required",
     "type": "bytes",
     "id": 3
    }
   }
  },
  "packet_ring": {
   "edition": "proto2",
   "fields": {
    "block_size": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "block_nr": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "frame_size": {
     "rule": "required",
     "type": "uint32",
     "id": 3
    },
    "frame_nr": {
     "rule": "required",
     "type": "uint32",
     "id": 4
    },
    "retire_tmo": {
     "rule": "required",
     "type": "uint32",
     "id": 5
    },
    "sizeof_priv": {
     "rule": "required",
     "type": "uint32",
     "id": 6
    },
    "features": {
     "rule": "required",
     "type": "uint32",
     "id": 7
    }
   }
  },
  "packet_sock_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "type": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "protocol": {
     "rule": "required",
     "type": "uint32",
     "id": 3
    },
    "flags": {
     "rule": "required",
     "type": "uint32",
     "id": 4
    },
    "ifindex": {
     "rule": "required",
     "type": "uint32",
     "id": 5
    },
    "fown": {
     "rule": "required",
     "type": "fown_entry",
     "id": 6
    },
    "opts": {
     "rule": "required",
     "type": "sk_opts_entry",
     "id": 7
    },
    "version": {
     "rule": "required",
     "type": "uint32",
     "id": 8
    },
    "reserve": {
     "rule": "required",
     "type": "uint32",
     "id": 9
    },
    "aux_data": {
     "rule": "required",
     "type": "bool",
     "id": 10
    },
    "orig_dev": {
     "rule": "required",
     "type": "bool",
     "id": 11
    },
    "vnet_hdr": {
     "rule": "required",
     "type": "bool",
     "id": 12
    },
    "loss": {
     "rule": "required",
     "type": "bool",
     "id": 13
    },
    "timestamp": {
     "rule": "required",
     "type": "uint32",
     "id": 14
    },
    "copy_thresh": {
     "rule": "required",
     "type": "uint32",
     "id": 15
    },
    "mclist": {
     "rule": "repeated",
     "type": "packet_mclist",
     "id": 16
    },
    "fanout": {
     "type": "uint32",
     "id": 17,
     "options": {
      "default": 4294967295
     }
    },
    "rx_ring": {
     "type": "packet_ring",
     "id": 18
    },
    "tx_ring": {
     "type": "packet_ring",
     "id": 19
    },
    "ns_id": {
     "type": "uint32",
     "id": 20
    }
   }
  },
  "netlink_sk_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "ino": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "protocol": {
     "rule": "required",
     "type": "uint32",
     "id": 3
    },
    "state": {
     "rule": "required",
     "type": "uint32",
     "id": 4
    },
    "flags": {
     "rule": "required",
     "type": "uint32",
     "id": 6
    },
    "portid": {
     "rule": "required",
     "type": "uint32",
     "id": 7
    },
    "groups": {
     "rule": "repeated",
     "type": "uint32",
     "id": 8
    },
    "dst_portid": {
     "rule": "required",
     "type": "uint32",
     "id": 9
    },
    "dst_group": {
     "rule": "required",
     "type": "uint32",
     "id": 10
    },
    "fown": {
     "rule": "required",
     "type": "fown_entry",
     "id": 11
    },
    "opts": {
     "rule": "required",
     "type": "sk_opts_entry",
     "id": 12
    },
    "ns_id": {
     "type": "uint32",
     "id": 13
    }
   }
  },
  "tty_file_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "tty_info_id": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "flags": {
     "rule": "required",
     "type": "uint32",
     "id": 3
    },
    "fown": {
     "rule": "required",
     "type": "fown_entry",
     "id": 4
    },
    "regf_id": {
     "type": "uint32",
     "id": 6
    }
   }
  },
  "memfd_file_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "flags": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "pos": {
     "rule": "required",
     "type": "uint64",
     "id": 3
    },
    "fown": {
     "rule": "required",
     "type": "fown_entry",
     "id": 4
    },
    "inode_id": {
     "rule": "required",
     "type": "uint32",
     "id": 5
    }
   }
  },
  "memfd_inode_entry": {
   "edition": "proto2",
   "fields": {
    "name": {
     "rule": "required",
     "type": "string",
     "id": 1
    },
    "uid": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "gid": {
     "rule": "required",
     "type": "uint32",
     "id": 3
    },
    "size": {
     "rule": "required",
     "type": "uint64",
     "id": 4
    },
    "shmid": {
     "rule": "required",
     "type": "uint32",
     "id": 5
    },
    "seals": {
     "rule": "required",
     "type": "uint32",
     "id": 6
    },
    "inode_id": {
     "rule": "required",
     "type": "uint64",
     "id": 7
    },
    "hugetlb_flag": {
     "type": "uint32",
     "id": 8
    },
    "mode": {
     "type": "uint32",
     "id": 9
    }
   }
  },
  "ns_file_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "ns_id": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "ns_cflag": {
     "rule": "required",
     "type": "uint32",
     "id": 3
    },
    "flags": {
     "rule": "required",
     "type": "uint32",
     "id": 4
    }
   }
  },
  "tunfile_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "netdev": {
     "type": "string",
     "id": 2
    },
    "detached": {
     "type": "bool",
     "id": 3
    },
    "ns_id": {
     "type": "uint32",
     "id": 4
    }
   }
  },
  "bpfmap_file_entry": {
   "edition": "proto2",
   "fields": {
    "id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "flags": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "pos": {
     "rule": "required",
     "type": "uint64",
     "id": 3
    },
    "fown": {
     "rule": "required",
     "type": "fown_entry",
     "id": 4
    },
    "map_type": {
     "rule": "required",
     "type": "uint32",
     "id": 5
    },
    "key_size": {
     "rule": "required",
     "type": "uint32",
     "id": 6
    },
    "value_size": {
     "rule": "required",
     "type": "uint32",
     "id": 7
    },
    "map_id": {
     "rule": "required",
     "type": "uint32",
     "id": 8
    },
    "max_entries": {
     "rule": "required",
     "type": "uint32",
     "id": 9
    },
    "map_flags": {
     "rule": "required",
     "type": "uint32",
     "id": 10
    },
    "memlock": {
     "rule": "required",
     "type": "uint64",
     "id": 11
    },
    "frozen": {
     "rule": "required",
     "type": "bool",
     "id": 12,
     "options": {
      "default": false
     }
    },
    "map_name": {
     "rule": "required",
     "type": "string",
     "id": 13
    },
    "ifindex": {
     "rule": "required",
     "type": "uint32",
     "id": 14,
     "options": {
      "default": 0
     }
    },
    "mnt_id": {
     "type": "sint32",
     "id": 15,
     "options": {
      "default": -1
     }
    },
    "map_extra": {
     "type": "uint64",
     "id": 16
    }
   }
  },
  "fs_entry": {
   "edition": "proto2",
   "fields": {
    "cwd_id": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "root_id": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "umask": {
     "type": "uint32",
     "id": 3
    }
   }
  },
  "lsmtype": {
   "edition": "proto2",
   "values": {
    "NO_LSM": 0,
    "SELINUX": 1,
    "APPARMOR": 2
   }
  },
  "plugins_entry": {
   "edition": "proto2",
   "fields": {}
  },
  "inventory_entry": {
   "edition": "proto2",
   "fields": {
    "img_version": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "fdinfo_per_id": {
     "type": "bool",
     "id": 2
    },
    "root_ids": {
     "type": "task_kobj_ids_entry",
     "id": 3
    },
    "ns_per_id": {
     "type": "bool",
     "id": 4
    },
    "root_cg_set": {
     "type": "uint32",
     "id": 5
    },
    "lsmtype": {
     "type": "lsmtype",
     "id": 6
    },
    "dump_uptime": {
     "type": "uint64",
     "id": 8
    },
    "pre_dump_mode": {
     "type": "uint32",
     "id": 9
    },
    "tcp_close": {
     "type": "bool",
     "id": 10
    },
    "network_lock_method": {
     "type": "uint32",
     "id": 11
    },
    "plugins_entry": {
     "type": "plugins_entry",
     "id": 12
    },
    "dump_criu_run_id": {
     "type": "string",
     "id": 13
    },
    "allow_uprobes": {
     "type": "bool",
     "id": 14
    }
   }
  },
  "mm_entry": {
   "edition": "proto2",
   "fields": {
    "mm_start_code": {
     "rule": "required",
     "type": "uint64",
     "id": 1
    },
    "mm_end_code": {
     "rule": "required",
     "type": "uint64",
     "id": 2
    },
    "mm_start_data": {
     "rule": "required",
     "type": "uint64",
     "id": 3
    },
    "mm_end_data": {
     "rule": "required",
     "type": "uint64",
     "id": 4
    },
    "mm_start_stack": {
     "rule": "required",
     "type": "uint64",
     "id": 5
    },
    "mm_start_brk": {
     "rule": "required",
     "type": "uint64",
     "id": 6
    },
    "mm_brk": {
     "rule": "required",
     "type": "uint64",
     "id": 7
    },
    "mm_arg_start": {
     "rule": "required",
     "type": "uint64",
     "id": 8
    },
    "mm_arg_end": {
     "rule": "required",
     "type": "uint64",
     "id": 9
    },
    "mm_env_start": {
     "rule": "required",
     "type": "uint64",
     "id": 10
    },
    "mm_env_end": {
     "rule": "required",
     "type": "uint64",
     "id": 11
    },
    "exe_file_id": {
     "rule": "required",
     "type": "uint32",
     "id": 12
    },
    "dumpable": {
     "type": "int32",
     "id": 15
    },
    "thp_disabled": {
     "type": "bool",
     "id": 17
    }
   }
  },
  "pstree_entry": {
   "edition": "proto2",
   "fields": {
    "pid": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "ppid": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "pgid": {
     "rule": "required",
     "type": "uint32",
     "id": 3
    },
    "sid": {
     "rule": "required",
     "type": "uint32",
     "id": 4
    },
    "threads": {
     "rule": "repeated",
     "type": "uint32",
     "id": 5
    }
   }
  },
  "scm_entry": {
   "edition": "proto2",
   "fields": {
    "type": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "rights": {
     "rule": "repeated",
     "type": "uint32",
     "id": 2
    }
   }
  },
  "sk_packet_entry": {
   "edition": "proto2",
   "fields": {
    "id_for": {
     "rule": "required",
     "type": "uint32",
     "id": 1
    },
    "length": {
     "rule": "required",
     "type": "uint32",
     "id": 2
    },
    "scm": {
     "rule": "repeated",
     "type": "scm_entry",
     "id": 4
    }
   }
  }
 }
};
