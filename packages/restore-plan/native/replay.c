/*
 * fdlens replay executor: builds the process tree a restore plan describes, on this kernel.
 * Node can neither fork nor pass fds, so this small program does it. Input: the program file
 * written by replay-plan.ts (one op per line, see program.ts). Output on stdout: the root pids on
 * the first line, then "map <plan pid> <real pid>" per process, then "ready". The tree stays
 * until SIGTERM, SIGINT or EOF on stdin; then every process it made is killed and reaped.
 *
 * fd layout in every process: the plan's fds (0 .. maxFd); then service fds at svc_base: per
 * process a datagram socket pair (receive end, send end) for SCM_RIGHTS messages, the launcher's
 * pair, and the write end of the "done" pipe; then the stash, where messages that arrive before
 * the op that wants them wait. A process closes every service fd when it has finished, and the
 * launcher sees EOF on the done pipe only when all processes have: only then does it say ready,
 * so a scan after "ready" sees exactly the plan's fds.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/timerfd.h>
#include <sys/types.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

enum { K_FD = 1, K_DONE = 2, K_READY = 3, K_ERROR = 4 };

struct msg {
	int32_t kind;
	int32_t id;   /* message id (K_FD) or process index (K_DONE, K_READY, K_ERROR) */
	int32_t pid;  /* real pid (K_READY) */
	char text[200];
};

struct op {
	char code;
	long a[8];
	char *str;
};

struct proc {
	int pid;      /* plan pid */
	int parent;   /* index, -1 for roots */
	int origin;   /* 0 root, 1 fork, 2 clone-files */
	int threads;
	char comm[16];
	int nops;
	struct op *ops;
};

static struct proc *procs;
static int nprocs;
static int svc_base, stash_base;
static int me = -1;          /* index of the running process; -1 in the launcher */
static int done_pipe[2];

/* Messages that arrived before the op that wants them. */
struct stashed {
	int id, fd, kind;
};
static struct stashed *stash;
static int nstash, capstash;

/* Per process: fd messages (rx, tx) and, apart, "my ops are done" notes for a waiting parent
 * (drx, dtx): a parent waiting on a clone(CLONE_FILES) child must not take fds into the table
 * the child is working on. */
static int rx_fd(int i) { return svc_base + 4 * i; }
static int tx_fd(int i) { return svc_base + 4 * i + 1; }
static int drx_fd(int i) { return svc_base + 4 * i + 2; }
static int dtx_fd(int i) { return svc_base + 4 * i + 3; }
static int launcher_rx(void) { return svc_base + 4 * nprocs; }
static int launcher_tx(void) { return svc_base + 4 * nprocs + 1; }
static int done_fd(void) { return svc_base + 4 * nprocs + 2; }

static void die(int step, const char *fmt, ...)
{
	struct msg m = { .kind = K_ERROR, .id = me, .pid = step };
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(m.text, sizeof m.text, fmt, ap);
	va_end(ap);
	if (me < 0) {
		fprintf(stderr, "fdlens-replay: %s\n", m.text);
		exit(2);
	}
	send(launcher_tx(), &m, sizeof m, 0);
	_exit(1);
}

/* ---- program parsing ------------------------------------------------------------------- */

static char *unhex(const char *h)
{
	size_t n = strlen(h) / 2;
	char *s = malloc(n + 1);
	for (size_t i = 0; i < n; i++) {
		unsigned v;
		sscanf(h + 2 * i, "%2x", &v);
		s[i] = (char)v;
	}
	s[n] = 0;
	return s;
}

static void parse(const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f) die(-1, "cannot open program %s: %s", path, strerror(errno));
	char *line = NULL;
	size_t cap = 0;
	int cur = -1, k = 0;
	while (getline(&line, &cap, f) > 0) {
		char *nl = strchr(line, '\n');
		if (nl) *nl = 0;
		if (!strncmp(line, "procs ", 6)) {
			if (sscanf(line + 6, "%d %d", &nprocs, &svc_base) != 2) die(-1, "bad line: %s", line);
			procs = calloc(nprocs, sizeof *procs);
		} else if (!strncmp(line, "proc ", 5)) {
			int idx, pid, parent, origin, threads, nops;
			char comm[64] = "";
			if (sscanf(line + 5, "%d %d %d %d %d %d %63s", &idx, &pid, &parent, &origin, &threads, &nops, comm) < 6) die(-1, "bad line: %s", line);
			struct proc *p = &procs[idx];
			p->pid = pid, p->parent = parent, p->origin = origin, p->threads = threads, p->nops = nops;
			char *c = unhex(strcmp(comm, "-") ? comm : "");
			snprintf(p->comm, sizeof p->comm, "%s", c);
			free(c);
			p->ops = calloc(nops ? nops : 1, sizeof *p->ops);
			cur = idx, k = 0;
		} else if (line[0] && line[1] == ' ' && cur >= 0) {
			struct op *o = &procs[cur].ops[k++];
			char str[8192] = "";
			o->code = line[0];
			int n = sscanf(line + 2, "%ld %ld %ld %ld %ld %ld %ld %ld", &o->a[0], &o->a[1], &o->a[2], &o->a[3], &o->a[4], &o->a[5], &o->a[6], &o->a[7]);
			(void)n;
			/* A string operand, when there is one, is the last field, hex-encoded after '|'. */
			char *bar = strchr(line, '|');
			if (bar) {
				snprintf(str, sizeof str, "%s", bar + 1);
				o->str = unhex(str);
			}
		}
	}
	free(line);
	fclose(f);
	stash_base = done_fd() + 1;
}

/* ---- messages -------------------------------------------------------------------------- */

static int stash_take(int kind, int id)
{
	for (int i = 0; i < nstash; i++) {
		if (stash[i].kind == kind && stash[i].id == id) {
			int fd = stash[i].fd;
			stash[i] = stash[--nstash];
			return fd;
		}
	}
	return -2;
}

static void stash_put(int kind, int id, int fd)
{
	if (nstash == capstash) {
		capstash = capstash ? 2 * capstash : 16;
		stash = realloc(stash, capstash * sizeof *stash);
	}
	stash[nstash++] = (struct stashed){ .id = id, .fd = fd, .kind = kind };
}

/* Receive one message on this process's socket; returns 0 when none is waiting (nonblocking). */
static int receive_one(int step, int flags)
{
	struct msg m;
	char cbuf[CMSG_SPACE(sizeof(int))];
	struct iovec iov = { .iov_base = &m, .iov_len = sizeof m };
	struct msghdr h = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = cbuf, .msg_controllen = sizeof cbuf };
	ssize_t n;
	do n = recvmsg(rx_fd(me), &h, flags | MSG_CMSG_CLOEXEC);
	while (n < 0 && errno == EINTR);
	if (n < 0 && errno == EAGAIN) return 0;
	if (n < 0) die(step, "recvmsg: %s", strerror(errno));
	int fd = -1;
	for (struct cmsghdr *c = CMSG_FIRSTHDR(&h); c; c = CMSG_NXTHDR(&h, c))
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) memcpy(&fd, CMSG_DATA(c), sizeof fd);
	if (m.kind == K_FD) {
		if (fd < 0) die(step, "message %d came without its fd", m.id);
		/* Park it in the stash: the number the kernel chose may be one the plan needs. */
		int parked = fcntl(fd, F_DUPFD_CLOEXEC, stash_base);
		if (parked < 0) die(step, "stash fd: %s", strerror(errno));
		close(fd);
		stash_put(K_FD, m.id, parked);
	} else {
		stash_put(m.kind, m.id, -1);
	}
	return 1;
}

static int recv_msg(int step, int id)
{
	int fd;
	while ((fd = stash_take(K_FD, id)) == -2) receive_one(step, 0);
	return fd;
}

static void send_msg(int step, int to, struct msg *m, int fd)
{
	char cbuf[CMSG_SPACE(sizeof(int))];
	struct iovec iov = { .iov_base = m, .iov_len = sizeof *m };
	struct msghdr h = { .msg_iov = &iov, .msg_iovlen = 1 };
	if (fd >= 0) {
		memset(cbuf, 0, sizeof cbuf);
		h.msg_control = cbuf;
		h.msg_controllen = sizeof cbuf;
		struct cmsghdr *c = CMSG_FIRSTHDR(&h);
		c->cmsg_level = SOL_SOCKET;
		c->cmsg_type = SCM_RIGHTS;
		c->cmsg_len = CMSG_LEN(sizeof(int));
		memcpy(CMSG_DATA(c), &fd, sizeof fd);
	}
	for (;;) {
		if (sendmsg(tx_fd(to), &h, MSG_DONTWAIT) >= 0) return;
		if (errno == EINTR) continue;
		if (errno != EAGAIN) die(step, "sendmsg to process %d: %s", to, strerror(errno));
		/* The receiver's queue is full: drain our own meanwhile, so two senders can't lock. */
		if (me >= 0) while (receive_one(step, MSG_DONTWAIT)) {}
		struct pollfd p = { .fd = tx_fd(to), .events = POLLOUT };
		poll(&p, 1, 50);
	}
}

/* ---- ops ------------------------------------------------------------------------------- */

/* Put a freshly made fd at its plan number with its FD_CLOEXEC. */
static void place(int step, int got, int want, int cloexec)
{
	if (got == want) {
		if (fcntl(want, F_SETFD, cloexec ? FD_CLOEXEC : 0) < 0) die(step, "F_SETFD %d: %s", want, strerror(errno));
		return;
	}
	if (dup3(got, want, cloexec ? O_CLOEXEC : 0) < 0) die(step, "dup3(%d, %d): %s", got, want, strerror(errno));
	close(got);
}

/* Two fresh fds for two targets: move any that sits on the other's target out of the way first. */
static void place2(int step, int fds[2], const long want[2], const long cloexec[2])
{
	for (int i = 0; i < 2; i++) {
		if (fds[i] == want[1 - i] && fds[i] != want[i]) {
			int moved = fcntl(fds[i], F_DUPFD_CLOEXEC, stash_base);
			if (moved < 0) die(step, "F_DUPFD: %s", strerror(errno));
			close(fds[i]);
			fds[i] = moved;
		}
	}
	place(step, fds[0], want[0], cloexec[0]);
	place(step, fds[1], want[1], cloexec[1]);
}

static void setfl(int step, int fd, long flags)
{
	if (flags && fcntl(fd, F_SETFL, flags) < 0) die(step, "F_SETFL %d: %s", fd, strerror(errno));
}

static void mkparents(const char *path)
{
	char buf[PATH_MAX];
	snprintf(buf, sizeof buf, "%s", path);
	for (char *s = buf + 1; *s; s++) {
		if (*s == '/') {
			*s = 0;
			mkdir(buf, 0755);
			*s = '/';
		}
	}
}

/* open op: a[0]=fd a[1]=cloexec a[2]=flags a[3]=pos a[4]=type(0 reg 1 dir 2 fifo 3 chr 4 symlink) a[5]=create-if-missing */
static void do_open(int step, struct op *o)
{
	const char *path = o->str;
	int type = (int)o->a[4];
	/* A missing symlink cannot be made: what it pointed to is not in the plan. */
	if (o->a[5] && type != 4 && access(path, F_OK) != 0) {
		mkparents(path);
		if (type == 1) mkdir(path, 0755);
		else if (type == 2) mkfifo(path, 0644);
		else {
			int c = open(path, O_CREAT | O_WRONLY | O_CLOEXEC, 0644);
			if (c >= 0) close(c);
		}
	}
	int fake = -1;
	if (type == 2) fake = open(path, O_RDWR | O_NONBLOCK | O_CLOEXEC); /* so the real open of a FIFO can't block */
	int fd = open(path, (int)o->a[2] | O_NOCTTY | O_CLOEXEC);
	if (fd < 0) die(step, "open %s: %s", path, strerror(errno));
	if (fake >= 0) close(fake);
	if (o->a[3] && lseek(fd, o->a[3], SEEK_SET) < 0 && type == 0) die(step, "lseek %s to %ld: %s", path, o->a[3], strerror(errno));
	place(step, fd, (int)o->a[0], (int)o->a[1]);
}

static int sock_type(long t)
{
	return t == 2 ? SOCK_DGRAM : t == 5 ? SOCK_SEQPACKET : SOCK_STREAM;
}

/* create op: a[0]=kind a[1]=fd a[2]=cloexec a[3]=flags a[4]=pos a[5]=family(1 unix 2 inet 10 inet6) a[6]=socktype; str=name */
static void do_create(int step, struct op *o)
{
	int fd = -1;
	const char *name = o->str ? o->str : "fdlens";
	sigset_t none;
	switch (o->a[0]) {
	case 0: fd = eventfd(0, EFD_CLOEXEC); break;
	case 1: fd = epoll_create1(EPOLL_CLOEXEC); break;
	case 2: sigemptyset(&none); fd = signalfd(-1, &none, SFD_CLOEXEC); break;
	case 3: fd = timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC); break;
	case 4: fd = inotify_init1(IN_CLOEXEC); break;
	case 5: /* memfd */
	case 7: /* stand-in: an empty memfd whose name says what it replaces */
		fd = memfd_create(name, MFD_CLOEXEC);
		break;
	case 6: fd = socket(o->a[5] == 1 ? AF_UNIX : (int)o->a[5], sock_type(o->a[6]) | SOCK_CLOEXEC, 0); break;
	default: die(step, "unknown create kind %ld", o->a[0]);
	}
	if (fd < 0) die(step, "create kind %ld: %s", o->a[0], strerror(errno));
	if (o->a[4] && lseek(fd, o->a[4], SEEK_SET) < 0) die(step, "lseek: %s", strerror(errno));
	setfl(step, fd, o->a[3]);
	place(step, fd, (int)o->a[1], (int)o->a[2]);
}

static void run(int idx);

static int clone_child(void *arg)
{
	run((int)(intptr_t)arg);
	return 0;
}

static void do_fork(int step, int child, int share)
{
	pid_t pid;
	if (share) {
		size_t size = 1 << 20;
		char *stack = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
		if (stack == MAP_FAILED) die(step, "mmap: %s", strerror(errno));
		pid = clone(clone_child, stack + size, CLONE_FILES | SIGCHLD, (void *)(intptr_t)child);
	} else {
		pid = fork();
		if (pid == 0) run(child);
	}
	if (pid < 0) die(step, "%s: %s", share ? "clone(CLONE_FILES)" : "fork", strerror(errno));
}

static int idle_thread(void *arg)
{
	(void)arg;
	for (;;) syscall(SYS_pause);
	return 0;
}

static void start_threads(int n)
{
	for (int i = 1; i < n; i++) {
		size_t size = 64 << 10;
		char *stack = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
		if (stack == MAP_FAILED) return;
		clone(idle_thread, stack + size, CLONE_VM | CLONE_FS | CLONE_FILES | CLONE_SIGHAND | CLONE_THREAD | CLONE_SYSVSEM, NULL);
	}
}

/* The life of one process of the tree. Never returns. */
static void run(int idx)
{
	struct proc *p = &procs[idx];
	int parent = p->parent;
	me = idx;
	sigset_t all;
	sigemptyset(&all);
	sigprocmask(SIG_SETMASK, &all, NULL);
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	prctl(PR_SET_NAME, p->comm);
	if (p->origin == 0) {
		/* A root starts empty: drop the launcher's stdio and private fds, keep the service fds. */
		syscall(SYS_close_range, 0, svc_base - 1, 0);
		syscall(SYS_close_range, stash_base, ~0U, 0);
	} else if (p->origin == 1) {
		/* A forked child inherits its parent's stash: those messages are not its own. */
		syscall(SYS_close_range, stash_base, ~0U, 0);
	}
	nstash = 0; /* a clone(CLONE_FILES) child shares the parent's stash fds but not its list */
	for (int k = 0; k < p->nops; k++) {
		struct op *o = &p->ops[k];
		long *a = o->a;
		switch (o->code) {
		case 'O': do_open(k, o); break;
		case 'P': {
			int fds[2];
			if (pipe2(fds, O_CLOEXEC) < 0) die(k, "pipe: %s", strerror(errno));
			setfl(k, fds[0], a[2]);
			setfl(k, fds[1], a[5]);
			long want[2] = { a[0], a[3] }, ce[2] = { a[1], a[4] };
			place2(k, fds, want, ce);
			break;
		}
		case 'S': {
			int fds[2];
			if (socketpair(AF_UNIX, sock_type(a[0]) | SOCK_CLOEXEC, 0, fds) < 0) die(k, "socketpair: %s", strerror(errno));
			setfl(k, fds[0], a[3]);
			setfl(k, fds[1], a[6]);
			long want[2] = { a[1], a[4] }, ce[2] = { a[2], a[5] };
			place2(k, fds, want, ce);
			break;
		}
		case 'R': {
			char path[64];
			snprintf(path, sizeof path, "/proc/self/fd/%ld", a[0]);
			int fd = open(path, (int)a[3] | O_CLOEXEC);
			if (fd < 0) die(k, "reopen %s: %s", path, strerror(errno));
			place(k, fd, (int)a[1], (int)a[2]);
			break;
		}
		case 'C': do_create(k, o); break;
		case 'D':
			if (dup3((int)a[0], (int)a[1], a[2] ? O_CLOEXEC : 0) < 0) die(k, "dup3(%ld, %ld): %s", a[0], a[1], strerror(errno));
			break;
		case 'F':
			if (fcntl((int)a[0], F_SETFD, a[1] ? FD_CLOEXEC : 0) < 0) die(k, "F_SETFD %ld: %s", a[0], strerror(errno));
			break;
		case 'X':
			if (close((int)a[0]) < 0) die(k, "close %ld: %s", a[0], strerror(errno));
			break;
		case 'Y':
			if (syscall(SYS_close_range, (unsigned)a[0], (unsigned)a[1], 0) < 0) die(k, "close_range: %s", strerror(errno));
			break;
		case 'M': {
			struct msg m = { .kind = K_FD, .id = (int)a[2] };
			send_msg(k, (int)a[1], &m, (int)a[0]);
			break;
		}
		case 'V': {
			int fd = recv_msg(k, (int)a[0]);
			place(k, fd, (int)a[1], (int)a[2]);
			break;
		}
		case 'K': do_fork(k, (int)a[0], (int)a[1]); break;
		case 'W':
			while (stash_take(K_DONE, (int)a[0]) == -2) {
				struct msg m;
				ssize_t n = recv(drx_fd(me), &m, sizeof m, 0);
				if (n < 0 && errno == EINTR) continue;
				if (n != (ssize_t)sizeof m) die(k, "wait for process %ld: %s", a[0], n < 0 ? strerror(errno) : "short message");
				stash_put(K_DONE, m.id, -1);
			}
			break;
		default: die(k, "unknown op %c", o->code);
		}
	}
	struct msg ready = { .kind = K_READY, .id = idx, .pid = getpid() };
	send_msg(-1, nprocs, &ready, -1);
	if (p->origin == 2) {
		/* The parent waits for this before it touches the shared table again. */
		struct msg done = { .kind = K_DONE, .id = idx };
		if (send(dtx_fd(parent), &done, sizeof done, 0) < 0) die(-1, "notify parent: %s", strerror(errno));
	} else {
		/* The table is ours alone (sharers have finished): drop every service fd at once. */
		syscall(SYS_close_range, svc_base, ~0U, 0);
	}
	start_threads(p->threads);
	for (;;) pause();
}

/* ---- launcher -------------------------------------------------------------------------- */

static pid_t *real;
static pid_t group;

static void teardown(void)
{
	if (group > 0) kill(-group, SIGKILL);
	for (int i = 0; i < nprocs; i++) if (real && real[i] > 0) kill(real[i], SIGKILL);
	while (waitpid(-1, NULL, __WALL) > 0 || errno == EINTR) {}
}

static void raise_nofile(long need)
{
	struct rlimit r;
	getrlimit(RLIMIT_NOFILE, &r);
	if ((long)r.rlim_cur >= need) return;
	if ((long)r.rlim_max < need) r.rlim_max = need;
	r.rlim_cur = need;
	if (setrlimit(RLIMIT_NOFILE, &r) < 0) die(-1, "need %ld fds (RLIMIT_NOFILE): %s", need, strerror(errno));
}

static void at(int fd, int want)
{
	if (fd == want) return;
	if (dup3(fd, want, O_CLOEXEC) < 0) die(-1, "dup3 service fd %d: %s", want, strerror(errno));
	close(fd);
}

static double now_ns(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1e9 + t.tv_nsec;
}

/* bench:plan's yardstick: ns per dup2, per close, and per fd sent by one process and received
 * by another over SCM_RIGHTS (each received fd closed, as a restore moves it), in the kernel. */
static int measure(int n)
{
	int fd = open("/dev/null", O_RDWR);
	double t0 = now_ns();
	for (int i = 0; i < n; i++) dup3(fd, 100, 0);
	double t1 = now_ns();
	for (int i = 0; i < n; i++) {
		dup3(fd, 101, 0);
		close(101);
	}
	double t2 = now_ns();
	int sv[2];
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	int big = 64 << 20;
	setsockopt(sv[0], SOL_SOCKET, SO_SNDBUFFORCE, &big, sizeof big);
	setsockopt(sv[1], SOL_SOCKET, SO_RCVBUFFORCE, &big, sizeof big);
	double t3 = now_ns();
	pid_t child = fork();
	if (child == 0) {
		for (int i = 0; i < n; i++) {
			struct msg m;
			char cbuf[CMSG_SPACE(sizeof(int))];
			struct iovec iov = { .iov_base = &m, .iov_len = sizeof m };
			struct msghdr h = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = cbuf, .msg_controllen = sizeof cbuf };
			if (recvmsg(sv[1], &h, 0) < 0) _exit(1);
			int got;
			memcpy(&got, CMSG_DATA(CMSG_FIRSTHDR(&h)), sizeof got);
			close(got);
		}
		_exit(0);
	}
	for (int i = 0; i < n; i++) {
		struct msg m = { .kind = K_FD, .id = i };
		char cbuf[CMSG_SPACE(sizeof(int))];
		memset(cbuf, 0, sizeof cbuf);
		struct iovec iov = { .iov_base = &m, .iov_len = sizeof m };
		struct msghdr h = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = cbuf, .msg_controllen = sizeof cbuf };
		struct cmsghdr *c = CMSG_FIRSTHDR(&h);
		c->cmsg_level = SOL_SOCKET, c->cmsg_type = SCM_RIGHTS, c->cmsg_len = CMSG_LEN(sizeof(int));
		memcpy(CMSG_DATA(c), &fd, sizeof fd);
		while (sendmsg(sv[0], &h, 0) < 0 && errno == EINTR) {}
	}
	int status;
	waitpid(child, &status, 0);
	double t4 = now_ns();
	/* The fork itself, timed alone, comes off the message figure. */
	double t5 = now_ns();
	pid_t c2 = fork();
	if (c2 == 0) _exit(0);
	waitpid(c2, &status, 0);
	double t6 = now_ns();
	printf("dup2_ns %.1f\nclose_ns %.1f\nmessage_ns %.1f\n", (t1 - t0) / n, (t2 - t1) / n - (t1 - t0) / n, ((t4 - t3) - (t6 - t5)) / n);
	return status == 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
	if (argc == 3 && !strcmp(argv[1], "--measure")) return measure(atoi(argv[2]));
	if (argc != 2) {
		fprintf(stderr, "usage: fdlens-replay PROGRAM\n");
		return 2;
	}
	parse(argv[1]);
	raise_nofile(stash_base + 1024);
	prctl(PR_SET_CHILD_SUBREAPER, 1);
	for (int i = 0; i <= nprocs; i++) {
		for (int j = 0; j < (i < nprocs ? 2 : 1); j++) {
			int sv[2];
			if (socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, sv) < 0) die(-1, "socketpair: %s", strerror(errno));
			int big = 8 << 20;
			setsockopt(sv[0], SOL_SOCKET, SO_RCVBUFFORCE, &big, sizeof big);
			setsockopt(sv[1], SOL_SOCKET, SO_SNDBUFFORCE, &big, sizeof big);
			at(sv[0], svc_base + 4 * i + 2 * j);
			at(sv[1], svc_base + 4 * i + 2 * j + 1);
		}
	}
	if (pipe2(done_pipe, O_CLOEXEC) < 0) die(-1, "pipe: %s", strerror(errno));
	at(done_pipe[1], done_fd());
	sigset_t sigs;
	sigemptyset(&sigs);
	sigaddset(&sigs, SIGTERM);
	sigaddset(&sigs, SIGINT);
	sigaddset(&sigs, SIGCHLD);
	sigaddset(&sigs, SIGHUP);
	sigaddset(&sigs, SIGPIPE);
	sigprocmask(SIG_BLOCK, &sigs, NULL);
	int sfd = signalfd(-1, &sigs, SFD_CLOEXEC);
	real = calloc(nprocs, sizeof *real);
	int nready = 0, all_closed = 0, announced = 0;
	for (int i = 0; i < nprocs; i++) {
		if (procs[i].parent >= 0) continue;
		pid_t pid = fork();
		if (pid < 0) die(-1, "fork: %s", strerror(errno));
		if (pid == 0) {
			setpgid(0, group ? group : 0);
			run(i);
		}
		if (!group) group = pid;
		setpgid(pid, group);
	}
	/* The launcher keeps only its own receive end: the tree holds the rest. */
	for (int i = 0; i < nprocs; i++) syscall(SYS_close_range, rx_fd(i), dtx_fd(i), 0);
	close(launcher_tx());
	close(done_fd());
	int ready_rx = done_pipe[0];
	for (;;) {
		struct pollfd pf[4] = {
			{ .fd = sfd, .events = POLLIN },
			{ .fd = 0, .events = POLLIN },
			{ .fd = launcher_rx(), .events = POLLIN },
			{ .fd = all_closed ? -1 : ready_rx, .events = POLLIN },
		};
		if (poll(pf, 4, -1) < 0) {
			if (errno == EINTR) continue;
			die(-1, "poll: %s", strerror(errno));
		}
		if (pf[0].revents) {
			struct signalfd_siginfo si;
			if (read(sfd, &si, sizeof si) == sizeof si) {
				if (si.ssi_signo == SIGCHLD) {
					int status;
					pid_t dead;
					while ((dead = waitpid(-1, &status, WNOHANG | __WALL)) > 0) {
						if (!announced) {
							fprintf(stderr, "fdlens-replay: process %d of the tree ended before the tree was ready (status 0x%x)\n", (int)dead, status);
							teardown();
							return 1;
						}
					}
				} else {
					teardown();
					return 0;
				}
			}
		}
		if (pf[1].revents) {
			char buf[256];
			ssize_t n = read(0, buf, sizeof buf);
			if (n <= 0) {
				teardown();
				return 0;
			}
		}
		if (pf[2].revents) {
			struct msg m;
			ssize_t n = recv(launcher_rx(), &m, sizeof m, MSG_DONTWAIT);
			if (n == (ssize_t)sizeof m && m.kind == K_READY && m.id >= 0 && m.id < nprocs) {
				if (!real[m.id]) nready++;
				real[m.id] = m.pid;
			} else if (n == (ssize_t)sizeof m && m.kind == K_ERROR) {
				fprintf(stderr, "fdlens-replay: pid %d (plan) op %d: %s\n", m.id >= 0 && m.id < nprocs ? procs[m.id].pid : -1, m.pid, m.text);
				teardown();
				return 1;
			}
		}
		if (pf[3].revents) {
			char c;
			if (read(ready_rx, &c, 1) == 0) all_closed = 1;
		}
		if (all_closed && nready == nprocs && !announced) {
			announced = 1;
			for (int i = 0, first = 1; i < nprocs; i++) {
				if (procs[i].parent >= 0) continue;
				printf(first ? "%d" : " %d", (int)real[i]);
				first = 0;
			}
			printf("\n");
			for (int i = 0; i < nprocs; i++) printf("map %d %d\n", procs[i].pid, (int)real[i]);
			printf("ready\n");
			fflush(stdout);
		}
	}
}
