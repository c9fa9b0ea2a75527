/* cmocka tests for src/calllog: DIDWW's call log and other CDR headers,
 * --columns, RFC 4180 quoting, malformed rows with their line numbers,
 * times, streaming across the read buffer, the row scans (AVX2, SSE2,
 * bytes) giving the same rows, calllog_want(), and the aggregation (keys,
 * hours, trends, Space-Saving top lists). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "calllog.h"

static const char didww[] =
	"Time Start,Source,Destination,Duration,Disconnect Initiator,SIP Code,Reason\n"
	"2025-10-03 07:49:19,+4930123456,+12135550142,0,Destination,486,Busy Here\n"
	"2025-10-03 07:50:02,+4930123457,+12135550142,95,Origination,200,Bye\n"
	"2025-10-03 08:01:00,+4930123458,+12135550143,0,System,403,No trunk assigned\n";

static struct calllog *
open_text(const char *text, const struct calllog_columns *cols)
{
	bool bad = true;
	char *why = NULL;
	struct calllog *r = calllog_open(-1, text, strlen(text), cols, &bad, &why);
	if (!r)
		fail_msg("calllog_open: %s", why);
	return r;
}

static char *
field(const struct calllog_row *row, enum calllog_col c)
{
	static char s[256];
	snprintf(s, sizeof s, "%.*s", (int)row->f[c].len, row->f[c].ptr ? row->f[c].ptr : "");
	return s;
}

static void
test_didww(void **state)
{
	(void)state;
	struct calllog *r = open_text(didww, NULL);
	assert_string_equal(calllog_column_name(r, CALLLOG_CODE), "SIP Code");
	assert_string_equal(calllog_column_name(r, CALLLOG_INITIATOR), "Disconnect Initiator");
	assert_string_equal(calllog_column_name(r, CALLLOG_FROM), "Source");
	assert_string_equal(calllog_column_name(r, CALLLOG_TO), "Destination");
	assert_string_equal(calllog_column_name(r, CALLLOG_TIME), "Time Start");
	assert_null(calllog_column_name(r, CALLLOG_TRUNK));
	assert_non_null(strstr(calllog_header(r), "Disconnect Initiator"));
	struct calllog_row row;
	struct calllog_bad bad;
	assert_int_equal(calllog_next(r, &row, &bad), CALLLOG_ROW);
	assert_int_equal(row.line, 2);
	assert_int_equal(row.code, 486);
	assert_int_equal(row.initiator, CALLLOG_INIT_DESTINATION);
	assert_string_equal(field(&row, CALLLOG_REASON), "Busy Here");
	assert_string_equal(field(&row, CALLLOG_FROM), "+4930123456");
	assert_true(row.has_time);
	assert_int_equal(row.time, 1759477759);
	assert_int_equal(row.duration, 0);
	assert_int_equal(calllog_next(r, &row, &bad), CALLLOG_ROW);
	assert_int_equal(row.code, 200);
	assert_int_equal(row.initiator, CALLLOG_INIT_ORIGINATION);
	assert_int_equal(row.duration, 95);
	assert_int_equal(calllog_next(r, &row, &bad), CALLLOG_ROW);
	assert_int_equal(row.line, 4);
	assert_int_equal(row.initiator, CALLLOG_INIT_SYSTEM);
	assert_string_equal(field(&row, CALLLOG_REASON), "No trunk assigned");
	assert_int_equal(calllog_next(r, &row, &bad), CALLLOG_END);
	assert_int_equal(calllog_lines(r), 4);
	calllog_free(&r);
	assert_null(r);
	calllog_free(NULL);
}

static void
test_other_headers(void **state)
{
	(void)state;
	/* A gateway CDR: semicolons, CRLF, a byte order mark, other names. */
	static const char cdr[] =
		"\xEF\xBB\xBF" "call_id;start_time;caller;callee;sip_status;hangup_cause;trunk_name;source_ip\r\n"
		"abc@h;2025-10-03T07:49:19+02:00;100;200;503;Service Unavailable;carrier-a;198.51.100.7\r\n";
	struct calllog *r = open_text(cdr, NULL);
	assert_string_equal(calllog_column_name(r, CALLLOG_CODE), "sip_status");
	assert_string_equal(calllog_column_name(r, CALLLOG_REASON), "hangup_cause");
	assert_string_equal(calllog_column_name(r, CALLLOG_TRUNK), "trunk_name");
	assert_string_equal(calllog_column_name(r, CALLLOG_IP), "source_ip");
	assert_string_equal(calllog_column_name(r, CALLLOG_CALL_ID), "call_id");
	assert_null(calllog_column_name(r, CALLLOG_INITIATOR));
	struct calllog_row row;
	struct calllog_bad bad;
	assert_int_equal(calllog_next(r, &row, &bad), CALLLOG_ROW);
	assert_int_equal(row.code, 503);
	assert_int_equal(row.initiator, CALLLOG_INIT_UNKNOWN);
	assert_int_equal(row.time, 1759477759 - 7200);
	assert_string_equal(field(&row, CALLLOG_TRUNK), "carrier-a");
	assert_string_equal(field(&row, CALLLOG_IP), "198.51.100.7");
	assert_string_equal(field(&row, CALLLOG_TO), "200");
	calllog_free(&r);

	/* Tabs. */
	r = open_text("Code\tWho\tReason\n404\tcallee\tNot Found\n", NULL);
	assert_int_equal(calllog_next(r, &row, &bad), CALLLOG_ROW);
	assert_int_equal(row.code, 404);
	assert_string_equal(field(&row, CALLLOG_REASON), "Not Found");
	calllog_free(&r);
}

static void
test_quoting(void **state)
{
	(void)state;
	static const char text[] =
		"SIP Code,Reason,Disconnect Initiator\n"
		"487,\"Request Terminated, by caller\",Origination\n"
		"480,\"say \"\"hi\"\"\",System\n"
		"500,\"two\nlines\",System\n"
		"  603 , Decline ,Destination\n"
		"200,Bye,\"Destination\"\n";
	struct calllog *r = open_text(text, NULL);
	struct calllog_row row;
	struct calllog_bad bad;
	assert_int_equal(calllog_next(r, &row, &bad), CALLLOG_ROW);
	assert_string_equal(field(&row, CALLLOG_REASON), "Request Terminated, by caller");
	assert_int_equal(calllog_next(r, &row, &bad), CALLLOG_ROW);
	assert_string_equal(field(&row, CALLLOG_REASON), "say \"hi\"");
	assert_int_equal(row.line, 3);
	assert_int_equal(calllog_next(r, &row, &bad), CALLLOG_ROW);
	assert_string_equal(field(&row, CALLLOG_REASON), "two\nlines");
	assert_int_equal(row.line, 4);
	assert_int_equal(calllog_next(r, &row, &bad), CALLLOG_ROW);
	assert_int_equal(row.line, 6);                   /* the quoted line break counts */
	assert_int_equal(row.code, 603);
	assert_string_equal(field(&row, CALLLOG_REASON), "Decline");
	assert_int_equal(calllog_next(r, &row, &bad), CALLLOG_ROW);
	assert_int_equal(row.initiator, CALLLOG_INIT_DESTINATION);
	assert_int_equal(calllog_next(r, &row, &bad), CALLLOG_END);
	calllog_free(&r);
}

static void
test_malformed(void **state)
{
	(void)state;
	static const char text[] =
		"SIP Code,Reason,Disconnect Initiator\n"
		"486,Busy Here,Destination\n"
		"486,Busy, Here,Destination\n"          /* 3: a comma too many */
		"abc,Bye,Destination\n"                  /* 4: no code */
		"\n"                                     /* 5: empty: not a row */
		"999,Bye,Destination\n"                  /* 6: out of range */
		"200,\"Bye\"x,Destination\n"             /* 7: text after the quote */
		"200,Bye\n"                              /* 8: too few */
		"200,Bye,Destination,,\n"                /* 9: empty extra fields are fine */
		"200,\"never closed,Destination\n";      /* 10: quote open at the end */
	struct calllog *r = open_text(text, NULL);
	struct calllog_row row;
	struct calllog_bad bad;
	static const struct {
		enum calllog_next n;
		uint64_t line;
		enum calllog_bad_code code;
	} want[] = {
		{ CALLLOG_ROW, 2, 0 }, { CALLLOG_BAD, 3, CALLLOG_BAD_FIELDS },
		{ CALLLOG_BAD, 4, CALLLOG_BAD_CODE }, { CALLLOG_BAD, 6, CALLLOG_BAD_CODE },
		{ CALLLOG_BAD, 7, CALLLOG_BAD_QUOTE }, { CALLLOG_BAD, 8, CALLLOG_BAD_FIELDS },
		{ CALLLOG_ROW, 9, 0 }, { CALLLOG_BAD, 10, CALLLOG_BAD_QUOTE }, { CALLLOG_END, 0, 0 },
	};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		enum calllog_next n = calllog_next(r, &row, &bad);
		assert_int_equal(n, want[i].n);
		if (n == CALLLOG_ROW)
			assert_int_equal(row.line, want[i].line);
		if (n == CALLLOG_BAD) {
			assert_int_equal(bad.line, want[i].line);
			assert_int_equal(bad.code, want[i].code);
		}
	}
	calllog_free(&r);
	assert_string_equal(calllog_bad_text(CALLLOG_BAD_CODE),
			    "no SIP code (three digits, 100 to 699)");

	/* The bad code is shown, printable. */
	r = open_text("code\n4\x01" "6\n", NULL);
	assert_int_equal(calllog_next(r, &row, &bad), CALLLOG_BAD);
	assert_string_equal(bad.detail, "'4?6'");
	calllog_free(&r);
}

static void
test_columns(void **state)
{
	(void)state;
	struct calllog_columns cols;
	char *why = NULL;
	assert_true(calllog_columns_parse("code=Status Code,initiator=Ended By,reason=Cause,"
					  "time=When,from=A,to=B,trunk=Route Name,ip=4", &cols, &why));
	static const char text[] =
		"When,A,B,Peer,Status Code,Ended By,Cause,Route Name\n"
		"2025-10-03 07:49,1,2,198.51.100.9,404,callee,Not Found,r1\n";
	struct calllog *r = open_text(text, &cols);
	struct calllog_row row;
	struct calllog_bad bad;
	assert_int_equal(calllog_next(r, &row, &bad), CALLLOG_ROW);
	assert_int_equal(row.code, 404);
	assert_int_equal(row.initiator, CALLLOG_INIT_DESTINATION);
	assert_string_equal(field(&row, CALLLOG_TRUNK), "r1");
	assert_string_equal(field(&row, CALLLOG_IP), "198.51.100.9");
	assert_int_equal(row.time, 1759477740);
	calllog_free(&r);
	calllog_columns_clear(&cols);

	/* Numbers only, no header. */
	assert_true(calllog_columns_parse("code=2,reason=3", &cols, &why));
	r = open_text("x,486,Busy\ny,487,Gone\n", &cols);
	assert_int_equal(calllog_next(r, &row, &bad), CALLLOG_ROW);
	assert_int_equal(row.line, 1);
	assert_int_equal(row.code, 486);
	assert_int_equal(calllog_next(r, &row, &bad), CALLLOG_ROW);
	assert_int_equal(row.code, 487);
	calllog_free(&r);
	/* Numbers, with a header. */
	r = open_text("a,b,c\nx,486,Busy\n", &cols);
	assert_int_equal(calllog_next(r, &row, &bad), CALLLOG_ROW);
	assert_int_equal(row.line, 2);
	calllog_free(&r);
	calllog_columns_clear(&cols);

	/* Bad mappings. */
	assert_false(calllog_columns_parse("colour=3", &cols, &why));
	assert_non_null(strstr(why, "colour"));
	free(why);
	assert_false(calllog_columns_parse("code", &cols, &why));
	free(why);
	assert_true(calllog_columns_parse("code=Nope", &cols, &why));
	bool bad_input = false;
	why = NULL;
	assert_null(calllog_open(-1, didww, strlen(didww), &cols, &bad_input, &why));
	assert_true(bad_input);
	assert_non_null(strstr(why, "Nope"));
	free(why);
	calllog_columns_clear(&cols);
}

static void
test_no_code_column(void **state)
{
	(void)state;
	bool bad = false;
	char *why = NULL;
	static const char text[] = "When,Who,What\n1,2,3\n";
	assert_null(calllog_open(-1, text, strlen(text), NULL, &bad, &why));
	assert_true(bad);
	assert_non_null(strstr(why, "--columns"));
	free(why);
	why = NULL;
	assert_null(calllog_open(-1, "", 0, NULL, &bad, &why));
	assert_true(bad);
	assert_non_null(strstr(why, "empty"));
	free(why);
	why = NULL;
	assert_null(calllog_open(-1, "\n\n  \n", 5, NULL, &bad, &why));
	free(why);
	/* A header alone is a log of no calls. */
	struct calllog *r = open_text("SIP Code,Reason\n", NULL);
	struct calllog_row row;
	struct calllog_bad b;
	assert_int_equal(calllog_next(r, &row, &b), CALLLOG_END);
	calllog_free(&r);
}

static void
test_times(void **state)
{
	(void)state;
	int64_t t;
	assert_true(calllog_time_parse("2025-10-03 07:49:19", 19, &t));
	assert_int_equal(t, 1759477759);
	assert_true(calllog_time_parse("2025-10-03T07:49:19Z", 20, &t));
	assert_int_equal(t, 1759477759);
	assert_true(calllog_time_parse("2025-10-03T09:49:19.123+02:00", 29, &t));
	assert_int_equal(t, 1759477759);
	assert_true(calllog_time_parse("2025/10/03 07:49", 16, &t));
	assert_int_equal(t, 1759477740);
	assert_true(calllog_time_parse("03.10.2025 07:49:19", 19, &t));
	assert_int_equal(t, 1759477759);
	assert_true(calllog_time_parse("1759477759", 10, &t));
	assert_int_equal(t, 1759477759);
	assert_true(calllog_time_parse("1759477759123", 13, &t));
	assert_int_equal(t, 1759477759);
	assert_true(calllog_time_parse(" 2025-10-03 ", 12, &t));
	assert_int_equal(t, 1759449600);
	assert_true(calllog_time_parse("2024-02-29 00:00:00 UTC", 23, &t));
	assert_int_equal(t, 1709164800);
	assert_false(calllog_time_parse("yesterday", 9, &t));
	assert_false(calllog_time_parse("2025-13-03 07:49:19", 19, &t));
	assert_false(calllog_time_parse("2025-10-03 25:49:19", 19, &t));
	assert_false(calllog_time_parse("2025-10-03 07:49:19 nonsense", 28, &t));
	assert_false(calllog_time_parse("", 0, &t));
}

static void
test_initiators(void **state)
{
	(void)state;
	assert_int_equal(calllog_initiator_parse("System", 6), CALLLOG_INIT_SYSTEM);
	assert_int_equal(calllog_initiator_parse(" ORIGINATION ", 13), CALLLOG_INIT_ORIGINATION);
	assert_int_equal(calllog_initiator_parse("callee", 6), CALLLOG_INIT_DESTINATION);
	assert_int_equal(calllog_initiator_parse("caller", 6), CALLLOG_INIT_ORIGINATION);
	assert_int_equal(calllog_initiator_parse("someone", 7), CALLLOG_INIT_UNKNOWN);
	assert_string_equal(calllog_initiator_id(CALLLOG_INIT_DESTINATION), "destination");
	assert_string_equal(calllog_col_key(CALLLOG_CALL_ID), "call-id");
}

/* Many rows through a pipe: records cross the read buffer's edge. */
static void
test_stream_pipe(void **state)
{
	(void)state;
	int fd[2];
	assert_int_equal(pipe(fd), 0);
	pid_t pid = fork();
	assert_true(pid >= 0);
	const unsigned rows = 60000;
	if (pid == 0) {
		close(fd[0]);
		FILE *w = fdopen(fd[1], "w");
		fputs("Time Start,SIP Code,Reason,Disconnect Initiator,Destination\n", w);
		for (unsigned i = 0; i < rows; i++)
			fprintf(w, "2025-10-03 %02u:%02u:00,%d,\"reason, %u\",System,+1555%07u\n",
				i * 24 / rows, i % 60, i % 10 == 0 ? 408 : 200, i % 3, i % 2000);
		fclose(w);
		_exit(0);
	}
	close(fd[1]);
	bool bad;
	char *why = NULL;
	struct calllog *r = calllog_open(fd[0], NULL, 0, NULL, &bad, &why);
	assert_non_null(r);
	struct calllog_agg *a = calllog_agg_new();
	struct calllog_row row;
	struct calllog_bad b;
	enum calllog_next n;
	unsigned got = 0;
	while ((n = calllog_next(r, &row, &b)) == CALLLOG_ROW) {
		assert_int_equal(row.line, got + 2);
		calllog_agg_add(a, &row);
		got++;
	}
	assert_int_equal(n, CALLLOG_END);
	assert_int_equal(got, rows);
	calllog_free(&r);
	close(fd[0]);
	assert_int_equal(calllog_agg_calls(a), rows);
	assert_int_equal(calllog_agg_failed(a), rows / 10);
	size_t nk;
	const struct calllog_key *k = calllog_agg_keys(a, &nk);
	assert_int_equal(nk, 2 * 3);
	uint64_t sum = 0;
	for (size_t i = 0; i < nk; i++)
		sum += k[i].count;
	assert_int_equal(sum, rows);
	size_t nh;
	struct calllog_hour *h = calllog_agg_hours(a, &nh);
	assert_int_equal(nh, 24);
	assert_int_equal(h[0].hour, 1759449600 / 3600);
	assert_int_equal(h[0].calls, rows / 24);
	free(h);
	size_t nt;
	bool partial;
	struct calllog_top_item *t = calllog_agg_top(a, CALLLOG_TOP_TO, 10, &nt, &partial);
	assert_false(partial);
	assert_int_equal(nt, 10);
	assert_int_equal(t[0].err, 0);
	calllog_top_free(t, nt);
	calllog_agg_free(&a);
	assert_null(a);
}

/* Every result of a reader, one line each, into a buffer (for comparing
 * two readers). */
static char *
transcript(struct calllog *r)
{
	size_t cap = 1 << 16, len = 0;
	char *out = malloc(cap);
	assert_non_null(out);
	struct calllog_row row;
	struct calllog_bad bad;
	enum calllog_next n;
	do {
		char one[1024];
		int k;
		n = calllog_next(r, &row, &bad);
		if (n == CALLLOG_ROW) {
			k = snprintf(one, sizeof one, "row %llu %d %d %d %lld %ld",
				     (unsigned long long)row.line, row.code, (int)row.initiator,
				     (int)row.has_time, (long long)(row.has_time ? row.time : 0), row.duration);
			for (size_t c = 0; c < CALLLOG_NCOLS; c++)
				k += snprintf(one + k, sizeof one - (size_t)k, " [%s]",
					      field(&row, (enum calllog_col)c));
		} else if (n == CALLLOG_BAD) {
			k = snprintf(one, sizeof one, "bad %llu %d %s", (unsigned long long)bad.line,
				     (int)bad.code, bad.detail);
		} else {
			k = snprintf(one, sizeof one, "end %d", (int)n);
		}
		assert_true(k > 0 && (size_t)k < sizeof one);
		while (len + (size_t)k + 2 > cap) {
			cap *= 2;
			out = realloc(out, cap);
			assert_non_null(out);
		}
		memcpy(out + len, one, (size_t)k);
		len += (size_t)k;
		out[len++] = '\n';
	} while (n == CALLLOG_ROW || n == CALLLOG_BAD);
	out[len] = '\0';
	return out;
}

/* The scans of a row (AVX2, SSE2, a byte at a time) give the same rows,
 * whatever the line's length (its end at every offset of the 64-byte
 * blocks scanned), CRLF, blanks around fields, a quote in the row, one
 * just after its line break, too many or too few fields, empty and blank
 * lines, and a last line without a line break; in memory and through a
 * pipe (rows across the read buffer's edge). */
static void
test_scan_paths(void **state)
{
	(void)state;
	size_t cap = 1 << 22, len = 0;
	char *text = malloc(cap);
	assert_non_null(text);
	len += (size_t)snprintf(text + len, cap - len,
				"Time Start,SIP Code,Disconnect Initiator,Reason,Destination,Duration\n");
	for (unsigned i = 0; len + 512 < cap && i < 4000; i++) {
		char pad[200];
		unsigned w = i % 190;
		memset(pad, 'a' + (int)(i % 26), w);
		pad[w] = '\0';
		const char *eol = i % 7 == 3 ? "\r\n" : "\n";
		switch (i % 23) {
		case 5:     /* a quoted reason, a comma and a line break in it */
			len += (size_t)snprintf(text + len, cap - len,
						"2025-10-03 07:%02u:00,486,System,\"%s, \"\"x\"\"\nmore\",+1%u,%u%s",
						i % 60, pad, i, i % 90, eol);
			break;
		case 7:     /* a quoted field with no delimiter in it */
			len += (size_t)snprintf(text + len, cap - len,
						"2025-10-03 07:%02u:30,480,\"System\",%s,+1%u,%u%s", i % 60, pad,
						i, i % 90, eol);
			break;
		case 9:     /* blanks around the fields */
			len += (size_t)snprintf(text + len, cap - len,
						" 2025-10-03 08:00:%02u , 603 ,\tDestination , %s ,+1%u , 7 %s",
						i % 60, pad, i, eol);
			break;
		case 11:    /* a field too many */
			len += (size_t)snprintf(text + len, cap - len,
						"2025-10-03 09:00:00,200,Origination,%s,+1%u,4,extra%s", pad, i, eol);
			break;
		case 13:    /* too few */
			len += (size_t)snprintf(text + len, cap - len, "2025-10-03 09:00:00,200,%s%s", pad, eol);
			break;
		case 17:    /* empty and blank lines */
			len += (size_t)snprintf(text + len, cap - len, "%s  \t%s", eol, eol);
			break;
		case 19:    /* no code */
			len += (size_t)snprintf(text + len, cap - len,
						"2025-10-03 10:00:00,2x0,System,%s,+1%u,1%s", pad, i, eol);
			break;
		default:
			len += (size_t)snprintf(text + len, cap - len,
						"2025-10-0%u %02u:%02u:%02u,%d,%s,%s,+1%u,%u%s", 3 + i % 2,
						i % 24, i % 60, (i * 7) % 60, i % 4 ? 200 : 487,
						i % 3 ? "Destination" : "System", pad, i, i % 500, eol);
		}
	}
	len += (size_t)snprintf(text + len, cap - len, "2025-10-03 23:59:59,408,System,NoAck,+1999,0");
	static const enum calllog_scan scans[] = { CALLLOG_SCAN_BYTES, CALLLOG_SCAN_SSE2,
						   CALLLOG_SCAN_BEST };
	char *want = NULL;
	for (size_t i = 0; i < sizeof scans / sizeof scans[0]; i++) {
		calllog_scan_use(scans[i]);
		struct calllog *r = open_text(text, NULL);
		char *got = transcript(r);
		calllog_free(&r);
		if (!want) {
			want = got;
			/* the byte-wise reader read them all: rows, bad rows, the end */
			assert_non_null(strstr(want, "row 2 "));
			assert_non_null(strstr(want, "bad "));
			assert_non_null(strstr(want, " [NoAck]"));
			assert_non_null(strstr(want, "more]"));
			continue;
		}
		assert_string_equal(got, want);
		free(got);

		/* Through a pipe: the rows cross the read buffer's edge. */
		int fd[2];
		assert_int_equal(pipe(fd), 0);
		pid_t pid = fork();
		assert_true(pid >= 0);
		if (pid == 0) {
			close(fd[0]);
			size_t off = 0;
			while (off < len) {
				ssize_t k = write(fd[1], text + off, len - off < 777 ? len - off : 777);
				if (k <= 0)
					_exit(1);
				off += (size_t)k;
			}
			_exit(0);
		}
		close(fd[1]);
		bool bad;
		char *why = NULL;
		r = calllog_open(fd[0], NULL, 0, NULL, &bad, &why);
		assert_non_null(r);
		got = transcript(r);
		calllog_free(&r);
		close(fd[0]);
		assert_string_equal(got, want);
		free(got);
	}
	calllog_scan_use(CALLLOG_SCAN_BEST);
	free(want);
	free(text);
}

/* calllog_want(): the columns left out stay empty, those of failed calls
 * are read for failed calls only; on the fast path and on a quoted row's;
 * the code is read whatever. */
static void
test_want(void **state)
{
	(void)state;
	static const char text[] =
		"SIP Code,Reason,Duration,Call ID\n"
		"486,Busy Here,12,abc\n"
		"487,\"Request Terminated, by caller\",13,def\n"
		"200,Bye,14,ghi\n"
		"200,\"Bye, bye\",15,jkl\n";
	struct calllog *r = open_text(text, NULL);
	calllog_want(r, 1u << CALLLOG_REASON, 1u << CALLLOG_CALL_ID);
	struct calllog_row row;
	struct calllog_bad bad;
	static const char *const reasons[] = { "Busy Here", "Request Terminated, by caller", "Bye",
					       "Bye, bye" };
	static const char *const ids[] = { "abc", "def", "", "" };
	for (size_t i = 0; i < 4; i++) {
		assert_int_equal(calllog_next(r, &row, &bad), CALLLOG_ROW);
		assert_int_equal(row.line, i + 2);
		assert_string_equal(field(&row, CALLLOG_REASON), reasons[i]);
		assert_string_equal(field(&row, CALLLOG_CALL_ID), ids[i]);
		assert_int_equal(row.duration, -1);
	}
	assert_int_equal(calllog_next(r, &row, &bad), CALLLOG_END);
	calllog_free(&r);
	/* and without calllog_want(), all of them */
	r = open_text(text, NULL);
	assert_int_equal(calllog_next(r, &row, &bad), CALLLOG_ROW);
	assert_string_equal(field(&row, CALLLOG_CALL_ID), "abc");
	assert_int_equal(row.duration, 12);
	calllog_free(&r);
}

static void
test_aggregation(void **state)
{
	(void)state;
	/* 487 rising: 2 in the first twelve hours, 30 in the last twelve. */
	struct buf_ {
		char *s;
		size_t len;
	} b = { 0 };
	FILE *w = open_memstream(&b.s, &b.len);
	fputs("Time Start,SIP Code,Disconnect Initiator,Reason,Source,Trunk\n", w);
	for (int h = 0; h < 24; h++)
		for (int i = 0; i < 10; i++)
			fprintf(w, "2025-10-03 %02d:%02d:00,200,Destination,Bye,+49%d,t1\n", h, i, i);
	fputs("2025-10-03 01:00:00,487,System,Ringing timeout,+4999,t2\n", w);
	fputs("2025-10-03 02:00:00,487,System,Ringing timeout,+4999,t2\n", w);
	for (int i = 0; i < 30; i++)
		fprintf(w, "2025-10-03 2%d:30:00,487,System,Ringing timeout,+4999,t2\n", i % 4);
	/* A row of a day earlier, after the others: the first occurrence in
	 * time. */
	fputs("2025-10-02 23:00:00,408,System,NoAck,+4998,t3\n", w);
	fputs("2025-10-03 05:00:00,408,System,NoAck,+4998,t3\n", w);
	fclose(w);
	struct calllog *r = open_text(b.s, NULL);
	struct calllog_agg *a = calllog_agg_new();
	struct calllog_row row;
	struct calllog_bad bad;
	while (calllog_next(r, &row, &bad) == CALLLOG_ROW)
		calllog_agg_add(a, &row);
	calllog_free(&r);
	free(b.s);
	size_t nk;
	const struct calllog_key *k = calllog_agg_keys(a, &nk);
	assert_int_equal(nk, 3);
	assert_int_equal(k[1].code, 487);
	assert_int_equal(k[1].count, 32);
	assert_string_equal(k[1].reason, "Ringing timeout");
	assert_int_equal(k[2].code, 408);
	assert_int_equal(k[2].first_line, 274);
	assert_int_equal(k[2].first_time, 1759446000);
	uint64_t before, after;
	int64_t split = 1759449600 / 3600 + 12;
	assert_true(calllog_agg_trend(a, 1, split, &before, &after));
	assert_int_equal(before, 2);
	assert_int_equal(after, 30);
	size_t nt;
	bool partial;
	struct calllog_top_item *t = calllog_agg_top(a, CALLLOG_TOP_TRUNK, 10, &nt, &partial);
	assert_int_equal(nt, 2);
	assert_string_equal(t[0].value, "t2");
	assert_int_equal(t[0].count, 32);
	assert_string_equal(t[1].value, "t3");
	calllog_top_free(t, nt);
	t = calllog_agg_top(a, CALLLOG_TOP_IP, 10, &nt, &partial);
	assert_int_equal(nt, 0);
	calllog_top_free(t, nt);
	calllog_agg_free(&a);
}

static void
test_top_heavy_hitter(void **state)
{
	(void)state;
	/* 50000 different numbers once each, and one number 3000 times among
	 * them: more values than counters, the heavy one still stands out. */
	struct calllog_agg *a = calllog_agg_new();
	struct calllog_row row;
	memset(&row, 0, sizeof row);
	row.code = 503;
	char num[32];
	for (unsigned i = 0; i < 53000; i++) {
		if (i % 17 == 0 && i / 17 < 3000)
			snprintf(num, sizeof num, "+15550000000");
		else
			snprintf(num, sizeof num, "+1666%07u", i);
		row.f[CALLLOG_TO].ptr = num;
		row.f[CALLLOG_TO].len = strlen(num);
		row.line = i + 2;
		calllog_agg_add(a, &row);
	}
	size_t nt;
	bool partial;
	struct calllog_top_item *t = calllog_agg_top(a, CALLLOG_TOP_TO, 10, &nt, &partial);
	assert_true(partial);
	assert_int_equal(nt, 1);
	assert_string_equal(t[0].value, "+15550000000");
	assert_true(t[0].count >= 3000);
	assert_true(t[0].count - t[0].err <= 3000);
	calllog_top_free(t, nt);
	calllog_agg_free(&a);
}

static void
test_many_keys(void **state)
{
	(void)state;
	struct calllog_agg *a = calllog_agg_new();
	struct calllog_row row;
	memset(&row, 0, sizeof row);
	row.code = 500;
	char reason[32];
	for (unsigned i = 0; i < CALLLOG_MAX_KEYS + 100; i++) {
		snprintf(reason, sizeof reason, "r%u", i);
		row.f[CALLLOG_REASON].ptr = reason;
		row.f[CALLLOG_REASON].len = strlen(reason);
		calllog_agg_add(a, &row);
	}
	size_t nk;
	const struct calllog_key *k = calllog_agg_keys(a, &nk);
	assert_int_equal(nk, CALLLOG_MAX_KEYS + 1);
	assert_string_equal(k[nk - 1].reason, "(other)");
	assert_int_equal(k[nk - 1].count, 100);
	calllog_agg_free(&a);
}

/* Counts merged from two halves equal the counts of the whole. */
static void
test_merge(void **state)
{
	(void)state;
	struct calllog_agg *whole = calllog_agg_new(), *half[2] = { calllog_agg_new(), calllog_agg_new() };
	struct calllog_row row;
	memset(&row, 0, sizeof row);
	char num[32], reason[32];
	const unsigned rows = 40000;
	for (unsigned i = 0; i < rows; i++) {
		row.code = i % 5 ? 200 : 503;
		row.initiator = i % 3 ? CALLLOG_INIT_SYSTEM : CALLLOG_INIT_DESTINATION;
		snprintf(reason, sizeof reason, "r%u", i % 4);
		row.f[CALLLOG_REASON].ptr = reason;
		row.f[CALLLOG_REASON].len = strlen(reason);
		/* a heavy number among many: more values than counters */
		snprintf(num, sizeof num, i % 7 == 0 ? "+15550000000" : "+1666%07u", i);
		row.f[CALLLOG_TO].ptr = num;
		row.f[CALLLOG_TO].len = strlen(num);
		row.has_time = true;
		row.time = 1759449600 + (int64_t)i * 2;   /* about 22 hours */
		row.line = i + 2;
		calllog_agg_add(whole, &row);
		/* the second half's lines count from its own start */
		struct calllog_row part = row;
		part.line = i < rows / 2 ? i + 2 : i - rows / 2 + 1;
		calllog_agg_add(half[i >= rows / 2], &part);
	}
	calllog_agg_merge(half[0], half[1], rows / 2 + 1);
	assert_int_equal(calllog_agg_calls(half[0]), rows);
	assert_int_equal(calllog_agg_failed(half[0]), calllog_agg_failed(whole));
	size_t nw, nm;
	const struct calllog_key *kw = calllog_agg_keys(whole, &nw);
	const struct calllog_key *km = calllog_agg_keys(half[0], &nm);
	assert_int_equal(nw, nm);
	for (size_t i = 0; i < nw; i++) {
		assert_int_equal(kw[i].code, km[i].code);
		assert_string_equal(kw[i].reason, km[i].reason);
		assert_int_equal(kw[i].count, km[i].count);
		assert_int_equal(kw[i].first_line, km[i].first_line);
		uint64_t b1, a1, b2, a2;
		assert_true(calllog_agg_trend(whole, i, 1759449600 / 3600 + 11, &b1, &a1));
		assert_true(calllog_agg_trend(half[0], i, 1759449600 / 3600 + 11, &b2, &a2));
		assert_int_equal(b1, b2);
		assert_int_equal(a1, a2);
	}
	size_t hw, hm;
	struct calllog_hour *h1 = calllog_agg_hours(whole, &hw), *h2 = calllog_agg_hours(half[0], &hm);
	assert_int_equal(hw, hm);
	assert_memory_equal(h1, h2, hw * sizeof *h1);
	free(h1);
	free(h2);
	size_t nt;
	bool partial;
	struct calllog_top_item *t = calllog_agg_top(half[0], CALLLOG_TOP_TO, 10, &nt, &partial);
	assert_true(partial);
	assert_true(nt >= 1);
	assert_string_equal(t[0].value, "+15550000000");
	/* upper bound, and the guaranteed part no more than the truth */
	unsigned heavy = 0;
	for (unsigned i = 0; i < rows; i++)
		heavy += i % 5 == 0 && i % 7 == 0;
	assert_true(t[0].count >= heavy);
	assert_true(t[0].count - t[0].err <= heavy);
	calllog_top_free(t, nt);
	calllog_agg_free(&whole);
	calllog_agg_free(&half[0]);
	calllog_agg_free(&half[1]);
}

/* A file read in two parts gives the rows of the whole, once each. */
static void
test_parts(void **state)
{
	(void)state;
	char path[] = "/tmp/test_calllog.XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	FILE *w = fdopen(fd, "w+");
	fputs("SIP Code,Reason\n", w);
	for (int i = 0; i < 5000; i++)
		fprintf(w, "%d,reason %d\n", i % 2 ? 200 : 486, i);
	fflush(w);
	bool bad;
	char *why = NULL;
	assert_int_equal(lseek(fd, 0, SEEK_SET), 0);
	struct calllog *head = calllog_open(fd, NULL, 0, NULL, &bad, &why);
	assert_non_null(head);
	uint64_t data = calllog_offset(head);
	assert_int_equal(data, 16);
	off_t size = lseek(fd, 0, SEEK_END);
	/* the second part starts at the line after the middle */
	char buf[64];
	uint64_t mid = (uint64_t)size / 2;
	ssize_t got = pread(fd, buf, sizeof buf, (off_t)mid);
	assert_true(got > 0);
	const char *nl = memchr(buf, '\n', (size_t)got);
	assert_non_null(nl);
	uint64_t start = mid + (uint64_t)(nl - buf) + 1;
	calllog_set_stop(head, start);
	struct calllog *part = calllog_open_part(head, fd, start, (uint64_t)size);
	struct calllog_row row;
	struct calllog_bad b;
	unsigned n1 = 0, n2 = 0;
	while (calllog_next(head, &row, &b) == CALLLOG_ROW)
		n1++;
	assert_int_equal(calllog_offset(head), start);
	uint64_t lines1 = calllog_lines(head);
	while (calllog_next(part, &row, &b) == CALLLOG_ROW) {
		n2++;
		assert_int_equal(row.line + lines1, n1 + n2 + 1);
	}
	assert_int_equal(n1 + n2, 5000);
	calllog_free(&head);
	calllog_free(&part);
	fclose(w);
	unlink(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_didww),
		cmocka_unit_test(test_other_headers),
		cmocka_unit_test(test_quoting),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_columns),
		cmocka_unit_test(test_no_code_column),
		cmocka_unit_test(test_times),
		cmocka_unit_test(test_initiators),
		cmocka_unit_test(test_stream_pipe),
		cmocka_unit_test(test_scan_paths),
		cmocka_unit_test(test_want),
		cmocka_unit_test(test_aggregation),
		cmocka_unit_test(test_top_heavy_hitter),
		cmocka_unit_test(test_many_keys),
		cmocka_unit_test(test_merge),
		cmocka_unit_test(test_parts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
