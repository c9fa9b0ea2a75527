/* trace.h: evidence -> facts, per call (DESIGN.md "How data flows").
 *
 * Opening a trace reads it once, a window at a time (sipmsg_read: any size
 * in constant memory), groups its messages into calls (sipcall) and keeps
 * one compact summary per call.  A call's facts join its summary with the
 * knowledge base: the observed code, a vendor hint, the disconnect
 * initiator, Q.850 and Warning meanings, and answers to checks (trace_rule),
 * each naming the input line it came from; the ladder of that call is read
 * again from the input on demand.  A file with no SIP message is read as a
 * call log: a CSV export with a header row by calllog.c (every row a call,
 * in the file's order), else one key=value or JSON-ish line or one row
 * without a header (one call).  No terminal I/O.
 *
 * Ownership: struct trace owns its summaries and keeps the input open (a
 * file: its descriptor; standard input: a temporary copy; text: a copy)
 * until trace_free().  struct trace_facts is owned by the caller. */
#ifndef SIPTRIAGE_TRACE_H
#define SIPTRIAGE_TRACE_H

#include <stdbool.h>
#include <stddef.h>

#include "engine.h"
#include "kb.h"
#include "util.h"

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
	unsigned long long frame;   /* a capture's: the packet's frame number; else 0 */
	char *time;            /* from a prefix line; may be NULL */
	char *start;           /* request or status line */
	char *cseq;            /* "1 INVITE"; may be NULL */
};

/* Something the parser could not read. */
struct trace_diag {
	unsigned line;
	char *text;
};

/* One m= line of an SDP. */
struct trace_media {
	char *type, *proto;    /* "audio", "RTP/AVP"; "image", "udptl" */
	char *codecs;          /* "PCMU PCMA telephone-event", "t38" */
	unsigned port;         /* 0: rejected */
	bool secure;
	unsigned line;
};

/* An SDP kept for the call, with its RFC 3264 role. */
struct trace_sdp {
	const char *role;      /* "offer", "answer", "capabilities" (static) */
	bool renegotiation;    /* a re-INVITE/UPDATE exchange */
	char *in;              /* the message: "INVITE", "200", "ACK" */
	unsigned line;         /* its v= line */
	struct trace_media *media;
	size_t n_media, media_total;
};

/* The facts of one call of a trace (or of a call-log line). */
struct trace_facts {
	bool is_log;                 /* a call-log line, not SIP messages */
	unsigned number;             /* the call's number in the trace (1..) */
	size_t call_count;           /* calls in the trace */
	char *method;                /* INVITE, REGISTER, OPTIONS, ... */
	int code;                    /* the observed final code; 0 if none */
	char *phrase;
	unsigned code_line;
	bool failed;                 /* final response 4xx-6xx, or failed_why */
	char *failed_why;            /* why a call without a failure response
	                                failed (call_failure's note); NULL */
	unsigned failed_line;        /* where the trace shows it */
	bool partial;                /* its starting request is not in the trace */
	char *start;                 /* time of its first message as written */
	char *start_rfc3339;         /* the same, RFC 3339; NULL without a date */
	double duration;             /* first to last message, seconds; -1 unknown */
	double talk;                 /* 2xx to BYE, seconds; -1 unknown */
	const char *challenge;       /* "open", "answered", "accepted", "refused"; NULL */
	unsigned challenge_line, credentials_line, challenge_end_line;
	const char *ended_by;        /* "BYE", "CANCEL", "response"; NULL (static) */
	unsigned end_line;
	char *vendor;                /* vendor hint: the responder's, or NULL */
	char *vendor_why;
	unsigned vendor_line;
	/* No vendor hint, but the requester's User-Agent names one: that
	 * vendor, its line, and the responder's header text as written
	 * (NULL: the responder is unknown) with its line. */
	char *requester_vendor;
	unsigned requester_line;
	char *responder;
	unsigned responder_line;
	char *initiator, *reason;    /* who ended it; a log line's reason, or the
	                                vendor reason a platform's header gave
	                                (header_hint.reason) */
	unsigned reason_line;        /* that header's line (0 for a log line) */
	char *reason_header;         /* that header's name; NULL for a log line */
	char *call_id;
	char *from_user, *to_user, *pai_user;
	char *source_note;           /* for a private source_ip, the knowledge base's
	                                note on what the allowlist holds instead;
	                                else NULL */
	char *source_ip;             /* where the caller sends from: */
	const char *source_from;     /* "received" (Via received=), "packet" (the
	                                trace's packet source), "sent-by" (static) */
	char *transport;
	char *sent_by, *received;    /* the Via's sent-by, the received= echoed */
	long rport;                  /* -1 absent, 0 without a value */
	char *src, *dst;             /* packet addresses from the trace */
	unsigned source_line;
	char *user_agent, *server;
	bool scanner;
	char *scanner_why;
	unsigned scanner_line;
	char *offer_codecs, *answer_codecs, *common_codec;   /* first audio line */
	unsigned offer_line, answer_line;
	bool late_offer;
	struct trace_sdp *sdp;       /* offer, answer, then a renegotiation */
	size_t n_sdp;
	long retry_after;            /* -1 if absent */
	unsigned retry_after_line;
	/* The next request of the call's method sent to the same address
	 * before that Retry-After ran out (RFC 3261 section 21.5.4): its
	 * call's number (0 none), its line, seconds after this call ended. */
	unsigned retry_again_call, retry_again_line;
	double retry_again_after;
	char *x_reason;
	unsigned x_reason_line;
	struct trace_reason *reasons;
	size_t n_reasons;
	struct trace_warning *warnings;
	size_t n_warnings;
	struct trace_row *rows;      /* the call's ladder */
	size_t n_rows, rows_total;
	struct trace_answer *answers;
	size_t n_answers;
	/* Read from a capture: the call's RTP per direction, [0] to the caller
	 * (the side that sent its first message), [1] to the callee. */
	bool capture;
	bool rtp_announced;          /* its SDP named media addresses */
	unsigned long long rtp_packets[2];
	char *rtp_pts[2];            /* payload types that flowed: "0 101"; "" none */
	char *rtp_sdp_pts[2];        /* the ones that side's SDP lists */
	char *rtp_private;           /* "10.0.0.5:4000": RTP sent to a private address */
	char *capture_warnings;      /* the whole capture's, one a line; NULL none */
	struct trace_diag *diags;    /* the whole trace's */
	size_t n_diags, diags_total;
	size_t lines;                /* the whole trace's */
};

struct trace;

/* Reads the file PATH ("-": standard input, copied to a temporary file as
 * it is read) and summarises every call.  A pcap or pcapng capture (told
 * by its magic number) is read through capture.c into an unlinked
 * temporary file of text, one message after a prefix line naming its
 * transport, time, addresses and frame, which is then read as a trace; its
 * RTP answers the media checks of each call and what it could not read
 * (TLS, a truncated file, missing fragments) is in the trace's warnings.  Any size: memory grows with the
 * number of calls, not with the bytes.  NULL with *why naming the problem
 * (no such file, a directory, a read error, no memory); *bad_input is set
 * when the problem is the input, not the system.  Bad content is never an
 * error: what could not be read is in the facts' diags. */
struct trace *trace_open(struct kb *kb, const char *path, bool *bad_input, char **why);

/* The same for LEN bytes of TEXT (copied; TEXT may be freed after). */
struct trace *trace_open_text(struct kb *kb, const char *text, size_t len, char **why);

/* Closes the input and frees everything; sets *t to NULL.  NULL-safe. */
void trace_free(struct trace **t);

/* Calls in the trace (a call-log line is one). */
size_t trace_call_count(const struct trace *t);

/* The call SPEC names: its number ("2") or its Call-ID.  False with *why
 * (malloc'd, one line naming SPEC and what there is) when there is none. */
bool trace_find_call(const struct trace *t, const char *spec, size_t *index, char **why);

/* The call shown when none is asked for: the first failed one, else the
 * first.  A failed call is one whose final response is 4xx-6xx, or an
 * answered one whose trace shows a row of the knowledge base's
 * call_failure (the 200 OK re-sent with no ACK, a BYE with an error
 * Reason, a call-log 200 row ended by an RTP timeout).  0 for a trace
 * without calls. */
size_t trace_default_call(const struct trace *t);

/* What a call list shows of call INDEX (0-based, in time order). */
struct trace_call_info {
	unsigned number;
	int code;              /* final code, 0 none */
	bool failed;
	const char *method;    /* static or owned by the trace; never NULL */
};
bool trace_call_info(const struct trace *t, size_t index, struct trace_call_info *out);

/* One line (no newline) about call INDEX for a call list, at most WIDTH
 * columns: number, time, method, From -> To, messages, result.  malloc'd;
 * the header of such a list: trace_call_header(). */
char *trace_call_line(const struct trace *t, size_t index, size_t width);
char *trace_call_header(const struct trace *t, size_t width);

/* The facts of call INDEX with its ladder (the input is read again from
 * where that call's Call-ID starts).  NULL with *why when the knowledge
 * base or the input fails.  Free with trace_facts_free(). */
struct trace_facts *trace_call_facts(struct trace *t, size_t index, char **why);

/* Reads LEN bytes of TEXT and returns the facts of its default call
 * (trace_open_text + trace_call_facts). */
struct trace_facts *trace_read(struct kb *kb, const char *text, size_t len, char **why);

void trace_facts_free(struct trace_facts **f);

/* Presets the engine with the trace's answers (ORIGIN_TRACE, note "trace
 * line N: why"). */
void trace_preset(const struct trace_facts *f, struct engine *e);

/* Where rendering goes: appended to b and, when flush is set, handed to
 * it whenever b holds 64 KiB or more (then b is emptied), so output of any
 * size takes constant memory.  flush returns 0, or -1 to stop (failed is
 * set; the rest is not rendered). */
struct trace_out {
	struct buf b;
	int (*flush)(const char *s, size_t len, void *arg);
	void *arg;
	bool failed;
};

/* Renders the trace: text (WIDTH columns): a header, the call list (when
 * there are several calls), then SHOWN's detail; or JSON (schema
 * siptriage.trace/1): SHOWN's keys at the top level, "calls" with every
 * call's summary under the same keys, "call_count".  Ends with a final
 * flush when out->flush is set.  Returns 0, or -1 when the knowledge base
 * failed (*why) or out->flush did. */
int trace_render(struct trace_out *out, struct trace *t, const struct trace_facts *shown,
		 bool json, size_t width, char **why);

/* The few lines a checklist carries under "From the trace" (malloc'd array
 * of malloc'd strings, *n of them). */
char **trace_evidence_lines(const struct trace_facts *f, size_t *n);

#endif
