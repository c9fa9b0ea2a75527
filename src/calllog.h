/* calllog.h: call-log CSV exports -> rows; the stats aggregation
 * (DESIGN.md "Modules").
 *
 * Pure: no knowledge base, no terminal.  A reader streams the rows of an
 * export (DIDWW's call log, any CDR whose header row names its columns, or
 * a file mapped with --columns): RFC 4180 quoting (quoted fields may hold
 * the delimiter, quotes doubled, line breaks), CRLF or LF, a UTF-8 byte
 * order mark, comma, semicolon or tab as the delimiter (told from the
 * header row).  Memory is flat in the number of rows: one buffer of
 * CALLLOG_BUFSIZE bytes, a row at most CALLLOG_MAX_RECORD bytes long.
 *
 * A malformed row is not an error: calllog_next() reports it (line number
 * and what is wrong) and the caller goes on.  Only I/O errors and a header
 * with no SIP code column stop the reader.
 *
 * The aggregation (struct calllog_agg) counts rows by code x initiator x
 * reason, per hour, and keeps the most frequent called and calling numbers,
 * trunks and source IPs of failed calls with the Space-Saving algorithm
 * (Metwally, Agrawal, El Abbadi 2005): exact while a list has at most
 * CALLLOG_TOP_SLOTS distinct values, otherwise each count carries its
 * largest possible overestimate.  Its memory grows with the distinct keys
 * and hours, never with the rows. */
#ifndef SIPTRIAGE_CALLLOG_H
#define SIPTRIAGE_CALLLOG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CALLLOG_BUFSIZE     (1u << 17)
#define CALLLOG_MAX_RECORD  (64u * 1024u)
#define CALLLOG_MAX_KEYS    4096   /* code x initiator x reason; more reasons go to "(other)" */
#define CALLLOG_MAX_REASON  200    /* bytes of a reason kept for the key */
#define CALLLOG_TOP_SLOTS   1024
#define CALLLOG_MAX_CELLS   (1u << 20)  /* (key, hour) counts kept for trends */

/* The columns siptriage reads; --columns names them with these keys. */
#define CALLLOG_COLUMNS(X) \
	X(CODE,      "code") \
	X(INITIATOR, "initiator") \
	X(REASON,    "reason") \
	X(TIME,      "time") \
	X(FROM,      "from") \
	X(TO,        "to") \
	X(TRUNK,     "trunk") \
	X(IP,        "ip") \
	X(DURATION,  "duration") \
	X(CALL_ID,   "call-id")

enum calllog_col {
#define CALLLOG_COL_ENUM(name, key) CALLLOG_##name,
	CALLLOG_COLUMNS(CALLLOG_COL_ENUM)
#undef CALLLOG_COL_ENUM
	CALLLOG_NCOLS
};

/* The --columns key of a column ("code", ...); static storage. */
const char *calllog_col_key(enum calllog_col c);

enum calllog_initiator {
	CALLLOG_INIT_UNKNOWN = 0,
	CALLLOG_INIT_SYSTEM,
	CALLLOG_INIT_ORIGINATION,
	CALLLOG_INIT_DESTINATION
};
/* "unknown", "system", "origination", "destination" (DESIGN.md's ids). */
const char *calllog_initiator_id(enum calllog_initiator i);
/* Reads an initiator as logs print it ("Destination", "callee", ...). */
enum calllog_initiator calllog_initiator_parse(const char *s, size_t len);

/* A column mapping from --columns "KEY=NAME|NUMBER,...": NAME a header
 * name (case-insensitive), NUMBER a 1-based column.  Unset: NULL. */
struct calllog_columns {
	char *spec[CALLLOG_NCOLS];
};
/* Parses ARG into *OUT (cleared first; the caller frees it with
 * calllog_columns_clear()).  Returns false with *why (malloc'd) naming the
 * bad key or the missing '='. */
bool calllog_columns_parse(const char *arg, struct calllog_columns *out, char **why);
void calllog_columns_clear(struct calllog_columns *c);

/* A field of the current row: LEN bytes at PTR (not NUL-terminated),
 * quotes removed; empty when the column is absent. */
struct calllog_field {
	const char *ptr;
	size_t len;
};

struct calllog_row {
	uint64_t line;                  /* the line the row starts on (1-based) */
	int code;                       /* 100 to 699 */
	enum calllog_initiator initiator;
	bool has_time;
	int64_t time;                   /* seconds since 1970, UTC */
	long duration;                  /* seconds; -1 when absent or unreadable */
	struct calllog_field f[CALLLOG_NCOLS];
};

/* Why a row was skipped: one table makes the enum and the English text
 * (calllog_bad_text(); the caller translates). */
#define CALLLOG_BAD_TABLE(X) \
	X(FIELDS,   "a different number of fields than the header") \
	X(SHORT,    "fewer fields than the columns mapped") \
	X(CODE,     "no SIP code (three digits, 100 to 699)") \
	X(QUOTE,    "a quoted field is not closed, or text follows its closing quote") \
	X(TOO_LONG, "the row is longer than 64 KiB")

enum calllog_bad_code {
#define CALLLOG_BAD_ENUM(name, text) CALLLOG_BAD_##name,
	CALLLOG_BAD_TABLE(CALLLOG_BAD_ENUM)
#undef CALLLOG_BAD_ENUM
	CALLLOG_BAD_COUNT
};
const char *calllog_bad_text(enum calllog_bad_code c);

struct calllog_bad {
	uint64_t line;
	enum calllog_bad_code code;
	char detail[80];                /* e.g. "9 fields, header has 7", "'4x6'"; printable ASCII */
};

struct calllog;

/* Starts reading the export on the open descriptor FD (not closed by the
 * reader) or, with FD < 0, the LEN bytes at MEM (copied).  Reads the
 * header row.  COLS (may be NULL) overrides or replaces it.  NULL with
 * *why (malloc'd, one line) when nothing usable is there: an empty file,
 * a header without a SIP code column, a --columns name the header does not
 * have, or a read error (*bad_input false). */
struct calllog *calllog_open(int fd, const char *mem, size_t len, const struct calllog_columns *cols,
			     bool *bad_input, char **why);

enum calllog_next { CALLLOG_ROW, CALLLOG_BAD, CALLLOG_END, CALLLOG_ERROR };
/* The next row: CALLLOG_ROW with *row filled (its fields valid until the
 * next call), CALLLOG_BAD with *bad filled (the row is skipped),
 * CALLLOG_END, or CALLLOG_ERROR (read error: calllog_error()). */
enum calllog_next calllog_next(struct calllog *r, struct calllog_row *row, struct calllog_bad *bad);

/* Only the columns whose bit (1u << enum calllog_col) is set in COLS are
 * read into the rows' fields (the code always is), and those set in
 * FAILED_COLS for the rows of failed calls (calllog_failed()) only; the
 * others stay empty.  Rows are checked as before (their width, their code).
 * Parts opened afterwards from R inherit it. */
void calllog_want(struct calllog *r, unsigned cols, unsigned failed_cols);

/* How readers opened afterwards find a row's delimiters and its end (for
 * tests: the rows are the same whichever): CALLLOG_SCAN_BEST, the fastest
 * this processor has (AVX2 where it has it; the default), CALLLOG_SCAN_SSE2
 * (a byte at a time where it has no SSE2), CALLLOG_SCAN_BYTES. */
enum calllog_scan { CALLLOG_SCAN_BEST, CALLLOG_SCAN_SSE2, CALLLOG_SCAN_BYTES };
void calllog_scan_use(enum calllog_scan s);

/* The read error's text (static or owned by R); NULL if none. */
const char *calllog_error(const struct calllog *r);
/* The header row as read (NUL-terminated; "" when there is none). */
const char *calllog_header(const struct calllog *r);
/* The header name of column C ("" when numbered, NULL when not mapped). */
const char *calllog_column_name(const struct calllog *r, enum calllog_col c);
/* Lines read so far. */
uint64_t calllog_lines(const struct calllog *r);

/* Reading a regular file in parallel parts.  calllog_offset() is the file
 * offset of the next record (after the header: where the data begins).
 * calllog_open_part() reads the records that start in [START, STOP) of FD
 * with pread() (START must be a line start), with HEAD's columns; its line
 * numbers count from the part's start (add the lines before it).  A record
 * starting before STOP is read whole, so the last one may end past it:
 * calllog_offset() after CALLLOG_END tells where, and a part whose end is
 * not the next part's start was cut inside a quoted field (read the rest
 * again from there).  calllog_set_stop() gives the head reader its end. */
uint64_t calllog_offset(const struct calllog *r);
void calllog_set_stop(struct calllog *r, uint64_t stop);
struct calllog *calllog_open_part(const struct calllog *head, int fd, uint64_t start, uint64_t stop);
void calllog_free(struct calllog **r);

/* Parses a time as exports write it: "2025-10-03 07:49:19",
 * "2025-10-03T07:49:19.123+02:00", "2025/10/03 07:49", "...Z", or Unix
 * seconds.  A time without a zone is taken as UTC.  Returns false when S is
 * none of these. */
bool calllog_time_parse(const char *s, size_t len, int64_t *out);

/* ---------------------------------------------------------------------------
 * Aggregation. */

/* A failed call: a final code outside 2xx. */
bool calllog_failed(int code);

struct calllog_key {
	int code;
	enum calllog_initiator initiator;
	char *reason;                   /* as printed (at most CALLLOG_MAX_REASON
					   bytes), "" when none, "(other)" for
					   reasons beyond CALLLOG_MAX_KEYS */
	uint64_t count;
	uint64_t first_line;
	bool first_has_time;
	int64_t first_time;
};

struct calllog_hour {
	int64_t hour;                   /* seconds since 1970 / 3600 */
	uint64_t calls, failed;
};

enum calllog_top { CALLLOG_TOP_TO, CALLLOG_TOP_FROM, CALLLOG_TOP_TRUNK, CALLLOG_TOP_IP,
		   CALLLOG_NTOP };

struct calllog_top_item {
	char *value;
	uint64_t count;                 /* an upper bound when err > 0 */
	uint64_t err;                   /* how much count may overstate (0: exact) */
};

struct calllog_agg;

struct calllog_agg *calllog_agg_new(void);
/* Counts ROW; returns the index of its key in calllog_agg_keys(). */
size_t calllog_agg_add(struct calllog_agg *a, const struct calllog_row *row);
/* The keys in first-seen order (stable indexes); *n of them. */
const struct calllog_key *calllog_agg_keys(const struct calllog_agg *a, size_t *n);
/* Rows counted, failed calls among them, rows without a readable time. */
uint64_t calllog_agg_calls(const struct calllog_agg *a);
uint64_t calllog_agg_failed(const struct calllog_agg *a);
uint64_t calllog_agg_untimed(const struct calllog_agg *a);
/* The hours with calls, oldest first (malloc'd array, *n). */
struct calllog_hour *calllog_agg_hours(const struct calllog_agg *a, size_t *n);
/* Calls of key K before hour SPLIT and from it on (timed rows only).
 * Returns false when the trend table overflowed (CALLLOG_MAX_CELLS). */
bool calllog_agg_trend(const struct calllog_agg *a, size_t k, int64_t split, uint64_t *before,
		       uint64_t *after);
/* The MAX most frequent values of list T among failed calls, most
 * frequent first: malloc'd array of *n items the caller frees with
 * calllog_top_free(); values are copies.  *partial is set when the list
 * had more distinct values than CALLLOG_TOP_SLOTS: then only the values
 * that stand out are returned (their count minus its possible overestimate
 * is above the least count kept), and counts are upper bounds. */
struct calllog_top_item *calllog_agg_top(const struct calllog_agg *a, enum calllog_top t, size_t max,
					 size_t *n, bool *partial);
void calllog_top_free(struct calllog_top_item *v, size_t n);
/* Adds FROM's counts into INTO, FROM's line numbers shifted by LINE_BASE
 * (the lines before FROM's part).  The top lists merge as Space-Saving
 * summaries do (Agarwal et al. 2012): counts stay upper bounds. */
void calllog_agg_merge(struct calllog_agg *into, const struct calllog_agg *from, uint64_t line_base);
void calllog_agg_free(struct calllog_agg **a);

#endif
