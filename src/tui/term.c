/* term.c: see term.h.  The one place that owns the curses SCREEN. */
#include "system.h"

#include <curses.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tui/term.h"

/* The SCREEN of newterm(); NULL when curses is not active. */
static SCREEN *screen;
static bool colour;
static bool atexit_done;
static volatile sig_atomic_t got_signal;

/* Handlers that were in place before ours, restored by term_close(). */
static struct sigaction old_int, old_term, old_hup, old_quit, old_segv, old_abrt, old_bus, old_fpe;

struct role_style {
	short fg, bg;          /* colour pair when colours are in use; -1 = default */
	int colour_attr;       /* extra attributes with colours */
	int mono_attr;         /* attributes without colours */
};

/* Indexed by enum role; pair number = role number (pair 0 is fixed). */
static const struct role_style styles[ROLE_COUNT] = {
	[ROLE_NORMAL] = { -1, -1, 0, 0 },
	[ROLE_HEADER] = { COLOR_WHITE, COLOR_BLUE, A_BOLD, A_REVERSE },
	[ROLE_CRUMB] = { COLOR_CYAN, -1, 0, A_UNDERLINE },
	[ROLE_FOOTER] = { COLOR_BLACK, COLOR_CYAN, 0, A_REVERSE },
	[ROLE_TITLE] = { -1, -1, A_BOLD, A_BOLD },
	[ROLE_LABEL] = { COLOR_YELLOW, -1, 0, A_BOLD },
	[ROLE_SELECTED] = { COLOR_BLACK, COLOR_YELLOW, 0, A_REVERSE },
	[ROLE_FIELD] = { -1, -1, A_UNDERLINE, A_UNDERLINE },
	[ROLE_DIM] = { COLOR_CYAN, -1, 0, A_DIM },
	[ROLE_ERROR] = { COLOR_WHITE, COLOR_RED, A_BOLD, A_BOLD | A_REVERSE },
	[ROLE_OK] = { COLOR_GREEN, -1, A_BOLD, A_BOLD },
	[ROLE_SEV_IMMEDIATE] = { COLOR_RED, -1, A_BOLD, A_BOLD | A_REVERSE },
	[ROLE_SEV_TRACK] = { COLOR_YELLOW, -1, A_BOLD, A_BOLD },
	[ROLE_SEV_NORMAL] = { COLOR_GREEN, -1, 0, 0 },
};

static void
on_signal(int sig)
{
	got_signal = sig;
}

/* SIGSEGV and friends: give the terminal back, then die as we would have
 * (the previous handler, e.g. ASan's, gets the signal).  endwin() is not
 * async-signal-safe; htop's CRT_handleSIGSEGV accepts the same risk because a
 * crashed program that leaves the terminal raw is worse. */
static void
on_fatal(int sig)
{
	if (screen)
		endwin();
	screen = NULL;
	static const char msg[] = "siptriage: fatal signal in the wizard; terminal restored\n";
	if (write(2, msg, sizeof msg - 1) < 0) {
		/* nothing more we can do */
	}
	struct sigaction *old = sig == SIGSEGV ? &old_segv : sig == SIGABRT ? &old_abrt
		: sig == SIGBUS ? &old_bus : &old_fpe;
	sigaction(sig, old, NULL);
	raise(sig);
}

static void
at_exit(void)
{
	term_close();
}

static void
install(int sig, void (*fn)(int), struct sigaction *old)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = fn;
	sigemptyset(&sa.sa_mask);
	/* No SA_RESTART: the input loop wakes every 250 ms anyway. */
	sigaction(sig, &sa, old);
}

bool
term_open(const char **why)
{
	const char *t = getenv("TERM");
	if (!t || !*t || strcmp(t, "dumb") == 0) {
		*why = _("the terminal type (TERM) is not set or cannot move the cursor");
		return false;
	}
	screen = newterm(NULL, stdout, stdin);
	if (!screen) {
		*why = _("the terminal type (TERM) is not known to ncurses");
		return false;
	}
	set_term(screen);
	if (!atexit_done) {
		/* xmalloc() exits on out-of-memory: the terminal must come back. */
		atexit(at_exit);
		atexit_done = true;
	}
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	timeout(250);
	set_escdelay(25);
	curs_set(0);

	const char *nc = getenv("NO_COLOR");
	colour = has_colors() && !(nc && *nc);
	if (colour && start_color() == OK) {
		use_default_colors();
		for (int r = 1; r < ROLE_COUNT; r++)
			init_pair((short)r, styles[r].fg, styles[r].bg);
	} else {
		colour = false;
	}

	/* After newterm: ncurses installs its own SIGINT/SIGTERM handlers, which
	 * exit 1; ours only raise a flag that the input loop turns into a clean
	 * shutdown and the documented status. */
	got_signal = 0;
	install(SIGINT, on_signal, &old_int);
	install(SIGTERM, on_signal, &old_term);
	install(SIGHUP, on_signal, &old_hup);
	install(SIGQUIT, on_signal, &old_quit);
	install(SIGSEGV, on_fatal, &old_segv);
	install(SIGABRT, on_fatal, &old_abrt);
	install(SIGBUS, on_fatal, &old_bus);
	install(SIGFPE, on_fatal, &old_fpe);
	return true;
}

void
term_close(void)
{
	if (!screen)
		return;
	SCREEN *sp = screen;
	screen = NULL;
	curs_set(1);
	endwin();
	delscreen(sp);
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGTERM, &old_term, NULL);
	sigaction(SIGHUP, &old_hup, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	sigaction(SIGSEGV, &old_segv, NULL);
	sigaction(SIGABRT, &old_abrt, NULL);
	sigaction(SIGBUS, &old_bus, NULL);
	sigaction(SIGFPE, &old_fpe, NULL);
}

int
term_attr(enum role r)
{
	if ((int)r < 0 || r >= ROLE_COUNT)
		return 0;
	if (!colour)
		return styles[r].mono_attr;
	return (r == ROLE_NORMAL ? 0 : (int)COLOR_PAIR(r)) | styles[r].colour_attr;
}

bool
term_has_colour(void)
{
	return colour;
}

int
term_signalled(void)
{
	switch (got_signal) {
	case 0:
		return 0;
	case SIGINT:
		return 130;
	case SIGTERM:
		return 143;
	case SIGHUP:
		return 129;
	default:
		return 128 + got_signal;
	}
}

bool
term_hung_up(void)
{
	struct pollfd p = { .fd = STDIN_FILENO, .events = POLLIN };
	if (poll(&p, 1, 0) < 0)
		return false;
	/* A pty whose master is gone reads as end of file at once: POLLHUP
	 * (or POLLIN with nothing to read, which ncurses reports as ERR). */
	bool gone = (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
	if (!gone && (p.revents & POLLIN)) {
		char c;
		gone = read(STDIN_FILENO, &c, 0) < 0 || !isatty(STDIN_FILENO);
	}
	if (gone && !got_signal)
		got_signal = SIGHUP;
	return gone;
}
