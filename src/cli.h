/* cli.h: the command line (DESIGN.md "Command line"). */
#ifndef SIPTRIAGE_CLI_H
#define SIPTRIAGE_CLI_H

/* Parses ARGV, runs the command and returns the exit status. */
int cli_main(int argc, char **argv);

/* Prints "siptriage: MESSAGE" and a newline on stderr (for the commands
 * that live in their own cmd_*.c). */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
