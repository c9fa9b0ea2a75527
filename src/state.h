/* state.h: the little the wizard remembers between runs, as plain files
 * under state_dir() ($XDG_STATE_HOME/siptriage): the operator name and the
 * folder checklists were last saved to.  (Sessions are in the history
 * database, history.h.)
 *
 * A state file is read only when it is a regular file, without blocking
 * (a FIFO or a device in its place is refused, never opened for a blocking
 * read) and only up to a small size; what is read is cleaned (no control
 * characters, no bidirectional overrides) before anyone shows it. */
#ifndef SIPTRIAGE_STATE_H
#define SIPTRIAGE_STATE_H

/* The operator name saved by the last run, malloc'd; NULL when none was
 * saved.  When the file exists but cannot be used (not a regular file, too
 * large, unreadable) NULL is returned and *why (if WHY is not NULL) says so
 * in one line naming the file (malloc'd). */
char *state_operator_load(char **why);

/* Saves NAME (one line; newlines are dropped) atomically in the file
 * "operator" of the state directory.  Returns 0, or -1 with *why set
 * (malloc'd, one line) naming the file and the error.  Something other than
 * a regular file at that name is refused, not written through. */
int state_operator_save(const char *name, char **why);

/* The folder the last checklist was saved to (an absolute path), as
 * state_operator_load() reads the operator name. */
char *state_save_dir_load(char **why);
int state_save_dir_save(const char *dir, char **why);

#endif
