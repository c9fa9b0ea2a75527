/* sipcall: SIP messages -> calls, each with a compact summary.
 *
 * Pure module: no I/O, no knowledge base, no globals; it uses sipmsg's
 * types and nothing else of ours.  A set (sipcall_set) takes messages one
 * at a time from any reader of SIP: text traces (trace.c, through
 * sipmsg_read()), captures (one message per datagram or reassembled TCP
 * segment, with the packet's time, addresses and transport in struct
 * sipcall_meta), and call-log rows (sipcall_add_row()).  It groups them
 * into calls and keeps one summary per call; messages are not kept.
 *
 * What a call is (RFC 3261 sections 9, 12, 17 and 22):
 * - The messages that share a Call-ID, split by what started them.  An
 *   INVITE without a To-tag starts a call; its responses (forks with
 *   different To-tags included), CANCEL, ACK, PRACK, BYE, re-INVITE,
 *   UPDATE, INFO and REFER in its dialog belong to it; the From-tag of the
 *   INVITE tells the caller's requests from the callee's.  A new INVITE
 *   with the same Call-ID and another From-tag is another call.
 * - Any other request without a To-tag (REGISTER, OPTIONS, MESSAGE,
 *   SUBSCRIBE, ...) starts a transaction "call" named by its method; later
 *   requests of that method with the same Call-ID (a REGISTER answering
 *   its challenge, a refresh) belong to it.
 * - A response or in-dialog request whose start is not in the input makes
 *   a call of its own, marked partial.
 * - A message cut short before its Call-ID and CSeq (the end of a pasted
 *   trace) joins the call of the message before it; a response of that
 *   kind is taken as one to the call's starting request.  Other messages
 *   without a Call-ID are grouped under an empty one.
 *
 * The summary of a call (what trace.c renders and turns into facts):
 * - final response: the final response to the request that started the
 *   call; a 2xx wins over other forks' failures and is kept; otherwise the
 *   latest one.  An answered challenge (401/407, then the request with
 *   credentials) ends in the response to the credentials, and the challenge
 *   state says whether they were accepted (2xx) or challenged again (a
 *   second 401/407 without stale=true: the credentials failed).
 * - who ended it: the sender of the first BYE (the caller: origination,
 *   the callee: destination); else a CANCEL that took effect (the INVITE
 *   ended with 487 or with no final response: origination); else the side
 *   that sent a final 3xx-6xx response (destination).  SIPMSG_INIT_SYSTEM
 *   is never derived from SIP messages.
 * - SDP offer and answer by RFC 3264 section 4 and RFC 3261 13.2.1: the SDP
 *   of the INVITE is the offer and the first 1xx/2xx with SDP the answer;
 *   an INVITE without SDP makes the first 1xx/2xx SDP the offer (late
 *   offer) and the ACK's (or PRACK's) the answer; a 2xx whose request is
 *   not in the input is read as an answer; SDP in a response to OPTIONS is
 *   a capability list.  A re-INVITE or UPDATE exchange is kept beside the
 *   initial one (the latest of them).  Every m= line counts, each with its
 *   codec list (RTP payload names, or the formats, e.g. "t38").
 *
 * Feeding it from another reader (a capture, a call log):
 * - Parse each SIP payload with sipmsg_read() (a reader of its own per
 *   datagram, or per reassembled TCP stream with eof at the stream's end;
 *   full or lean: the users and the bottom Via are read from the message's
 *   slices when the reader did not parse them).
 * - Fill struct sipcall_meta: the packet time (SIPCALL_TIME_UTC, µs since
 *   the epoch), "ip:port" of source and destination, the transport; offset
 *   where the packet can be read again (the file offset of its record) or
 *   SIPCALL_NO_OFFSET.  Call sipcall_add() in capture order.
 * - sipcall_set_finish(), then read the calls with sipcall_at().  For the
 *   ladder of one call, read the input again from sipcall_replay_from()
 *   and feed the messages with sipcall_same_call_id() to a fresh set: the
 *   ones sipcall_add() gives the index c->same_id are c's (trace.c's
 *   read_ladder() does this for text).
 * - A call-log row goes in whole with sipcall_add_row().  Rows are not
 *   sorted by time: they keep the order they were added in (an export's
 *   own order), so that row N is call N.
 *
 * Memory: a call is one struct sipcall (408 bytes on 64-bit systems) plus
 * an arena of at most SIPCALL_ARENA_MAX bytes for its texts, SDP exchanges,
 * reasons and warnings; every text is cut at a per-field limit, a text the
 * arena has already is shared, and the texts and SDP that no longer fit
 * SIPCALL_TEXTS_MAX are dropped (c->truncated says so).  The set adds a
 * hash table and a vector of pointers.  Nothing grows with the bytes
 * read. */
#ifndef SIPTRIAGE_SIPCALL_H
#define SIPTRIAGE_SIPCALL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sipmsg.h"

#define SIPCALL_TEXTS_MAX   1024
#define SIPCALL_ARENA_MAX   2048
#define SIPCALL_MAX_REASONS 4
#define SIPCALL_MAX_WARNINGS 2
#define SIPCALL_NO_OFFSET   UINT64_MAX

/* A text of the call: arena offset and length; len 0 means absent.  Read
 * it with sipcall_str(). */
typedef struct sipcall_text {
	uint16_t off, len;
} sipcall_text;

enum sipcall_time_kind {
	SIPCALL_TIME_NONE = 0,  /* no time */
	SIPCALL_TIME_OF_DAY,    /* µs since midnight (a trace without dates) */
	SIPCALL_TIME_LOCAL,     /* µs since 1970-01-01 00:00 of a clock whose
	                           UTC offset is unknown (a trace's dates) */
	SIPCALL_TIME_UTC        /* µs since the Unix epoch (captures) */
};

/* What a reader knows about a message besides its text.  Every field is
 * optional: zero-initialise and set what is known.  The slices are read
 * during sipcall_add() only (copied, never kept). */
struct sipcall_meta {
	enum sipcall_time_kind time_kind;
	int64_t time_us;
	sipmsg_field time_text; /* the time as written (shown as is) */
	sipmsg_field src, dst;  /* "192.0.2.1:5060", "[2001:db8::1]:5060" */
	sipmsg_field transport; /* "UDP", "TCP", "TLS", "SCTP", "WS", "WSS" */
	/* Where to read the message again (text traces: sipmsg_message.offset
	 * and .offset_line); offset SIPCALL_NO_OFFSET when that is not how the
	 * input works.  Only kept, compared and handed back. */
	uint64_t offset;
	unsigned offset_line;
};

/* A call-log row (a CSV export, a voice gateway's log line): a call too. */
struct sipcall_row {
	unsigned line;          /* input line of the row (of its code) */
	sipmsg_field call_id, from_user, to_user, source_ip;
	unsigned code;          /* 100-699, 0 unknown */
	sipmsg_field phrase;
	enum sipmsg_initiator initiator;
	sipmsg_field initiator_text, reason;   /* as the log writes them */
	enum sipcall_time_kind time_kind;
	int64_t time_us;
	sipmsg_field time_text;
	int64_t duration_us;    /* -1 unknown */
};

enum sipcall_challenge {
	SIPCALL_CHALLENGE_NONE = 0,
	SIPCALL_CHALLENGE_OPEN,     /* 401/407, no request with credentials after it */
	SIPCALL_CHALLENGE_ANSWERED, /* credentials sent; no 2xx or second challenge */
	SIPCALL_CHALLENGE_ACCEPTED, /* ... and a 2xx came */
	SIPCALL_CHALLENGE_REFUSED   /* ... and a second 401/407 came (not stale) */
};

enum sipcall_end {
	SIPCALL_END_NONE = 0,   /* not ended in the input (or no final response) */
	SIPCALL_END_BYE,
	SIPCALL_END_CANCEL,
	SIPCALL_END_RESPONSE    /* a final 3xx-6xx response */
};

enum sipcall_role { SIPCALL_ROLE_OFFER = 1, SIPCALL_ROLE_ANSWER, SIPCALL_ROLE_CAPABILITIES };

/* The SDP exchanges kept per call. */
enum sipcall_slot {
	SIPCALL_OFFER,          /* the initial offer (INVITE, or 1xx/2xx: late) */
	SIPCALL_ANSWER,         /* its answer, a lone 2xx's, or OPTIONS capabilities */
	SIPCALL_REOFFER,        /* the latest re-INVITE/UPDATE offer */
	SIPCALL_REANSWER,       /* its answer */
	SIPCALL_NSLOTS
};

struct sipcall_media {
	sipcall_text type;      /* audio, video, image, ... */
	sipcall_text proto;     /* RTP/AVP, RTP/SAVP, udptl, ... */
	sipcall_text codecs;    /* "PCMU PCMA telephone-event", "t38" */
	uint32_t line;          /* the m= line */
	uint16_t port;          /* 0: the stream is rejected */
	bool secure;            /* SAVP, SAVPF */
	bool codecs_cut;        /* the list did not fit */
};

struct sipcall_sdp {
	uint8_t role;           /* enum sipcall_role */
	uint8_t nmedia;         /* in media[] (at most SIPMSG_MAX_MEDIA) */
	uint16_t media_total;   /* m= lines in the SDP */
	uint32_t line;          /* the v= line */
	sipcall_text in;        /* the message: "INVITE", "200", "ACK", ... */
	sipcall_text conn;      /* session-level c= address */
	struct sipcall_media media[];
};

struct sipcall_reason {
	uint32_t line;
	int32_t cause;          /* -1 absent */
	uint16_t code;          /* the response it was on; 0 on a request */
	uint8_t proto;          /* enum sipmsg_reason_proto */
	sipcall_text protocol;  /* as written: "Q.850", "SIP" */
	sipcall_text text;
	sipcall_text method;    /* the request it was on (BYE, CANCEL) */
};

struct sipcall_warning {
	uint32_t line;
	int16_t code;           /* -1 if not three digits */
	sipcall_text agent, text;
};

/* One call.  Read-only for callers; texts through sipcall_str(), reasons
 * and warnings through sipcall_reason() and sipcall_warning().  A trace may
 * hold millions of calls: within each part the fields go from the widest
 * to the narrowest, so that the struct has no padding to speak of, and the
 * small numbers and flags are bits: 408 bytes on 64-bit systems, what a
 * 416-byte glibc chunk holds. */
typedef struct sipcall {
	/* Where it is in the input; time (meta.time_*) of the first and last
	 * message, the 2xx, the BYE: -1 unknown. */
	uint64_t first_offset;  /* meta.offset of its first message */
	int64_t start_us, end_us, answer_us, bye_us;
	int64_t log_duration_us;      /* rows: -1 unknown */
	int64_t retry_after;          /* of the final response; -1 absent */

	unsigned number;        /* 1.., in time order, from sipcall_set_finish() */
	uint32_t created;       /* 0.., in the order calls were first seen */
	uint32_t same_id;       /* 0.., among the calls with this Call-ID */
	uint32_t messages;      /* messages grouped into it */
	unsigned first_offset_line;
	unsigned first_line, last_line;  /* start line of the first, last message */
	sipcall_text start_text;

	sipcall_text call_id, method, caller_tag;
	sipcall_text from_user, to_user, pai_user;
	unsigned from_line;

	/* The final response (final_code below; 0: none in the input). */
	sipcall_text final_phrase;
	unsigned final_line;

	unsigned challenge_line;      /* the 401/407 of the latest round */
	unsigned credentials_line;    /* the request with credentials */
	unsigned stale_line;          /* a second 401/407 with stale=true (a new nonce) */
	unsigned prov_line;           /* prov_code's */
	unsigned ok_resent_line;      /* the last 2xx counted in ok_resent */
	unsigned ack_line;            /* the first ACK after the answer, 0 none */
	unsigned challenge_end_line;  /* the 2xx or second 401/407 after them */

	unsigned end_line;
	unsigned cancel_line;   /* a CANCEL, 0 none */

	sipcall_text x_reason;
	unsigned x_reason_line;
	unsigned retry_after_line;

	sipcall_text user_agent, server;
	unsigned user_agent_line, server_line;
	/* Who sent the final response: its Server header, else a User-Agent
	 * on that response (RFC 3261 20.35, 20.41); len 0 when it has none
	 * (responder_server below: from a Server header). */
	sipcall_text responder;
	unsigned responder_line;

	/* Where the caller sends from: the starting request's bottom Via
	 * (sent-by, transport, rport), the received= a response echoed
	 * (RFC 3261 18.2.1), the packet addresses (meta). */
	sipcall_text sent_by, received, transport, src, dst;
	int32_t rport;          /* -1 absent, 0 without a value */
	unsigned source_line, received_line;
	uint32_t request_size;  /* bytes of the starting request, 0 unknown */
	unsigned request_line;

	/* SDP (the exchanges: sipcall_sdp()). */
	unsigned private_line;  /* first c= with a private address; 0 none */
	sipcall_text common_codec;
	unsigned common_codec_line;

	/* Contact (RFC 3261 section 20.10): the first private Contact host
	 * among the call's messages; the Contact of the 2xx to the starting
	 * INVITE (the caller's remote target, section 12.1.2); how many IP
	 * addresses of Contact and SDP c= lines were public (public_addrs). */
	unsigned contact_private_line;
	unsigned ok_contact_line;     /* 0: no Contact in that 2xx */

	/* Session timer (RFC 4028) of the 2xx to the starting INVITE: the
	 * interval (seconds, 0 none) and its refresher= ("uac", "uas"); the
	 * first re-INVITE or UPDATE after the answer (a refresh), 0 none. */
	uint32_t session_expires;
	sipcall_text refresher;
	unsigned session_expires_line;
	unsigned refresh_line;
	unsigned refresh_code_line;   /* refresh_code's */

	/* The first INFO of the dialog with a body: its Content-Type. */
	sipcall_text info_type;
	unsigned info_line;

	/* Digest: the username of the first request with credentials. */
	sipcall_text digest_user, digest_from_user;
	unsigned digest_line;

	sipcall_text log_reason, log_initiator;  /* rows: as written */

	uint16_t final_code;
	uint16_t prov_code;           /* the first provisional response above 100 */
	uint16_t ok_resent;           /* the INVITE's 2xx sent again before any ACK */
	uint16_t ok_after_ack;        /* the INVITE's 2xx sent again after that ACK */
	uint16_t refresh_code;        /* a 3xx-6xx to a re-INVITE or UPDATE after the answer */
	uint16_t public_addrs;
	/* Arena offsets + 1 of the kept SDP exchanges, reasons and warnings. */
	uint16_t sdp_off[SIPCALL_NSLOTS];
	uint16_t reason_off[SIPCALL_MAX_REASONS];
	uint16_t warning_off[SIPCALL_MAX_WARNINGS];
	/* Private: bytes of the arena used, allocated. */
	uint16_t arena_len, arena_cap;

	unsigned time_kind : 2;  /* enum sipcall_time_kind */
	unsigned challenge : 3;  /* enum sipcall_challenge */
	unsigned end : 2;        /* enum sipcall_end (sipcall_set_finish()) */
	unsigned initiator : 3;  /* enum sipmsg_initiator (sipcall_set_finish()) */
	unsigned nreason : 3;    /* up to SIPCALL_MAX_REASONS */
	unsigned nwarning : 2;   /* up to SIPCALL_MAX_WARNINGS */
	bool partial : 1;       /* its starting request is not in the input */
	bool is_log : 1;        /* a call-log row */
	bool truncated : 1;     /* a text did not fit the arena */
	bool answered : 1;      /* a 2xx to the starting request */
	bool late_offer : 1;
	bool responder_server : 1;
	bool codecs_compared : 1, codec_common : 1;
	bool ok_contact_private : 1;

	/* Private: grouping and summary state. */
	struct sipcall_work {
		uint64_t id_hash;
		struct sipcall *next_same;   /* an older call with this Call-ID */
		int64_t sort_us;
		uint32_t id_len;
		sipcall_text tag_a, tag_b;   /* tags of a partial call */
		uint32_t init_cseq, reinv_cseq, creds_cseq, pending_cseq;
		uint16_t text_bytes;         /* of SIPCALL_TEXTS_MAX (sipcall.c) */
		unsigned pending : 2, pending_slot : 2;
		bool has_init : 1, has_reinv : 1, has_creds : 1;
		bool init_offerless : 1, reinv_offerless : 1;
		bool bye_seen : 1;
	} w;
	char *arena;
} sipcall;

typedef struct sipcall_set sipcall_set;

/* A new, empty set; NULL when out of memory.  Free with sipcall_set_free(). */
sipcall_set *sipcall_set_new(void);

/* Frees the set and every call in it; sets *s to NULL.  NULL-safe. */
void sipcall_set_free(sipcall_set **s);

/* Groups message m (with what meta knows; meta may be NULL) into its call
 * and updates that call's summary.  Nothing of m or meta is kept: texts are
 * copied into the call's arena.  Returns the call's creation index
 * (sipcall.created), -1 when the set is finished, -2 when out of memory
 * (the set stays usable).
 * Messages must come in the order they were sent or captured. */
long sipcall_add(sipcall_set *s, const sipmsg_message *m, const struct sipcall_meta *meta);

/* Adds a call-log row as a call of its own (is_log).  Same returns. */
long sipcall_add_row(sipcall_set *s, const struct sipcall_row *row);

/* Ends the input: decides who ended each call, sorts the calls by the
 * time of their first message (input order where there is no time) and
 * numbers them from 1.  After it, sipcall_add*() return -1. */
void sipcall_set_finish(sipcall_set *s);

/* Calls in the set. */
size_t sipcall_count(const sipcall_set *s);

/* The i-th call: in time order after sipcall_set_finish(), in creation
 * order before.  NULL when i is out of range.  Owned by the set. */
const sipcall *sipcall_at(const sipcall_set *s, size_t i);

/* Where a second pass must start to see again every message of c's
 * Call-ID (the first offset of the oldest call sharing it; *line its
 * line).  Feeding those messages with this Call-ID, in order, to a fresh
 * set gives each the same call: the one whose creation index equals
 * c->same_id is c.  SIPCALL_NO_OFFSET when unknown. */
uint64_t sipcall_replay_from(const sipcall *c, unsigned *line);

/* True when m's Call-ID is c's. */
bool sipcall_same_call_id(const sipcall *c, const sipmsg_message *m);

/* A text of c, NUL-terminated, or NULL when absent.  Bytes as received
 * (NUL replaced by '?'): clean them before they reach a terminal. */
const char *sipcall_str(const sipcall *c, sipcall_text t);

/* The i-th Reason header kept for c (0 <= i < c->nreason), or NULL. */
const struct sipcall_reason *sipcall_reason(const sipcall *c, unsigned i);

/* The i-th Warning kept for c (0 <= i < c->nwarning), or NULL. */
const struct sipcall_warning *sipcall_warning(const sipcall *c, unsigned i);

/* An SDP exchange kept for c, or NULL. */
const struct sipcall_sdp *sipcall_sdp(const sipcall *c, enum sipcall_slot slot);

/* The first audio m= line of sdp, or NULL. */
const struct sipcall_media *sipcall_audio(const sipcall *c, const struct sipcall_sdp *sdp);

/* A failed call: its final response is 4xx, 5xx or 6xx. */
bool sipcall_failed(const sipcall *c);

/* Bytes c takes on the heap (struct and arena; malloc's own overhead not
 * counted). */
size_t sipcall_memory(const sipcall *c);

#endif
