/* learn.h: onboarding for L1 staff (DESIGN.md "learn"): the catalogue and
 * its lesson cards, the glossary, practice tickets with their stages and
 * scoring, the repetition schedule, the trainer's progress report and the
 * cheat sheet.
 *
 * Everything is built from the knowledge base and the engine the wizard
 * uses, so the course and the wizard never disagree: a card's questions are
 * the tree's, a ticket's expected answers are checked against the engine
 * (learn_check()).  No terminal I/O: renderers append to a buffer, the
 * schedule takes the clock as an argument.  Structs returned are owned by
 * the caller and released with the matching _free(), which is NULL-safe and
 * clears the caller's pointer (or, for a struct passed by address, empties
 * it). */
#ifndef SIPTRIAGE_LEARN_H
#define SIPTRIAGE_LEARN_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "engine.h"
#include "kb.h"
#include "util.h"

/* Output formats of the renderers (not every renderer takes every one). */
enum learn_format { LEARN_TEXT, LEARN_MARKDOWN, LEARN_JSON };
/* "text", "markdown" or "json"; -1 for anything else. */
int learn_format_parse(const char *name);

/* ---------------------------------------------------------------------------
 * The catalogue: one entry per code of the knowledge base, then one per
 * symptom (the tickets that have no telling code). */

/* The "class" of a symptom's entry, and the filter that lists only them. */
#define LEARN_SYMPTOMS 9

struct learn_entry {
	char *topic;           /* "403" */
	int code;              /* 0 for a symptom */
	int klass;             /* 1 to 6; LEARN_SYMPTOMS for a symptom */
	char *title;           /* "403 Forbidden", "one-way-audio: One-way audio" */
	char *summary;         /* one line in plain words */
	char *severity;        /* for the filter's vendor, else the generic one */
	bool lesson;           /* a written lesson (excerpt, links) exists */
};
struct learn_catalogue {
	struct learn_entry *v;
	size_t n;
};

/* What to list: every field 0/NULL lists everything. */
struct learn_filter {
	int klass;             /* 1 to 6, or LEARN_SYMPTOMS; 0: every class */
	const char *severity;  /* immediate, track or normal; NULL: any */
	const char *vendor;    /* only what this vendor context says something
				* of its own about, with its severities; NULL: all */
};

/* Fills OUT with the entries F selects, by code, then the symptoms (a
 * vendor's: those it has a route of its own for).  KB_ERROR with *why set
 * on failure; an unknown vendor is no error (nothing of its own: an empty
 * list). */
enum kb_status learn_catalogue_get(struct kb *kb, const struct learn_filter *f,
				   struct learn_catalogue *out, char **why);
void learn_catalogue_free(struct learn_catalogue *c);

/* ---------------------------------------------------------------------------
 * Lesson cards. */

/* One tree the wizard walks for the topic, with the vendor contexts that
 * use it (initiator unknown, no vendor reason). */
struct learn_tree {
	char *id;
	char *title;
	char *vendors;         /* "generic, carrier" */
	const struct kb_term **questions;   /* the checks asked, breadth first
					     * (root first); point into the card */
	size_t n_questions;
	struct kb_outcome **causes;         /* every outcome the tree can end in */
	size_t n_causes;
};

/* One vendor context on a card. */
struct learn_vendor {
	char *id;
	char *name;
	bool own;              /* it says something of its own about the topic */
	struct kb_severity severity;
	struct kb_readings readings;   /* its reading(s) of the code */
	struct kb_readings reasons;    /* its own reasons for the code */
	char *tree;            /* the tree the wizard walks for it */
};

struct learn_card {
	char *topic;
	int code;
	char *title;           /* "403 Forbidden" */
	char *summary;         /* one line: the lesson's, else the meaning's first sentence */
	struct kb_code *info;  /* meaning, class, RFC, generic severity; NULL for a symptom */
	struct kb_symptoms symptoms;    /* a symptom's card: the symptoms, and */
	const struct kb_symptom *symptom;   /* the card's, in them; else NULL */
	bool has_lesson;
	struct kb_lesson lesson;
	struct learn_vendor *vendors;   /* every vendor context of the knowledge base */
	size_t n_vendors;
	struct learn_tree *trees;
	size_t n_trees;
	struct kb_terms checks;         /* the checks the trees ask (questions point here) */
	struct kb_terms links;          /* written links: id = topic, text = why */
	struct kb_terms alike;          /* codes whose trees share causes: id = topic,
					 * label = title, text = the shared causes */
	struct kb_terms terms;          /* glossary terms */
	struct kb_source *sources;      /* every source cited, once */
	size_t n_sources;
};

/* Builds the card of TOPIC (a code "403" or a symptom "one-way-audio"): a
 * symptom's trees are its routes, its severity the symptom's, its "vendors
 * say" the vendors with a route of their own.  KB_NOT_FOUND (*why set) when
 * TOPIC is neither a code of the knowledge base nor a symptom. */
enum kb_status learn_card_get(struct kb *kb, const char *topic, struct learn_card **out, char **why);
void learn_card_free(struct learn_card **c);

/* Appends card C as text (WIDTH columns) or markdown. */
void learn_card_render(struct buf *out, const struct learn_card *c, enum learn_format f,
		       size_t width);

/* Appends the glossary (every term, or the one with id or name TERM) as text
 * or markdown.  Returns false (nothing appended) when TERM matches none. */
bool learn_glossary_render(struct buf *out, const struct kb_terms *glossary, struct kb *kb,
			   const char *term, enum learn_format f, size_t width);

/* ---------------------------------------------------------------------------
 * Practice: a ticket is answered in stages; each has choices, one right. */

enum learn_stage {
	LEARN_MEANING,         /* what the code means */
	LEARN_SEVERITY,        /* immediate / track / normal */
	LEARN_INITIATOR,       /* who ended the call (when the evidence shows it) */
	LEARN_FIRST_CHECK,     /* the wizard's first question */
	LEARN_CAUSE,           /* the likely cause */
	LEARN_STAGE_COUNT
};
/* Stable id ("meaning", "severity", "initiator", "first-check", "cause"),
 * used in the state database and the json export. */
const char *learn_stage_id(enum learn_stage s);
/* The stage whose id is ID, or LEARN_STAGE_COUNT. */
enum learn_stage learn_stage_parse(const char *id);
/* Translated name for people: "the code's meaning" (for a symptom ticket,
 * SYMPTOM true: "the symptom's meaning"), "the severity", ... */
const char *learn_stage_name(enum learn_stage s, bool symptom);

struct learn_choice {
	char *id;              /* topic, severity, initiator, check or outcome id */
	char *text;
};

/* One stage of a ticket, ready to ask. */
struct learn_step {
	enum learn_stage stage;
	const char *name;      /* translated name of the stage for this ticket
				* (learn_stage_name()): not owned */
	char *prompt;          /* translated question */
	char *found;           /* the cause stage: what the checks found, one
				* "- statement Yes." line each; else NULL */
	struct learn_choice *choices;
	size_t n_choices;      /* at most LEARN_MAX_CHOICES */
	size_t right;          /* index of the right choice */
	char *explanation;     /* why it is right */
	struct kb_source source;
	char *card;            /* the lesson card to read (topic) */
};
#define LEARN_MAX_CHOICES 4

/* A ticket prepared for practice.  Its choices are shuffled by the
 * ticket's id and stage: the same every run. */
struct learn_exercise {
	struct kb_ticket ticket;        /* a copy, owned */
	char *topic;                    /* the ticket's card */
	char *title;                    /* its title, "403 Forbidden" */
	struct learn_step *steps;
	size_t n_steps;
};
enum kb_status learn_exercise_build(struct kb *kb, const struct kb_ticket *t,
				    struct learn_exercise **out, char **why);
void learn_exercise_free(struct learn_exercise **x);

/* ---------------------------------------------------------------------------
 * Scoring: right answers per topic.  A topic is a stage ("stage:severity";
 * a symptom ticket's meaning is "stage:symptom-meaning"),
 * a card ("card:403") or a vendor context ("vendor:didww"). */

struct learn_topic_score {
	char *id;              /* "stage:severity" */
	char *label;           /* "severity", "403 Forbidden", "didww" */
	unsigned right, total;
};
struct learn_score {
	unsigned right, total;          /* stages */
	unsigned tickets_right, tickets;   /* tickets with every stage right */
	struct learn_topic_score *topics;
	size_t n_topics;
};
/* Adds one answer to S: stage STAGE of a ticket on card TOPIC (TITLE for
 * people) in vendor context VENDOR, right or not. */
void learn_score_add(struct learn_score *s, const char *topic, const char *title,
		     const char *vendor, enum learn_stage stage, bool right);
/* Counts one ticket as finished (all right or not). */
void learn_score_ticket(struct learn_score *s, bool all_right);
/* The weakest topics: those with a wrong answer, lowest share right first
 * (ties: more answers first, then by id), at most MAX; *N of them.  The
 * pointers point into S. */
const struct learn_topic_score **learn_score_weakest(const struct learn_score *s, size_t max,
						     size_t *n);
void learn_score_clear(struct learn_score *s);

/* ---------------------------------------------------------------------------
 * The repetition schedule: Leitner boxes.  A ticket answered with every
 * stage right moves up one box and is due again after that box's interval;
 * a wrong answer sends it back to box 1, due at once, so the next session
 * brings it back first. */

#define LEARN_BOXES 6
/* Days until a ticket in box B (1 to LEARN_BOXES) is due again. */
int learn_box_days(int box);

struct learn_sched {
	char *ticket;
	int box;               /* 1 to LEARN_BOXES */
	time_t due;
	time_t last;           /* last practised */
	unsigned seen, right;  /* times practised, times all right */
	bool last_right;
};
/* Records an attempt at NOW: every stage right or not. */
void learn_sched_update(struct learn_sched *s, bool all_right, time_t now);

/* Picks up to LIMIT tickets (0: no limit) of ALL to practise at NOW, given
 * what KNOWN says: first those due whose last attempt was wrong (oldest
 * first), then the others due (most overdue first), then - unless
 * REVIEW_ONLY - those never practised, in ALL's order.  Returns a malloc'd
 * array of indexes into ALL, *N of them. */
size_t *learn_sched_pick(const char *const *all, size_t n_all, const struct learn_sched *known,
			 size_t n_known, time_t now, bool review_only, size_t limit, size_t *n);
/* The earliest due time after NOW among KNOWN, or 0 when none. */
time_t learn_sched_next(const struct learn_sched *known, size_t n_known, time_t now);

/* ---------------------------------------------------------------------------
 * A practice session: tickets in order, one stage at a time. */

struct learn_quiz;

/* Starts a session over the tickets IDS (looked up in TICKETS, borrowed:
 * it must outlive the session).  NULL with *why set when an id is unknown
 * or the knowledge base fails. */
struct learn_quiz *learn_quiz_new(struct kb *kb, const struct kb_tickets *tickets,
				  const char *const *ids, size_t n, char **why);
void learn_quiz_free(struct learn_quiz **q);

/* The exercise and step asked now; NULL when the session is over. */
const struct learn_exercise *learn_quiz_exercise(const struct learn_quiz *q);
const struct learn_step *learn_quiz_step(const struct learn_quiz *q);
/* Which ticket (1-based) of how many; which step of the ticket. */
size_t learn_quiz_position(const struct learn_quiz *q, size_t *of, size_t *step, size_t *steps);

/* Answers the current step with choice CHOICE.  Returns 1 when right, 0
 * when wrong, -1 when there is no step or CHOICE is out of range (nothing
 * recorded).  A step is answered once: later calls return the first
 * verdict. */
int learn_quiz_answer(struct learn_quiz *q, size_t choice);
/* The choice given to the current step, or -1 when not answered yet. */
long learn_quiz_given(const struct learn_quiz *q);
/* Moves to the next step (or ticket) once the current step is answered.
 * Returns true when the ticket just finished (its result is final). */
bool learn_quiz_next(struct learn_quiz *q);

/* The result of a finished ticket. */
struct learn_result {
	const char *ticket;    /* points into the exercise */
	bool asked[LEARN_STAGE_COUNT];
	bool right[LEARN_STAGE_COUNT];
	bool all_right;
};
/* Results of the tickets finished so far, in order. */
const struct learn_result *learn_quiz_results(const struct learn_quiz *q, size_t *n);
/* The session's score so far. */
const struct learn_score *learn_quiz_score(const struct learn_quiz *q);

/* ---------------------------------------------------------------------------
 * Progress per operator, kept in the state database beside the history
 * ($XDG_STATE_HOME/siptriage/history.db, schema step 3 of history.c).
 * Implemented by the history module (src/history_learn.c): only it talks
 * to SQLite. */

struct learn_answer {
	char *ticket;
	enum learn_stage stage;
	bool right;
	time_t when;
};
struct learn_read {
	char *topic;
	time_t when;           /* the last time it was opened */
	unsigned times;
};
struct learn_progress {
	char *operator_name;
	struct learn_sched *sched;      /* one per ticket practised */
	size_t n_sched;
	struct learn_answer *answers;   /* every answer, oldest first */
	size_t n_answers;
	struct learn_read *reads;       /* cards read */
	size_t n_reads;
};
void learn_progress_clear(struct learn_progress *p);

/* Loads OPERATOR's progress (empty when it has none; reading creates no
 * database).  -1 with *why set (one line, malloc'd) when the database cannot
 * be read.  A damaged database is moved aside and a new one started
 * (history_open()): *NOTICE (when NOTICE is not NULL) then says so,
 * malloc'd, for the caller to show. */
int learn_progress_load(const char *operator_name, struct learn_progress *out, char **notice,
			char **why);
/* The operators with any progress, sorted; *NAMES malloc'd.  *NOTICE as
 * for learn_progress_load(). */
int learn_progress_operators(char ***names, size_t *n, char **notice, char **why);
/* Records one finished ticket for OPERATOR: its schedule S and its N
 * answers, in one transaction.  -1 with *why set on failure (nothing
 * written). */
int learn_progress_record(const char *operator_name, const struct learn_sched *s,
			  const struct learn_answer *answers, size_t n, char **why);
/* Records that OPERATOR read the card TOPIC at WHEN. */
int learn_progress_card_read(const char *operator_name, const char *topic, time_t when,
			     char **why);

/* The tickets of T to practise at NOW for P's operator (learn_sched_pick()
 * over the tickets of vendor context VENDOR, or all when NULL): a malloc'd
 * array of ids borrowed from T, *N of them. */
const char **learn_session_pick(const struct kb_tickets *t, const struct learn_progress *p,
				const char *vendor, time_t now, bool review_only, size_t limit,
				size_t *n);
/* Records the finished ticket R at NOW: moves it in P's schedule, adds its
 * answers to P and stores both (learn_progress_record()).  -1 with *why set
 * when storing failed (P keeps the change: the session goes on). */
int learn_progress_add(struct learn_progress *p, const struct learn_result *r, time_t now,
		       char **why);

/* Appends the trainer's view of the N operators' progress P at NOW: cards
 * read, tickets practised, score per topic, what is due.  TICKETS gives the
 * topics of each ticket (tickets no longer in it count under their id).
 * JSON carries "schema": "siptriage.learn/1" and RFC 3339 times. */
void learn_progress_render(struct buf *out, const struct learn_progress *p, size_t n,
			   const struct kb_tickets *tickets, struct kb *kb, time_t now,
			   enum learn_format f, size_t width);

/* ---------------------------------------------------------------------------
 * The cheat sheet. */

struct learn_sheet_row {
	char *topic;
	char *title;           /* "403 Forbidden" */
	char *severity;        /* in the sheet's vendor context */
	char *first_check;     /* the wizard's first question; NULL: none */
	char *escalate_to;     /* of the likely outcome; NULL: no escalation */
	char *differs;         /* all vendors: "cognigy-vg immediate, ..."; else NULL */
};
struct learn_sheet {
	char *vendor;          /* NULL: every vendor context */
	char *vendor_name;
	struct learn_sheet_row *rows;
	size_t n_rows;
	struct kb_terms checks;         /* the knowledge base's, for the legend */
};
/* Builds the sheet for VENDOR (NULL: generic, with where other vendor
 * contexts differ).  KB_NOT_FOUND with *why set for an unknown vendor. */
enum kb_status learn_sheet_build(struct kb *kb, const char *vendor, struct learn_sheet **out,
				 char **why);
void learn_sheet_free(struct learn_sheet **s);
/* Lines a printed page holds at 80 columns (A4 and Letter at 6 lines an
 * inch, margins included). */
#define LEARN_PAGE_LINES 66
/* Appends the sheet as text (WIDTH columns, at most LEARN_PAGE_LINES lines:
 * rows that do not fit are named at the end) or markdown. */
void learn_sheet_render(struct buf *out, const struct learn_sheet *s, enum learn_format f,
			size_t width);

/* ---------------------------------------------------------------------------
 * Validation. */

/* Checks every practice ticket against the engine and the trace reader:
 * the facts must start a walk; the expected first check must be the
 * engine's first question, the severity the one the wizard shows, the
 * outcome the one the ticket's facts lead to (every question on the path
 * answered by them, and every fact used); a trace or call-log excerpt must
 * read as the ticket's code (and initiator and reason) and answer no check
 * against its facts.  Each defect is appended to *REPORT as one line
 * "practice ticket ID: ...\n" (malloc'd; NULL when none).  Returns the
 * number of defects, or -1 when the knowledge base fails (*report then
 * holds the reason). */
int learn_check(struct kb *kb, char **report);
/* learn_check() on the knowledge base at PATH, its report appended to
 * *REPORT (which may hold kb_check()'s).  Returns the number of defects; a
 * knowledge base that cannot be opened counts none (kb_check() reports
 * that); practice tickets that cannot be read count one. */
int learn_check_file(const char *path, char **report);

#endif
