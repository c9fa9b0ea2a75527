/* ui.h: what the wizard's files share inside src/tui/: the wizard state, the
 * screen interface, the drawing helpers and the modal prompts.
 *
 * Every screen lives in its own scr_*.c file and is one `struct screen`
 * filled with designated initialisers.  A screen draws the body area and
 * answers keys; its key handler says what must happen (enum key_result) and
 * the loop in wizard.c decides how: moving between stages, quitting, help,
 * search and resize are the loop's business, never a screen's. */
#ifndef SIPTRIAGE_TUI_UI_H
#define SIPTRIAGE_TUI_UI_H

#include <stdbool.h>
#include <stddef.h>

#include "checklist.h"
#include "engine.h"
#include "history.h"
#include "kb.h"
#include "trace.h"
#include "tui/term.h"
#include "tui/tui.h"

/* Smallest usable terminal; below it only a "enlarge the window" message. */
#define UI_MIN_COLS 80
#define UI_MIN_LINES 24

/* Layout: header on row 0, breadcrumb on row 1, body from UI_BODY_TOP to
 * LINES - 3, message line on LINES - 2, key footer on LINES - 1. */
#define UI_BODY_TOP 2

/* The wizard's stages, in walk order. */
enum stage {
	STAGE_START,           /* code, ticket, operator */
	STAGE_CALLS,           /* the calls of a trace (only when it holds several) */
	STAGE_INITIATOR,       /* disconnect initiator */
	STAGE_VENDOR,          /* vendor context */
	STAGE_REASON,          /* the vendor's reason (skipped when it has none) */
	STAGE_QUESTION,        /* one engine question per screen */
	STAGE_CHECKLIST,       /* the outcome */
	STAGE_HISTORY,         /* past sessions (not a step of the walk) */
	STAGE_STATS,           /* a call log's distribution (stats --tui; not a step) */
	STAGE_LEARN,           /* the course: catalogue, lesson cards, glossary */
	STAGE_QUIZ,            /* practice tickets */
	STAGE_COUNT
};
/* The stages the header shows as the walk; the others (history, stats,
 * the course) come after. */
#define STAGE_WALK_COUNT (STAGE_CHECKLIST + 1)

/* What a key handler asks the loop to do. */
enum key_result {
	KEY_HANDLED,           /* the screen did it; redraw */
	KEY_UNHANDLED,         /* the loop may use the key (global keys) */
	KEY_BACK,              /* go to the previous stage */
	KEY_DONE               /* this stage is complete: go to the next one */
};

/* A text field: UTF-8, edited at its end only. */
#define UI_FIELD_MAX 256
struct field {
	char s[UI_FIELD_MAX];
};
/* Applies KEY to F: printable characters append, Backspace removes the last
 * character, Ctrl-U clears.  ACCEPT (may be NULL) filters characters.
 * Returns true when KEY was consumed. */
bool field_key(struct field *f, int key, bool (*accept)(int key));
void field_set(struct field *f, const char *s);

/* A check's answer remembered across Back and engine re-creation. */
struct remembered {
	char *check_id;
	enum answer answer;
};

/* An answer the operator gave instead of an automatic one (trace, vendor
 * reason): kept across engine re-creation, applied after the trace. */
struct override {
	char *check_id;
	enum answer answer;
	char *note;
};

/* A step's tick and note, kept by what the step says (actor and text), not
 * by its position: they survive Back, a re-answer that leads to the same
 * steps, and a resumed session. */
struct tick {
	char *actor, *text;    /* owned */
	time_t ticked;         /* 0: not ticked */
	char *note;            /* owned; NULL: none */
};

/* An answer of a walk to replay when a session is resumed. */
struct replay {
	char *check_id;
	enum answer answer;
};

/* Largest text the paste area takes (a trace is text; more is refused). */
#define UI_PASTE_MAX (4u * 1024u * 1024u)

/* The wizard state (the one "hidden global" DESIGN.md allows the TUI: it is
 * a single object owned by tui_run() and handed to every screen). */
struct ui {
	struct kb *kb;                  /* borrowed from tui_run()'s caller */
	const struct tui_options *opt;  /* borrowed */
	enum stage stage;
	bool quit;                      /* leave the loop */
	int status;                     /* tui_run()'s exit status */

	/* Start */
	struct field code_field;        /* a code or words to search */
	struct field ticket;
	struct field operator_name;
	struct field trace_field;       /* a trace file name; empty: paste */
	char *saved_operator;           /* as loaded from the state dir; owned */
	int focus;                      /* start screen: which field */
	struct kb_code_list matches;    /* codes matching code_field; owned */
	size_t match_sel, match_top;
	int code;                       /* chosen code, 0 = none */
	char *code_phrase;              /* its reason phrase (a symptom's label); owned, may be NULL */
	char *symptom;                  /* chosen symptom id instead of a code; owned, NULL = none */
	struct kb_symptoms sym_matches; /* symptoms matching code_field, listed before the codes; owned */

	/* Vocabulary, loaded once; owned. */
	struct kb_terms initiators, vendors;
	size_t initiator_sel, vendor_sel;

	/* The vendor's reasons for the code; owned. reason_sel == reasons.n is
	 * "none of these". */
	struct kb_readings reasons;
	size_t reason_sel;

	/* The walk; owned.  Rebuilt when the facts change. */
	struct engine *engine;
	char *engine_facts;             /* "code|vendor|initiator|reason"; owned */
	struct remembered *remembered;  /* owned */
	size_t n_remembered;
	int answer_sel;                 /* question screen: 0 yes, 1 no, 2 unknown */

	/* Checklist; owned while on the checklist stage. */
	struct checklist *cl;
	size_t step_sel;
	int scroll;
	bool follow_step;               /* the next draw scrolls to step_sel */

	/* The trace loaded from the start screen (tracein.c); owned, NULL when
	 * none.  Its facts pre-select the choices; its answers are engine
	 * presets (ORIGIN_TRACE); overrides are the operator's word on them. */
	struct trace_facts *trace;
	char *trace_name;               /* file name or "pasted text"; owned */
	bool trace_reason_pending;      /* pre-select its reason once */
	struct override *overrides;     /* owned */
	size_t n_overrides;
	/* A trace with several calls (tracein.c); owned, NULL otherwise.  The
	 * call list (scr_calls.c) picks the call whose facts are in trace. */
	struct trace *calls;
	bool calls_pending;             /* the loop opens the call list next */
	size_t call_sel;                /* call list: the selected call (index) */
	int call_code;                  /* filter: a final code, 1-6 a class, 0 any */
	bool call_failed_only;          /* filter: failed calls only */
	char *reask_id;                 /* question screen: re-asking this automatic answer */
	enum stage reask_from;          /* where Esc returns from the re-ask */

	/* A trace restored from history (a resumed session): its answers and
	 * the lines it showed, without the trace itself.  Used when ui->trace
	 * is NULL; forgotten with it. */
	struct override *restored;      /* owned */
	size_t n_restored;
	char **restored_lines;          /* owned */
	size_t n_restored_lines;

	char *help_text;                /* a screen's built help text; owned */

	/* The course and practice (scr_learn.c, scr_quiz.c); owned, NULL
	 * until the course is opened; released by course_free(). */
	struct course *course;

	/* History (session.c): the session this run is, stored after every key
	 * that changed something.  hist is NULL when history is off. */
	struct history *hist;
	char *history_off;              /* why history is off (one line); owned */
	struct history_session session; /* as last stored (id 0: nothing yet); owned */
	char *stored_fp;                /* what was last stored; owned */
	char *saved_fp;                 /* what was last saved to a file; owned */
	bool store_failed;              /* the last write failed: quitting asks */
	size_t open_sessions;           /* open sessions another run left (start) */
	char *open_hint;                /* "T-1001 503 carrier, 10:42" of the latest; owned */
	char ticket_checked[UI_FIELD_MAX];  /* the ticket earlier_sessions counts */
	size_t earlier_sessions;
	struct tick *ticks;             /* owned */
	size_t n_ticks;
	struct replay *replay;          /* answers to replay after a resume; owned */
	size_t n_replay;

	/* The stats screen (scr_stats.c): the highlighted row, the first shown. */
	size_t stats_sel, stats_top;

	/* The history screen. */
	enum stage history_from;        /* where Esc returns to */
	int64_t load_id;                /* a session to resume or follow up; 0: none */
	bool load_follow_up;

	/* The checklist screen. */
	bool hide_sources;              /* v: the steps without their sources */
	bool full_format;               /* c: save and print the full format */
	char *save_dir;                 /* where saves go (--save-dir, remembered); owned */

	/* A modal question or prompt being asked (ui_ask, ui_prompt): shown
	 * on the size message when the window is too small.  Borrowed. */
	const char *pending;

	/* The message under the body (errors, "saved to"); wrapped over up to
	 * UI_MSG_ROWS rows, its end always shown. */
	char msg[1024];
	enum role msg_role;
};
#define UI_MSG_ROWS 5

struct screen {
	const char *name;                    /* N_(): "Vendor" (progress line) */
	const char *keys;                    /* N_(): the footer's key hints */
	void (*init)(struct ui *ui);         /* entering the stage (either way) */
	void (*draw)(struct ui *ui, int top, int rows, int cols);
	enum key_result (*key)(struct ui *ui, int key);
	const char *(*help)(struct ui *ui);  /* translated help text for F1 */
	/* Optional: "/" on this screen; QUERY is what the operator typed.
	 * Returns false when nothing matched (the loop says so). */
	bool (*search)(struct ui *ui, const char *query);
	/* Optional: the footer's key hints for the current state (translated);
	 * NULL or returning NULL: KEYS. */
	const char *(*footer)(struct ui *ui);
	/* Optional: the breadcrumb line (malloc'd); NULL: the walk's facts. */
	char *(*crumb)(struct ui *ui);
};

extern const struct screen screen_start, screen_initiator, screen_vendor, screen_reason,
	screen_question, screen_checklist, screen_calls, screen_history, screen_stats, screen_learn,
	screen_quiz;

/* ----- wizard.c: loop services for screens ----- */

/* Sets the message line (printf-style, text already translated). */
void ui_message(struct ui *ui, enum role r, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Redraws the whole frame: chrome and the current screen. */
void ui_redraw(struct ui *ui);
/* Asks QUESTION on the message line and waits for one of KEYS (ASCII).
 * Returns the key, or 0 when cancelled (Esc, a signal). */
int ui_ask(struct ui *ui, const char *question, const char *keys);
/* Edits a line on the message line, starting from INITIAL.  Returns a
 * malloc'd string, or NULL when cancelled. */
char *ui_prompt(struct ui *ui, const char *label, const char *initial);
/* The same for a file name: Tab completes it, and the result has "~/"
 * expanded to the home folder. */
char *ui_prompt_file(struct ui *ui, const char *label, const char *initial);
/* The current question's number and the walk's estimated length, as the
 * header and the question screen both show them: *cur 0 before the first
 * question.  Returns false when there is no walk. */
bool ui_progress(const struct ui *ui, size_t *cur, size_t *total);
/* Shows TEXT (with TITLE) in a scrollable full-body viewer until q/Esc. */
void ui_pager(struct ui *ui, const char *title, const char *text);
/* The answer remembered for CHECK_ID, or ANSWER_NONE. */
enum answer ui_remembered(const struct ui *ui, const char *check_id);
void ui_remember(struct ui *ui, const char *check_id, enum answer a);
/* Makes sure ui->engine matches the chosen facts (creating it when needed).
 * Returns false with the message line set on failure. */
bool ui_engine_ready(struct ui *ui);

struct menu_item;
/* Lets the operator pick one of N items in a full-body list (TITLE above
 * it).  Returns the index, or -1 when cancelled. */
long ui_choose(struct ui *ui, const char *title, const struct menu_item *items, size_t n);
/* The steps of the walk answered automatically (trace, vendor reason), in
 * order: a malloc'd array of indexes into engine_steps(), *n of them. */
size_t *ui_automatic(const struct ui *ui, size_t *n);
/* Starts re-asking the automatic answer to CHECK_ID on the question screen;
 * Esc there returns to the current stage. */
void ui_reask(struct ui *ui, const char *check_id);

/* ----- session.c: the session in history, ticks and notes ----- */

/* Opens the history database (or notes why it is off) and counts the open
 * sessions another run left.  Returns a notice for the message line
 * (malloc'd) or NULL. */
char *ui_session_start(struct ui *ui);
/* Stores what changed since the last call (one short transaction): called
 * by the loop after every key.  Returns an error for the message line
 * (malloc'd) the first time a write fails, else NULL. */
char *ui_session_sync(struct ui *ui);
/* Leaves the session open for a later resume (not "in use" any more) and
 * closes the database.  Returns the session id, 0 when there was none. */
int64_t ui_session_end(struct ui *ui);
/* Marks the session finished (stored at once) and forgets it: the next
 * change starts a new one.  Returns 0, or -1 with *why. */
int ui_session_finish(struct ui *ui, char **why);
/* Starts afresh for the next call: a new session on the next change. */
void ui_session_new(struct ui *ui);
/* Whether anything was entered: a code, a ticket, a trace, answers, ticks. */
bool ui_has_work(const struct ui *ui);
/* Whether something entered is neither in history nor in a saved file. */
bool ui_unsaved(struct ui *ui);
/* Remembers that what is on screen now was saved to a file. */
void ui_mark_saved(struct ui *ui);
/* Sessions of TICKET other than this one, counted once per ticket typed. */
size_t ui_earlier_sessions(struct ui *ui, const char *ticket);
/* Loads session ID into the wizard: the facts, the trace's answers, the
 * answers to replay, the ticks (resume), or the facts and answers only for
 * a new session that follows it up (FOLLOW_UP).  Returns the stage to
 * continue at, or -1 with *why set (the wizard's state unchanged). */
int ui_session_load(struct ui *ui, int64_t id, bool follow_up, char **why);
/* Ticks and notes: the memory applied to ui->cl, and changed through it. */
void ui_ticks_apply(struct ui *ui);
void ui_tick_toggle(struct ui *ui, size_t step);
void ui_tick_note(struct ui *ui, size_t step, const char *note);
void ui_ticks_forget(struct ui *ui);

/* ----- complete.c: file names ----- */

/* "~/x" is the operator's home, as in a shell; malloc'd. */
char *ui_expand_path(const char *name);
/* Completes the file name NAME: returns the completed text (malloc'd; NAME
 * itself when nothing could be added) and, when several names fit, *choices
 * lists them (malloc'd, NULL otherwise). */
char *ui_complete_path(const char *name, char **choices);

/* ----- tracein.c: loading a trace ----- */

/* Reads the trace file NAME, or pasted text when NAME is empty, and on
 * success replaces the loaded trace and pre-selects the facts of its first
 * failed call, else its first (not the code: the start screen takes
 * ui->trace->code).  A trace with several calls stays in ui->calls and
 * ui->calls_pending asks the loop for the call list.  On failure the
 * message line says why and the old trace stays.  Returns true when
 * loaded. */
bool ui_trace_load(struct ui *ui, const char *name);
/* Takes the facts of call INDEX of ui->calls instead: the code (ui->code,
 * the code field), the pre-selected choices, the answers.  False with the
 * message line set when the call cannot be read or shows no final code. */
bool ui_trace_pick(struct ui *ui, size_t index);
/* Forgets the trace (and its calls) and the operator's overrides of its
 * answers (evidence.c). */
void ui_trace_forget(struct ui *ui);
/* Forgets the operator's overrides of the trace's answers only. */
void ui_overrides_forget(struct ui *ui);
/* One line about the loaded trace ("call 2 of 3: 403, 3 answers, vendor
 * didww"); malloc'd (evidence.c). */
char *ui_trace_summary(const struct ui *ui);
/* The paste area: reads lines until a line with a single "." or Ctrl-D.
 * Returns the text (malloc'd, *len bytes) or NULL when cancelled or too
 * large (the message line says which). */
char *ui_paste(struct ui *ui, size_t *len);

/* Whether a trace is loaded or restored; how many answers it gave; its
 * lines for "From the trace" (malloc'd array of malloc'd strings, *n). */
bool ui_has_trace(const struct ui *ui);
size_t ui_trace_answer_count(const struct ui *ui);
char **ui_trace_lines(const struct ui *ui, size_t *n);
/* Presets the trace's answers (loaded or restored) in engine E. */
void ui_trace_presets(const struct ui *ui, struct engine *e);

/* ----- scr_learn.c: the course ----- */

/* Releases the course's state (ui->course); safe when there is none. */
void course_free(struct ui *ui);

/* ----- draw.c ----- */

/* Whether the terminal's locale is UTF-8; without it draw_text() writes
 * ASCII for the arrows, separators and ellipses. */
bool draw_utf8(void);
/* Columns S takes as draw_text() writes it. */
size_t draw_width(const char *s);

/* Writes S at (Y, X) clipped to MAXW columns; returns the columns used. */
int draw_text(int y, int x, int maxw, const char *s, int attr);
/* Writes S word-wrapped in WIDTH columns from (Y, X) on at most MAXROWS rows,
 * continuation lines indented by INDENT; returns the rows used. */
int draw_wrapped(int y, int x, int width, int maxrows, const char *s, int indent, int attr);
/* Rows S needs wrapped in WIDTH columns. */
int draw_wrapped_rows(const char *s, int width, int indent);
/* Fills row Y with blanks in ATTR. */
void draw_fill(int y, int attr);
/* A "label: text" block: label in ROLE_LABEL, text wrapped after it. */
int draw_labelled(int y, int x, int width, int maxrows, const char *label, const char *text);
/* The role for a severity level word, ROLE_NORMAL for anything else. */
enum role severity_role(const char *level);

/* A list of (label, text) items with one selected, used by the initiator,
 * vendor and reason screens: one line per item ("label  first words of
 * text..."), then the selected item's full text and WHERE below it.
 * Returns the rows used. */
struct menu_item {
	const char *label;         /* the list's first column */
	const char *summary;       /* the list's second column; NULL: TEXT */
	const char *title;         /* heading of the details; NULL: LABEL */
	const char *text;          /* the details */
	const char *where_label;   /* translated, e.g. "Where to read it:" */
	const char *where;         /* may be NULL */
	const char *extra_label;   /* may be NULL */
	const char *extra;         /* may be NULL */
};
int draw_menu(int top, int rows, int cols, const struct menu_item *items, size_t n, size_t sel);
/* Moves SEL for a list key (Up/Down/j/k/Home/End/digits 1-9).  Returns true
 * when KEY was a list key. */
bool menu_key(int key, size_t n, size_t *sel);
/* Finds the first item at or after SEL+1 (wrapping) whose label or text
 * contains QUERY, case-insensitively; true and *SEL moved when found. */
bool menu_search(const struct menu_item *items, size_t n, size_t *sel, const char *query);
/* Case-insensitive substring test for UTF-8 text (ASCII folding). */
bool text_contains(const char *hay, const char *needle);

#endif
