/* sipmsg: SIP/SDP text traces and call-log lines -> facts.
 *
 * Pure module: no I/O, no globals, no dependency on the rest of siptriage.
 *
 * Ownership: the parser BORROWS its input.  Every string it returns is a
 * slice (ptr, len) into the caller's buffer, never NUL-terminated, valid
 * only while that buffer lives and is unchanged.  The input need not be
 * NUL-terminated and may contain any bytes (NUL, invalid UTF-8, ...).
 *
 * Every fact carries the 1-based line number of the input it came from
 * (a folded header reports the line where the header starts).
 *
 * Limits (bounded arrays; what does not fit is counted, never stored):
 *   SIPMSG_MAX_MESSAGES messages kept in the ladder (the rest are still
 *   parsed for the summary and counted in messages_total), per message
 *   SIPMSG_MAX_VIA Via values, SIPMSG_MAX_REASONS Reason values,
 *   SIPMSG_MAX_WARNHDR Warning values, SIPMSG_MAX_MEDIA m= lines with
 *   SIPMSG_MAX_PT payload types each, SIPMSG_MAX_RTPMAP rtpmaps; and
 *   SIPMSG_MAX_DIAG diagnostics per trace.
 */
#ifndef SIPTRIAGE_SIPMSG_H
#define SIPTRIAGE_SIPMSG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SIPMSG_MAX_MESSAGES 256
#define SIPMSG_MAX_VIA      4
#define SIPMSG_MAX_REASONS  4
#define SIPMSG_MAX_WARNHDR  4
#define SIPMSG_MAX_MEDIA    4
#define SIPMSG_MAX_PT       16
#define SIPMSG_MAX_RTPMAP   16
#define SIPMSG_MAX_DIAG     64
/* Lines longer than this are not interpreted (reported, then skipped). */
#define SIPMSG_MAX_LINE     (64u * 1024u)

/* A slice of the input with the line it starts on.  ptr == NULL and
 * len == 0 (line 0) when absent. */
typedef struct sipmsg_field {
	const char *ptr;
	size_t len;
	unsigned line;
} sipmsg_field;

/* A range-checked number.  present: the header/field was there;
 * valid: it parsed and fitted (value is 0 otherwise). */
typedef struct sipmsg_num {
	uint32_t value;
	unsigned line;
	bool present;
	bool valid;
} sipmsg_num;

/* Diagnostics: one table makes the enum and the English text
 * (sipmsg_diag_text()).  The caller translates through gettext. */
#define SIPMSG_DIAG_TABLE(X) \
	X(BAD_START_LINE,   "malformed request or status line") \
	X(BAD_VERSION,      "unsupported SIP version (not SIP/2.0); message skipped") \
	X(BAD_STATUS_CODE,  "status code out of range 100-699; message skipped") \
	X(BAD_HEADER,       "header line without a name and colon") \
	X(LINE_TOO_LONG,    "line too long; not interpreted") \
	X(BINARY,           "binary or non-text data skipped") \
	X(NOISE,            "text outside any SIP message skipped") \
	X(INVALID_UTF8,     "invalid UTF-8 in a text field") \
	X(BAD_CONTENT_LENGTH, "Content-Length is not a valid number") \
	X(CONTENT_LENGTH_MISMATCH, "several different Content-Length values") \
	X(SHORT_BODY,       "body shorter than Content-Length (truncated or lying)") \
	X(TRUNCATED,        "message ends before its header section is complete") \
	X(NUMBER_RANGE,     "number out of range; ignored") \
	X(CSEQ_MISMATCH,    "CSeq method differs from the request method") \
	X(MISSING_HEADER,   "mandatory header missing (Call-ID, CSeq, From, To or Via)") \
	X(TOO_MANY,         "too many items; the rest were counted but not kept")

enum sipmsg_diag_code {
#define SIPMSG_DIAG_ENUM(name, text) SIPMSG_DIAG_##name,
	SIPMSG_DIAG_TABLE(SIPMSG_DIAG_ENUM)
#undef SIPMSG_DIAG_ENUM
	SIPMSG_DIAG_COUNT
};

typedef struct sipmsg_diag {
	enum sipmsg_diag_code code;
	unsigned line;
} sipmsg_diag;

enum sipmsg_reason_proto {
	SIPMSG_REASON_OTHER = 0,
	SIPMSG_REASON_SIP,
	SIPMSG_REASON_Q850
};

/* One Reason header value (RFC 3326): "Q.850;cause=16;text=..." */
typedef struct sipmsg_reason {
	enum sipmsg_reason_proto proto;
	sipmsg_field protocol;  /* as written, e.g. "Q.850" */
	sipmsg_num cause;
	sipmsg_field text;      /* inside the quotes, escapes left as is */
} sipmsg_reason;

/* One Warning header value (RFC 3261 20.43): warn-code agent "text". */
typedef struct sipmsg_warning {
	sipmsg_num code;        /* valid only for 3 digits */
	sipmsg_field agent;
	sipmsg_field text;
} sipmsg_warning;

typedef struct sipmsg_via {
	sipmsg_field transport; /* UDP, TCP, TLS, WS, ... */
	sipmsg_field host;      /* sent-by host */
	sipmsg_num port;
	sipmsg_field received;  /* received= : the real source IP */
	sipmsg_num rport;       /* rport=N (present without value: valid=false) */
} sipmsg_via;

typedef struct sipmsg_media {
	sipmsg_field type;      /* audio, video, ... */
	sipmsg_num port;        /* 0: stream rejected */
	sipmsg_field proto;     /* RTP/AVP, RTP/SAVP, ... */
	bool secure;            /* SAVP / SAVPF */
	uint8_t npt;
	uint8_t pt[SIPMSG_MAX_PT];
	sipmsg_field conn;      /* media-level c= address */
	bool conn_private;
	unsigned line;          /* the m= line */
} sipmsg_media;

typedef struct sipmsg_rtpmap {
	uint8_t pt;
	sipmsg_field name;      /* encoding name, e.g. "telephone-event" */
	uint32_t rate;
	unsigned line;
} sipmsg_rtpmap;

typedef struct sipmsg_sdp {
	bool present;
	unsigned line;          /* the v= line */
	sipmsg_field conn;      /* session-level c= address */
	bool conn_private;      /* any c= (session or media) is private */
	uint8_t nmedia, nrtpmap;
	unsigned media_total;
	sipmsg_media media[SIPMSG_MAX_MEDIA];
	sipmsg_rtpmap rtpmap[SIPMSG_MAX_RTPMAP];
} sipmsg_sdp;

enum sipmsg_kind { SIPMSG_REQUEST = 1, SIPMSG_RESPONSE = 2 };

typedef struct sipmsg_message {
	enum sipmsg_kind kind;
	unsigned line;          /* start line */
	unsigned last_line;     /* last line that belongs to the message */
	sipmsg_field start;     /* the whole start line, trimmed */
	sipmsg_field method;    /* requests */
	sipmsg_field uri;       /* requests */
	unsigned code;          /* responses: 100-699 */
	sipmsg_field phrase;    /* responses: reason phrase (may be empty) */
	sipmsg_field time;      /* timestamp from a prefix line, if any */
	sipmsg_num cseq;
	sipmsg_field cseq_method;
	sipmsg_field call_id;
	sipmsg_field from_user, to_user, pai_user;
	sipmsg_field user_agent, server;
	uint8_t nvia, nreason, nwarning;
	sipmsg_via via[SIPMSG_MAX_VIA];
	sipmsg_reason reason[SIPMSG_MAX_REASONS];
	sipmsg_warning warning[SIPMSG_MAX_WARNHDR];
	sipmsg_field x_reason;
	sipmsg_num retry_after;
	sipmsg_num content_length;
	sipmsg_field content_type;
	sipmsg_field auth_user;  /* Authorization/Proxy-Authorization username */
	sipmsg_field challenge;  /* WWW-/Proxy-Authenticate value */
	sipmsg_field body;
	sipmsg_sdp sdp;
} sipmsg_message;

/* What the whole trace says.  Indexes refer to messages[]; -1 = none or
 * beyond the ladder limit. */
typedef struct sipmsg_summary {
	sipmsg_field call_id;   /* the call the summary is about (first INVITE) */
	bool has_final;
	unsigned final_code;    /* final response to the last INVITE, else to
	                           the last failing transaction */
	sipmsg_field final_phrase;
	unsigned final_line;
	int final_index;
	/* auth */
	bool auth_challenged;   /* a 401/407 was seen */
	bool auth_retried;      /* a later request carried credentials */
	bool auth_rechallenged; /* a 401/407 came again after credentials */
	bool auth_stale;        /* ... and its challenge says stale=true */
	unsigned rechallenge_line;
	bool digest_user_mismatch;
	sipmsg_field digest_user, digest_from_user;
	/* SDP offer/answer */
	int offer_index, answer_index;
	bool codecs_compared;   /* both offer and answer had audio */
	bool codec_common;
	sipmsg_field common_codec; /* first answer codec also in the offer */
	unsigned common_codec_line;
	bool media_private;     /* a private address in a c= line */
	unsigned media_private_line;
} sipmsg_summary;

typedef struct sipmsg_trace {
	size_t nmessages;       /* kept in messages[] */
	size_t messages_total;  /* seen, including those not kept */
	size_t lines;
	size_t ndiag, diag_total;
	sipmsg_summary summary;
	sipmsg_diag diag[SIPMSG_MAX_DIAG];
	/* the ladder: nmessages entries (NULL when none), owned by the
	 * trace; grown geometrically up to SIPMSG_MAX_MESSAGES */
	sipmsg_message *messages;
} sipmsg_trace;

/* Parse a trace of len bytes at buf (not NUL-terminated; any bytes).
 * Returns a newly allocated trace or NULL when out of memory (the trace
 * and its ladder: at most 1 + log2(SIPMSG_MAX_MESSAGES) allocations,
 * never one per byte or per line).  Never fails on bad input: what could not be read is in diag[].
 * The result points into buf; free it with sipmsg_trace_free(). */
sipmsg_trace *sipmsg_parse(const char *buf, size_t len);

/* Free a trace from sipmsg_parse() and set *tracep to NULL.
 * NULL-safe (tracep or *tracep may be NULL).  buf is not touched. */
void sipmsg_trace_free(sipmsg_trace **tracep);

/* English text for a diagnostic code (static storage; never NULL). */
const char *sipmsg_diag_text(enum sipmsg_diag_code code);

/* Name of payload type pt as the SDP gives it (a=rtpmap), else from the
 * static table of RFC 3551 (0 PCMU, 3 GSM, 4 G723, 8 PCMA, 9 G722,
 * 18 G729, ...).  Returns false (and an empty *name) when unknown.
 * *name points into the input or to static storage. */
bool sipmsg_codec_name(const sipmsg_sdp *sdp, unsigned pt, sipmsg_field *name);

/* True if the dotted IPv4 address in s (len bytes) is in 10/8,
 * 172.16/12, 192.168/16, 100.64/10 or 127/8. */
bool sipmsg_ip_is_private(const char *s, size_t len);

enum sipmsg_initiator {
	SIPMSG_INIT_UNKNOWN = 0,
	SIPMSG_INIT_SYSTEM,
	SIPMSG_INIT_ORIGINATION,
	SIPMSG_INIT_DESTINATION
};

/* One call-log record: a CSV row (with or without a header row naming
 * 'Disconnect Initiator', 'SIP Code', 'Reason', ...), or a key=value /
 * JSON-ish line ("sip_status": 480, sip_status=480). */
typedef struct sipmsg_logline {
	sipmsg_num code;        /* valid when 100-699 */
	enum sipmsg_initiator initiator;
	sipmsg_field initiator_text;
	sipmsg_field reason;
} sipmsg_logline;

/* Parse a call-log record of len bytes at buf into *out (cleared first).
 * Returns true when a SIP code was found.  *out points into buf. */
bool sipmsg_parse_logline(const char *buf, size_t len, sipmsg_logline *out);

#endif
