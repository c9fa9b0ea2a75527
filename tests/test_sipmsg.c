/* cmocka tests for src/sipmsg: traces, RFC 4475 torture messages, bad
 * input, call-log lines.  Data files: $srcdir/tests/data/sip/ (srcdir
 * defaults to "."). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sipcall.h"
#include "sipmsg.h"

/* ---- helpers ---------------------------------------------------------- */

/* The length of the buffer last parsed by parse_file() or parse_str(). */
static size_t parsed_len;

/* Read a data file into an exactly sized buffer (no NUL after it, so
 * ASan catches any read past the end). */
static char *load(const char *name, size_t *len)
{
	const char *srcdir = getenv("srcdir");
	char path[1024];
	FILE *fp;
	char *buf;
	long n;

	snprintf(path, sizeof path, "%s/tests/data/sip/%s",
		 srcdir ? srcdir : ".", name);
	fp = fopen(path, "rb");
	if (fp == NULL) {
		fail_msg("cannot open %s", path);
		return NULL;
	}
	assert_int_equal(fseek(fp, 0, SEEK_END), 0);
	n = ftell(fp);
	assert_true(n >= 0);
	rewind(fp);
	buf = malloc(n > 0 ? (size_t)n : 1);
	assert_non_null(buf);
	assert_int_equal(fread(buf, 1, (size_t)n, fp), (size_t)n);
	fclose(fp);
	*len = (size_t)n;
	return buf;
}

/* Parse a file; the buffer is kept in *bufp for the caller to free. */
static sipmsg_trace *parse_file(const char *name, char **bufp)
{
	size_t len;
	sipmsg_trace *t;

	*bufp = load(name, &len);
	parsed_len = len;
	t = sipmsg_parse(*bufp, len);
	assert_non_null(t);
	return t;
}

/* Parse a string through an exactly sized heap copy. */
static sipmsg_trace *parse_str(const char *s, char **bufp)
{
	size_t len = strlen(s);
	sipmsg_trace *t;

	*bufp = malloc(len ? len : 1);
	assert_non_null(*bufp);
	memcpy(*bufp, s, len);
	parsed_len = len;
	t = sipmsg_parse(*bufp, len);
	assert_non_null(t);
	return t;
}

static void done(sipmsg_trace **t, char *buf)
{
	sipmsg_trace_free(t);
	assert_null(*t);
	free(buf);
}

static bool feq(sipmsg_field f, const char *s)
{
	return f.ptr != NULL && f.len == strlen(s) && memcmp(f.ptr, s, f.len) == 0;
}

#define assert_field(f, s) \
	do { \
		if (!feq((f), (s))) \
			fail_msg("field is '%.*s', expected '%s'", (int)(f).len, \
				 (f).ptr ? (f).ptr : "", (s)); \
	} while (0)

static size_t count_diag(const sipmsg_trace *t, enum sipmsg_diag_code c)
{
	size_t n = 0;
	for (size_t i = 0; i < t->ndiag; i++)
		n += t->diag[i].code == c;
	return n;
}

static unsigned diag_line(const sipmsg_trace *t, enum sipmsg_diag_code c)
{
	for (size_t i = 0; i < t->ndiag; i++)
		if (t->diag[i].code == c)
			return t->diag[i].line;
	return 0;
}

/* The calls of a buffer (sipcall), the way trace.c reads them. */
static sipcall_set *calls_of(const char *buf, size_t len)
{
	sipmsg_reader r;
	sipmsg_message *m = malloc(sizeof *m);
	sipcall_set *s = sipcall_set_new();

	assert_non_null(m);
	assert_non_null(s);
	sipmsg_reader_init(&r);
	while (sipmsg_read(&r, buf, 0, len, true, m) == SIPMSG_READ_MESSAGE) {
		struct sipcall_meta meta;
		memset(&meta, 0, sizeof meta);
		meta.offset = m->offset;
		meta.offset_line = m->offset_line;
		assert_true(sipcall_add(s, m, &meta) >= -1);
	}
	free(m);
	sipcall_set_finish(s);
	return s;
}

/* The only (or first) call of a buffer; *sp to free. */
static const sipcall *call1(const char *buf, size_t len, sipcall_set **sp)
{
	*sp = calls_of(buf, len);
	assert_true(sipcall_count(*sp) >= 1);
	return sipcall_at(*sp, 0);
}

#define assert_text(c, t, s) assert_string_equal(sipcall_str((c), (t)) ? sipcall_str((c), (t)) : "(null)", (s))

/* ---- API basics ------------------------------------------------------- */

static void test_free_null_safe(void **state)
{
	sipmsg_trace *t = NULL;
	(void)state;

	sipmsg_trace_free(NULL);
	sipmsg_trace_free(&t);
	assert_null(t);
	t = sipmsg_parse("", 0);
	assert_non_null(t);
	sipmsg_trace_free(&t);
	assert_null(t);
}

static void test_empty_input(void **state)
{
	sipmsg_trace *t = sipmsg_parse(NULL, 0);
	(void)state;

	assert_non_null(t);
	assert_int_equal(t->nmessages, 0);
	assert_int_equal(t->ndiag, 0);
	sipmsg_trace_free(&t);
	t = sipmsg_parse("\r\n\n  \n", 6);
	assert_int_equal(t->nmessages, 0);
	assert_int_equal(t->ndiag, 0);
	assert_int_equal(t->lines, 3);
	sipmsg_trace_free(&t);
}

static void test_diag_texts(void **state)
{
	(void)state;
	for (int c = 0; c < SIPMSG_DIAG_COUNT; c++) {
		const char *s = sipmsg_diag_text((enum sipmsg_diag_code)c);
		assert_non_null(s);
		assert_true(strlen(s) > 5);
	}
	assert_string_equal(sipmsg_diag_text(SIPMSG_DIAG_COUNT),
			    "unknown diagnostic");
}

static void test_private_ip(void **state)
{
	static const struct {
		const char *ip;
		bool priv;
	} cases[] = {
		{ "10.0.0.1", true },       { "10.255.255.255", true },
		{ "172.16.0.1", true },     { "172.31.255.1", true },
		{ "172.32.0.1", false },    { "172.15.0.1", false },
		{ "192.168.1.20", true },   { "192.169.1.1", false },
		{ "100.64.0.1", true },     { "100.127.255.255", true },
		{ "100.128.0.1", false },   { "100.63.0.1", false },
		{ "127.0.0.1", true },      { "203.0.113.50", false },
		{ "8.8.8.8", false },       { "10.0.0", false },
		{ "10.0.0.256", false },    { "10.0.0.1.5", false },
		{ "999999999999.1.1.1", false }, { "", false },
		{ "::1", false },           { "host.example.com", false },
	};
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
		if (sipmsg_ip_is_private(cases[i].ip, strlen(cases[i].ip)) !=
		    cases[i].priv)
			fail_msg("%s", cases[i].ip);
	assert_false(sipmsg_ip_is_private(NULL, 0));
}

static void test_codec_names(void **state)
{
	static const struct {
		unsigned pt;
		const char *name;
	} st[] = { { 0, "PCMU" }, { 8, "PCMA" }, { 9, "G722" },
		   { 18, "G729" }, { 3, "GSM" }, { 4, "G723" } };
	sipmsg_sdp sdp;
	sipmsg_field f;
	(void)state;

	memset(&sdp, 0, sizeof sdp);
	for (size_t i = 0; i < sizeof st / sizeof st[0]; i++) {
		assert_true(sipmsg_codec_name(&sdp, st[i].pt, &f));
		assert_field(f, st[i].name);
	}
	assert_false(sipmsg_codec_name(&sdp, 101, &f));
	assert_null(f.ptr);
	sdp.nrtpmap = 1;
	sdp.rtpmap[0].pt = 101;
	sdp.rtpmap[0].name = (sipmsg_field){ "telephone-event", 15, 7 };
	assert_true(sipmsg_codec_name(&sdp, 101, &f));
	assert_field(f, "telephone-event");
	assert_int_equal(f.line, 7);
	assert_true(sipmsg_codec_name(NULL, 0, &f));
}

/* ---- realistic traces ------------------------------------------------- */

static void test_trace_403_digest(void **state)
{
	char *buf;
	sipmsg_trace *t = parse_file("trace-403-digest.sip", &buf);
	const sipmsg_message *m;
	sipcall_set *cs;
	const sipcall *c;
	(void)state;

	c = call1(buf, parsed_len, &cs);

	assert_int_equal(t->nmessages, 7);
	assert_int_equal(t->messages_total, 7);
	assert_int_equal(t->ndiag, 0);
	/* ladder */
	static const char *starts[] = {
		"INVITE sip:+12135550142@sip.provider.example SIP/2.0",
		"SIP/2.0 407 Proxy Authentication Required",
		"ACK sip:+12135550142@sip.provider.example SIP/2.0",
		"INVITE sip:+12135550142@sip.provider.example SIP/2.0",
		"SIP/2.0 100 Trying",
		"SIP/2.0 403 Forbidden",
		"ACK sip:+12135550142@sip.provider.example SIP/2.0",
	};
	static const unsigned lines[] = { 2, 26, 37, 47, 74, 83, 97 };
	for (size_t i = 0; i < 7; i++) {
		assert_field(t->messages[i].start, starts[i]);
		assert_int_equal(t->messages[i].line, lines[i]);
		assert_non_null(t->messages[i].time.ptr);
	}
	assert_field(t->messages[0].time, "2025-10-03 07:49:19.123");
	assert_int_equal(t->messages[0].time.line, 1);
	assert_field(t->messages[3].cseq_method, "INVITE");
	assert_int_equal(t->messages[3].cseq.value, 2);

	/* final response with its Reason/Warning/X-Reason */
	assert_int_equal(sipcall_count(cs), 1);
	assert_int_equal(c->final_code, 403);
	assert_text(c, c->final_phrase, "Forbidden");
	assert_int_equal(c->final_line, 83);
	m = &t->messages[5];
	assert_int_equal(m->nreason, 2);
	assert_int_equal(m->reason[0].proto, SIPMSG_REASON_Q850);
	assert_int_equal(m->reason[0].cause.value, 21);
	assert_true(m->reason[0].cause.valid);
	assert_field(m->reason[0].text, "Call rejected");
	assert_int_equal(m->reason[0].text.line, 90);
	assert_int_equal(m->reason[1].proto, SIPMSG_REASON_SIP);
	assert_int_equal(m->reason[1].cause.value, 403);
	assert_int_equal(m->reason[1].cause.line, 91);
	assert_int_equal(m->nwarning, 1);
	assert_int_equal(m->warning[0].code.value, 399);
	assert_field(m->warning[0].agent, "sbc.provider.example");
	assert_field(m->warning[0].text,
		     "From user does not match the digest username");
	assert_int_equal(m->warning[0].code.line, 92);
	assert_field(m->x_reason, "CLI-DIGEST-MISMATCH");
	assert_int_equal(m->x_reason.line, 93);
	assert_field(m->server, "Provider SBC 4.2");

	/* Via received/rport: the caller's real source */
	m = &t->messages[1];
	assert_int_equal(m->nvia, 1);
	assert_field(m->via[0].transport, "UDP");
	assert_field(m->via[0].host, "10.0.0.1");
	assert_int_equal(m->via[0].port.value, 5060);
	assert_field(m->via[0].received, "198.51.100.7");
	assert_int_equal(m->via[0].received.line, 27);
	assert_true(m->via[0].rport.valid);
	assert_int_equal(m->via[0].rport.value, 5062);
	assert_non_null(m->challenge.ptr);
	assert_true(t->messages[0].via[0].rport.present);
	assert_false(t->messages[0].via[0].rport.valid);

	/* auth: challenge + retry is normal; digest user != From user */
	assert_int_equal(c->challenge, SIPCALL_CHALLENGE_ANSWERED);
	assert_int_equal(c->challenge_line, 26);
	assert_int_equal(c->credentials_line, 47);
	assert_text(c, c->digest_user, "2138394018");
	assert_int_equal(c->digest_line, 55);
	assert_text(c, c->digest_from_user, "2138394020");
	assert_field(t->messages[0].from_user, "2138394020");
	assert_field(t->messages[0].to_user, "+12135550142");
	assert_field(t->messages[0].user_agent, "Yealink SIP-T46S 66.86.0.15");
	assert_text(c, c->call_id, "7f3b2c1e-94a1@10.0.0.1");

	/* SDP: G729 offered, private c= address, no answer in the trace */
	m = &t->messages[0];
	assert_true(m->sdp.present);
	assert_int_equal(m->sdp.line, 14);
	assert_field(m->sdp.conn, "10.133.92.102");
	assert_true(m->sdp.conn_private);
	assert_int_equal(m->sdp.nmedia, 1);
	assert_int_equal(m->sdp.media[0].npt, 4);
	assert_int_equal(m->sdp.media[0].pt[0], 18);
	assert_false(m->sdp.media[0].secure);
	assert_int_equal(c->private_line, 17);
	assert_non_null(sipcall_sdp(c, SIPCALL_OFFER));
	assert_null(sipcall_sdp(c, SIPCALL_ANSWER));
	assert_false(c->codecs_compared);
	sipcall_set_free(&cs);
	done(&t, buf);
}

static void test_trace_488_codec(void **state)
{
	char *buf;
	sipmsg_trace *t = parse_file("trace-488-codec.sip", &buf);
	const sipmsg_message *m;
	(void)state;

	/* CRLF, compact names, no blank line between a body and the next
	 * start line */
	assert_int_equal(t->nmessages, 4);
	assert_int_equal(t->ndiag, 0);
	m = &t->messages[0];
	assert_field(m->call_id, "a84b4c76e66710@pbx.example");
	assert_field(m->from_user, "4930555000");
	assert_field(m->pai_user, "+4930555000");
	assert_int_equal(m->pai_user.line, 7);
	assert_field(m->content_type, "application/sdp");
	assert_true(m->content_length.valid);
	assert_int_equal(m->sdp.media[0].npt, 2);
	assert_int_equal(t->messages[1].code, 100);
	assert_int_equal(t->messages[1].line, 23);
	m = &t->messages[2];
	assert_int_equal(m->code, 488);
	assert_int_equal(m->nwarning, 2);
	assert_int_equal(m->warning[0].code.value, 305);
	assert_field(m->warning[0].text, "Incompatible media format");
	assert_int_equal(m->warning[1].code.value, 304);
	assert_field(m->warning[1].agent, "sbc1.carrier.example");
	assert_int_equal(m->nreason, 1);
	assert_int_equal(m->reason[0].cause.value, 88);
	{
		sipcall_set *cs;
		const sipcall *c = call1(buf, parsed_len, &cs);
		assert_int_equal(c->final_code, 488);
		assert_int_equal(c->final_line, 31);
		assert_int_equal(c->private_line, 0);
		assert_int_equal(c->end, SIPCALL_END_RESPONSE);
		assert_int_equal(c->initiator, SIPMSG_INIT_DESTINATION);
		sipcall_set_free(&cs);
	}
	done(&t, buf);
}

static void test_trace_200_bye(void **state)
{
	char *buf;
	sipmsg_trace *t = parse_file("trace-200-bye.sip", &buf);
	sipcall_set *cs;
	const sipcall *c = call1(buf, parsed_len, &cs);
	const struct sipcall_sdp *o = sipcall_sdp(c, SIPCALL_OFFER), *a = sipcall_sdp(c, SIPCALL_ANSWER);
	(void)state;

	/* LF only, Content-Length counted with CRLF: no diagnostic */
	assert_int_equal(t->nmessages, 7);
	assert_int_equal(t->ndiag, 0);
	assert_int_equal(t->messages[1].line, 24); /* no blank line before */
	assert_int_equal(c->final_code, 200);
	assert_int_equal(c->final_line, t->messages[3].line);
	assert_non_null(o);
	assert_non_null(a);
	assert_text(c, o->in, "INVITE");
	assert_text(c, a->in, "200");
	assert_int_equal(a->role, SIPCALL_ROLE_ANSWER);
	assert_true(c->codecs_compared);
	assert_true(c->codec_common);
	assert_text(c, c->common_codec, "PCMA");
	assert_int_equal(c->common_codec_line, 57);
	assert_int_equal(c->private_line, 16);
	assert_int_equal(c->end, SIPCALL_END_BYE);
	assert_int_equal(t->messages[5].nreason, 1);
	assert_int_equal(t->messages[5].reason[0].cause.value, 16);
	assert_field(t->messages[5].reason[0].text, "Normal Clearing");
	assert_field(t->messages[3].sdp.conn, "203.0.113.50");
	assert_false(t->messages[3].sdp.conn_private);
	sipcall_set_free(&cs);
	done(&t, buf);
}

static void test_codec_mismatch_and_savp(void **state)
{
	static const char trace[] =
		"INVITE sip:1@b SIP/2.0\r\nVia: SIP/2.0/TLS a;branch=z9hG4bK1\r\n"
		"From: <sip:2@a>;tag=1\r\nTo: <sip:1@b>\r\nCall-ID: x\r\n"
		"CSeq: 1 INVITE\r\nContent-Type: application/sdp\r\n\r\n"
		"v=0\r\nc=IN IP4 100.64.1.1\r\nm=audio 4000 RTP/SAVP 18 101\r\n"
		"a=rtpmap:101 telephone-event/8000\r\n\r\n"
		"SIP/2.0 200 OK\r\nVia: SIP/2.0/TLS a;branch=z9hG4bK1\r\n"
		"From: <sip:2@a>;tag=1\r\nTo: <sip:1@b>;tag=2\r\nCall-ID: x\r\n"
		"CSeq: 1 INVITE\r\nContent-Type: application/sdp\r\n\r\n"
		"v=0\r\nc=IN IP4 192.0.2.9\r\nm=audio 5000 RTP/AVP 0 101\r\n"
		"a=rtpmap:101 telephone-event/8000\r\n";
	char *buf;
	sipmsg_trace *t = parse_str(trace, &buf);
	(void)state;

	assert_int_equal(t->nmessages, 2);
	assert_true(t->messages[0].sdp.media[0].secure);
	assert_field(t->messages[0].sdp.media[0].proto, "RTP/SAVP");
	{
		sipcall_set *cs;
		const sipcall *c = call1(buf, parsed_len, &cs);
		assert_true(c->codecs_compared);
		assert_false(c->codec_common); /* telephone-event ignored */
		assert_int_equal(c->private_line, 10); /* 100.64/10 */
		sipcall_set_free(&cs);
	}
	done(&t, buf);
}

static void test_trace_503_retry(void **state)
{
	char *buf;
	sipmsg_trace *t = parse_file("trace-503-retry.sip", &buf);
	const sipmsg_message *m;
	(void)state;

	assert_int_equal(t->nmessages, 2);
	assert_int_equal(count_diag(t, SIPMSG_DIAG_NOISE), 1);
	assert_int_equal(diag_line(t, SIPMSG_DIAG_NOISE), 1);
	/* a REGISTER transaction: its final response */
	{
		sipcall_set *cs;
		const sipcall *c = call1(buf, parsed_len, &cs);
		assert_int_equal(c->final_code, 503);
		assert_text(c, c->final_phrase, "Service Unavailable");
		assert_text(c, c->method, "REGISTER");
		assert_int_equal(c->retry_after, 120);
		sipcall_set_free(&cs);
	}
	m = &t->messages[1];
	assert_true(m->retry_after.valid);
	assert_int_equal(m->retry_after.value, 120);
	assert_int_equal(m->retry_after.line, 20);
	assert_field(m->x_reason, "registrar maintenance");
	assert_field(m->warning[0].text, "Registrar overloaded");
	assert_field(m->via[0].transport, "TCP");
	assert_field(m->via[0].received, "192.0.2.44");
	done(&t, buf);
}

static void test_trace_scanner(void **state)
{
	char *buf;
	sipmsg_trace *t = parse_file("trace-scanner.sip", &buf);
	(void)state;

	assert_int_equal(t->nmessages, 1);
	assert_field(t->messages[0].user_agent, "friendly-scanner");
	assert_int_equal(t->messages[0].user_agent.line, 7);
	assert_field(t->messages[0].time, "2025/10/03 03:12:44.551029");
	assert_field(t->messages[0].src, "45.134.26.9:5070");
	assert_field(t->messages[0].dst, "198.51.100.5:5060");
	done(&t, buf);
}

static void test_trace_truncated(void **state)
{
	char *buf;
	sipmsg_trace *t = parse_file("trace-truncated.sip", &buf);
	(void)state;

	assert_int_equal(t->nmessages, 3);
	assert_int_equal(count_diag(t, SIPMSG_DIAG_TRUNCATED), 1);
	assert_int_equal(diag_line(t, SIPMSG_DIAG_TRUNCATED), 20);
	{
		sipcall_set *cs;
		const sipcall *c = call1(buf, parsed_len, &cs);
		assert_int_equal(c->final_code, 480);
		assert_int_equal(c->final_line, 17);
		sipcall_set_free(&cs);
	}
	done(&t, buf);
}

static void test_trace_tcpdump(void **state)
{
	char *buf;
	sipmsg_trace *t = parse_file("trace-tcpdump.txt", &buf);
	(void)state;

	assert_int_equal(t->nmessages, 2);
	assert_field(t->messages[0].method, "INVITE");
	assert_field(t->messages[0].start, "INVITE sip:200@10.0.0.2 SIP/2.0");
	assert_int_equal(t->messages[0].line, 3);
	assert_field(t->messages[0].time, "07:49:19.123456");
	assert_int_equal(t->messages[1].code, 486);
	assert_int_equal(t->messages[1].reason[0].cause.value, 17);
	assert_int_equal(count_diag(t, SIPMSG_DIAG_CSEQ_MISMATCH), 0);
	assert_int_equal(count_diag(t, SIPMSG_DIAG_NOISE), 0);
	done(&t, buf);
}

static void test_trace_noise(void **state)
{
	char *buf;
	sipmsg_trace *t = parse_file("trace-noise.txt", &buf);
	(void)state;

	assert_int_equal(t->nmessages, 1);
	assert_int_equal(t->messages[0].code, 404);
	assert_int_equal(t->messages[0].line, 6);
	assert_int_equal(diag_line(t, SIPMSG_DIAG_NOISE), 1);
	assert_int_equal(diag_line(t, SIPMSG_DIAG_BINARY), 5);
	assert_int_equal(diag_line(t, SIPMSG_DIAG_INVALID_UTF8), 6);
	assert_int_equal(count_diag(t, SIPMSG_DIAG_NOISE), 2);
	done(&t, buf);
}

/* ---- input forms ------------------------------------------------------ */

static void test_crlf_and_lf_same_lines(void **state)
{
	static const char lf[] =
		"SIP/2.0 486 Busy Here\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\n"
		"From: <sip:a@h>;tag=1\nTo: <sip:b@h>;tag=2\nCall-ID: c1\n"
		"CSeq: 1 INVITE\nReason: Q.850\n  ;cause=17\nContent-Length: 0\n\n";
	char crlf[sizeof lf * 2], *b1, *b2;
	size_t j = 0;
	sipmsg_trace *t1, *t2;
	(void)state;

	for (size_t i = 0; lf[i]; i++) {
		if (lf[i] == '\n')
			crlf[j++] = '\r';
		crlf[j++] = lf[i];
	}
	crlf[j] = '\0';
	t1 = parse_str(lf, &b1);
	t2 = parse_str(crlf, &b2);
	assert_int_equal(t1->nmessages, 1);
	assert_int_equal(t2->nmessages, 1);
	assert_int_equal(t1->messages[0].reason[0].cause.value, 17);
	assert_int_equal(t2->messages[0].reason[0].cause.value, 17);
	/* a folded header reports the line where it starts */
	assert_int_equal(t1->messages[0].reason[0].cause.line, 7);
	assert_int_equal(t2->messages[0].reason[0].cause.line, 7);
	assert_int_equal(t1->messages[0].last_line, t2->messages[0].last_line);
	assert_int_equal(t1->lines, t2->lines);
	done(&t1, b1);
	done(&t2, b2);
}

static void test_compact_and_case(void **state)
{
	static const char msg[] =
		"bye sip:x@y SIP/2.0\n"   /* lower-case method is a token too */
		"V: SIP/2.0/ws h:7;RECEIVED=198.51.100.1;RPort=4444\n"
		"F: <sip:alice@y>;tag=1\nT: sip:bob@y\nI: cid-compact\n"
		"cSeQ: 3 bye\nL: 0\nuSeR-aGeNt: friendly-scanner\n"
		"p-asserted-identity: <tel:+15551234567;cpc=ordinary>\n\n";
	char *buf;
	sipmsg_trace *t = parse_str(msg, &buf);
	const sipmsg_message *m = &t->messages[0];
	(void)state;

	assert_int_equal(t->nmessages, 1);
	assert_field(m->via[0].transport, "ws");
	assert_field(m->via[0].received, "198.51.100.1");
	assert_int_equal(m->via[0].rport.value, 4444);
	assert_field(m->from_user, "alice");
	assert_field(m->to_user, "bob");
	assert_field(m->call_id, "cid-compact");
	assert_field(m->pai_user, "+15551234567");
	assert_int_equal(t->ndiag, 0);
	done(&t, buf);
}

static void test_limits_many_messages(void **state)
{
	static const char one[] =
		"SIP/2.0 180 Ringing\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\n"
		"From: <sip:a@h>;tag=1\r\nTo: <sip:b@h>\r\nCall-ID: c\r\n"
		"CSeq: 1 INVITE\r\n"
		"Reason: SIP;cause=1, SIP;cause=2\r\nReason: Q.850;cause=3\r\n"
		"Reason: Q.850;cause=4\r\nReason: Q.850;cause=5\r\n"
		"Content-Length: 0\r\n\r\n";
	size_t n = 300, len = strlen(one) * n;
	char *buf = malloc(len);
	sipmsg_trace *t;
	(void)state;

	assert_non_null(buf);
	for (size_t i = 0; i < n; i++)
		memcpy(buf + i * strlen(one), one, strlen(one));
	t = sipmsg_parse(buf, len);
	assert_int_equal(t->nmessages, SIPMSG_MAX_MESSAGES);
	assert_int_equal(t->messages_total, n);
	assert_int_equal(count_diag(t, SIPMSG_DIAG_TOO_MANY), 1);
	assert_int_equal(t->messages[0].nreason, SIPMSG_MAX_REASONS);
	assert_int_equal(t->messages[SIPMSG_MAX_MESSAGES - 1].line,
			 (SIPMSG_MAX_MESSAGES - 1) * 12 + 1);
	done(&t, buf);
}

static void test_huge_line(void **state)
{
	static const char msg[] =
		"\nSIP/2.0 500 Server Internal Error\nVia: SIP/2.0/UDP h\n"
		"From: <sip:a@h>\nTo: <sip:b@h>\nCall-ID: c\nCSeq: 1 INVITE\n"
		"X-Huge: ";
	size_t big = 1024 * 1024, len = big + strlen(msg) + big + 2;
	char *buf = malloc(len);
	sipmsg_trace *t;
	(void)state;

	assert_non_null(buf);
	memset(buf, 'A', big);
	memcpy(buf + big, msg, strlen(msg));
	memset(buf + big + strlen(msg), 'B', big);
	buf[len - 2] = '\n';
	buf[len - 1] = '\n';
	t = sipmsg_parse(buf, len);
	assert_int_equal(t->nmessages, 1);
	assert_int_equal(t->messages[0].code, 500);
	assert_int_equal(t->messages[0].line, 2);
	assert_int_equal(count_diag(t, SIPMSG_DIAG_LINE_TOO_LONG), 2);
	assert_int_equal(diag_line(t, SIPMSG_DIAG_LINE_TOO_LONG), 1);
	done(&t, buf);
}

static void test_binary_junk(void **state)
{
	size_t len = 4 * 1024 * 1024;
	unsigned char *buf = malloc(len);
	uint32_t x = 12345;
	sipmsg_trace *t;
	(void)state;

	assert_non_null(buf);
	for (size_t i = 0; i < len; i++) {
		x = x * 1103515245u + 12345u;
		buf[i] = (unsigned char)(x >> 16);
	}
	t = sipmsg_parse((const char *)buf, len);
	assert_non_null(t);
	assert_int_equal(t->nmessages, 0);
	assert_true(count_diag(t, SIPMSG_DIAG_BINARY) >= 1);
	assert_true(t->ndiag <= SIPMSG_MAX_DIAG);
	assert_true(t->lines > 1000);
	done(&t, (char *)buf);
}

static void test_content_length_lies(void **state)
{
	static const char big[] =
		"INVITE sip:a@b SIP/2.0\nVia: SIP/2.0/UDP h\nFrom: <sip:a@h>\n"
		"To: <sip:b@h>\nCall-ID: c\nCSeq: 1 INVITE\n"
		"Content-Length: 4294967296\n\nv=0\nm=audio 1 RTP/AVP 0\n";
	static const char lies[] =
		"INVITE sip:a@b SIP/2.0\nVia: SIP/2.0/UDP h\nFrom: <sip:a@h>\n"
		"To: <sip:b@h>\nCall-ID: c\nCSeq: 1 INVITE\n"
		"Content-Length: 2147483647\n\nv=0\nm=audio 1 RTP/AVP 0\n"
		"SIP/2.0 200 OK\nCall-ID: c\n";
	static const char five[] =
		"INVITE sip:a@b SIP/2.0\nVia: SIP/2.0/UDP h\nFrom: <sip:a@h>\n"
		"To: <sip:b@h>\nCall-ID: c\nCSeq: 1 INVITE\n"
		"Content-Length: five\n\n";
	char *buf;
	sipmsg_trace *t;
	(void)state;

	t = parse_str(big, &buf);
	assert_int_equal(count_diag(t, SIPMSG_DIAG_BAD_CONTENT_LENGTH), 1);
	assert_false(t->messages[0].content_length.valid);
	assert_true(t->messages[0].sdp.present);
	done(&t, buf);
	t = parse_str(lies, &buf);
	assert_int_equal(t->nmessages, 2); /* the next message is not eaten */
	assert_int_equal(count_diag(t, SIPMSG_DIAG_SHORT_BODY), 1);
	assert_int_equal(diag_line(t, SIPMSG_DIAG_SHORT_BODY), 7);
	done(&t, buf);
	t = parse_str(five, &buf);
	assert_int_equal(count_diag(t, SIPMSG_DIAG_BAD_CONTENT_LENGTH), 1);
	done(&t, buf);
}

static void test_prefix_lines(void **state)
{
	static const char trace[] =
		"[2025-10-03 07:49:19] INFO sip: received from 10.0.0.1:5060\n"
		"SIP/2.0 603 Decline\nVia: SIP/2.0/UDP h\nFrom: <sip:a@h>\n"
		"To: <sip:b@h>\nCall-ID: c\nCSeq: 1 INVITE\n"
		"2025-10-03 07:49:20.001 10.0.0.2:5060 -> 10.0.0.1:5060\n"
		"SIP/2.0 603 Decline\nVia: SIP/2.0/UDP h\nFrom: <sip:a@h>\n"
		"To: <sip:b@h>\nCall-ID: c\nCSeq: 1 INVITE\n";
	char *buf;
	sipmsg_trace *t = parse_str(trace, &buf);
	(void)state;

	assert_int_equal(t->nmessages, 2);
	assert_field(t->messages[0].time, "2025-10-03 07:49:19");
	assert_field(t->messages[1].time, "2025-10-03 07:49:20.001");
	assert_int_equal(t->messages[1].time.line, 8);
	assert_int_equal(t->messages[0].last_line, 7);
	assert_int_equal(t->ndiag, 0);
	done(&t, buf);
}

/* ---- RFC 4475 --------------------------------------------------------- */

static const struct rfc_case {
	const char *file;
	size_t nmsg;
	int diag; /* expected diagnostic, -1: none at all */
} rfc_cases[] = {
	/* 3.1.1 valid messages: accepted, no diagnostic */
	{ "rfc4475-wsinv.sip", 1, -1 },
	{ "rfc4475-intmeth.sip", 1, -1 },
	{ "rfc4475-esc01.sip", 1, -1 },
	{ "rfc4475-escnull.sip", 1, -1 },
	{ "rfc4475-esc02.sip", 1, -1 },
	{ "rfc4475-lwsdisp.sip", 1, -1 },
	{ "rfc4475-longreq.sip", 1, -1 },
	{ "rfc4475-dblreq.sip", 2, -1 },
	{ "rfc4475-semiuri.sip", 1, -1 },
	{ "rfc4475-transports.sip", 1, -1 },
	{ "rfc4475-unreason.sip", 1, -1 },
	{ "rfc4475-noreason.sip", 1, -1 },
	/* 3.1.2 invalid messages: reported, or tolerated where harmless */
	{ "rfc4475-badinv01.sip", 1, -1 },
	{ "rfc4475-clerr.sip", 1, SIPMSG_DIAG_SHORT_BODY },
	{ "rfc4475-scalar02.sip", 1, SIPMSG_DIAG_NUMBER_RANGE },
	{ "rfc4475-scalarlg.sip", 1, SIPMSG_DIAG_NUMBER_RANGE },
	{ "rfc4475-quotbal.sip", 1, -1 },
	{ "rfc4475-ltgtruri.sip", 1, -1 },
	{ "rfc4475-lwsruri.sip", 1, -1 },
	{ "rfc4475-lwsstart.sip", 1, -1 },
	{ "rfc4475-trws.sip", 1, -1 },
	{ "rfc4475-escruri.sip", 1, -1 },
	{ "rfc4475-baddate.sip", 1, -1 },
	{ "rfc4475-regbadct.sip", 1, -1 },
	{ "rfc4475-badaspec.sip", 1, -1 },
	{ "rfc4475-baddn.sip", 1, -1 },
	{ "rfc4475-badvers.sip", 0, SIPMSG_DIAG_BAD_VERSION },
	{ "rfc4475-mismatch01.sip", 1, SIPMSG_DIAG_CSEQ_MISMATCH },
	{ "rfc4475-mismatch02.sip", 1, SIPMSG_DIAG_CSEQ_MISMATCH },
	{ "rfc4475-bigcode.sip", 0, SIPMSG_DIAG_BAD_STATUS_CODE },
	{ "rfc4475-ncl.sip", 1, SIPMSG_DIAG_BAD_CONTENT_LENGTH },
	{ "rfc4475-insuf.sip", 1, SIPMSG_DIAG_MISSING_HEADER },
	{ "rfc4475-mcl01.sip", 1, SIPMSG_DIAG_CONTENT_LENGTH_MISMATCH },
	/* 3.2-3.4 transaction/application layer: parse without complaint */
	{ "rfc4475-badbranch.sip", 1, -1 },
	{ "rfc4475-bcast.sip", 1, -1 },
	{ "rfc4475-bext01.sip", 1, -1 },
	{ "rfc4475-cparam01.sip", 1, -1 },
	{ "rfc4475-cparam02.sip", 1, -1 },
	{ "rfc4475-inv2543.sip", 1, -1 },
	{ "rfc4475-invut.sip", 1, -1 },
	{ "rfc4475-multi01.sip", 1, -1 },
	{ "rfc4475-novelsc.sip", 1, -1 },
	{ "rfc4475-regaut01.sip", 1, -1 },
	{ "rfc4475-regescrt.sip", 1, -1 },
	{ "rfc4475-sdp01.sip", 1, -1 },
	{ "rfc4475-unkscm.sip", 1, -1 },
	{ "rfc4475-unksm2.sip", 1, -1 },
	{ "rfc4475-zeromf.sip", 1, -1 },
};

static void test_rfc4475_table(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof rfc_cases / sizeof rfc_cases[0]; i++) {
		const struct rfc_case *c = &rfc_cases[i];
		char *buf;
		sipmsg_trace *t = parse_file(c->file, &buf);

		if (t->nmessages != c->nmsg)
			fail_msg("%s: %zu messages, expected %zu", c->file,
				 t->nmessages, c->nmsg);
		if (c->diag < 0 && t->ndiag != 0)
			fail_msg("%s: unexpected diagnostic '%s' line %u", c->file,
				 sipmsg_diag_text(t->diag[0].code),
				 t->diag[0].line);
		if (c->diag >= 0 &&
		    count_diag(t, (enum sipmsg_diag_code)c->diag) == 0)
			fail_msg("%s: expected '%s'", c->file,
				 sipmsg_diag_text((enum sipmsg_diag_code)c->diag));
		/* every extracted line number is inside the input */
		for (size_t k = 0; k < t->nmessages; k++)
			assert_true(t->messages[k].last_line <= t->lines);
		done(&t, buf);
	}
}

static void test_rfc4475_wsinv(void **state)
{
	char *buf;
	sipmsg_trace *t = parse_file("rfc4475-wsinv.sip", &buf);
	const sipmsg_message *m = &t->messages[0];
	(void)state;

	assert_field(m->method, "INVITE");
	assert_field(m->call_id, "wsinv.ndaksdj@192.0.2.1");
	assert_int_equal(m->cseq.value, 9);
	assert_field(m->cseq_method, "INVITE");
	assert_int_equal(m->cseq.line, 10);
	assert_field(m->to_user, "vivekg");
	assert_field(m->from_user, "jdrosen");
	assert_int_equal(m->from_user.line, 4);
	assert_int_equal(m->content_length.value, 150);
	assert_int_equal(m->nvia, 3);
	assert_field(m->via[0].transport, "UDP");
	assert_field(m->via[0].host, "192.0.2.2");
	assert_int_equal(m->via[0].host.line, 12);
	assert_field(m->via[1].transport, "TCP");
	assert_field(m->via[1].host, "spindle.example.com");
	assert_field(m->via[2].host, "192.168.255.111");
	assert_true(m->sdp.present);
	assert_int_equal(m->sdp.nmedia, 2);
	assert_int_equal(m->sdp.nrtpmap, 1);
	assert_field(m->sdp.rtpmap[0].name, "LPC");
	assert_int_equal(m->body.len, 148);
	done(&t, buf);
}

static void test_rfc4475_status_lines(void **state)
{
	char *buf;
	sipmsg_trace *t;
	static const char reason[] =
		"= 2**3 * 5**2 \xD0\xBD\xD0\xBE \xD1\x81\xD1\x82\xD0\xBE "
		"\xD0\xB4\xD0\xB5\xD0\xB2\xD1\x8F\xD0\xBD\xD0\xBE\xD1\x81\xD1\x82"
		"\xD0\xBE \xD0\xB4\xD0\xB5\xD0\xB2\xD1\x8F\xD1\x82\xD1\x8C - "
		"\xD0\xBF\xD1\x80\xD0\xBE\xD1\x81\xD1\x82\xD0\xBE\xD0\xB5";
	(void)state;

	t = parse_file("rfc4475-noreason.sip", &buf);
	assert_int_equal(t->messages[0].code, 100);
	assert_int_equal(t->messages[0].phrase.len, 0);
	done(&t, buf);

	t = parse_file("rfc4475-unreason.sip", &buf);
	assert_int_equal(t->messages[0].code, 200);
	assert_field(t->messages[0].phrase, reason);
	done(&t, buf);

	t = parse_file("rfc4475-bigcode.sip", &buf);
	assert_int_equal(t->nmessages, 0);
	assert_int_equal(diag_line(t, SIPMSG_DIAG_BAD_STATUS_CODE), 1);
	done(&t, buf);

	t = parse_file("rfc4475-badvers.sip", &buf);
	assert_int_equal(t->nmessages, 0);
	assert_int_equal(t->ndiag, 1); /* its headers are not noise */
	done(&t, buf);
}

static void test_rfc4475_scalars(void **state)
{
	char *buf;
	sipmsg_trace *t = parse_file("rfc4475-scalarlg.sip", &buf);
	const sipmsg_message *m = &t->messages[0];
	(void)state;

	assert_int_equal(m->code, 503);
	assert_true(m->cseq.present);
	assert_false(m->cseq.valid);
	assert_true(m->retry_after.present);
	assert_false(m->retry_after.valid);
	assert_int_equal(m->retry_after.line, 7);
	assert_int_equal(m->nwarning, 1);
	assert_false(m->warning[0].code.valid);
	assert_field(m->warning[0].text, "In Progress");
	assert_int_equal(count_diag(t, SIPMSG_DIAG_NUMBER_RANGE), 3);
	done(&t, buf);

	t = parse_file("rfc4475-scalar02.sip", &buf);
	assert_false(t->messages[0].cseq.valid);
	assert_int_equal(diag_line(t, SIPMSG_DIAG_NUMBER_RANGE), 5);
	done(&t, buf);
}

static void test_rfc4475_bodies(void **state)
{
	char *buf;
	sipmsg_trace *t;
	(void)state;

	t = parse_file("rfc4475-clerr.sip", &buf);
	assert_int_equal(t->messages[0].content_length.value, 9999);
	assert_int_equal(t->messages[0].body.len, 152);
	assert_int_equal(diag_line(t, SIPMSG_DIAG_SHORT_BODY), 10);
	done(&t, buf);

	t = parse_file("rfc4475-ncl.sip", &buf);
	assert_true(t->messages[0].content_length.present);
	assert_false(t->messages[0].content_length.valid);
	assert_int_equal(diag_line(t, SIPMSG_DIAG_BAD_CONTENT_LENGTH), 10);
	assert_true(t->messages[0].sdp.present);
	done(&t, buf);

	t = parse_file("rfc4475-dblreq.sip", &buf);
	assert_field(t->messages[0].method, "REGISTER");
	assert_field(t->messages[1].method, "INVITE");
	assert_int_equal(t->messages[1].line, 11);
	assert_field(t->messages[1].to_user, "joe");
	done(&t, buf);
}

static void test_rfc4475_odd_characters(void **state)
{
	char *buf;
	sipmsg_trace *t;
	(void)state;

	t = parse_file("rfc4475-escnull.sip", &buf);
	assert_field(t->messages[0].from_user, "null-%00-null");
	done(&t, buf);

	t = parse_file("rfc4475-intmeth.sip", &buf);
	assert_field(t->messages[0].method,
		     "!interesting-Method0123456789_*+`.%indeed'~");
	assert_int_equal(t->messages[0].cseq.value, 139122385);
	assert_field(t->messages[0].from_user, "mundane");
	done(&t, buf);

	t = parse_file("rfc4475-esc02.sip", &buf);
	assert_field(t->messages[0].method, "RE%47IST%45R");
	assert_int_equal(count_diag(t, SIPMSG_DIAG_CSEQ_MISMATCH), 0);
	done(&t, buf);

	t = parse_file("rfc4475-longreq.sip", &buf);
	assert_int_equal(t->messages[0].nvia, SIPMSG_MAX_VIA);
	assert_int_equal(t->messages[0].call_id.len, 141);
	done(&t, buf);

	t = parse_file("rfc4475-regaut01.sip", &buf);
	assert_non_null(t->messages[0].auth_user.ptr);
	assert_int_equal(t->messages[0].auth_user.len, 0);
	done(&t, buf);
}

/* ---- windows ---------------------------------------------------------- */

/* What is compared of a message read whole and read in windows. */
struct seen {
	unsigned line, last_line, offset_line;
	uint64_t offset, end;
	unsigned code;
	char start[64], call_id[64], time[32];
	uint8_t nvia, nmedia;
};

static void note(struct seen *x, const sipmsg_message *m)
{
	memset(x, 0, sizeof *x);
	x->line = m->line;
	x->last_line = m->last_line;
	x->offset_line = m->offset_line;
	x->offset = m->offset;
	x->end = m->end;
	x->code = m->code;
	snprintf(x->start, sizeof x->start, "%.*s", (int)m->start.len, m->start.ptr);
	snprintf(x->call_id, sizeof x->call_id, "%.*s", (int)m->call_id.len,
		 m->call_id.ptr ? m->call_id.ptr : "");
	snprintf(x->time, sizeof x->time, "%.*s", (int)m->time.len, m->time.ptr ? m->time.ptr : "");
	x->nvia = m->nvia;
	x->nmedia = m->sdp.nmedia;
}

/* Reads buf through windows of at most cap bytes (grown when a message
 * does not fit), as a file reader would; returns the messages seen. */
static size_t read_windows(const char *buf, size_t len, size_t cap, struct seen *out,
			   size_t max, sipmsg_reader *r)
{
	sipmsg_message *m = malloc(sizeof *m);
	char *win = malloc(cap);
	uint64_t base = 0;
	size_t n = 0, wlen = 0;

	assert_non_null(m);
	assert_non_null(win);
	sipmsg_reader_init(r);
	for (;;) {
		size_t take = len - (size_t)base - wlen < cap - wlen ? len - (size_t)base - wlen
								    : cap - wlen;
		memcpy(win + wlen, buf + base + wlen, take);
		wlen += take;
		bool eof = base + wlen == len;
		enum sipmsg_read_status st = sipmsg_read(r, win, base, wlen, eof, m);
		if (st == SIPMSG_READ_MESSAGE) {
			assert_true(n < max);
			note(&out[n++], m);
			continue;
		}
		if (st == SIPMSG_READ_END)
			break;
		size_t keep = (size_t)(r->next - base);
		if (keep == 0 && wlen == cap) {
			cap *= 2;
			win = realloc(win, cap);
			assert_non_null(win);
			continue;
		}
		memmove(win, win + keep, wlen - keep);
		wlen -= keep;
		base += keep;
	}
	free(win);
	free(m);
	return n;
}

/* Any window size reads the same messages and diagnostics as one window. */
static void test_windows_read_the_same(void **state)
{
	const char *srcdir = getenv("srcdir");
	char dir[1024];
	DIR *d;
	struct dirent *e;
	size_t files = 0;
	static const size_t caps[] = { 1, 2, 7, 64, 333, 4096 };
	(void)state;

	snprintf(dir, sizeof dir, "%s/tests/data/sip", srcdir ? srcdir : ".");
	d = opendir(dir);
	assert_non_null(d);
	while ((e = readdir(d)) != NULL) {
		size_t len, n1;
		char *buf;
		struct seen *a, *b;
		sipmsg_reader r1, r2;
		if (e->d_name[0] == '.')
			continue;
		buf = load(e->d_name, &len);
		a = calloc(512, sizeof *a);
		b = calloc(512, sizeof *b);
		n1 = read_windows(buf, len, len ? len : 1, a, 512, &r1);
		for (size_t k = 0; k < sizeof caps / sizeof *caps; k++) {
			size_t n2 = read_windows(buf, len, caps[k], b, 512, &r2);
			if (n2 != n1)
				fail_msg("%s, windows of %zu: %zu messages, not %zu", e->d_name,
					 caps[k], n2, n1);
			for (size_t i = 0; i < n1; i++)
				if (memcmp(&a[i], &b[i], sizeof a[i]) != 0)
					fail_msg("%s, windows of %zu: message %zu (line %u) differs",
						 e->d_name, caps[k], i, a[i].line);
			assert_int_equal(r2.line, r1.line);
			assert_int_equal(r2.diag_total, r1.diag_total);
			assert_int_equal(r2.ndiag, r1.ndiag);
			for (size_t i = 0; i < r1.ndiag; i++) {
				assert_int_equal(r2.diag[i].code, r1.diag[i].code);
				assert_int_equal(r2.diag[i].line, r1.diag[i].line);
			}
		}
		free(a);
		free(b);
		free(buf);
		files++;
	}
	closedir(d);
	assert_true(files > 40);
}

/* ---- call-log lines --------------------------------------------------- */

static void test_logline_csv_header(void **state)
{
	size_t len;
	char *buf = load("calllog-didww.txt", &len);
	sipmsg_logline l;
	(void)state;

	assert_true(sipmsg_parse_logline(buf, len, &l));
	assert_int_equal(l.code.value, 486);
	assert_int_equal(l.code.line, 2);
	assert_int_equal(l.initiator, SIPMSG_INIT_DESTINATION);
	assert_field(l.initiator_text, "Destination");
	assert_field(l.reason, "Busy Here");
	free(buf);
}

static void test_logline_forms(void **state)
{
	static const struct {
		const char *in;
		bool ok;
		unsigned code;
		enum sipmsg_initiator init;
		const char *reason;
	} c[] = {
		{ "2025-10-03 07:49:19 call ended sip_status=480 "
		  "reason=\"Temporarily Unavailable\"", true, 480,
		  SIPMSG_INIT_UNKNOWN, "Temporarily Unavailable" },
		{ "{\"callSid\":\"x\",\"sip_status\": 503,"
		  "\"sip_reason\":\"Service Unavailable\"}", true, 503,
		  SIPMSG_INIT_UNKNOWN, "Service Unavailable" },
		{ "{\"sip_status\":\"404\",\"disconnect_initiator\":\"System\"}",
		  true, 404, SIPMSG_INIT_SYSTEM, NULL },
		{ "2025-10-03,System,200,RTP Timeout (Destination)", true, 200,
		  SIPMSG_INIT_SYSTEM, "RTP Timeout (Destination)" },
		{ "Disconnect Initiator;SIP Code;Reason\n"
		  "Origination;487;Request Terminated\n", true, 487,
		  SIPMSG_INIT_ORIGINATION, "Request Terminated" },
		{ "\"Disconnect initiator\",\"SIP code\",\"Reason\"\r\n\r\n"
		  "\"System\",\"403\",\"Insufficient balance, top up\"\r\n", true,
		  403, SIPMSG_INIT_SYSTEM, "Insufficient balance, top up" },
		/* The keys in their order of preference, wherever they are:
		 * sip_reason before reason, sip_status before status_code, a
		 * key's first place; "xreason" is no key. */
		{ "xreason=a status_code=486 reason=b initiator=origination "
		  "sip_reason=\"c\" sip_status=503 sip_reason=d", true, 503,
		  SIPMSG_INIT_ORIGINATION, "c" },
		{ "sip_status=999", false, 0, SIPMSG_INIT_UNKNOWN, NULL },
		{ "sip_status=4294967301", false, 0, SIPMSG_INIT_UNKNOWN, NULL },
		{ "no code in this line at all", false, 0, SIPMSG_INIT_UNKNOWN,
		  NULL },
		{ "", false, 0, SIPMSG_INIT_UNKNOWN, NULL },
	};
	sipmsg_logline l;
	(void)state;

	for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
		size_t len = strlen(c[i].in);
		char *buf = malloc(len ? len : 1);
		assert_non_null(buf);
		memcpy(buf, c[i].in, len);
		if (sipmsg_parse_logline(buf, len, &l) != c[i].ok)
			fail_msg("case %zu: %s", i, c[i].in);
		assert_int_equal(l.code.value, c[i].code);
		if (l.initiator != c[i].init)
			fail_msg("case %zu: initiator %d", i, l.initiator);
		if (c[i].reason)
			assert_field(l.reason, c[i].reason);
		free(buf);
	}
	assert_false(sipmsg_parse_logline(NULL, 0, &l));
	assert_false(sipmsg_parse_logline("x", 1, NULL));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_free_null_safe),
		cmocka_unit_test(test_empty_input),
		cmocka_unit_test(test_diag_texts),
		cmocka_unit_test(test_private_ip),
		cmocka_unit_test(test_codec_names),
		cmocka_unit_test(test_trace_403_digest),
		cmocka_unit_test(test_trace_488_codec),
		cmocka_unit_test(test_trace_200_bye),
		cmocka_unit_test(test_codec_mismatch_and_savp),
		cmocka_unit_test(test_trace_503_retry),
		cmocka_unit_test(test_trace_scanner),
		cmocka_unit_test(test_trace_truncated),
		cmocka_unit_test(test_trace_tcpdump),
		cmocka_unit_test(test_trace_noise),
		cmocka_unit_test(test_crlf_and_lf_same_lines),
		cmocka_unit_test(test_compact_and_case),
		cmocka_unit_test(test_limits_many_messages),
		cmocka_unit_test(test_huge_line),
		cmocka_unit_test(test_binary_junk),
		cmocka_unit_test(test_content_length_lies),
		cmocka_unit_test(test_prefix_lines),
		cmocka_unit_test(test_rfc4475_table),
		cmocka_unit_test(test_rfc4475_wsinv),
		cmocka_unit_test(test_rfc4475_status_lines),
		cmocka_unit_test(test_rfc4475_scalars),
		cmocka_unit_test(test_rfc4475_bodies),
		cmocka_unit_test(test_rfc4475_odd_characters),
		cmocka_unit_test(test_windows_read_the_same),
		cmocka_unit_test(test_logline_csv_header),
		cmocka_unit_test(test_logline_forms),
	};

	return cmocka_run_group_tests_name("sipmsg", tests, NULL, NULL);
}
