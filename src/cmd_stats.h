/* cmd_stats.h: the `stats` command (cmd_stats.c), for cli.c. */
#ifndef SIPTRIAGE_CMD_STATS_H
#define SIPTRIAGE_CMD_STATS_H

/* siptriage stats [OPTION]... FILE|-: ARGV[0] is "stats"; KB_PATH is --kb
 * (NULL: the knowledge base kb_locate() finds).  Returns the exit status. */
int cmd_stats(const char *kb_path, int argc, char **argv);

#endif
