/* sipmsg: SIP/SDP text traces and call-log lines -> messages.
 *
 * Pure module: no I/O, no globals, no dependency on the rest of siptriage.
 * It reads messages; grouping them into calls is sipcall's job.
 *
 * Ownership: the parser BORROWS its input.  Every string it returns is a
 * slice (ptr, len) into the caller's buffer, never NUL-terminated, valid
 * only while that buffer lives and is unchanged.  The input need not be
 * NUL-terminated and may contain any bytes (NUL, invalid UTF-8, ...).
 *
 * Every fact carries the 1-based line number of the input it came from
 * (a folded header reports the line where the header starts).
 *
 * Two ways in: sipmsg_read() takes the input a window at a time (any
 * size, constant memory: the caller slides or re-maps the window), and
 * sipmsg_parse() reads a whole buffer into a small ladder (tests, pastes).
 *
 * Limits (bounded arrays; what does not fit is counted, never stored):
 *   sipmsg_parse() keeps SIPMSG_MAX_MESSAGES messages (the rest are
 *   counted in messages_total), per message
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
#define SIPMSG_MAX_OTHER    8
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
	sipmsg_field type;      /* audio, video, image, ... */
	sipmsg_num port;        /* 0: stream rejected */
	sipmsg_field proto;     /* RTP/AVP, RTP/SAVP, udptl, ... */
	sipmsg_field fmts;      /* the format list as written ("0 8 101", "t38") */
	bool secure;            /* SAVP / SAVPF */
	uint8_t npt;            /* RTP payload types of fmts (numbers only) */
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

/* The arrays come last: a new message clears only what precedes them. */
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

/* One message.  Slices point into the input; offsets count bytes from the
 * start of the whole input (not of the current window).  The arrays (via,
 * reason, warning, sdp) come last: only their first n entries are set. */
typedef struct sipmsg_message {
	enum sipmsg_kind kind;
	unsigned line;          /* start line */
	unsigned last_line;     /* last line that belongs to the message */
	uint64_t offset;        /* where its text begins: its prefix line when
	                           it has one, else the line of its start line;
	                           sipmsg_read() from here reads it again */
	unsigned offset_line;   /* the line number at offset */
	uint64_t end;           /* the offset after its last line */
	uint32_t size;          /* bytes from the start line to the end of the
	                           body (or of the header section) as written;
	                           a trace copied with LF line ends shows less
	                           than went on the wire */
	sipmsg_field start;     /* the whole start line, trimmed */
	sipmsg_field method;    /* requests */
	sipmsg_field uri;       /* requests */
	unsigned code;          /* responses: 100-699 */
	sipmsg_field phrase;    /* responses: reason phrase (may be empty) */
	sipmsg_field time;      /* date and time from a prefix line, if any */
	sipmsg_field prefix;    /* that prefix line (sipmsg_prefix_addrs()) */
	sipmsg_field src, dst;  /* "A -> B" or "A > B" of the prefix line
	                           (full readers; else sipmsg_prefix_addrs()) */
	sipmsg_num cseq;
	sipmsg_field cseq_method;
	sipmsg_field call_id;
	/* The values of From, To and P-Asserted-Identity (the first of each),
	 * and the bottom Via value (the originator's): always set.  The users
	 * and the Via array are parsed by full readers only; otherwise ask
	 * sipmsg_uri_user() and sipmsg_via_parse() when they are needed. */
	sipmsg_field from_hdr, to_hdr, pai_hdr, via_bottom;
	sipmsg_field from_user, to_user, pai_user;
	sipmsg_field from_tag, to_tag; /* the tag= parameter of From and To */
	sipmsg_field user_agent, server;
	sipmsg_field x_reason;
	sipmsg_num retry_after;
	sipmsg_num content_length;
	sipmsg_field content_type;
	/* The host of the first Contact URI ("10.0.0.5", "[2001:db8::1]",
	 * "pbx.example.com"), and whether it is a private IPv4 address. */
	sipmsg_field contact_host;
	bool contact_private;
	/* Session-Expires (RFC 4028 section 4): the interval in seconds and
	 * its refresher= parameter ("uac", "uas"; absent: len 0). */
	sipmsg_num session_expires;
	sipmsg_field refresher;
	sipmsg_field auth_user;  /* Authorization/Proxy-Authorization username */
	sipmsg_field challenge;  /* WWW-/Proxy-Authenticate value */
	sipmsg_field body;
	uint8_t nvia, nreason, nwarning;
	uint8_t nother;         /* names in other[] */
	sipmsg_via via[SIPMSG_MAX_VIA]; /* full readers */
	/* The names of the first SIPMSG_MAX_OTHER headers this parser does
	 * not read (X-Twilio-Error, X-FS-Support, ...: what a platform adds) */
	sipmsg_field other[SIPMSG_MAX_OTHER];
	sipmsg_reason reason[SIPMSG_MAX_REASONS];
	sipmsg_warning warning[SIPMSG_MAX_WARNHDR];
	sipmsg_sdp sdp;
} sipmsg_message;

/* ---- reading a window at a time -------------------------------------- */

/* The reader's state between calls.  Set it up with sipmsg_reader_init();
 * it holds no pointer into the input and owns no memory (no _free). */
typedef struct sipmsg_reader {
	/* Set by the caller: parse every Via value into via[], the users of
	 * From/To/P-Asserted-Identity and the prefix line's addresses (and
	 * report what is wrong in them).  Off, those wait for the functions
	 * that read them from the message's slices; reading is faster. */
	bool full;
	uint64_t next;          /* offset of the first byte not yet consumed */
	unsigned line;          /* the line number at next */
	size_t ndiag, diag_total;
	sipmsg_diag diag[SIPMSG_MAX_DIAG];
	/* private */
	unsigned gap_reported;
	bool skipping;          /* inside an over-long line: skip to its end */
	bool has_pending;       /* a prefix line waits for its message */
	uint64_t pending_off;   /* that line (offset, line number, time token) */
	unsigned pending_line;
	uint32_t pending_len, pending_ts, pending_ts_len;
} sipmsg_reader;

enum sipmsg_read_status {
	SIPMSG_READ_MESSAGE,    /* *m holds the next message */
	SIPMSG_READ_MORE,       /* the window ends inside a message or line */
	SIPMSG_READ_END         /* eof and nothing left */
};

void sipmsg_reader_init(sipmsg_reader *r);

/* Reads the next message from a window of the input: buf holds the len
 * bytes at input offsets [base, base + len), and base <= r->next <=
 * base + len; eof says no input follows the window.  Noise, prefix lines
 * and messages too broken to keep are consumed on the way (diagnostics go
 * to r->diag, at most SIPMSG_MAX_DIAG kept, all counted).
 *   SIPMSG_READ_MESSAGE: *m is filled; its slices point into buf and stay
 *     valid while buf does; r->next is past the message.
 *   SIPMSG_READ_MORE: the window ends before the next message (or line)
 *     does.  Call again with a window that starts at or before r->next
 *     (keep the bytes from r->next on) and reaches further.  When even a
 *     window of everything from r->next on is not enough (a message longer
 *     than the caller is willing to hold), call with eof set: the message is
 *     read as if the input ended there, and reading goes on after it.
 *   SIPMSG_READ_END: eof and nothing left; r->line - 1 lines were read.
 * Never fails: input of any bytes is consumed or reported. */
enum sipmsg_read_status sipmsg_read(sipmsg_reader *r, const char *buf, uint64_t base, size_t len,
				    bool eof, sipmsg_message *m);

/* ---- a whole buffer at once ------------------------------------------ */

typedef struct sipmsg_trace {
	size_t nmessages;       /* kept in messages[] */
	size_t messages_total;  /* seen, including those not kept */
	size_t lines;
	size_t ndiag, diag_total;
	sipmsg_diag diag[SIPMSG_MAX_DIAG];
	/* the ladder: nmessages entries (NULL when none), owned by the
	 * trace; grown geometrically up to SIPMSG_MAX_MESSAGES */
	sipmsg_message *messages;
} sipmsg_trace;

/* Parse a trace of len bytes at buf (not NUL-terminated; any bytes) with
 * a full sipmsg_read() in one window.  Returns a newly allocated trace or NULL
 * when out of memory (the trace and its ladder: at most 1 +
 * log2(SIPMSG_MAX_MESSAGES) allocations, never one per byte or per line).
 * Never fails on bad input: what could not be read is in diag[].  The
 * result points into buf; free it with sipmsg_trace_free(). */
sipmsg_trace *sipmsg_parse(const char *buf, size_t len);

/* Free a trace from sipmsg_parse() and set *tracep to NULL.
 * NULL-safe (tracep or *tracep may be NULL).  buf is not touched. */
void sipmsg_trace_free(sipmsg_trace **tracep);

/* The user part of the first URI of a From, To or P-Asserted-Identity
 * value ("sip:USER@host", "tel:USER"); absent (ptr NULL) when it has none.
 * Points into hdr's text, line from hdr. */
sipmsg_field sipmsg_uri_user(const sipmsg_field *hdr);

/* Reads one Via value (sipmsg_message.via_bottom) into *out.  False when
 * it is not a Via value ("SIP/2.0/UDP host[:port];params"). */
bool sipmsg_via_parse(const sipmsg_field *value, sipmsg_via *out);

/* The packet's source and destination a prefix line names ("A -> B",
 * "A > B"); false when it names none. */
bool sipmsg_prefix_addrs(const sipmsg_field *prefix, sipmsg_field *src, sipmsg_field *dst);

/* Reads the date and time of a prefix line (sipmsg_message.time):
 * "2025-10-03 07:49:19.123", "2025/10/03 07:49:19.123456",
 * "2025-10-03T07:49:19Z", or a time of day alone ("07:49:19.123456").
 * Sets *us to microseconds since 1970-01-01 00:00 of the clock written
 * (since midnight when there is no date), *has_date, and *utc when the text
 * says so (a trailing Z).  Returns false when s is not such a time. */
bool sipmsg_time_parse(const char *s, size_t len, int64_t *us, bool *has_date, bool *utc);

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
