/* checklist.h: turning what the knowledge base and the engine know into text
 * for people: the code explanation, and (later) the resolution checklist with
 * its text, markdown and json renderers.  No terminal I/O: callers print. */
#ifndef SIPTRIAGE_CHECKLIST_H
#define SIPTRIAGE_CHECKLIST_H

#include <time.h>

#include "engine.h"
#include "kb.h"
#include "util.h"

/* What the knowledge base says about one code: the RFC's reading and every
 * vendor's (or one vendor's), with severities, reasons and notes. */
struct explanation {
	struct kb_code *code;
	struct kb_severity generic;        /* the generic severity */
	struct kb_readings readings;       /* vendor_code rows */
	struct kb_readings reasons;        /* vendor_reason rows */
	struct kb_notes notes;             /* notes about this code */
	struct kb_severity *severities;    /* one per vendor with readings, in vendor order */
	char **severity_vendors;
	size_t n_severities;
};
/* Builds the explanation of CODE for VENDOR (NULL: every vendor).  NULL with
 * *why set on failure. */
struct explanation *explain_build(struct kb *kb, int code, const char *vendor, char **why);
void explain_free(struct explanation **x);

/* Appends to OUT what X says, for `siptriage explain` and the wizard's
 * explain screen, wrapped to WIDTH columns. */
void render_explain(struct buf *out, const struct explanation *x, size_t width);

/* Appends what the knowledge base says about SYMPTOM (`siptriage explain
 * SYMPTOM`): its meaning, where to look, severity, the routes that walk it
 * (VENDOR's and the generic one; every vendor's when VENDOR is NULL) with
 * the checks each asks, and the sources, wrapped to WIDTH columns.  Returns
 * KB_NOT_FOUND (nothing appended) for an unknown id, KB_ERROR with *why set
 * when the knowledge base fails. */
enum kb_status render_symptom(struct buf *out, struct kb *kb, const char *symptom, const char *vendor,
			      size_t width, char **why);
/* A vocabulary id as the command line spells it, with its translation
 * beside it when the program speaks another language: "unknown
 * (unbekannt)", or "unknown" alone.  KIND is "severity", "role" (owners and
 * actors), "class" (an outcome's), "initiator" or "answer".  Malloc'd. */
char *vocab_show(const char *kind, const char *id);

/* TEXT of a vendor quoted from seed S, marked as a quotation when the rest
 * is translated (kb_source_quoted()): "\"TEXT\" [quoted from seed-002]";
 * else TEXT.  Malloc'd. */
char *quote_show(const char *text, const struct kb_source *s);

/* The time WHEN for people, in the local time zone: the locale's date and
 * time (LC_TIME), or, in the C locale, the program language's own format
 * (ISO 8601 in English).  OUT holds N bytes. */
void checklist_time_local(char *out, size_t n, time_t when);

/* Appends "[id] title, cite <locator>" for S, wrapped, as a list item. */
void render_source(struct buf *out, const struct kb_source *s, size_t width, size_t indent);

/* ---------------------------------------------------------------------------
 * The resolution checklist. */

struct checklist_meta {
	const char *ticket;        /* may be NULL */
	const char *operator_name; /* may be NULL */
	time_t when;               /* 0: now */
	const char *const *evidence;  /* lines read from a trace (trace.h), or NULL */
	size_t n_evidence;
};

struct checklist_step {
	char *actor;               /* operator customer platform carrier far-end */
	char *text;
	bool verify;               /* "check first" step for an assumed answer */
	bool done;                 /* ticked off (the wizard); rendered [x] */
	char *note;                /* the operator's short note (the wizard); may be NULL */
	const struct kb_source *source;   /* points into the checklist (a verify step: its
					     check's source); may be NULL */
};

struct checklist_answer {
	char *check_id;
	char *statement;
	enum answer answer;
	enum origin origin;
	char *note;
};

/* A step of the walk taken on an assumption (answer unknown, or not asked):
 * the likely cause holds only if it is confirmed. */
struct checklist_assumption {
	char *check_id;
	char *assumed;             /* the statement as assumed ("... is not on the allowed list") */
	enum answer taken;         /* the branch assumed: YES or NO */
	enum origin origin;        /* UNASKED or what said "unknown" */
	struct kb_source source;   /* the check's: its verify step cites it */
	size_t step;               /* the number (1-based) of its verify step */
};

/* An answer given that the walk did not use, and why (engine_unused()). */
struct checklist_unused {
	char *check_id;
	char *statement;
	enum answer answer;
	enum origin origin;
	char *note;
	char *reason;              /* translated, one sentence */
	bool instead;              /* another answer to the same check was used
				      instead (engine: REASON_WINS, REPLACED): */
	enum answer instead_answer;
	enum origin instead_origin;
	char *instead_note;        /* may be NULL */
};

/* A note that qualifies what the vendor's rows say. */
struct checklist_note {
	char *text;                /* translated frame around the knowledge base's note */
	struct kb_source source;
};

/* Everything a rendering needs; built once, owned by the caller. */
struct checklist {
	int code;                   /* 0 for a symptom */
	char *symptom;              /* the symptom id, or NULL for a code */
	struct kb_symptom *symptom_info;   /* NULL for a code */
	char *title;                /* "503 Service Unavailable (carrier, initiator system)" */
	char *vendor, *initiator, *reason;   /* resolved facts; reason may be NULL */
	char *tree, *match;
	char **route;               /* the moves into other trees, one sentence each */
	size_t n_route;
	char *ticket, *operator_name;
	time_t when;
	struct kb_code *code_info;          /* NULL for a symptom */
	struct kb_readings readings;        /* the vendor's reading(s) of the code, in scope */
	struct kb_readings reason_reading;  /* the vendor's reason (the one given), or
					       with only the initiator known, its rows
					       reported with that initiator */
	struct checklist_note *notes;       /* faults of the rows above, rows left out */
	size_t n_notes;
	struct kb_severity severity;        /* the final one: after scope and the outcome's
					       floor (vendor "outcome" when raised) */
	bool raised;                        /* the outcome raised it from BEFORE */
	bool lowered;                       /* a user outcome (owner none) lowered it from
					       BEFORE to its outcome_severity row */
	struct kb_severity before;          /* the code's (vendor's) severity; set when
					       raised or lowered */
	char *severity_note;                /* why a vendor severity was left out; may be NULL */
	char *scope_checks;                 /* checks that left vendor rows out, comma-separated */
	struct kb_outcome *outcome;
	struct checklist_assumption *assumptions;   /* in path order: most decisive first */
	size_t n_assumptions;
	char *decided_by;                   /* the check whose answer given (trace, -a, the
					       operator) found the fault the outcome names
					       (engine_step.finding on the last step), or
					       NULL: its steps come first, the assumptions'
					       verify steps after them */
	enum answer decided_answer;
	char *decided_note;                 /* what the answer rests on ("trace line 48:
					       ..."); may be NULL */
	struct checklist_step *steps;
	size_t n_steps;
	struct kb_terms evidence;
	struct kb_terms contacts;           /* the team's escalation contacts (kb_contacts_get) */
	char **from_trace;                  /* lines read from a trace */
	size_t n_from_trace;
	struct checklist_answer *answers;   /* the answers on the path */
	size_t n_answers;
	struct checklist_unused *unused;    /* answers given and not used */
	size_t n_unused;
	struct kb_source *sources;          /* every source cited, each once */
	size_t n_sources;
};

/* Builds the checklist for a walk that has reached its outcome.  Returns NULL
 * with *why set (malloc'd) on failure. */
struct checklist *checklist_build(struct kb *kb, const struct engine *e,
				  const struct checklist_meta *meta, char **why);
void checklist_free(struct checklist **c);

/* The likely cause as the checklist must state it: the outcome's cause, or,
 * when the walk rests on assumptions, that cause made conditional on them
 * ("Not confirmed: ... If they hold: ..."), or, when an answer given decided
 * it (decided_by), that cause named as found by that answer.  malloc'd,
 * translated. */
char *checklist_likely_cause(const struct checklist *c);

/* The full formats, and the compact ticket formats (numbered steps,
 * sources once as footnotes, no repository paths: checklist_compact.c). */
enum checklist_format { FORMAT_TEXT, FORMAT_MARKDOWN, FORMAT_JSON, FORMAT_COMPACT,
	FORMAT_COMPACT_MARKDOWN };
#define CHECKLIST_N_FORMATS 5
/* "text", "markdown", "json", "compact" or "compact-markdown"; -1 for
 * anything else. */
int checklist_format_parse(const char *name);
/* The name checklist_format_parse() takes for F. */
const char *checklist_format_name(enum checklist_format f);
/* Usual file name extension: "txt", "md", "json". */
const char *checklist_format_ext(enum checklist_format f);

/* Appends C rendered in format F to OUT (text wrapped to WIDTH columns). */
void checklist_render(struct buf *out, const struct checklist *c, enum checklist_format f,
		      size_t width);

/* checklist_compact.c: the compact ticket format, text (wrapped to WIDTH)
 * or MARKDOWN, appended to OUT. */
void checklist_render_compact(struct buf *out, const struct checklist *c, bool markdown,
			      size_t width);

#endif
