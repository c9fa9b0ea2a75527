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
	bool verify;               /* a "verify <check>" step for an unknown answer */
	bool done;                 /* ticked off (the wizard); rendered [x] */
	char *note;                /* the operator's short note (the wizard); may be NULL */
	const struct kb_source *source;   /* points into the checklist; NULL for verify steps */
};

struct checklist_answer {
	char *check_id;
	char *statement;
	enum answer answer;
	enum origin origin;
	char *note;
};

/* Everything a rendering needs; built once, owned by the caller. */
struct checklist {
	int code;
	char *title;                /* "503 Service Unavailable - carrier, initiator system" */
	char *vendor, *initiator, *reason;   /* resolved facts; reason may be NULL */
	char *tree, *match;
	char *ticket, *operator_name;
	time_t when;
	struct kb_code *code_info;
	struct kb_readings readings;        /* the vendor's reading(s) of the code */
	struct kb_readings reason_reading;  /* the vendor's reason, if any (0 or 1) */
	struct kb_severity severity;
	struct kb_outcome *outcome;
	struct checklist_step *steps;
	size_t n_steps;
	struct kb_terms evidence;
	struct kb_terms contacts;           /* the team's escalation contacts (kb_contacts_get) */
	char **from_trace;                  /* lines read from a trace */
	size_t n_from_trace;
	struct checklist_answer *answers;
	size_t n_answers;
	struct kb_source *sources;          /* every source cited, each once */
	size_t n_sources;
};

/* Builds the checklist for a walk that has reached its outcome.  Returns NULL
 * with *why set (malloc'd) on failure. */
struct checklist *checklist_build(struct kb *kb, const struct engine *e,
				  const struct checklist_meta *meta, char **why);
void checklist_free(struct checklist **c);

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
