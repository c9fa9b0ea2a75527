/* libFuzzer target for the evidence readers of issue 10: src/capture
 * (pcap/pcapng through libpcap: link layers, IP reassembly, TCP streams,
 * RTP flows) and src/calllog (CSV rows, --columns, the aggregation).
 *   ./configure CC=clang --enable-fuzzing && make fuzz
 * Seeds: tests/data/capture/, tests/data/calllog/ and tests/fuzz/evidence/.  Input that starts with a capture's magic number
 * goes to the capture reader; every input also goes to the CSV reader, with
 * its own header and with columns given by number. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "calllog.h"
#include "capture.h"
#include "fuzz.h"


static int
on_message(void *arg, const struct capture_msg *m)
{
	struct capture *c = arg;
	if (m->len == 0 || m->len > CAPTURE_MAX_SIP + 65536 || !m->data)
		abort();
	/* Touch every byte (ASan: the message must lie in live memory). */
	unsigned x = 0;
	for (size_t i = 0; i < m->len; i++)
		x += (unsigned char)m->data[i];
	(void)x;
	/* What an SDP would announce: the message's own first bytes. */
	if (m->len >= 2)
		capture_expect_media(c, m->data, m->len < 40 ? m->len : 40,
				     (uint16_t)((unsigned char)m->data[0] << 8 | (unsigned char)m->data[1]));
	capture_expect_media(c, "192.0.2.10", 10, m->src.port);
	return 0;
}

static void
read_csv(const uint8_t *data, size_t size, const struct calllog_columns *cols)
{
	bool bad;
	char *why = NULL;
	struct calllog *r = calllog_open(-1, (const char *)data, size, cols, &bad, &why);
	free(why);
	if (!r)
		return;
	struct calllog_agg *a = calllog_agg_new(), *odd = calllog_agg_new();
	struct calllog_row row;
	struct calllog_bad b;
	enum calllog_next n;
	uint64_t last = 0;
	while ((n = calllog_next(r, &row, &b)) != CALLLOG_END && n != CALLLOG_ERROR) {
		uint64_t line = n == CALLLOG_ROW ? row.line : b.line;
		if (line <= last)
			abort();                /* lines only go forward */
		last = line;
		if (n != CALLLOG_ROW)
			continue;
		if (row.code < 100 || row.code > 699)
			abort();
		/* Every field must lie in live memory (ASan). */
		unsigned x = 0;
		for (size_t c = 0; c < CALLLOG_NCOLS; c++)
			for (size_t i = 0; i < row.f[c].len; i++)
				x += (unsigned char)row.f[c].ptr[i];
		(void)x;
		calllog_agg_add(a, &row);
		/* every other row into a second count, merged below */
		if (row.line % 2)
			calllog_agg_add(odd, &row);
	}
	size_t nk, nh, nt;
	bool partial;
	const struct calllog_key *k = calllog_agg_keys(a, &nk);
	uint64_t sum = 0;
	for (size_t i = 0; i < nk; i++) {
		sum += k[i].count;
		uint64_t before, after;
		calllog_agg_trend(a, i, 0, &before, &after);
	}
	if (sum != calllog_agg_calls(a))
		abort();
	free(calllog_agg_hours(a, &nh));
	for (int t = 0; t < CALLLOG_NTOP; t++) {
		struct calllog_top_item *v = calllog_agg_top(a, (enum calllog_top)t, 10, &nt, &partial);
		for (size_t i = 1; i < nt; i++)
			if (v[i].count > v[i - 1].count)
				abort();        /* most frequent first */
		calllog_top_free(v, nt);
	}
	/* a part's counts merged in: the totals add up */
	uint64_t before = calllog_agg_calls(a);
	calllog_agg_merge(a, odd, 0);
	if (calllog_agg_calls(a) != before + calllog_agg_calls(odd))
		abort();
	k = calllog_agg_keys(a, &nk);
	sum = 0;
	for (size_t i = 0; i < nk; i++)
		sum += k[i].count;
	if (sum != calllog_agg_calls(a))
		abort();
	calllog_agg_free(&odd);
	calllog_agg_free(&a);
	calllog_free(&r);
}

FUZZ_TARGET(evidence, NULL, "tests/data/capture tests/data/calllog", 16)
{
	if (capture_detect(data, size)) {
		bool bad;
		char *why = NULL;
		struct capture *c = capture_open_mem(data, size, &bad, &why);
		free(why);
		if (c) {
			capture_run(c, on_message, c);
			const struct capture_stats *st = capture_stats(c);
			size_t n;
			const struct capture_rtp *r = capture_rtp_flows(c, &n);
			for (size_t i = 0; i < n; i++)
				if (r[i].packets == 0 || r[i].packets > st->frames)
					abort();
			capture_free(&c);
		}
	}
	read_csv(data, size, NULL);
	struct calllog_columns cols;
	char *why = NULL;
	if (!calllog_columns_parse("code=2,initiator=1,reason=3,time=4,to=5", &cols, &why))
		abort();
	read_csv(data, size, &cols);
	calllog_columns_clear(&cols);
	return 0;
}
