/* cli.h: the command line (DESIGN.md "Command line"). */
#ifndef SIPTRIAGE_CLI_H
#define SIPTRIAGE_CLI_H

/* Parses ARGV, runs the command and returns the exit status. */
int cli_main(int argc, char **argv);

/* What every subcommand gets: the global options. */
struct ctx {
	const char *kb_path;   /* --kb, or NULL */
};

/* For subcommands in their own files (src/cmd_*.c). */
/* Prints "siptriage: MESSAGE" on stderr. */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Opens the knowledge base in use; prints the error and returns NULL on
 * failure. */
struct kb *cli_open_kb(struct ctx *ctx);
/* "Try 'siptriage --help'..." on stderr. */
void cli_usage_hint(void);

/* src/cmd_learn.c: onboarding (learn, quiz, cheatsheet). */
int cmd_learn(struct ctx *ctx, int argc, char **argv);
int cmd_quiz(struct ctx *ctx, int argc, char **argv);
int cmd_cheatsheet(struct ctx *ctx, int argc, char **argv);

#endif
