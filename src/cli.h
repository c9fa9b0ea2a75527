/* cli.h: the command line (DESIGN.md "Command line"). */
#ifndef SIPTRIAGE_CLI_H
#define SIPTRIAGE_CLI_H

/* Parses ARGV, runs the command and returns the exit status. */
int cli_main(int argc, char **argv);

#endif
