/* bench_gen: writes a realistic multi-call SIP text trace for the
 * benchmarks, as sngrep or ngrep dump one: a prefix line ("date time src ->
 * dst") before each message, CRLF line ends, calls interleaved in time.
 *
 *   bench_gen MB [CONCURRENT [long]] > trace.sip
 *
 * Dialogs: INVITE/100/180/200/ACK/BYE/200 with SDP, one in ten answering a
 * 407 first, one in ten busy (486 with a Q.850 Reason), one in ten refused
 * with 503 (Retry-After, Warning), and between them REGISTER transactions
 * answering a 401 and OPTIONS pings.  CONCURRENT calls are in progress at
 * any time (default 64).  "long": CONCURRENT calls that never end (a
 * re-INVITE every few seconds), so the size grows and the calls do not. */
#include <inttypes.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t rng = 0x9e3779b97f4a7c15u;

static uint32_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t)(rng >> 11);
}

static char out[1 << 16];
static size_t outn;
static uint64_t written;

static void put(const char *s, size_t n)
{
	if (outn + n > sizeof out) {
		fwrite(out, 1, outn, stdout);
		outn = 0;
	}
	memcpy(out + outn, s, n);
	outn += n;
	written += n;
}

static void puts_(const char *s)
{
	put(s, strlen(s));
}

static void printf_(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void printf_(const char *fmt, ...)
{
	char b[2048];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(b, sizeof b, fmt, ap);
	va_end(ap);
	put(b, (size_t)n);
}

struct dialog {
	unsigned long id;
	int kind, step;
	unsigned cseq;
};

static uint64_t now_us = (uint64_t)(7 * 3600 + 49 * 60 + 19) * 1000000u;

static void prefix(const char *src, const char *dst)
{
	uint64_t s = now_us / 1000000u, us = now_us % 1000000u;
	printf_("2025-10-03 %02u:%02u:%02u.%06u %s -> %s\r\n", (unsigned)(s / 3600 % 24),
		(unsigned)(s / 60 % 60), (unsigned)(s % 60), (unsigned)us, src, dst);
}

static const char *PBX = "192.0.2.10:5060", *SBC = "203.0.113.5:5060";

static void sdp_body(char *b, size_t size, const char *ip, const char *pts, unsigned long id)
{
	snprintf(b, size,
		 "v=0\r\no=- %lu 1 IN IP4 %s\r\ns=-\r\nc=IN IP4 %s\r\nt=0 0\r\n"
		 "m=audio %lu RTP/AVP %s\r\na=rtpmap:0 PCMU/8000\r\na=rtpmap:8 PCMA/8000\r\n"
		 "a=rtpmap:101 telephone-event/8000\r\na=fmtp:101 0-16\r\na=sendrecv\r\n",
		 id, ip, ip, 10000 + id % 20000, pts);
}

/* One message of dialog d in direction (from the caller: up). */
static void message(const struct dialog *d, const char *start, bool up, const char *method,
		    unsigned cseq, bool totag, const char *extra, const char *body)
{
	char via[160];
	prefix(up ? PBX : SBC, up ? SBC : PBX);
	snprintf(via, sizeof via, "SIP/2.0/UDP 10.1.%lu.%lu:5060;branch=z9hG4bK%lux%u;rport",
		 d->id % 250, d->id % 200, d->id, cseq);
	printf_("%s\r\nVia: %s\r\nMax-Forwards: 70\r\n", start, via);
	printf_("From: \"Caller\" <sip:+4930%07lu@pbx.example.com>;tag=f%lu\r\n", d->id % 10000000,
		d->id);
	printf_("To: <sip:+1213%07lu@carrier.example.net>", (d->id * 7) % 10000000);
	if (totag)
		printf_(";tag=t%lu", d->id);
	printf_("\r\nCall-ID: %08lx-%04lx@10.1.%lu.%lu\r\nCSeq: %u %s\r\n",
		(unsigned long)((d->id * 2654435761u) & 0xffffffffu), d->id % 65536, d->id % 250,
		d->id % 200, cseq, method);
	if (extra)
		puts_(extra);
	if (body) {
		printf_("Content-Type: application/sdp\r\nContent-Length: %zu\r\n\r\n%s", strlen(body),
			body);
	} else {
		puts_("Content-Length: 0\r\n\r\n");
	}
}

/* Emits the next message of d; returns 0 when d is over. */
static int step(struct dialog *d, bool forever)
{
	char ruri[128], body[1024], extra[512];
	snprintf(ruri, sizeof ruri, "INVITE sip:+1213%07lu@carrier.example.net SIP/2.0",
		 (d->id * 7) % 10000000);
	int s = d->step++;
	if (d->kind == 8 || d->kind == 9) {
		/* a REGISTER answering its challenge, an OPTIONS ping */
		bool reg = d->kind == 8;
		const char *m = reg ? "REGISTER" : "OPTIONS";
		char start[96];
		snprintf(start, sizeof start, "%s sip:pbx.example.com SIP/2.0", m);
		switch (s) {
		case 0: message(d, start, true, m, 1, false, "User-Agent: Yealink SIP-T46S 66.86.0.15\r\n", NULL); return 1;
		case 1: message(d, reg ? "SIP/2.0 401 Unauthorized" : "SIP/2.0 200 OK", false, m, 1, true,
				reg ? "WWW-Authenticate: Digest realm=\"pbx\", nonce=\"abc\"\r\n" : NULL, NULL);
			return reg;
		case 2: message(d, start, true, m, 2, false,
				"Authorization: Digest username=\"u\", realm=\"pbx\", nonce=\"abc\", uri=\"sip:pbx\", response=\"0\"\r\n", NULL);
			return 1;
		default: message(d, "SIP/2.0 200 OK", false, m, 2, true, NULL, NULL); return 0;
		}
	}
	bool auth = d->kind == 3;
	unsigned c = auth ? 2 : 1;
	if (auth && s < 3) {
		switch (s) {
		case 0: sdp_body(body, sizeof body, "10.1.2.3", "0 8 101", d->id);
			message(d, ruri, true, "INVITE", 1, false, "User-Agent: Yealink SIP-T46S 66.86.0.15\r\n", body); return 1;
		case 1: message(d, "SIP/2.0 407 Proxy Authentication Required", false, "INVITE", 1, true,
				"Proxy-Authenticate: Digest realm=\"carrier\", nonce=\"n\"\r\n", NULL); return 1;
		default: snprintf(ruri, sizeof ruri, "ACK sip:+1213%07lu@carrier.example.net SIP/2.0", (d->id * 7) % 10000000);
			message(d, ruri, true, "ACK", 1, true, NULL, NULL); return 1;
		}
	}
	if (auth)
		s -= 3;
	switch (s) {
	case 0:
		sdp_body(body, sizeof body, "10.1.2.3", "0 8 101", d->id);
		message(d, ruri, true, "INVITE", c, false,
			auth ? "Proxy-Authorization: Digest username=\"u\", realm=\"carrier\", nonce=\"n\", uri=\"sip:x\", response=\"0\"\r\n"
			     : "User-Agent: Asterisk PBX 18.20.0\r\n", body);
		return 1;
	case 1:
		message(d, "SIP/2.0 100 Trying", false, "INVITE", c, false, NULL, NULL);
		return 1;
	case 2:
		if (d->kind == 5) {
			message(d, "SIP/2.0 486 Busy Here", false, "INVITE", c, true,
				"Reason: Q.850;cause=17;text=\"User busy\"\r\n", NULL);
			return 1;
		}
		if (d->kind == 7) {
			message(d, "SIP/2.0 503 Service Unavailable", false, "INVITE", c, true,
				"Retry-After: 60\r\nWarning: 399 sbc.carrier.example.net \"Overloaded\"\r\nReason: Q.850;cause=34\r\n", NULL);
			return 1;
		}
		message(d, "SIP/2.0 180 Ringing", false, "INVITE", c, true, NULL, NULL);
		return 1;
	case 3:
		if (d->kind == 5 || d->kind == 7) {
			snprintf(ruri, sizeof ruri, "ACK sip:+1213%07lu@carrier.example.net SIP/2.0", (d->id * 7) % 10000000);
			message(d, ruri, true, "ACK", c, true, NULL, NULL);
			return 0;
		}
		sdp_body(body, sizeof body, "203.0.113.50", "8 101", d->id);
		message(d, "SIP/2.0 200 OK", false, "INVITE", c, true,
			"Contact: <sip:callee@203.0.113.50:5060>\r\nServer: CarrierSBC/2.1\r\n", body);
		return 1;
	case 4:
		message(d, "ACK sip:callee@203.0.113.50:5060 SIP/2.0", true, "ACK", c, true, NULL, NULL);
		d->cseq = c + 1;
		return 1;
	default:
		if (forever) {
			/* a session refresh: re-INVITE with the same SDP, its 200, ACK */
			int k = (s - 5) % 3;
			if (k == 0) {
				sdp_body(body, sizeof body, "10.1.2.3", "0 8 101", d->id);
				message(d, "INVITE sip:callee@203.0.113.50:5060 SIP/2.0", true, "INVITE", d->cseq, true, NULL, body);
			} else if (k == 1) {
				sdp_body(body, sizeof body, "203.0.113.50", "8 101", d->id);
				message(d, "SIP/2.0 200 OK", false, "INVITE", d->cseq, true, NULL, body);
			} else {
				message(d, "ACK sip:callee@203.0.113.50:5060 SIP/2.0", true, "ACK", d->cseq, true, NULL, NULL);
				d->cseq++;
			}
			return 1;
		}
		if (s == 5) {
			snprintf(extra, sizeof extra, "Reason: Q.850;cause=16;text=\"Normal Clearing\"\r\n");
			message(d, "BYE sip:callee@203.0.113.50:5060 SIP/2.0", true, "BYE", c + 1, true, extra, NULL);
			return 1;
		}
		message(d, "SIP/2.0 200 OK", false, "BYE", c + 1, true, NULL, NULL);
		return 0;
	}
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fprintf(stderr, "usage: bench_gen MB [CONCURRENT [long]]\n");
		return 2;
	}
	uint64_t target = (uint64_t)strtoull(argv[1], NULL, 10) * 1000000u;
	size_t conc = argc > 2 ? strtoul(argv[2], NULL, 10) : 64;
	bool forever = argc > 3 && strcmp(argv[3], "long") == 0;
	if (conc == 0)
		conc = 1;
	struct dialog *d = calloc(conc, sizeof *d);
	unsigned long next = 1;
	for (size_t i = 0; i < conc; i++) {
		d[i].id = next++;
		d[i].kind = (int)(rnd() % 10);
		if (forever)
			d[i].kind = d[i].kind == 3 ? 3 : 0;   /* calls that get answered */
	}
	while (written < target) {
		size_t i = rnd() % conc;
		now_us += 1000 + rnd() % 4000;
		if (!step(&d[i], forever)) {
			d[i].id = next++;
			d[i].kind = (int)(rnd() % 10);
			d[i].step = 0;
		}
	}
	fwrite(out, 1, outn, stdout);
	fprintf(stderr, "bench_gen: %" PRIu64 " bytes, %lu calls started\n", written, next - 1);
	free(d);
	return ferror(stdout) ? 1 : 0;
}
