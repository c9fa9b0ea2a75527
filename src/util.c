/* util.c: see util.h. */
#include "system.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <libgen.h>
#include <limits.h>
#include <poll.h>
#include <time.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <wchar.h>

#include "util.h"

#if ENABLE_NLS
bool i18n_catalogue = true;
#endif

static void
out_of_memory(void)
{
	fputs(_("siptriage: out of memory\n"), stderr);
	exit(EXIT_FAIL);
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		out_of_memory();
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		out_of_memory();
	return q;
}

char *
xstrdup(const char *s)
{
	if (!s)
		return NULL;
	size_t n = strlen(s) + 1;
	return memcpy(xmalloc(n), s, n);
}

char *
xasprintf(const char *fmt, ...)
{
	struct buf b = {0};
	va_list ap;
	va_start(ap, fmt);
	buf_vaddf(&b, fmt, ap);
	va_end(ap);
	return buf_take(&b);
}

static void
buf_reserve(struct buf *b, size_t more)
{
	if (b->len + more + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->len + more + 1)
		cap *= 2;
	b->s = xrealloc(b->s, cap);
	b->cap = cap;
}

void
buf_addn(struct buf *b, const char *s, size_t n)
{
	buf_reserve(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
buf_add(struct buf *b, const char *s)
{
	buf_addn(b, s, strlen(s));
}

void
buf_vaddf(struct buf *b, const char *fmt, va_list ap)
{
	/* Formatted once into the room there is (most lines are short), and
	 * again only when it did not fit. */
	buf_reserve(b, 120);
	size_t room = b->cap - b->len;
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(b->s + b->len, room, fmt, ap2);
	va_end(ap2);
	if (n < 0) {
		b->s[b->len] = '\0';
		return;
	}
	if ((size_t)n >= room) {
		buf_reserve(b, (size_t)n);
		vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	}
	b->len += (size_t)n;
}

void
buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	buf_vaddf(b, fmt, ap);
	va_end(ap);
}

void
buf_free(struct buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

char *
buf_take(struct buf *b)
{
	char *s = b->s ? b->s : xstrdup("");
	b->s = NULL;
	b->len = b->cap = 0;
	return s;
}

int
sipcode_parse(const char *s)
{
	if (!s || strlen(s) != 3)
		return -1;
	for (int i = 0; i < 3; i++)
		if (s[i] < '0' || s[i] > '9')
			return -1;
	int code = (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
	return code >= 100 && code <= 699 ? code : -1;
}

/* Width of the UTF-8 sequence at S (LEN bytes long); *ADV gets its length. */
static size_t
char_width(const char *s, size_t len, size_t *adv)
{
	if ((unsigned char)*s < 0x80) {
		*adv = 1;
		return 1;
	}
	mbstate_t st;
	wchar_t wc;
	memset(&st, 0, sizeof st);
	size_t n = mbrtowc(&wc, s, len, &st);
	if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
		*adv = 1;
		return 1;
	}
	*adv = n;
	int w = wcwidth(wc);
	return w < 0 ? 1 : (size_t)w;
}

size_t
text_width(const char *s)
{
	size_t w = 0, adv;
	while (*s) {
		w += char_width(s, strnlen(s, MB_LEN_MAX), &adv);
		s += adv;
	}
	return w;
}

/* Appends N spaces. */
static void
buf_spaces(struct buf *b, size_t n)
{
	static const char sp[] = "                                ";
	while (n) {
		size_t k = n < sizeof sp - 1 ? n : sizeof sp - 1;
		buf_addn(b, sp, k);
		n -= k;
	}
}

void
wrap_add(struct buf *b, const char *text, size_t width, size_t first_col, size_t indent)
{
	if (!text)
		text = "";
	size_t col = first_col;
	bool line_empty = true;
	/* One pass over TEXT: each byte is looked at a bounded number of
	 * times, whatever the length of a word (linear, not quadratic). */
	const char *p = text, *end = text + strlen(text);

	if (width <= indent + 10)
		width = indent + 10;
	while (p < end) {
		while (p < end && (*p == ' ' || *p == '\n' || *p == '\t'))
			p++;
		if (p == end)
			break;
		const char *w = p;
		size_t ww = 0, adv;
		while (p < end) {
			/* Visible ASCII, one column a byte, in a tight loop. */
			const char *q = p;
			while (q < end && (unsigned char)*q > ' ' && (unsigned char)*q < 0x80)
				q++;
			ww += (size_t)(q - p);
			p = q;
			if (p == end || *p == ' ' || *p == '\n' || *p == '\t')
				break;
			ww += char_width(p, (size_t)(end - p), &adv);
			p += adv;
		}
		size_t need = ww + (line_empty ? 0 : 1);
		if (!line_empty && col + need > width) {
			buf_add(b, "\n");
			buf_spaces(b, indent);
			col = indent;
			line_empty = true;
			need = ww;
		}
		if (!line_empty)
			buf_add(b, " ");
		buf_addn(b, w, (size_t)(p - w));
		col += need;
		line_empty = false;
	}
	buf_add(b, "\n");
}

static int
write_all(int fd, const char *data, size_t len)
{
	while (len) {
		ssize_t n = write(fd, data, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		data += n;
		len -= (size_t)n;
	}
	return 0;
}

/* Writes to an existing device, pipe or descriptor alias directly. */
static int
write_through(const char *path, const char *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_NOCTTY | O_TRUNC);
	if (fd < 0)
		return -1;
	int rc = write_all(fd, data, len);
	int saved = errno;
	if (close(fd) < 0 && rc == 0) {
		rc = -1;
		saved = errno;
	}
	errno = saved;
	return rc;
}

/* Temporary files of write_atomic(): TMP_PREFIX and six letters or digits,
 * in the folder of the file written. */
#define TMP_PREFIX ".siptriage-"
#define TMP_SUFFIX_LEN 6

static bool
is_our_temp_name(const char *name)
{
	size_t p = sizeof TMP_PREFIX - 1;
	if (strncmp(name, TMP_PREFIX, p) != 0 || strlen(name) != p + TMP_SUFFIX_LEN)
		return false;
	for (size_t i = p; name[i]; i++)
		if (!((name[i] >= 'a' && name[i] <= 'z') || (name[i] >= 'A' && name[i] <= 'Z') ||
		      (name[i] >= '0' && name[i] <= '9')))
			return false;
	return true;
}

/* Removes what a killed siptriage left in DIR: files of our temporary name,
 * regular, ours, and not locked.  A live writer holds an exclusive lock on
 * its temporary file from before its name appears until after the rename,
 * so a lock we can take means its writer is gone. */
static void
clear_stale_temps(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	int dfd = dirfd(d);
	struct dirent *de;
	while ((de = readdir(d))) {
		if (!is_our_temp_name(de->d_name))
			continue;
		int fd = openat(dfd, de->d_name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
		if (fd < 0)
			continue;
		struct stat st, now;
		if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_uid == geteuid() &&
		    flock(fd, LOCK_EX | LOCK_NB) == 0 &&
		    fstatat(dfd, de->d_name, &now, AT_SYMLINK_NOFOLLOW) == 0 &&
		    now.st_dev == st.st_dev && now.st_ino == st.st_ino)
			(void)unlinkat(dfd, de->d_name, 0);
		close(fd);
	}
	closedir(d);
}

/* Fills the last TMP_SUFFIX_LEN characters of NAME with random letters. */
static void
temp_suffix(char *name)
{
	static const char set[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	unsigned char r[TMP_SUFFIX_LEN];
	if (getrandom(r, sizeof r, GRND_NONBLOCK) != (ssize_t)sizeof r) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		unsigned long x = (unsigned long)ts.tv_nsec ^ ((unsigned long)getpid() << 16);
		for (size_t i = 0; i < sizeof r; i++, x = x * 6364136223846793005UL + 1442695040888963407UL)
			r[i] = (unsigned char)(x >> 33);
	}
	char *p = name + strlen(name) - TMP_SUFFIX_LEN;
	for (size_t i = 0; i < TMP_SUFFIX_LEN; i++)
		p[i] = set[r[i] % (sizeof set - 1)];
}

/* Gives the unnamed file FD (O_TMPFILE) the temporary name TMP (its last
 * characters replaced until free).  -1 with errno when it cannot. */
static int
link_unnamed(int fd, char *tmp)
{
	char proc[64];
	snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
	for (int tries = 0; tries < 100; tries++) {
		temp_suffix(tmp);
		/* Through /proc, which any user may do; AT_EMPTY_PATH needs
		 * CAP_DAC_READ_SEARCH. */
		if (linkat(AT_FDCWD, proc, AT_FDCWD, tmp, AT_SYMLINK_FOLLOW) == 0)
			return 0;
		if (errno == EEXIST)
			continue;
		if (linkat(fd, "", AT_FDCWD, tmp, AT_EMPTY_PATH) == 0)
			return 0;
		if (errno != EEXIST)
			return -1;
	}
	errno = EEXIST;
	return -1;
}

/* Writes and syncs DATA into FD, with MODE. */
static int
fill(int fd, mode_t mode, const char *data, size_t len)
{
	return fchmod(fd, mode) < 0 || write_all(fd, data, len) < 0 || fsync(fd) < 0 ? -1 : 0;
}

char *
file_read(const char *path, char **why)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		*why = xasprintf("%s: %s", path, strerror(errno));
		return NULL;
	}
	struct buf b = {0};
	char chunk[8192];
	size_t n;
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		buf_addn(&b, chunk, n);
	if (ferror(f)) {
		*why = xasprintf("%s: %s", path, strerror(errno));
		fclose(f);
		buf_free(&b);
		return NULL;
	}
	fclose(f);
	return b.s ? buf_take(&b) : xstrdup("");
}

int
write_atomic(const char *path, const char *data, size_t len)
{
	if (strcmp(path, "-") == 0)
		return write_all(STDOUT_FILENO, data, len);

	/* /dev/stdout, /dev/fd/N, /proc/self/fd/N name a descriptor, not a
	 * file to replace; devices and pipes cannot be replaced by rename. */
	struct stat st;
	if (strncmp(path, "/dev/", 5) == 0 || strncmp(path, "/proc/", 6) == 0 ||
	    (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)))
		return write_through(path, data, len);

	/* A symbolic link: replace the file it points to, not the link. */
	char *target = NULL;
	struct stat lst;
	if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode)) {
		target = realpath(path, NULL);
		if (!target)
			return -1;     /* a dangling link: errno says why */
	}
	const char *real = target ? target : path;
	bool existed = stat(real, &st) == 0;

	/* Keep the mode of the file replaced; a new one gets the umask's. */
	mode_t mode;
	if (existed) {
		mode = st.st_mode & 07777;
	} else {
		mode_t mask = umask(0);
		umask(mask);
		mode = 0666 & ~mask;
	}
	char *dircopy = xstrdup(real);
	const char *dir = dirname(dircopy);
	char *tmp = xasprintf("%s/" TMP_PREFIX "XXXXXX", dir);
	clear_stale_temps(dir);

	/* From here to the rename, a signal that would end the program waits:
	 * no temporary file is left behind by Ctrl-C, SIGTERM, SIGHUP or a
	 * file size limit (SIGXFSZ makes the write fail instead).  Only
	 * SIGKILL can interrupt; clear_stale_temps() removes what it leaves. */
	sigset_t block, old;
	sigemptyset(&block);
	static const int deferred[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGALRM, SIGUSR1,
					SIGUSR2, SIGXFSZ, SIGXCPU, SIGVTALRM, SIGPROF };
	for (size_t i = 0; i < ARRAY_SIZE(deferred); i++)
		sigaddset(&block, deferred[i]);
	sigprocmask(SIG_BLOCK, &block, &old);

	int saved;
	bool named = false;
	/* Best: a file with no name while it is written (O_TMPFILE), named only
	 * for the instant before the rename; a crash leaves nothing visible. */
	int fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
	if (fd >= 0) {
		if (flock(fd, LOCK_EX) < 0 || fill(fd, mode, data, len) < 0) {
			saved = errno;
			close(fd);
			goto fail;
		}
		if (link_unnamed(fd, tmp) < 0) {
			close(fd);     /* no /proc, no capability: the classic way */
			fd = -1;
		} else {
			named = true;
		}
	}
	if (fd < 0) {
		memcpy(tmp + strlen(tmp) - TMP_SUFFIX_LEN, "XXXXXX", TMP_SUFFIX_LEN);
		fd = mkostemp(tmp, O_CLOEXEC);
		if (fd < 0) {
			saved = errno;
			goto fail;
		}
		named = true;
		if (flock(fd, LOCK_EX) < 0 || fill(fd, mode, data, len) < 0) {
			saved = errno;
			close(fd);
			goto fail;
		}
	}
	/* The lock goes with the close, after the rename. */
	if (rename(tmp, real) < 0) {
		saved = errno;
		close(fd);
		goto fail;
	}
	named = false;
	if (close(fd) < 0) {
		saved = errno;
		goto fail;
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	/* The rename itself must reach the disk. */
	int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd < 0 || (fsync(dfd) < 0 && errno != EINVAL)) {
		saved = errno;
		if (dfd >= 0)
			close(dfd);
		goto out;
	}
	close(dfd);
	free(tmp);
	free(dircopy);
	free(target);
	return 0;
fail:
	if (named)
		unlink(tmp);
	sigprocmask(SIG_SETMASK, &old, NULL);
out:
	free(tmp);
	free(dircopy);
	free(target);
	errno = saved;
	return -1;
}

/* Seconds a print command may take before it is stopped (lp only queues
 * the job); $SIPTRIAGE_PRINT_TIMEOUT overrides it. */
#define PRINT_TIMEOUT_S 30

/* Splits CMD into words as a POSIX shell does, without expanding anything
 * and without running a shell: blanks separate words; '...' keeps every
 * character; "..." keeps every character but \" \\ \$ \` (backslash
 * removed); outside quotes a backslash keeps the next character.  Returns a
 * NULL-terminated array (malloc'd, each word malloc'd), *n words; NULL with
 * *why set on an unterminated quote. */
static char **
split_words(const char *cmd, size_t *n, char **why)
{
	char **v = xcalloc(1, sizeof *v);
	*n = 0;
	const char *p = cmd;
	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\n')
			p++;
		if (!*p)
			break;
		struct buf w = {0};
		buf_add(&w, "");
		while (*p && *p != ' ' && *p != '\t' && *p != '\n') {
			if (*p == '\'') {
				const char *q = strchr(p + 1, '\'');
				if (!q)
					goto unterminated;
				buf_addn(&w, p + 1, (size_t)(q - p - 1));
				p = q + 1;
			} else if (*p == '"') {
				p++;
				while (*p && *p != '"') {
					if (*p == '\\' && p[1] && strchr("\"\\$`", p[1]))
						p++;
					buf_addn(&w, p++, 1);
				}
				if (*p != '"')
					goto unterminated;
				p++;
			} else if (*p == '\\' && p[1]) {
				buf_addn(&w, p + 1, 1);
				p += 2;
			} else {
				buf_addn(&w, p++, 1);
			}
			continue;
unterminated:
			buf_free(&w);
			for (size_t i = 0; i < *n; i++)
				free(v[i]);
			free(v);
			*why = xstrdup(_("SIPTRIAGE_PRINT_CMD has an unterminated quote"));
			return NULL;
		}
		v = xrealloc(v, (*n + 2) * sizeof *v);
		v[(*n)++] = buf_take(&w);
		v[*n] = NULL;
	}
	return v;
}

static long
ms_since(const struct timespec *t0)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	return (now.tv_sec - t0->tv_sec) * 1000L + (now.tv_nsec - t0->tv_nsec) / 1000000L;
}

/* Stops the print command's process group: TERM, then KILL; reaps PID. */
static void
stop_group(pid_t pid)
{
	kill(-pid, SIGTERM);
	for (int i = 0; i < 40; i++) {
		if (waitpid(pid, NULL, WNOHANG) == pid)
			return;
		poll(NULL, 0, 50);
	}
	kill(-pid, SIGKILL);
	while (waitpid(pid, NULL, 0) < 0 && errno == EINTR)
		;
}

int
print_text(const char *text, const char *title, char **why)
{
	*why = NULL;
	const char *cmd = getenv("SIPTRIAGE_PRINT_CMD");
	size_t argc = 0;
	char **argv;
	if (cmd && *cmd) {
		argv = split_words(cmd, &argc, why);
		if (!argv)
			return -1;
		if (argc == 0) {
			free(argv);
			*why = xstrdup(_("SIPTRIAGE_PRINT_CMD is empty"));
			return -1;
		}
	} else {
		/* lp: the job titled with the ticket, on the printer LPDEST or
		 * PRINTER names (lp's default otherwise). */
		const char *dest = getenv("LPDEST");
		if (!dest || !*dest)
			dest = getenv("PRINTER");
		argv = xcalloc(8, sizeof *argv);
		argv[argc++] = xstrdup("lp");
		argv[argc++] = xstrdup("-t");
		argv[argc++] = title && *title ? text_clean(title, strlen(title), 120)
					       : xstrdup("siptriage checklist");
		if (dest && *dest) {
			argv[argc++] = xstrdup("-d");
			argv[argc++] = xstrdup(dest);
		}
		argv[argc] = NULL;
	}
	long timeout_ms = PRINT_TIMEOUT_S * 1000L;
	const char *to = getenv("SIPTRIAGE_PRINT_TIMEOUT");
	if (to && *to) {
		char *end = NULL;
		double v = strtod(to, &end);
		if (end && !*end && v > 0 && v < 86400)
			timeout_ms = (long)(v * 1000);
	}

	int rc = -1;
	int pfd[2] = { -1, -1 }, efd[2] = { -1, -1 };
	if (pipe(pfd) < 0 || pipe(efd) < 0) {
		*why = xasprintf(_("print command '%s': %s"), argv[0], strerror(errno));
		goto out;
	}
	posix_spawn_file_actions_t fa;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, pfd[0], STDIN_FILENO);
	posix_spawn_file_actions_adddup2(&fa, efd[1], STDERR_FILENO);
	posix_spawn_file_actions_addclose(&fa, pfd[0]);
	posix_spawn_file_actions_addclose(&fa, pfd[1]);
	posix_spawn_file_actions_addclose(&fa, efd[0]);
	posix_spawn_file_actions_addclose(&fa, efd[1]);
	/* The printer's own chatter ("request id is ...") must not land on a
	 * curses screen or in a checklist on stdout; its errors are kept. */
	posix_spawn_file_actions_addopen(&fa, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
	/* Its own process group: a command that hangs is stopped with all it
	 * started, and the terminal's Ctrl-C is ours, not its. */
	posix_spawnattr_t at;
	posix_spawnattr_init(&at);
	posix_spawnattr_setpgroup(&at, 0);
	sigset_t def;
	sigemptyset(&def);
	sigaddset(&def, SIGPIPE);
	sigaddset(&def, SIGINT);
	sigaddset(&def, SIGTERM);
	sigaddset(&def, SIGHUP);
	sigaddset(&def, SIGQUIT);
	posix_spawnattr_setsigdefault(&at, &def);
	posix_spawnattr_setflags(&at, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF);
	pid_t pid;
	extern char **environ;
	int src = posix_spawnp(&pid, argv[0], &fa, &at, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&at);
	close(pfd[0]);
	close(efd[1]);
	pfd[0] = efd[1] = -1;
	if (src != 0) {
		*why = src == ENOENT
			? xasprintf(_("print command '%s' not found (install a print system such as "
				      "cups-client, or set SIPTRIAGE_PRINT_CMD)"), argv[0])
			: xasprintf(_("print command '%s': %s"), argv[0], strerror(src));
		goto out;
	}

	/* Feed it the text and read what it says, until it exits or the time
	 * is up.  A reader that goes away must not kill us with SIGPIPE. */
	struct sigaction ign = {0}, old;
	ign.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &ign, &old);
	fcntl(pfd[1], F_SETFL, fcntl(pfd[1], F_GETFL) | O_NONBLOCK);
	fcntl(efd[0], F_SETFL, fcntl(efd[0], F_GETFL) | O_NONBLOCK);
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	size_t len = strlen(text), off = 0;
	int werr = 0;
	struct buf err = {0};
	int status = 0;
	bool exited = false, timed_out = false;
	if (len == 0) {
		close(pfd[1]);
		pfd[1] = -1;
	}
	while (!exited) {
		long left = timeout_ms - ms_since(&t0);
		if (left <= 0) {
			timed_out = true;
			break;
		}
		struct pollfd fds[2];
		nfds_t nf = 0;
		if (pfd[1] >= 0)
			fds[nf++] = (struct pollfd){ .fd = pfd[1], .events = POLLOUT };
		if (efd[0] >= 0)
			fds[nf++] = (struct pollfd){ .fd = efd[0], .events = POLLIN };
		/* With nothing left to watch, look at the child every 50 ms. */
		int pr = poll(nf ? fds : NULL, nf, nf ? (int)(left < 1000 ? left : 1000)
					      : (int)(left < 50 ? left : 50));
		if (pr < 0 && errno != EINTR)
			break;
		for (nfds_t i = 0; pr > 0 && i < nf; i++) {
			if (fds[i].fd == pfd[1] && fds[i].revents) {
				ssize_t n = write(pfd[1], text + off, len - off);
				if (n > 0)
					off += (size_t)n;
				else if (n < 0 && errno != EAGAIN && errno != EINTR)
					werr = errno;
				if (off == len || werr) {
					close(pfd[1]);
					pfd[1] = -1;
				}
			} else if (fds[i].fd == efd[0] && fds[i].revents) {
				char chunk[512];
				ssize_t n = read(efd[0], chunk, sizeof chunk);
				if (n > 0 && err.len < 4096)
					buf_addn(&err, chunk, (size_t)n);
				else if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
					close(efd[0]);
					efd[0] = -1;
				}
			}
		}
		if (pfd[1] < 0 && efd[0] < 0) {
			pid_t w = waitpid(pid, &status, WNOHANG);
			if (w == pid)
				exited = true;
			else if (w < 0 && errno != EINTR) {
				werr = errno;
				break;
			}
		}
	}
	sigaction(SIGPIPE, &old, NULL);
	if (timed_out) {
		stop_group(pid);
		*why = xasprintf(_("print command '%s' did not finish within %ld seconds and was "
				   "stopped (set SIPTRIAGE_PRINT_TIMEOUT to wait longer)"), argv[0],
				 (timeout_ms + 999) / 1000);
		buf_free(&err);
		goto out;
	}
	if (!exited) {
		stop_group(pid);
		*why = xasprintf(_("print command '%s': %s"), argv[0], strerror(werr ? werr : EIO));
		buf_free(&err);
		goto out;
	}
	/* What it said on stderr: its first line explains a failure. */
	char *said = NULL;
	if (err.len) {
		size_t line = strcspn(err.s, "\n");
		said = text_clean(err.s, line, 200);
	}
	buf_free(&err);
	if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
		/* Where posix_spawnp forks first, a failed exec shows as 127. */
		*why = xasprintf(_("print command '%s' not found or not executable (install a print "
				   "system such as cups-client, or set SIPTRIAGE_PRINT_CMD)"), argv[0]);
	} else if (WIFEXITED(status) && WEXITSTATUS(status) != 0) {
		*why = said && *said
			? xasprintf(_("print command '%s' failed with exit status %d: %s"), argv[0],
				    WEXITSTATUS(status), said)
			: xasprintf(_("print command '%s' failed with exit status %d"), argv[0],
				    WEXITSTATUS(status));
	} else if (WIFSIGNALED(status)) {
		*why = xasprintf(_("print command '%s' was killed by signal %d"), argv[0],
				 WTERMSIG(status));
	} else if (werr && werr != EPIPE) {
		*why = xasprintf(_("print command '%s': %s"), argv[0], strerror(werr));
	} else {
		rc = 0;
	}
	free(said);
out:
	for (int i = 0; i < 2; i++) {
		if (pfd[i] >= 0)
			close(pfd[i]);
		if (efd[i] >= 0)
			close(efd[i]);
	}
	for (size_t i = 0; i < argc; i++)
		free(argv[i]);
	free(argv);
	return rc;
}

/* mkdir -p with MODE for the missing parts. */
static int
mkdirs(const char *path, mode_t mode)
{
	char *p = xstrdup(path);
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, mode) < 0 && errno != EEXIST) {
			free(p);
			return -1;
		}
		*s = '/';
	}
	int rc = mkdir(p, mode) < 0 && errno != EEXIST ? -1 : 0;
	free(p);
	return rc;
}

char *
xdg_dir(const char *var, const char *home_sub, bool create, char **why)
{
	*why = NULL;
	const char *xdg = getenv(var);
	char *dir;
	if (xdg && xdg[0] == '/') {
		dir = xasprintf("%s/siptriage", xdg);
	} else {
		const char *home = getenv("HOME");
		if (!home || home[0] != '/') {
			*why = xasprintf(_("neither %s nor HOME is an absolute path"), var);
			return NULL;
		}
		dir = xasprintf("%s/%s/siptriage", home, home_sub);
	}
	if (create && mkdirs(dir, 0700) < 0) {
		*why = xasprintf("%s: %s", dir, strerror(errno));
		free(dir);
		return NULL;
	}
	return dir;
}

char *
state_dir(char **why)
{
	return xdg_dir("XDG_STATE_HOME", ".local/state", true, why);
}

char *
beside_program(const char *rel)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return NULL;
	exe[n] = '\0';
	char *slash = strrchr(exe, '/');
	if (!slash)
		return NULL;
	*slash = '\0';
	char *p = xasprintf("%s/%s", exe, rel);
	if (access(p, F_OK) == 0)
		return p;
	free(p);
	return NULL;
}

int
read_small_file(const char *path, size_t max, char **text, size_t *len, char **why)
{
	*text = NULL;
	*why = NULL;
	if (len)
		*len = 0;
	/* Non-blocking: a FIFO planted at PATH must not hang the program. */
	int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0) {
		*why = xasprintf("%s: %s", path, strerror(errno));
		return -1;
	}
	struct stat st;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		*why = xasprintf(_("%s: not a regular file"), path);
		close(fd);
		return -1;
	}
	if ((uintmax_t)st.st_size > max) {
		*why = xasprintf(_("%s: larger than %zu bytes"), path, max);
		close(fd);
		return -1;
	}
	struct buf b = {0};
	buf_add(&b, "");
	char chunk[4096];
	for (;;) {
		ssize_t n = read(fd, chunk, sizeof chunk);
		if (n == 0)
			break;
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 || b.len + (size_t)n > max) {
			*why = n < 0 ? xasprintf("%s: %s", path, strerror(errno))
				     : xasprintf(_("%s: larger than %zu bytes"), path, max);
			close(fd);
			buf_free(&b);
			return -1;
		}
		buf_addn(&b, chunk, (size_t)n);
	}
	close(fd);
	if (len)
		*len = b.len;
	*text = buf_take(&b);
	return 0;
}

void
buf_add_json(struct buf *b, const char *s)
{
	if (!s) {
		buf_add(b, "null");
		return;
	}
	buf_add(b, "\"");
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': buf_add(b, "\\\""); break;
		case '\\': buf_add(b, "\\\\"); break;
		case '\n': buf_add(b, "\\n"); break;
		case '\r': buf_add(b, "\\r"); break;
		case '\t': buf_add(b, "\\t"); break;
		default:
			if (*p < 0x20 || *p == 0x7f)
				buf_addf(b, "\\u%04x", *p);
			else
				buf_addn(b, (const char *)p, 1);
		}
	}
	buf_add(b, "\"");
}

/* The end of the run of printable ASCII (0x20-0x7e) from U[I], at most
 * STOP: eight bytes at a time. */
static size_t
ascii_run(const unsigned char *u, size_t i, size_t stop)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
	while (stop - i >= 8) {
		uint64_t x, d;
		memcpy(&x, u + i, sizeof x);
		d = x ^ (ones * 0x7f);
		/* A byte >= 0x80, or < 0x20, or 0x7f, stops the run. */
		if (((x | ((x - ones * 0x20) & ~x) | ((d - ones) & ~d)) & highs) != 0)
			break;
		i += 8;
	}
	while (i < stop && u[i] >= 0x20 && u[i] < 0x7f)
		i++;
	return i;
}

/* The length of the character at U[I] (of LEN bytes) if it may be shown:
 * well-formed UTF-8, no control, no bidirectional control, no line or
 * paragraph separator; else 0, and *SKIP gets how many bytes it takes (a
 * well-formed character refused counts once). */
static size_t
char_shown(const unsigned char *u, size_t i, size_t len, size_t *skip)
{
	unsigned char c = u[i];
	size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
	bool ok = n > 0 && i + n <= len;
	for (size_t k = 1; ok && k < n; k++)
		ok = (u[i + k] & 0xc0) == 0x80;
	if (ok && n == 2)   /* no overlong forms, no C1 controls (U+0080-U+009F) */
		ok = c >= 0xc2 && !(c == 0xc2 && u[i + 1] < 0xa0);
	if (ok && n == 2) {
		/* U+061C ARABIC LETTER MARK is a bidirectional control. */
		unsigned cp = ((c & 0x1fu) << 6) | (u[i + 1] & 0x3fu);
		ok = cp != 0x061c;
	}
	if (ok && n == 3) {
		unsigned cp = ((c & 0x0fu) << 12) | ((u[i + 1] & 0x3fu) << 6) | (u[i + 2] & 0x3fu);
		ok = cp >= 0x800 && (cp < 0xd800 || cp > 0xdfff);
		/* Bidirectional controls reorder what the operator reads;
		 * line and paragraph separators break lines. */
		if (ok && ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) ||
			   cp == 0x200e || cp == 0x200f || cp == 0x2028 || cp == 0x2029))
			ok = false;
	}
	if (ok && n == 4) {
		unsigned cp = ((c & 0x07u) << 18) | ((u[i + 1] & 0x3fu) << 12) |
			      ((u[i + 2] & 0x3fu) << 6) | (u[i + 3] & 0x3fu);
		ok = cp >= 0x10000 && cp <= 0x10ffff;
	}
	if (!ok || (n == 1 && (c < 0x20 || c == 0x7f))) {
		bool formed = n > 0 && i + n <= len;
		for (size_t k = 1; formed && k < n; k++)
			formed = (u[i + k] & 0xc0) == 0x80;
		*skip = formed && n > 1 ? n : 1;
		return 0;
	}
	return n;
}

char *
text_clean(const char *s, size_t len, size_t max)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, n, skip;
	/* The usual case, text that fits: written in place, for what is
	 * shown is never longer than what was read. */
	if (max >= 4 && len <= max - 4) {
		char *t = xmalloc(len + 1);
		size_t o = 0;
		while (i < len) {
			size_t run = ascii_run(u, i, len);
			if (run > i) {
				memcpy(t + o, s + i, run - i);
				o += run - i;
				i = run;
			} else if ((n = char_shown(u, i, len, &skip)) > 0) {
				memcpy(t + o, s + i, n);
				o += n;
				i += n;
			} else {
				t[o++] = u[i] == '\t' ? ' ' : '?';
				i += skip;
			}
		}
		t[o] = '\0';
		return t;
	}
	struct buf b = {0};
	buf_reserve(&b, len < max ? len : max);
	buf_add(&b, "");
	while (i < len && b.len + 4 <= max) {
		/* A run of printable ASCII is copied in one go. */
		size_t room = max - 4 - b.len + 1;
		size_t stop = len - i < room ? len : i + room;
		size_t run = ascii_run(u, i, stop);
		if (run > i) {
			buf_addn(&b, s + i, run - i);
			i = run;
			continue;
		}
		if ((n = char_shown(u, i, len, &skip)) == 0) {
			buf_add(&b, u[i] == '\t' ? " " : "?");
			i += skip;
			continue;
		}
		buf_addn(&b, s + i, n);
		i += n;
	}
	if (i < len)
		buf_add(&b, "...");
	return buf_take(&b);
}

/* Appends N copies of C. */
static void
buf_pad(struct buf *b, char c, size_t n)
{
	char run[32];
	memset(run, c, sizeof run);
	while (n) {
		size_t k = n < sizeof run ? n : sizeof run;
		buf_addn(b, run, k);
		n -= k;
	}
}

void
buf_vadd_message(struct buf *b, size_t value_max, const char *fmt, va_list ap)
{
	const char *p = fmt;
	while (*p) {
		const char *pct = strchr(p, '%');
		if (!pct) {
			buf_add(b, p);
			return;
		}
		buf_addn(b, p, (size_t)(pct - p));
		const char *q = pct + 1;
		if (*q == '%') {
			buf_add(b, "%");
			p = q + 1;
			continue;
		}
		bool left = false, zero = false;
		for (; *q == '-' || *q == '0'; q++)
			*q == '-' ? (left = true) : (zero = true);
		size_t width = 0;
		for (; *q >= '0' && *q <= '9'; q++)
			width = width * 10 + (size_t)(*q - '0');
		long prec = -1;
		if (*q == '.') {
			q++;
			if (*q == '*') {
				int pv = va_arg(ap, int);
				prec = pv < 0 ? -1 : pv;
				q++;
			} else {
				for (prec = 0; *q >= '0' && *q <= '9'; q++)
					prec = prec * 10 + (*q - '0');
			}
		}
		int lng = 0;   /* 1 l, 2 ll, 3 z */
		if (*q == 'z') {
			lng = 3;
			q++;
		} else {
			for (; *q == 'l' && lng < 2; q++)
				lng++;
		}
		char num[64];
		char *val = NULL;
		switch (*q) {
		case 's': {
			const char *s = va_arg(ap, const char *);
			if (!s)
				s = "(null)";
			size_t n = strlen(s);
			if (prec >= 0 && (size_t)prec < n)
				n = (size_t)prec;
			val = text_clean(s, n, value_max);
			zero = false;
			break;
		}
		case 'c':
			num[0] = (char)va_arg(ap, int);
			val = text_clean(num, 1, 8);
			zero = false;
			break;
		case 'd':
		case 'i':
			if (lng == 3)
				snprintf(num, sizeof num, "%zd", va_arg(ap, ssize_t));
			else if (lng == 2)
				snprintf(num, sizeof num, "%lld", va_arg(ap, long long));
			else if (lng == 1)
				snprintf(num, sizeof num, "%ld", va_arg(ap, long));
			else
				snprintf(num, sizeof num, "%d", va_arg(ap, int));
			val = xstrdup(num);
			break;
		case 'u':
		case 'x':
			if (lng == 3)
				snprintf(num, sizeof num, *q == 'u' ? "%zu" : "%zx", va_arg(ap, size_t));
			else if (lng == 2)
				snprintf(num, sizeof num, *q == 'u' ? "%llu" : "%llx",
					 va_arg(ap, unsigned long long));
			else if (lng == 1)
				snprintf(num, sizeof num, *q == 'u' ? "%lu" : "%lx", va_arg(ap, unsigned long));
			else
				snprintf(num, sizeof num, *q == 'u' ? "%u" : "%x", va_arg(ap, unsigned));
			val = xstrdup(num);
			break;
		default:
			/* Not a conversion this function knows: shown as written,
			 * and nothing more is read from AP. */
			buf_add(b, pct);
			return;
		}
		size_t w = text_width(val);
		if (!left && w < width) {
			if (zero && val[0] == '-') {
				buf_add(b, "-");
				buf_pad(b, '0', width - w);
				buf_add(b, val + 1);
			} else {
				buf_pad(b, zero ? '0' : ' ', width - w);
				buf_add(b, val);
			}
		} else {
			buf_add(b, val);
			if (w < width)
				buf_pad(b, ' ', width - w);
		}
		free(val);
		p = q + 1;
	}
}

void
msg_verror(const char *fmt, va_list ap)
{
	struct buf b = {0};
	buf_add(&b, "siptriage: ");
	buf_vadd_message(&b, MSG_VALUE_MAX, fmt, ap);
	buf_add(&b, "\n");
	fputs(b.s, stderr);
	buf_free(&b);
}

void
msg_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	msg_verror(fmt, ap);
	va_end(ap);
}

void
stdio_guard(void)
{
	for (int fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) >= 0 || errno != EBADF)
			continue;
		int nfd = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
		if (nfd >= 0 && nfd != fd) {
			dup2(nfd, fd);
			close(nfd);
		}
	}
}
