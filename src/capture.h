/* capture.h: pcap and pcapng captures -> SIP messages and RTP counts
 * (DESIGN.md "Modules").
 *
 * The only module that includes pcap.h.  libpcap reads the file (pcap or
 * pcapng, told apart by their magic numbers); this module peels the link
 * layer (Ethernet with 802.1Q/802.1ad VLAN tags, Linux cooked SLL and SLL2,
 * raw IP, BSD loopback DLT_NULL/DLT_LOOP), reassembles IPv4 and IPv6
 * fragments, finds SIP in UDP datagrams by their content (any port),
 * reassembles TCP streams per connection and splits them into SIP messages
 * by Content-Length, counts TLS connections on port 5061 it cannot read, and
 * counts RTP per flow.  No knowledge base, no SIP parsing beyond finding a
 * message's start line and its Content-Length: the messages go to the
 * caller, who hands them to sipmsg.
 *
 * Streaming: capture_run() calls back once per SIP message, in capture
 * order (the order of the packet that completed the message, which is time
 * order in a capture written by tcpdump or dumpcap).  Memory is bounded
 * whatever the capture's size: CAPTURE_MAX_FRAGS IP datagrams in
 * reassembly at once (the oldest give way; each expires after
 * CAPTURE_FRAG_TIMEOUT seconds or CAPTURE_FRAG_PACKETS packets),
 * CAPTURE_MAX_STREAMS TCP streams (the least recently used give way), each
 * buffering at most CAPTURE_MAX_SIP bytes of one message and
 * CAPTURE_MAX_PENDING bytes of segments that arrived early, and
 * CAPTURE_MAX_FLOWS RTP flows (more are counted, not kept).  What gives way
 * is counted in struct capture_stats, never silently lost.
 *
 * Bad input is never fatal once the file header was read: a damaged or
 * truncated capture ends the run with what was read so far and
 * stats.truncated set, with libpcap's words in stats.error. */
#ifndef SIPTRIAGE_CAPTURE_H
#define SIPTRIAGE_CAPTURE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define CAPTURE_MAX_FRAGS     256
#define CAPTURE_FRAG_TIMEOUT  30          /* seconds of capture time */
#define CAPTURE_FRAG_PACKETS  100000      /* packets read since the first fragment */
#define CAPTURE_MAX_STREAMS   8192
#define CAPTURE_MAX_SIP       (256u * 1024u)
#define CAPTURE_MAX_PENDING   (256u * 1024u)
#define CAPTURE_MAX_FLOWS     131072
#define CAPTURE_MAX_MEDIA     65536       /* media addresses announced with capture_expect_media() */
/* The port TLS is read as "SIP over TLS we cannot read" (RFC 3261 section 19.1.2). */
#define CAPTURE_TLS_PORT      5061

/* An address and port.  family is 4 or 6; an IPv4 address is in ip[0..3]. */
struct capture_addr {
	uint8_t family;
	uint8_t ip[16];
	uint16_t port;
};

enum capture_transport { CAPTURE_UDP = 1, CAPTURE_TCP = 2 };

/* One SIP message as it travelled. */
struct capture_msg {
	uint64_t frame;         /* 1-based number of the packet that completed it
				   (Wireshark's frame number) */
	int64_t sec;            /* its capture time: seconds since 1970 (UTC) */
	uint32_t usec;          /* and microseconds */
	enum capture_transport transport;
	struct capture_addr src, dst;
	unsigned fragments;     /* UDP: IP fragments it arrived in (1: none) */
	unsigned segments;      /* TCP: segments it arrived in (at least 1) */
	size_t wire_len;        /* UDP: the datagram's payload size as sent */
	const char *data;       /* the message, from its start line to the end
				   of its body; borrowed: valid during the
				   callback only.  Not NUL-terminated. */
	size_t len;
};

/* One direction of an RTP stream: packets from src to dst with one SSRC. */
struct capture_rtp {
	struct capture_addr src, dst;
	uint32_t ssrc;
	uint64_t packets;
	uint64_t bytes;         /* RTP payload bytes */
	int64_t first_sec, last_sec;
	uint32_t first_usec, last_usec;
	uint64_t first_frame;
	uint32_t lost;          /* sequence numbers skipped (estimate) */
	uint8_t pt_seen[16];    /* bit PT (0-127) set: that payload type flowed */
	bool announced;         /* dst was announced with capture_expect_media() */
	bool dst_private;       /* dst is a private, loopback or link-local address */
};

/* Whether payload type PT was seen in R. */
bool capture_rtp_has_pt(const struct capture_rtp *r, unsigned pt);

struct capture_stats {
	int linktype;           /* libpcap's DLT_ value */
	const char *linkname;   /* e.g. "EN10MB"; static storage */
	bool pcapng;
	uint64_t frames;        /* packets read */
	uint64_t bytes;         /* bytes captured */
	uint64_t not_ip;        /* frames that were not IPv4/IPv6 (ARP, LLDP, ...) */
	uint64_t bad_ip;        /* IP headers too short or inconsistent */
	uint64_t snapped;       /* packets cut short by the capture's snap length */
	uint64_t sip_udp, sip_tcp;   /* SIP messages found */
	uint64_t frag_packets;  /* IP fragments seen */
	uint64_t frag_reassembled;   /* datagrams made whole */
	uint64_t frag_incomplete;    /* datagrams given up (timeout, room, overlap) */
	uint64_t tcp_streams;   /* TCP streams that carried SIP */
	uint64_t tcp_lost;      /* bytes of SIP streams never captured (gaps) */
	uint64_t tcp_dropped;   /* SIP bytes skipped: too large, unparsable, evicted */
	uint64_t tls_5061;      /* TLS connections to or from port 5061 */
	uint64_t rtp_packets;   /* packets counted in flows */
	uint64_t rtp_flows_dropped;  /* RTP packets of flows beyond CAPTURE_MAX_FLOWS */
	uint64_t media_dropped; /* capture_expect_media() beyond CAPTURE_MAX_MEDIA */
	bool truncated;         /* the capture ended early: damaged or cut */
	char *error;            /* libpcap's words when truncated; owned */
};

struct capture;

/* True when the N bytes at HEAD start like a pcap (either byte order,
 * microsecond or nanosecond) or pcapng file.  N >= 4 is needed. */
bool capture_detect(const void *head, size_t n);

/* Opens the capture file PATH ("-": standard input).  NULL with *why
 * (malloc'd, one line, the path not included) when it cannot be opened or
 * is not a capture libpcap can read; *bad_input then tells whether the
 * problem is the input (not a capture, damaged header, unknown link type)
 * rather than the system. */
struct capture *capture_open(const char *path, bool *bad_input, char **why);

/* Opens a capture from the stream FP whose first NHEAD bytes were already
 * read into HEAD (how a caller that sniffed the magic number of a pipe
 * hands it over).  The capture takes FP over and closes it (even on
 * failure).  Errors as capture_open(). */
struct capture *capture_open_stream(FILE *fp, const void *head, size_t nhead, bool *bad_input,
				    char **why);

/* Opens a capture held in memory (LEN bytes at BUF, borrowed until
 * capture_free()).  Errors as capture_open(). */
struct capture *capture_open_mem(const void *buf, size_t len, bool *bad_input, char **why);

/* Announces that media (RTP) is expected at the address TEXT (an IPv4 or
 * IPv6 address as SDP writes it) and PORT, as an SDP c=/m= pair says:
 * UDP to it is counted as RTP from the first packet, where other UDP must
 * look like RTP for a few packets first.  Call it from the message callback
 * as SDP goes by.  Returns false when TEXT is not an address or the table
 * is full (counted in stats.media_dropped). */
bool capture_expect_media(struct capture *c, const char *text, size_t len, uint16_t port);

/* Called once per SIP message.  Return 0 to go on, anything else to stop
 * the run (capture_run() then returns that value). */
typedef int (*capture_msg_fn)(void *arg, const struct capture_msg *m);

/* Reads the whole capture, calling FN for every SIP message.  Returns 0
 * when the capture was read to its end or ended early (stats.truncated),
 * or FN's non-zero value.  Run once per capture. */
int capture_run(struct capture *c, capture_msg_fn fn, void *arg);

/* What was read (valid after capture_run(); counts so far during it). */
const struct capture_stats *capture_stats(const struct capture *c);

/* The RTP flows seen, in the order they were first seen: *n of them,
 * owned by the capture. */
const struct capture_rtp *capture_rtp_flows(const struct capture *c, size_t *n);

/* Writes A's address (no port) in the usual text form into BUF (at least
 * 46 bytes); returns BUF. */
char *capture_addr_text(const struct capture_addr *a, char *buf, size_t size);

/* True for 10/8, 172.16/12, 192.168/16, 100.64/10, 127/8, 169.254/16,
 * fc00::/7, fe80::/10 and ::1. */
bool capture_addr_private(const struct capture_addr *a);

/* Frees what the run kept per TCP stream, IP datagram, RTP flow and media
 * address, and closes the file: for a reader done with capture_rtp_flows()
 * (it then has none).  The statistics stay.  NULL-safe. */
void capture_release(struct capture *c);

/* Closes the capture and frees everything; NULL-safe, clears *c. */
void capture_free(struct capture **c);

#endif
