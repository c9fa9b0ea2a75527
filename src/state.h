/* state.h: the little the wizard remembers between runs, as plain files
 * under state_dir() ($XDG_STATE_HOME/siptriage). */
#ifndef SIPTRIAGE_STATE_H
#define SIPTRIAGE_STATE_H

/* The operator name saved by the last run, malloc'd; NULL when none was
 * saved or it cannot be read (not an error: the field starts empty). */
char *state_operator_load(void);

/* Saves NAME (one line; newlines are dropped) atomically in the file
 * "operator" of the state directory.  Returns 0, or -1 with *why set
 * (malloc'd, one line) naming the file and the error. */
int state_operator_save(const char *name, char **why);

#endif
