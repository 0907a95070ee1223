// open(2) flag values (x86_64 Linux), shared by every package that reads or writes them.

/** Mask of the access mode bits. */
export const O_ACCMODE = 0o3;
/** Read only. */
export const O_RDONLY = 0o0;
/** Write only. */
export const O_WRONLY = 0o1;
/** Read and write. */
export const O_RDWR = 0o2;
/** Append. */
export const O_APPEND = 0o2000;
/** Non-blocking. */
export const O_NONBLOCK = 0o4000;
/** Direct I/O; on a pipe, packet mode. */
export const O_DIRECT = 0o40000;
/** Large-file offsets: the kernel sets it on every open of a 64-bit process. */
export const O_LARGEFILE = 0o100000;
/** Must be a directory. */
export const O_DIRECTORY = 0o200000;
/** Close on exec: a per-fd flag that fdinfo folds into the description's flags. */
export const O_CLOEXEC = 0o2000000;
/** Do not follow a final symlink (with O_PATH: an fd on the symlink itself). */
export const O_NOFOLLOW = 0o400000;
/** A path-only fd: no read or write, just a place in the tree. */
export const O_PATH = 0o10000000;
