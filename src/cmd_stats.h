/* cmd_stats.h: the `stats` command (cmd_stats.c), for cli.c. */
#ifndef SIPTRIAGE_CMD_STATS_H
#define SIPTRIAGE_CMD_STATS_H

struct cli_kb;

/* siptriage stats [OPTION]... FILE|-: ARGV[0] is "stats"; K is what --kb
 * and --overlay say (cli_kb_in_use()).  Returns the exit status. */
int cmd_stats(const struct cli_kb *k, int argc, char **argv);

#endif
