/* trace.h: evidence -> facts (DESIGN.md "How data flows").
 *
 * Reads a SIP trace or a call-log line with sipmsg, looks what its headers
 * mean up in the knowledge base (Q.850 causes, Warning codes, User-Agent and
 * log-field hints) and turns it into facts: the observed code, a vendor
 * hint, the initiator and reason of a log line, and answers to checks, each
 * naming the input line it came from.  No terminal I/O. */
#ifndef SIPTRIAGE_TRACE_H
#define SIPTRIAGE_TRACE_H

#include <stdbool.h>
#include <stddef.h>

#include "engine.h"
#include "kb.h"
#include "util.h"

/* Largest input read (a trace is text; anything bigger is refused). */
#define TRACE_MAX_BYTES (256u * 1024u * 1024u)

/* An answer the trace gives to a check. */
struct trace_answer {
	char *check_id;
	enum answer answer;
	unsigned line;         /* input line it came from */
	char *why;             /* one line: what in the trace says so */
};

/* A Reason header value. */
struct trace_reason {
	unsigned line;
	unsigned msg_code;     /* the response it was on (0 for a request) */
	bool q850;
	char *protocol;        /* "Q.850", "SIP", ... */
	int cause;             /* -1 if absent */
	char *text;
	struct kb_q850 q;      /* Q.850 only */
	bool disagree;         /* the mappings and the observed code differ */
};

struct trace_warning {
	unsigned line;
	int code;              /* -1 if not three digits */
	char *agent, *text;
	char *meaning;         /* from RFC 3261 20.43; NULL if unknown */
};

/* One row of the ladder. */
struct trace_row {
	unsigned line;
	char *time;            /* from a prefix line; may be NULL */
	char *start;           /* request or status line */
	char *cseq;            /* "1 INVITE"; may be NULL */
};

/* Something the parser could not read. */
struct trace_diag {
	unsigned line;
	char *text;
};

struct trace_facts {
	bool is_log;                 /* a call-log line, not SIP messages */
	int code;                    /* the observed final code; 0 if none */
	char *phrase;
	unsigned code_line;
	char *vendor;                /* vendor hint, or NULL */
	char *vendor_why;
	unsigned vendor_line;
	char *initiator, *reason;    /* from a log line; NULL otherwise */
	char *call_id;
	char *from_user, *to_user, *pai_user;
	char *source_ip;             /* Via received= (or sent-by with rport) of the first request */
	char *transport;
	unsigned source_line;
	char *user_agent, *server;
	bool scanner;
	char *scanner_why;
	unsigned scanner_line;
	char *offer_codecs, *answer_codecs, *common_codec;   /* "PCMU PCMA", ... */
	unsigned offer_line, answer_line;
	long retry_after;            /* -1 if absent */
	unsigned retry_after_line;
	char *x_reason;
	unsigned x_reason_line;
	struct trace_reason *reasons;
	size_t n_reasons;
	struct trace_warning *warnings;
	size_t n_warnings;
	struct trace_row *rows;
	size_t n_rows, rows_total;
	struct trace_answer *answers;
	size_t n_answers;
	struct trace_diag *diags;
	size_t n_diags, diags_total;
	size_t lines;
};

/* Reads LEN bytes of TEXT (a trace or a call-log line; not necessarily
 * NUL-terminated).  Returns the facts (caller frees with trace_facts_free),
 * or NULL with *why set when the knowledge base fails.  Bad input is never
 * an error: what could not be read is in diags. */
struct trace_facts *trace_read(struct kb *kb, const char *text, size_t len, char **why);

/* Reads the file PATH ("-": standard input) and calls trace_read().  NULL
 * with *why naming the problem (no such file, too large, a directory, read
 * error); *bad_input is set when the problem is the input, not the system. */
struct trace_facts *trace_read_file(struct kb *kb, const char *path, bool *bad_input, char **why);

void trace_facts_free(struct trace_facts **f);

/* Presets the engine with the trace's answers (ORIGIN_TRACE, note "trace
 * line N: why"). */
void trace_preset(const struct trace_facts *f, struct engine *e);

/* Appends what the trace shows: text (WIDTH columns) or JSON. */
void trace_render(struct buf *out, const struct trace_facts *f, bool json, size_t width);

/* The few lines a checklist carries under "From the trace" (malloc'd array
 * of malloc'd strings, *n of them). */
char **trace_evidence_lines(const struct trace_facts *f, size_t *n);

#endif
