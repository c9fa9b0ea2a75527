/* cli.h: the command line (DESIGN.md "Command line"). */
#ifndef SIPTRIAGE_CLI_H
#define SIPTRIAGE_CLI_H

/* Parses ARGV, runs the command and returns the exit status. */
int cli_main(int argc, char **argv);

/* `siptriage symptoms` (src/cmd_symptoms.c): lists the symptom vocabulary
 * from the knowledge base at KB_PATH (NULL: the one in use).  ARGV[0] is
 * the command's name.  Returns the exit status. */
int cmd_symptoms(const char *kb_path, int argc, char **argv);

#endif
