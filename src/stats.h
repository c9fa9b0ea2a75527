/* stats.h: a call-log export triaged against the severity rules
 * (`siptriage stats`, the wizard's stats screen).
 *
 * Reads the export with calllog, counts it with calllog's aggregation, and
 * joins each row of the distribution (code x initiator x reason) with the
 * knowledge base: the code's phrase and severity by the vendor's rules
 * (vendor_severity, else the code's, else its class's; a vendor reason's own
 * severity wins), and the flags: an `immediate` row is flagged at its first
 * occurrence; a `track` row when its share of the calls is high or rising,
 * by the thresholds of stats_threshold.  Renders text (bar charts),
 * markdown and json ("siptriage.stats/1"), and streams one json event per
 * call ("siptriage.call/1", -f jsonl).  No terminal I/O. */
#ifndef SIPTRIAGE_STATS_H
#define SIPTRIAGE_STATS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "calllog.h"
#include "kb.h"
#include "util.h"

enum stats_format { STATS_TEXT, STATS_MARKDOWN, STATS_JSON, STATS_JSONL };
/* "text", "markdown" (or "md"), "json", "jsonl"; -1 for anything else. */
int stats_format_parse(const char *s);

/* Rows of each top list, and skipped rows kept with their line and reason. */
#define STATS_TOP 10
#define STATS_BAD_KEPT 20

struct stats_options {
	const char *vendor;            /* -V; NULL: the header's hint (log_hint), else generic */
	const struct calllog_columns *columns;   /* --columns; may be NULL */
	const char *name;              /* the file's name as shown; "-": standard input */
	/* -f jsonl: called with each call's event (one line, no newline);
	 * return non-zero to stop (a write error).  NULL: no events. */
	int (*event)(void *arg, const char *line, size_t len);
	void *event_arg;
};

enum stats_flag {
	STATS_FLAG_IMMEDIATE = 1,      /* immediate: every occurrence matters */
	STATS_FLAG_HIGH = 2,           /* track: share at or above the threshold */
	STATS_FLAG_RISING = 4          /* track: share rising through the log */
};

struct stats_row {
	int code;
	char *phrase;                  /* NULL when the knowledge base has none */
	const char *initiator;         /* initiator id (static) */
	char *reason;                  /* as printed, cleaned; "" when none */
	uint64_t calls;
	double share;                  /* of all calls, 0 to 1 */
	bool failed;
	char *severity;                /* immediate / track / normal */
	char *severity_reason;
	char *severity_by;             /* "cognigy-vg", "generic", "didww reason" */
	char *severity_source;         /* "seed-001, 408 bullet" */
	unsigned flags;                /* enum stats_flag */
	uint64_t first_line;
	bool first_has_time;
	int64_t first_time;
	bool trend_known;
	uint64_t first_half, second_half;   /* calls before and from the split hour */
};

struct stats_hour {
	int64_t start;                 /* seconds since 1970, UTC */
	uint64_t calls, failed;
};

struct stats_top {
	char *value;                   /* cleaned */
	uint64_t calls;
	bool exact;
};

struct stats_bad {
	uint64_t line;
	char *why;                     /* translated */
};

struct stats_report {
	char *name;
	char *vendor;                  /* the vendor context used */
	char *vendor_why;              /* how it was chosen; translated */
	char *columns[CALLLOG_NCOLS];  /* header names read ("" numbered), NULL: none */
	uint64_t calls, failed, untimed, lines;
	uint64_t skipped;              /* malformed rows */
	struct stats_bad *bad;         /* the first STATS_BAD_KEPT of them */
	size_t n_bad;
	char *read_error;              /* input ended by a read error; NULL if not */
	bool has_time;
	int64_t first_time, last_time;
	int64_t split;                 /* hour (seconds) where the second half starts */
	long share_percent, rise_factor, min_calls;   /* thresholds used */
	struct stats_row *rows;        /* most calls first */
	size_t n_rows;
	size_t n_flagged;
	struct stats_hour *hours;      /* every hour of the span, oldest first */
	size_t n_hours;
	struct stats_top *top[CALLLOG_NTOP];
	size_t n_top[CALLLOG_NTOP];
	bool top_partial[CALLLOG_NTOP];   /* too many values: only those standing out */
};

/* Reads the call log at PATH ("-": standard input) and builds the report.
 * NULL with *why (malloc'd, one line) when the file cannot be read or is no
 * call log (*bad_input then set), or the knowledge base fails.  A file with
 * no readable row but malformed ones is bad input too; malformed rows among
 * good ones are counted and kept in the report. */
struct stats_report *stats_read_file(struct kb *kb, const char *path, const struct stats_options *o,
				     bool *bad_input, char **why);
/* The same from LEN bytes at TEXT (the wizard's pasted text). */
struct stats_report *stats_read_mem(struct kb *kb, const char *text, size_t len,
				    const struct stats_options *o, bool *bad_input, char **why);
void stats_report_free(struct stats_report **r);

/* Appends the report as text (WIDTH columns, bar charts), markdown or json. */
void stats_render(struct buf *out, const struct stats_report *r, enum stats_format f, size_t width);

/* "2025-10-03T07:49:19Z" into BUF (at least 21 bytes); returns BUF. */
char *stats_rfc3339(int64_t t, char *buf, size_t size);

#endif
