/* mkpcap: writes a test capture of SIP calls with their RTP (tests and
 * benchmarks only; the scenario is pg_scenario_write() in pcapgen.c).
 *
 *   mkpcap [OPTION]... OUT
 *     --link ether|vlan|qinq|sll|sll2|raw|null|loop   (default ether)
 *     --pcapng          pcapng instead of pcap
 *     --ipv6            IPv6 addresses (2001:db8::/32) instead of IPv4
 *     --tcp             SIP over TCP (one connection), else UDP
 *     --segment N       TCP: cut each message into N-byte segments
 *     --reorder         TCP: swap each pair of segments, and retransmit one
 *     --coalesce        TCP: the caller's messages two by two in one write
 *     --nosyn           TCP: the capture starts after the handshake
 *     --mtu N           fragment IP packets larger than N bytes (default 1500)
 *     --frag-reverse    write IP fragments last to first
 *     --frag-drop N     leave out fragment N (0-based) of each datagram
 *     --snap N          keep only N bytes of each packet (a snap length)
 *     --big             pad the INVITE to about 2700 bytes
 *     --port N          the SBC's SIP port (default 5060)
 *     --rtp both|one|none|private   media of answered calls (default both)
 *     --rtp-packets N   RTP packets per direction (default 25)
 *     --calls N         calls, one after the other (default 1); the second
 *                       of every three is refused with 486 Busy Here
 *     --tls N           N TLS connections to port 5061 as well
 *     --noise           an ARP frame, DNS over UDP and an HTTP connection
 *     --cut N           drop the last N bytes of the file (a truncated capture)
 *     --mb N            write calls until the file reaches N MB (benchmarks) */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pcapgen.h"

int
main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "link", required_argument, NULL, 'l' }, { "pcapng", no_argument, NULL, 'n' },
		{ "ipv6", no_argument, NULL, '6' }, { "tcp", no_argument, NULL, 't' },
		{ "segment", required_argument, NULL, 's' }, { "reorder", no_argument, NULL, 'r' },
		{ "coalesce", no_argument, NULL, 'o' }, { "nosyn", no_argument, NULL, 'S' },
		{ "mtu", required_argument, NULL, 'm' }, { "frag-reverse", no_argument, NULL, 'F' },
		{ "frag-drop", required_argument, NULL, 'D' }, { "snap", required_argument, NULL, 'P' },
		{ "big", no_argument, NULL, 'b' }, { "port", required_argument, NULL, 'p' },
		{ "rtp", required_argument, NULL, 'R' }, { "rtp-packets", required_argument, NULL, 'k' },
		{ "calls", required_argument, NULL, 'c' }, { "tls", required_argument, NULL, 'T' },
		{ "noise", no_argument, NULL, 'N' }, { "cut", required_argument, NULL, 'C' },
		{ "mb", required_argument, NULL, 'M' }, { NULL, 0, NULL, 0 },
	};
	struct pg_scenario o;
	pg_scenario_defaults(&o);
	long cut = 0;
	int c;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'l':
			o.link = pg_link_parse(optarg);
			if (o.link < 0) {
				fprintf(stderr, "mkpcap: unknown link '%s'\n", optarg);
				return 2;
			}
			break;
		case 'n': o.ng = true; break;
		case '6': o.v6 = true; break;
		case 't': o.tcp = true; break;
		case 's': o.segment = (unsigned)atoi(optarg); break;
		case 'r': o.reorder = true; break;
		case 'o': o.coalesce = true; break;
		case 'S': o.nosyn = true; break;
		case 'm': o.mtu = (unsigned)atoi(optarg); break;
		case 'F': o.frag_reverse = true; break;
		case 'D': o.frag_drop = atoi(optarg); break;
		case 'P': o.snap = (unsigned)atoi(optarg); break;
		case 'b': o.big = true; break;
		case 'p': o.port = (unsigned)atoi(optarg); break;
		case 'R': o.rtp = optarg; break;
		case 'k': o.rtp_packets = (unsigned)atoi(optarg); break;
		case 'c': o.calls = (unsigned)atoi(optarg); break;
		case 'T': o.tls = (unsigned)atoi(optarg); break;
		case 'N': o.noise = true; break;
		case 'C': cut = atol(optarg); break;
		case 'M': o.mb = atol(optarg); break;
		default:
			return 2;
		}
	}
	if (optind + 1 != argc) {
		fprintf(stderr, "usage: mkpcap [OPTION]... OUT\n");
		return 2;
	}
	const char *path = argv[optind];
	FILE *fp = fopen(path, "wb");
	if (!fp) {
		fprintf(stderr, "mkpcap: %s: %s\n", path, strerror(errno));
		return 1;
	}
	static char iobuf[1 << 20];
	setvbuf(fp, iobuf, _IOFBF, sizeof iobuf);
	int rc = pg_scenario_write(&o, fp);
	if (rc == 0 && fflush(fp) != 0)
		rc = -1;
	if (rc == 0 && cut > 0) {
		long size = ftell(fp);
		if (ftruncate(fileno(fp), size > cut ? size - cut : 0) != 0)
			rc = -1;
	}
	if (fclose(fp) != 0)
		rc = -1;
	if (rc) {
		fprintf(stderr, "mkpcap: %s: %s\n", path, strerror(errno));
		return 1;
	}
	return 0;
}
