/* system.h: what every siptriage source file includes first.
 *
 * gettext macros: _() translates a string in place, N_() marks a string for
 * translation where it is defined (tables) and the user translates it later. */
#ifndef SIPTRIAGE_SYSTEM_H
#define SIPTRIAGE_SYSTEM_H

#include <config.h>

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#if ENABLE_NLS
# include <libintl.h>
/* Whether a catalogue of the program's messages is in use for the user's
 * language: true until main() finds none (LANG=C, English), and from then
 * on _() hands back its argument without asking gettext, which would only
 * search for it in vain, string after string. */
extern bool i18n_catalogue;
__attribute__((format_arg(1))) static inline char *
i18n_gettext(const char *s)
{
	return i18n_catalogue ? gettext(s) : (char *)(uintptr_t)s;
}
# define _(s) i18n_gettext(s)
#else
# define _(s) (s)
# define ngettext(s, p, n) ((n) == 1 ? (s) : (p))
#endif
#define N_(s) (s)
/* N_() with a context (msgctxt) for xgettext: the string itself. */
#define NC_(c, s) (s)

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* Exit statuses (DESIGN.md "Command line"). */
enum {
	EXIT_OK = 0,      /* success */
	EXIT_FAIL = 1,    /* failure: I/O, knowledge base, printing */
	EXIT_USAGE = 2    /* bad usage or bad input */
};

#endif
