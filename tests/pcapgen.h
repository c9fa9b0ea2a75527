/* pcapgen: writes pcap and pcapng test captures (tests only).
 *
 * Packets are built from scratch: link-layer header (Ethernet with 0, 1 or
 * 2 VLAN tags, Linux cooked SLL or SLL2, raw IP, BSD loopback NULL or
 * LOOP), IPv4 or IPv6 (fragmented to an MTU when asked, fragments in
 * order or reversed), UDP or TCP.  No libpcap: the files are what tcpdump
 * and dumpcap write, so that libpcap has to read them. */
#ifndef PCAPGEN_H
#define PCAPGEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum pg_link {
	PG_ETHER, PG_VLAN, PG_QINQ, PG_SLL, PG_SLL2, PG_RAW, PG_NULL, PG_LOOP
};

struct pg {
	FILE *fp;
	enum pg_link link;
	bool ng;                /* pcapng */
	unsigned mtu;           /* IP packets larger than this are fragmented; 0: never */
	bool frag_reverse;      /* write fragments last to first */
	int frag_drop;          /* leave out this fragment (0-based) of each datagram; -1 none */
	unsigned snap;          /* keep at most this many bytes of a packet; 0: all */
	uint32_t ip_id;
	uint64_t packets;
	uint8_t frame[70000];
};

/* Parses a link name: ether vlan qinq sll sll2 raw null loop; -1 if none. */
int pg_link_parse(const char *name);

/* Writes the file header to FP.  Returns 0, -1 on a write error. */
int pg_open(struct pg *g, FILE *fp, enum pg_link link, bool ng);

/* One UDP datagram from SRC:SPORT to DST:DPORT (IPv4 or IPv6 addresses as
 * text) at time SEC.USEC. */
int pg_udp(struct pg *g, int64_t sec, uint32_t usec, const char *src, uint16_t sport,
	   const char *dst, uint16_t dport, const void *data, size_t len);

/* One TCP segment; FLAGS is the TCP flag byte (0x02 SYN, 0x10 ACK, 0x18
 * PSH|ACK, 0x11 FIN|ACK, 0x04 RST). */
int pg_tcp(struct pg *g, int64_t sec, uint32_t usec, const char *src, uint16_t sport,
	   const char *dst, uint16_t dport, uint32_t seq, uint32_t ack, uint8_t flags,
	   const void *data, size_t len);

/* A frame that is not IP (an ARP request), for noise. */
int pg_arp(struct pg *g, int64_t sec, uint32_t usec);

/* A scenario: SIP calls with their RTP (see mkpcap.c for the options). */
struct pg_scenario {
	int link;               /* enum pg_link */
	bool ng, v6, tcp, reorder, big, noise, frag_reverse, coalesce, nosyn;
	unsigned segment, mtu, port, calls, rtp_packets, tls, snap;
	int frag_drop;
	const char *rtp;        /* both, one, none, private */
	long mb;                /* write calls until the file reaches this many MB */
};
/* The defaults: Ethernet, pcap, IPv4, UDP to port 5060, MTU 1500, one
 * answered call with 25 RTP packets each way. */
void pg_scenario_defaults(struct pg_scenario *o);
/* Writes the scenario to FP.  Returns 0, -1 on a write error. */
int pg_scenario_write(const struct pg_scenario *o, FILE *fp);

#define PG_TCP_SYN 0x02
#define PG_TCP_ACK 0x10
#define PG_TCP_PSH 0x08
#define PG_TCP_FIN 0x01
#define PG_TCP_RST 0x04

#endif
