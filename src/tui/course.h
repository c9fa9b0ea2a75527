/* course.h: what the course screens share (scr_learn.c, scr_quiz.c): the
 * state behind ui->course.  Not for the rest of the wizard. */
#ifndef SIPTRIAGE_TUI_COURSE_H
#define SIPTRIAGE_TUI_COURSE_H

#include "learn.h"
#include "tui/ui.h"

enum course_mode {
	COURSE_LIST,           /* the catalogue */
	COURSE_CARD,           /* one lesson card */
	COURSE_GLOSSARY        /* the glossary */
};

struct course {
	enum course_mode mode;

	/* The catalogue and its filters (0: all). */
	struct learn_catalogue cat;
	bool loaded;
	size_t sel, top;
	int klass;             /* 0, 1 to 6 */
	int sev;               /* 0 all, 1 immediate, 2 track, 3 normal */
	size_t vendor;         /* 0 all, else ui->vendors.v[vendor - 1] */
	char *query;           /* words the titles or summaries contain; NULL: none */

	/* The card shown, its text at the width drawn, and the cards opened
	 * before it (Esc goes back through them). */
	struct learn_card *card;
	char *card_text;
	int card_width;
	int card_top;
	char **history;
	size_t n_history;

	/* The glossary. */
	struct kb_terms glossary;
	size_t gsel;

	/* Practice: what the next session is (set before entering STAGE_QUIZ). */
	bool review;
	char *quiz_vendor;     /* only this vendor's tickets; NULL: all */
	char *quiz_topic;      /* only this card's tickets; NULL: all */
	size_t quiz_count;

	/* The session (scr_quiz.c). */
	struct kb_tickets tickets;
	struct learn_progress progress;
	char *operator_name;
	struct learn_quiz *quiz;
	bool started;          /* quiz_init built the session (or found none) */
	bool saved_ok;         /* every finished ticket was stored */
	char *empty;           /* no session: why (translated), else NULL */
	long choice;           /* the highlighted choice of the step asked; -1 none */
	int scroll;            /* the ticket area's first row */
};

/* The course state, created on first use. */
struct course *course_get(struct ui *ui);

/* The operator whose progress is kept: --operator, else the start screen's
 * name (the remembered one); NULL when none is known. */
const char *course_operator(const struct ui *ui);

#endif
