/* cli.h: the command line (DESIGN.md "Command line"). */
#ifndef SIPTRIAGE_CLI_H
#define SIPTRIAGE_CLI_H

#include <stdarg.h>
#include <stddef.h>

/* Parses ARGV, runs the command and returns the exit status. */
int cli_main(int argc, char **argv);

/* Prints "siptriage: " FMT "\n" to stderr: the one form of every error. */
void cli_verror(const char *fmt, va_list ap);

/* What the global options say about the knowledge base. */
struct cli_kb {
	const char *path;              /* --kb PATH, or NULL */
	const char *const *overlays;   /* --overlay DIR, in the order given */
	size_t n_overlays;
};

/* The knowledge base file to open: the one kb_locate() finds, with the team
 * overlays applied (kb_overlay_use()).  Notes and the problems of a faulty
 * overlay are printed to stderr; the program then goes on with the base
 * alone.  Malloc'd; NULL (the error printed) when a --overlay folder cannot
 * be read: the caller exits with EXIT_USAGE. */
char *cli_kb_in_use(const struct cli_kb *k);

/* siptriage kb check|diff|new-vendor ... (src/cmd_kb.c); ARGV[0] is "kb".
 * Returns the exit status. */
int cmd_kb_main(const struct cli_kb *k, int argc, char **argv);

/* `siptriage symptoms` (src/cmd_symptoms.c): lists the symptom vocabulary
 * from the knowledge base K says (cli_kb_in_use()).  ARGV[0] is the
 * command's name.  Returns the exit status. */
int cmd_symptoms(const struct cli_kb *k, int argc, char **argv);

/* siptriage learn, quiz and cheatsheet (src/cmd_learn.c); ARGV[0] is the
 * command.  Return the exit status. */
int cmd_learn(const struct cli_kb *k, int argc, char **argv);
int cmd_quiz(const struct cli_kb *k, int argc, char **argv);
int cmd_cheatsheet(const struct cli_kb *k, int argc, char **argv);

/* Prints "siptriage: MESSAGE" and a newline on stderr (for the commands
 * that live in their own cmd_*.c). */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
