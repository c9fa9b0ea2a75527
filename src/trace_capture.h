/* trace_capture.h: captures for trace (private to the trace module:
 * trace.c and trace_capture.c).
 *
 * A pcap/pcapng capture is read through capture.c and handed to trace.c
 * as the text trace it already reads: every SIP message after a prefix
 * line in the style of ngrep ("U 2025/10/03 07:49:19.001500
 * 192.0.2.10:5062 -> 203.0.113.5:5060 frame 5", T for TCP, IPv6 addresses
 * in brackets), so that calls, ladders, times and packet addresses come out
 * as for a trace copied from a capture tool (the date and time are
 * "2025-10-03 07:49:19.001500Z", UTC).  On the way, each message's
 * SDP tells capture.c where media goes (RTP counted from its first packet)
 * and which side of which call announced it; afterwards the RTP flows are
 * matched to the calls: packets toward each side, payload types, private
 * destinations.  No knowledge base: trace.c turns these into facts through
 * trace_rule. */
#ifndef SIPTRIAGE_TRACE_CAPTURE_H
#define SIPTRIAGE_TRACE_CAPTURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "capture.h"

struct trace_capture;

/* Reads the capture at PATH ("-": standard input) and writes its SIP
 * messages as text to the descriptor OUT.  NULL with *why (malloc'd, one
 * line) when it cannot be read (*bad_input: the input's fault) or OUT
 * cannot be written.  A damaged or truncated capture is not an error: the
 * messages read so far are written and trace_capture_warnings() says
 * what happened. */
struct trace_capture *trace_capture_read(const char *path, int out, bool *bad_input, char **why);

/* The same for a capture already open (PATH is only for messages). */
struct trace_capture *trace_capture_run(struct capture *c, int out, char **why);

/* Media of one call as the capture shows it.  Side 0 is the side that sent
 * the call's first message (the caller, for an INVITE), side 1 the other. */
struct trace_rtp {
	bool announced;                 /* the call's SDP named media addresses */
	unsigned endpoints[2];          /* media addresses announced per side */
	uint64_t packets[2];            /* RTP packets sent to side 0, to side 1 */
	uint8_t pts[2][16];             /* payload types that flowed to each side */
	uint8_t sdp_pts[2][16];         /* payload types each side's SDP lists on its
					   RTP m= lines: what it accepts to receive */
	unsigned flows;                 /* RTP flows matched to the call */
	bool private_dst;               /* RTP went to a private address */
	char private_addr[64];          /* that address:port */
	int64_t first_sec[2], last_sec[2];   /* when RTP to each side started, stopped */
};

/* The RTP of the call with Call-ID CALL_ID (LEN bytes).  False when the
 * capture holds no such call. */
bool trace_capture_rtp(const struct trace_capture *tc, const char *call_id, size_t len,
		       struct trace_rtp *out);

/* The frame of the message whose text holds LINE (1-based, of the text
 * written); 0 before the first. */
uint64_t trace_capture_frame(const struct trace_capture *tc, uint64_t line);

/* "8 101" for the payload types set in PTS; malloc'd ("" when none). */
char *trace_capture_pts(const uint8_t pts[16]);

/* What the capture could not give, one sentence a line (malloc'd, "" when
 * nothing): TLS connections on 5061, a truncated or damaged file, packets
 * cut by the snap length, IP datagrams not reassembled, TCP bytes lost.
 * Translated. */
char *trace_capture_warnings(const struct trace_capture *tc);

const struct capture_stats *trace_capture_stats(const struct trace_capture *tc);

/* NULL-safe; clears *tc. */
void trace_capture_free(struct trace_capture **tc);

#endif
