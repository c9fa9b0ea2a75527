## src/tui/local.mk: the wizard's sources and tests, included by Makefile.am.
## Owned by the wizard (issue 4).  curses is linked into the program only:
## libsiptriage.a stays curses-free (tests/lint.test).
siptriage_SOURCES += \
	src/tui/tui.h src/tui/ui.h \
	src/tui/term.c src/tui/term.h \
	src/tui/input.c src/tui/input.h \
	src/tui/draw.c \
	src/tui/wizard.c \
	src/tui/scr_start.c \
	src/tui/scr_initiator.c \
	src/tui/scr_vendor.c \
	src/tui/scr_reason.c \
	src/tui/scr_question.c \
	src/tui/scr_checklist.c \
	src/tui/scr_calls.c \
	src/tui/scr_history.c \
	src/tui/scr_stats.c \
	src/tui/tracein.c \
	src/tui/evidence.c \
	src/tui/session.c \
	src/tui/complete.c \
	src/tui/course.h \
	src/tui/scr_learn.c \
	src/tui/scr_quiz.c \
	src/state.c src/state.h
siptriage_LDADD += $(NCURSESW_LIBS)
siptriage_CPPFLAGS = $(AM_CPPFLAGS) $(NCURSESW_CFLAGS)

# End-to-end tests: the real binary in a private tmux server (tests/tui/README).
TUI_TESTS = \
	tests/tui/walks.test \
	tests/tui/navigation.test \
	tests/tui/files.test \
	tests/tui/terminal.test \
	tests/tui/trace.test \
	tests/tui/capture.test \
	tests/tui/hangup.test \
	tests/tui/symptoms.test \
	tests/tui/calls.test \
	tests/tui/sessions.test \
	tests/tui/keepwork.test \
	tests/tui/languages.test \
	tests/tui/stats.test \
	tests/tui/learn.test
TESTS += $(TUI_TESTS)
TUI_SCREENS = \
	tests/tui/expected/start.screen \
	tests/tui/expected/initiator.screen \
	tests/tui/expected/question-allowlist.screen \
	tests/tui/expected/reason-didww-403.screen \
	tests/tui/expected/checklist-carrier-503.screen \
	tests/tui/expected/stats-didww.screen \
	tests/tui/expected/learn-card-403.screen
EXTRA_DIST += $(TUI_TESTS) $(TUI_SCREENS) tests/tui/lib.sh tests/tui/README tests/tui/hangup.py
