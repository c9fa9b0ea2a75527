/* cmocka tests for src/capture: every link layer, pcap and pcapng, IPv4 and
 * IPv6 fragments, TCP segmentation (reordered, retransmitted, coalesced,
 * joined mid-way), TLS on 5061, RTP flows, truncated and damaged files.
 * The captures are written by tests/pcapgen.c into memory. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "capture.h"
#include "pcapgen.h"
#include "trace_capture.h"

struct seen {
	unsigned n;
	char first[8][64];              /* the start lines of the first messages */
	unsigned fragments[8], segments[8];
	enum capture_transport transport[8];
	uint64_t frames[8];
	size_t len[8];
	char src[8][64];
	bool stop_after_two;
	struct capture *c;              /* to announce media from the callback */
	unsigned announced;
};

static int
collect(void *arg, const struct capture_msg *m)
{
	struct seen *s = arg;
	if (s->n < 8) {
		const char *eol = memchr(m->data, '\r', m->len);
		size_t n = eol ? (size_t)(eol - m->data) : m->len;
		if (n >= sizeof s->first[0])
			n = sizeof s->first[0] - 1;
		memcpy(s->first[s->n], m->data, n);
		s->first[s->n][n] = '\0';
		s->fragments[s->n] = m->fragments;
		s->segments[s->n] = m->segments;
		s->transport[s->n] = m->transport;
		s->frames[s->n] = m->frame;
		s->len[s->n] = m->len;
		capture_addr_text(&m->src, s->src[s->n], sizeof s->src[0]);
	}
	s->n++;
	/* Every message is whole: it ends where its Content-Length says. */
	const char *cl = NULL;
	for (size_t i = 0; i + 16 < m->len; i++)
		if (memcmp(m->data + i, "Content-Length: ", 16) == 0) {
			cl = m->data + i + 16;
			break;
		}
	assert_non_null(cl);
	size_t body = (size_t)strtoul(cl, NULL, 10);
	const char *end = NULL;
	for (size_t i = 0; i + 4 <= m->len; i++)
		if (memcmp(m->data + i, "\r\n\r\n", 4) == 0) {
			end = m->data + i + 4;
			break;
		}
	assert_non_null(end);
	assert_int_equal((size_t)(end - m->data) + body, m->len);
	/* SDP announces where media goes, as trace.c will do. */
	if (s->c) {
		const char *c = NULL, *mm = NULL;
		for (size_t i = 0; i + 9 < m->len; i++) {
			if (!c && memcmp(m->data + i, "c=IN IP4 ", 9) == 0)
				c = m->data + i + 9;
			if (!mm && memcmp(m->data + i, "m=audio ", 8) == 0)
				mm = m->data + i + 8;
		}
		if (c && mm) {
			/* the message is not NUL-terminated: stop at its end */
			const char *mend = m->data + m->len, *cr = memchr(c, '\r', (size_t)(mend - c));
			size_t len = (size_t)((cr ? cr : mend) - c);
			unsigned port = 0;
			for (const char *q = mm; q < mend && *q >= '0' && *q <= '9'; q++)
				port = port * 10 + (unsigned)(*q - '0');
			if (capture_expect_media(s->c, c, len, (uint16_t)port))
				s->announced++;
		}
	}
	return s->stop_after_two && s->n == 2 ? 42 : 0;
}

/* Writes scenario O into memory: *len bytes, malloc'd. */
static char *
make(const struct pg_scenario *o, size_t *len)
{
	char *buf = NULL;
	FILE *fp = open_memstream(&buf, len);
	assert_non_null(fp);
	assert_int_equal(pg_scenario_write(o, fp), 0);
	assert_int_equal(fclose(fp), 0);
	return buf;
}

static struct capture *
open_mem(const char *buf, size_t len)
{
	bool bad = true;
	char *why = NULL;
	struct capture *c = capture_open_mem(buf, len, &bad, &why);
	if (!c)
		fail_msg("capture_open_mem: %s", why);
	assert_false(bad);
	assert_null(why);
	return c;
}

/* Runs scenario O; checks the answered call's seven messages. */
static void
run_call(const struct pg_scenario *o, struct seen *s, const struct capture_stats **st,
	 struct capture **cp, char **bufp)
{
	size_t len;
	*bufp = make(o, &len);
	*cp = open_mem(*bufp, len);
	memset(s, 0, sizeof *s);
	assert_int_equal(capture_run(*cp, collect, s), 0);
	*st = capture_stats(*cp);
}

static void
expect_call(const struct seen *s)
{
	static const char *const want[] = {
		"INVITE sip:+12135550142@carrier.example.net SIP/2.0", "SIP/2.0 100 Trying",
		"SIP/2.0 180 Ringing", "SIP/2.0 200 OK",
		"ACK sip:+12135550142@carrier.example.net SIP/2.0",
		"BYE sip:+12135550142@carrier.example.net SIP/2.0", "SIP/2.0 200 OK",
	};
	assert_int_equal(s->n, 7);
	for (size_t i = 0; i < 7; i++)
		assert_string_equal(s->first[i], want[i]);
}

static void
expect_rtp(struct capture *c, bool v6)
{
	size_t n;
	const struct capture_rtp *r = capture_rtp_flows(c, &n);
	assert_int_equal(n, 2);
	char a[64];
	assert_string_equal(capture_addr_text(&r[0].src, a, sizeof a), v6 ? "2001:db8::10" : "192.0.2.10");
	assert_int_equal(r[0].src.port, 40002);
	assert_int_equal(r[0].dst.port, 30002);
	assert_int_equal(r[0].packets, 25);
	assert_int_equal(r[1].packets, 25);
	assert_true(capture_rtp_has_pt(&r[0], 8));
	assert_false(capture_rtp_has_pt(&r[0], 101));
	assert_true(capture_rtp_has_pt(&r[1], 8));
	assert_true(capture_rtp_has_pt(&r[1], 101));
	assert_false(capture_rtp_has_pt(&r[1], 0));
	assert_false(r[0].dst_private);
	assert_int_equal(r[0].lost, 0);
}

/* ---- link layers, pcap and pcapng, IPv4 and IPv6 ---------------------- */

static void
each_link(bool ng, bool v6)
{
	static const int links[] = { PG_ETHER, PG_VLAN, PG_QINQ, PG_SLL, PG_SLL2, PG_RAW, PG_NULL,
				     PG_LOOP };
	static const char *const names[] = { "EN10MB", "EN10MB", "EN10MB", "LINUX_SLL",
					     "LINUX_SLL2", "RAW", "NULL", "LOOP" };
	for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) {
		struct pg_scenario o;
		pg_scenario_defaults(&o);
		o.link = links[i];
		o.ng = ng;
		o.v6 = v6;
		struct seen s;
		const struct capture_stats *st;
		struct capture *c;
		char *buf;
		run_call(&o, &s, &st, &c, &buf);
		expect_call(&s);
		assert_string_equal(s.src[0], v6 ? "2001:db8::10" : "192.0.2.10");
		assert_int_equal(s.transport[0], CAPTURE_UDP);
		assert_int_equal(s.frames[0], 1);
		assert_string_equal(st->linkname, names[i]);
		assert_int_equal(st->pcapng, ng);
		assert_int_equal(st->sip_udp, 7);
		assert_int_equal(st->frames, 57);
		assert_int_equal(st->not_ip, 0);
		assert_false(st->truncated);
		expect_rtp(c, v6);
		capture_free(&c);
		assert_null(c);
		free(buf);
	}
}

static void
test_links_pcap_v4(void **state)
{
	(void)state;
	each_link(false, false);
}

static void
test_links_pcapng_v6(void **state)
{
	(void)state;
	each_link(true, true);
}

static void
test_links_pcapng_v4(void **state)
{
	(void)state;
	each_link(true, false);
}

/* ---- IP fragments ------------------------------------------------------ */

static void
fragments(bool v6, bool reverse)
{
	struct pg_scenario o;
	pg_scenario_defaults(&o);
	o.big = true;
	o.v6 = v6;
	o.frag_reverse = reverse;
	o.mtu = 576;
	struct seen s;
	const struct capture_stats *st;
	struct capture *c;
	char *buf;
	run_call(&o, &s, &st, &c, &buf);
	expect_call(&s);
	assert_true(s.fragments[0] >= 5);     /* ~2900 bytes in 576-byte packets */
	assert_int_equal(s.fragments[1], 1);
	assert_int_equal(s.fragments[3], 2);   /* the 200 OK with its SDP */
	assert_true(s.len[0] > 2500);
	assert_int_equal(st->frag_reassembled, 2);
	assert_int_equal(st->frag_incomplete, 0);
	assert_int_equal(st->frag_packets, s.fragments[0] + s.fragments[3]);
	capture_free(&c);
	free(buf);
}

static void
test_fragments_v4(void **state)
{
	(void)state;
	fragments(false, false);
	fragments(false, true);
}

static void
test_fragments_v6(void **state)
{
	(void)state;
	fragments(true, false);
	fragments(true, true);
}

static void
test_fragment_missing(void **state)
{
	(void)state;
	for (int v6 = 0; v6 < 2; v6++) {
		struct pg_scenario o;
		pg_scenario_defaults(&o);
		o.big = true;
		o.v6 = v6;
		o.frag_drop = 1;
		struct seen s;
		const struct capture_stats *st;
		struct capture *c;
		char *buf;
		run_call(&o, &s, &st, &c, &buf);
		/* The INVITE never became whole: the rest of the call is there. */
		assert_int_equal(s.n, 6);
		assert_string_equal(s.first[0], "SIP/2.0 100 Trying");
		assert_int_equal(st->frag_reassembled, 0);
		assert_int_equal(st->frag_incomplete, 1);
		capture_free(&c);
		free(buf);
	}
}

/* ---- TCP ---------------------------------------------------------------- */

static void
tcp_case(unsigned segment, bool reorder, bool coalesce, bool nosyn, bool v6)
{
	struct pg_scenario o;
	pg_scenario_defaults(&o);
	o.tcp = true;
	o.segment = segment;
	o.reorder = reorder;
	o.coalesce = coalesce;
	o.nosyn = nosyn;
	o.v6 = v6;
	o.noise = true;                 /* an HTTP connection beside */
	struct seen s;
	const struct capture_stats *st;
	struct capture *c;
	char *buf;
	run_call(&o, &s, &st, &c, &buf);
	expect_call(&s);
	assert_int_equal(s.transport[0], CAPTURE_TCP);
	assert_int_equal(st->sip_tcp, 7);
	assert_int_equal(st->sip_udp, 0);
	assert_int_equal(st->tcp_streams, 2);
	assert_int_equal(st->tcp_lost, 0);
	assert_int_equal(st->tcp_dropped, 0);
	if (segment && !coalesce)
		assert_true(s.segments[0] > 3);
	expect_rtp(c, v6);
	capture_free(&c);
	free(buf);
}

static void
test_tcp_whole(void **state)
{
	(void)state;
	tcp_case(0, false, false, false, false);
	tcp_case(0, false, false, false, true);
}

static void
test_tcp_segmented(void **state)
{
	(void)state;
	tcp_case(100, false, false, false, false);
	tcp_case(7, false, false, false, true);
}

static void
test_tcp_reordered(void **state)
{
	(void)state;
	tcp_case(97, true, false, false, false);
	tcp_case(61, true, false, false, true);
}

static void
test_tcp_coalesced(void **state)
{
	(void)state;
	/* The caller writes INVITE and ACK in one go, then BYE: several
	 * messages in one segment, or (segment 333) one message over several
	 * segments that also carry the next one's start.  They come out in the
	 * order they were on the wire: after the responses. */
	static const unsigned segs[] = { 0, 333 };
	for (size_t k = 0; k < 2; k++) {
		struct pg_scenario o;
		pg_scenario_defaults(&o);
		o.tcp = true;
		o.coalesce = true;
		o.segment = segs[k];
		struct seen s;
		const struct capture_stats *st;
		struct capture *c;
		char *buf;
		run_call(&o, &s, &st, &c, &buf);
		assert_int_equal(s.n, 7);
		assert_string_equal(s.first[0], "SIP/2.0 100 Trying");
		assert_string_equal(s.first[3], "INVITE sip:+12135550142@carrier.example.net SIP/2.0");
		assert_string_equal(s.first[4], "ACK sip:+12135550142@carrier.example.net SIP/2.0");
		if (!segs[k])
			assert_int_equal(s.frames[3], s.frames[4]);   /* one segment */
		else
			assert_true(s.segments[3] > 1);
		assert_int_equal(st->sip_tcp, 7);
		assert_int_equal(st->tcp_dropped, 0);
		capture_free(&c);
		free(buf);
	}
}

static void
test_tcp_midstream(void **state)
{
	(void)state;
	tcp_case(0, false, false, true, false);
	tcp_case(150, false, false, true, false);
}

static void
test_tls(void **state)
{
	(void)state;
	struct pg_scenario o;
	pg_scenario_defaults(&o);
	o.tls = 3;
	struct seen s;
	const struct capture_stats *st;
	struct capture *c;
	char *buf;
	run_call(&o, &s, &st, &c, &buf);
	expect_call(&s);
	assert_int_equal(st->tls_5061, 3);
	capture_free(&c);
	free(buf);

	/* Plain SIP over TCP on 5061 is read, not counted as TLS. */
	pg_scenario_defaults(&o);
	o.tcp = true;
	o.port = 5061;
	run_call(&o, &s, &st, &c, &buf);
	expect_call(&s);
	assert_int_equal(st->tls_5061, 0);
	capture_free(&c);
	free(buf);
}

/* ---- SIP on any port, noise -------------------------------------------- */

static void
test_any_port_and_noise(void **state)
{
	(void)state;
	struct pg_scenario o;
	pg_scenario_defaults(&o);
	o.port = 7777;
	o.noise = true;
	struct seen s;
	const struct capture_stats *st;
	struct capture *c;
	char *buf;
	run_call(&o, &s, &st, &c, &buf);
	expect_call(&s);
	assert_int_equal(st->not_ip, 1);       /* the ARP frame */
	assert_int_equal(st->tcp_streams, 0);  /* HTTP is not SIP */
	assert_int_equal(st->rtp_packets, 50); /* DNS is not RTP */
	capture_free(&c);
	free(buf);
}

/* ---- RTP ---------------------------------------------------------------- */

static void
test_rtp_one_way_none_private(void **state)
{
	(void)state;
	struct pg_scenario o;
	pg_scenario_defaults(&o);
	o.rtp = "one";
	struct seen s;
	const struct capture_stats *st;
	struct capture *c;
	char *buf;
	run_call(&o, &s, &st, &c, &buf);
	size_t n;
	const struct capture_rtp *r = capture_rtp_flows(c, &n);
	assert_int_equal(n, 1);
	assert_int_equal(r[0].src.port, 40002);
	capture_free(&c);
	free(buf);

	o.rtp = "none";
	run_call(&o, &s, &st, &c, &buf);
	capture_rtp_flows(c, &n);
	assert_int_equal(n, 0);
	assert_int_equal(st->rtp_packets, 0);
	capture_free(&c);
	free(buf);

	o.rtp = "private";
	run_call(&o, &s, &st, &c, &buf);
	r = capture_rtp_flows(c, &n);
	assert_int_equal(n, 2);
	char a[64];
	assert_string_equal(capture_addr_text(&r[0].dst, a, sizeof a), "10.0.0.5");
	assert_true(r[0].dst_private);
	assert_true(capture_addr_private(&r[0].dst));
	assert_false(r[1].dst_private);
	capture_free(&c);
	free(buf);
}

static void
test_rtp_announced(void **state)
{
	(void)state;
	/* Two packets each way: too few for the header heuristic alone, enough
	 * once the SDP announced where media goes. */
	struct pg_scenario o;
	pg_scenario_defaults(&o);
	o.rtp_packets = 2;
	size_t len;
	char *buf = make(&o, &len);
	struct capture *c = open_mem(buf, len);
	struct seen s;
	memset(&s, 0, sizeof s);
	assert_int_equal(capture_run(c, collect, &s), 0);
	size_t n;
	capture_rtp_flows(c, &n);
	assert_int_equal(n, 0);
	capture_free(&c);

	c = open_mem(buf, len);
	memset(&s, 0, sizeof s);
	s.c = c;
	assert_int_equal(capture_run(c, collect, &s), 0);
	assert_int_equal(s.announced, 2);
	const struct capture_rtp *r = capture_rtp_flows(c, &n);
	assert_int_equal(n, 2);
	assert_int_equal(r[0].packets, 2);
	assert_true(r[0].announced);
	assert_true(r[1].announced);
	assert_false(capture_expect_media(c, "not-an-address", 14, 5000));
	assert_true(capture_expect_media(c, "2001:db8::1", 11, 5000));
	capture_free(&c);
	free(buf);
}

/* ---- damaged input ------------------------------------------------------ */

static void
test_truncated(void **state)
{
	(void)state;
	for (int ng = 0; ng < 2; ng++) {
		struct pg_scenario o;
		pg_scenario_defaults(&o);
		o.ng = ng;
		o.calls = 3;
		size_t len;
		char *buf = make(&o, &len);
		/* The last record cut in two. */
		struct capture *c = open_mem(buf, len - 100);
		struct seen s;
		memset(&s, 0, sizeof s);
		assert_int_equal(capture_run(c, collect, &s), 0);
		const struct capture_stats *st = capture_stats(c);
		assert_true(st->truncated);
		assert_non_null(st->error);
		assert_int_equal(s.n, 7 + 4 + 6);   /* all but the last 200 OK */
		capture_free(&c);
		free(buf);
	}
}

static void
test_snapped(void **state)
{
	(void)state;
	struct pg_scenario o;
	pg_scenario_defaults(&o);
	o.snap = 200;
	size_t len;
	char *buf = make(&o, &len);
	struct capture *c = open_mem(buf, len);
	unsigned n = 0;
	assert_int_equal(capture_run(c, NULL, &n), 0);
	const struct capture_stats *st = capture_stats(c);
	assert_int_equal(st->sip_udp, 7);          /* what is left of them */
	assert_int_equal(st->snapped, 57);
	capture_free(&c);
	free(buf);
}

static void
test_bad_files(void **state)
{
	(void)state;
	bool bad = false;
	char *why = NULL;
	assert_null(capture_open_mem("INVITE sip:a SIP/2.0\r\n", 22, &bad, &why));
	assert_true(bad);
	assert_non_null(why);
	free(why);
	assert_false(capture_detect("abc", 3));
	assert_false(capture_detect(NULL, 0));
	static const unsigned char pcap_le[4] = { 0xD4, 0xC3, 0xB2, 0xA1 };
	static const unsigned char pcapng[4] = { 0x0A, 0x0D, 0x0D, 0x0A };
	assert_true(capture_detect(pcap_le, 4));
	assert_true(capture_detect(pcapng, 4));

	/* A magic number and nothing after it. */
	why = NULL;
	assert_null(capture_open_mem(pcap_le, 4, &bad, &why));
	assert_true(bad);
	assert_non_null(why);
	free(why);

	/* A link type siptriage does not read (LINKTYPE_USER0). */
	struct pg_scenario o;
	pg_scenario_defaults(&o);
	size_t len;
	char *buf = make(&o, &len);
	buf[20] = (char)147;
	why = NULL;
	assert_null(capture_open_mem(buf, len, &bad, &why));
	assert_true(bad);
	assert_non_null(strstr(why, "147"));
	free(why);
	free(buf);

	assert_null(capture_open("/nonexistent/x.pcap", &bad, &why));
	assert_true(bad);
	free(why);
	capture_free(NULL);
}

static void
test_stop(void **state)
{
	(void)state;
	struct pg_scenario o;
	pg_scenario_defaults(&o);
	size_t len;
	char *buf = make(&o, &len);
	struct capture *c = open_mem(buf, len);
	struct seen s;
	memset(&s, 0, sizeof s);
	s.stop_after_two = true;
	assert_int_equal(capture_run(c, collect, &s), 42);
	assert_int_equal(s.n, 2);
	capture_free(&c);
	free(buf);
}

static void
test_many_calls_stream_file(void **state)
{
	(void)state;
	/* Through a real file and capture_open(), with 300 interleaved calls'
	 * worth of flows. */
	struct pg_scenario o;
	pg_scenario_defaults(&o);
	o.calls = 300;
	o.rtp_packets = 3;
	char path[] = "/tmp/test_capture.XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	FILE *fp = fdopen(fd, "wb");
	assert_non_null(fp);
	assert_int_equal(pg_scenario_write(&o, fp), 0);
	assert_int_equal(fclose(fp), 0);
	bool bad;
	char *why = NULL;
	struct capture *c = capture_open(path, &bad, &why);
	assert_non_null(c);
	unlink(path);
	assert_int_equal(capture_run(c, NULL, NULL), 0);
	const struct capture_stats *st = capture_stats(c);
	assert_int_equal(st->sip_udp, 200 * 7 + 100 * 4);
	size_t n;
	capture_rtp_flows(c, &n);
	assert_int_equal(n, 400);
	capture_free(&c);
}

static void
test_many_tcp_streams(void **state)
{
	(void)state;
	/* 300 TCP connections open at once, each with one SIP request: the
	 * stream table grows from its first buckets while they are open, and
	 * loses none of them. */
	static const char msg[] = "OPTIONS sip:a@b SIP/2.0\r\nCall-ID: x\r\nCSeq: 1 OPTIONS\r\n"
				  "Content-Length: 0\r\n\r\n";
	char *buf = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&buf, &len);
	assert_non_null(fp);
	static struct pg g;
	assert_int_equal(pg_open(&g, fp, PG_ETHER, false), 0);
	/* Each connection: its SYN and the first half of the request, all
	 * 300 of them, then each second half: a stream the table lost while
	 * it grew would never complete its request. */
	const size_t half = (sizeof msg - 1) / 2;
	for (unsigned i = 0; i < 300; i++) {
		assert_int_equal(pg_tcp(&g, 1, i, "192.0.2.1", (uint16_t)(20000 + i), "192.0.2.2",
					5060, 1000, 0, 0x02, NULL, 0), 0);
		assert_int_equal(pg_tcp(&g, 1, i, "192.0.2.1", (uint16_t)(20000 + i), "192.0.2.2",
					5060, 1001, 1, 0x18, msg, half), 0);
	}
	for (unsigned i = 0; i < 300; i++)
		assert_int_equal(pg_tcp(&g, 2, i, "192.0.2.1", (uint16_t)(20000 + i), "192.0.2.2",
					5060, (uint32_t)(1001 + half), 1, 0x18, msg + half,
					sizeof msg - 1 - half), 0);
	assert_int_equal(fclose(fp), 0);
	struct capture *c = open_mem(buf, len);
	assert_int_equal(capture_run(c, NULL, NULL), 0);
	const struct capture_stats *st = capture_stats(c);
	assert_int_equal(st->sip_tcp, 300);
	assert_int_equal(st->tcp_streams, 300);
	capture_free(&c);
	free(buf);
}

/* ---- the capture as a text trace, and RTP per call (trace_capture.c) ---- */

/* Runs scenario O through trace_capture_run(); the text in *text. */
static struct trace_capture *
as_text(const struct pg_scenario *o, char **text, char **bufp)
{
	size_t len;
	*bufp = make(o, &len);
	struct capture *c = open_mem(*bufp, len);
	FILE *tmp = tmpfile();
	assert_non_null(tmp);
	char *why = NULL;
	struct trace_capture *tc = trace_capture_run(c, fileno(tmp), &why);
	if (!tc)
		fail_msg("trace_capture_run: %s", why);
	long n = ftell(tmp) >= 0 ? lseek(fileno(tmp), 0, SEEK_END) : -1;
	assert_true(n > 0);
	*text = calloc((size_t)n + 1, 1);
	assert_int_equal(pread(fileno(tmp), *text, (size_t)n, 0), n);
	fclose(tmp);
	return tc;
}

static void
test_text_and_rtp(void **state)
{
	(void)state;
	struct pg_scenario o;
	pg_scenario_defaults(&o);
	o.calls = 2;
	o.tls = 2;
	char *text, *buf;
	struct trace_capture *tc = as_text(&o, &text, &buf);
	assert_non_null(strstr(text, "U 2025-10-03 07:49:19.001500Z 192.0.2.10:5062 -> 203.0.113.5:5060 frame 1\n"
				      "INVITE sip:+12135550142@carrier.example.net SIP/2.0\r\n"));
	assert_non_null(strstr(text, "frame 57\nSIP/2.0 200 OK\r\n"));
	assert_int_equal(trace_capture_frame(tc, 1), 1);
	assert_int_equal(trace_capture_frame(tc, 5), 1);
	assert_int_equal(trace_capture_frame(tc, 0), 0);
	assert_int_equal(trace_capture_frame(tc, 100000), 61);    /* the 486 call's ACK */
	struct trace_rtp r;
	assert_true(trace_capture_rtp(tc, "call-1@pbx.example.com", 22, &r));
	assert_true(r.announced);
	assert_int_equal(r.endpoints[0], 1);
	assert_int_equal(r.endpoints[1], 1);
	assert_int_equal(r.packets[0], 25);     /* to the caller */
	assert_int_equal(r.packets[1], 25);     /* to the SBC */
	assert_int_equal(r.flows, 2);
	char *pts = trace_capture_pts(r.pts[0]);
	assert_string_equal(pts, "8 101");
	free(pts);
	pts = trace_capture_pts(r.pts[1]);
	assert_string_equal(pts, "8");
	free(pts);
	assert_false(r.private_dst);
	/* the refused call offered media, none flowed */
	assert_true(trace_capture_rtp(tc, "call-2@pbx.example.com", 22, &r));
	assert_true(r.announced);
	assert_int_equal(r.packets[0] + r.packets[1], 0);
	assert_false(trace_capture_rtp(tc, "nope", 4, &r));
	char *w = trace_capture_warnings(tc);
	assert_string_equal(w, "2 TLS connections to port 5061 could not be read; capture on the "
			       "SBC's decrypted side or enable its SIP trace\n");
	free(w);
	trace_capture_free(&tc);
	assert_null(tc);
	free(text);
	free(buf);
}

static void
test_rtp_cases_per_call(void **state)
{
	(void)state;
	struct pg_scenario o;
	pg_scenario_defaults(&o);
	char *text, *buf;
	struct trace_rtp r;

	o.rtp = "one";
	o.rtp_packets = 2;         /* few packets: counted because SDP announced them */
	struct trace_capture *tc = as_text(&o, &text, &buf);
	assert_true(trace_capture_rtp(tc, "call-1@pbx.example.com", 22, &r));
	assert_int_equal(r.packets[0], 0);
	assert_int_equal(r.packets[1], 2);
	trace_capture_free(&tc);
	free(text);
	free(buf);

	o.rtp = "private";
	o.rtp_packets = 25;
	o.v6 = true;
	tc = as_text(&o, &text, &buf);
	assert_non_null(strstr(text, "U 2025-10-03 07:49:19.001500Z [2001:db8::10]:5062 -> [2001:db8::5]:5060 frame 1"));
	assert_true(trace_capture_rtp(tc, "call-1@pbx.example.com", 22, &r));
	assert_true(r.private_dst);
	assert_string_equal(r.private_addr, "[fd00::5]:30002");
	trace_capture_free(&tc);
	free(text);
	free(buf);

	o.rtp = "none";
	o.v6 = false;
	o.tcp = true;
	tc = as_text(&o, &text, &buf);
	assert_non_null(strstr(text, "T 2025-10-03 07:49:19"));
	assert_true(trace_capture_rtp(tc, "call-1@pbx.example.com", 22, &r));
	assert_true(r.announced);
	assert_int_equal(r.packets[0] + r.packets[1], 0);
	trace_capture_free(&tc);
	free(text);
	free(buf);

	/* Cut by a snap length: what is left is written, and said. */
	o.tcp = false;
	o.snap = 300;
	tc = as_text(&o, &text, &buf);
	char *w = trace_capture_warnings(tc);
	assert_string_equal(w, "7 packets were cut short by the capture's snap length (capture "
			       "with tcpdump -s 0)\n");
	free(w);
	trace_capture_free(&tc);
	free(text);
	free(buf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_links_pcap_v4),
		cmocka_unit_test(test_links_pcapng_v6),
		cmocka_unit_test(test_links_pcapng_v4),
		cmocka_unit_test(test_fragments_v4),
		cmocka_unit_test(test_fragments_v6),
		cmocka_unit_test(test_fragment_missing),
		cmocka_unit_test(test_tcp_whole),
		cmocka_unit_test(test_tcp_segmented),
		cmocka_unit_test(test_tcp_reordered),
		cmocka_unit_test(test_tcp_coalesced),
		cmocka_unit_test(test_tcp_midstream),
		cmocka_unit_test(test_tls),
		cmocka_unit_test(test_any_port_and_noise),
		cmocka_unit_test(test_rtp_one_way_none_private),
		cmocka_unit_test(test_rtp_announced),
		cmocka_unit_test(test_truncated),
		cmocka_unit_test(test_snapped),
		cmocka_unit_test(test_bad_files),
		cmocka_unit_test(test_stop),
		cmocka_unit_test(test_many_calls_stream_file),
		cmocka_unit_test(test_many_tcp_streams),
		cmocka_unit_test(test_text_and_rtp),
		cmocka_unit_test(test_rtp_cases_per_call),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
