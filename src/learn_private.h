/* learn_private.h: what the files of the learn module share (learn.c,
 * learn_card.c, learn_sheet.c).  Not part of the public API. */
#ifndef SIPTRIAGE_LEARN_PRIVATE_H
#define SIPTRIAGE_LEARN_PRIVATE_H

#include "learn.h"

/* The code of TOPIC ("403"), or -1 when it is not a code. */
int learn_topic_code(const char *topic);
/* "403 Forbidden" for TOPIC (the topic itself when unknown); malloc'd. */
char *learn_title(struct kb *kb, const char *topic);
/* The symptom TOPIC names, copied into *OUT (kb_symptoms_free() it):
 * KB_OK, KB_NOT_FOUND when it names none, KB_ERROR with *why set. */
enum kb_status learn_symptom_get(struct kb *kb, const char *topic, struct kb_symptoms *out,
				 char **why);
/* Copies source S into D (D's fields malloc'd). */
void learn_source_copy(struct kb_source *d, const struct kb_source *s);
/* The first sentence of S (S itself when it has one); malloc'd. */
char *learn_first_sentence(const char *s);

/* Adds a copy of S to the list *V (*N items) unless it is there already
 * (same id and cite). */
void learn_sources_add(struct kb_source **v, size_t *n, const struct kb_source *s);
/* Appends S as "[id] title, cite <locator>" (text: wrapped after INDENT;
 * markdown: a list item). */
void learn_source_render(struct buf *out, const struct kb_source *s, enum learn_format f,
			 size_t width, size_t indent);

/* Appends TEXT as one item: markdown "- TEXT" (two spaces more per LEVEL);
 * text: after INDENT spaces, wrapped, continuation lines 2 further in.
 * Frees TEXT. */
void learn_item(struct buf *out, enum learn_format f, size_t width, int level, size_t indent,
		char *text);

/* Walks tree ID breadth first: the checks it asks (pointers into ALL, in
 * order of first appearance) and the outcome ids it ends in (malloc'd
 * strings).  The caller frees both arrays and the strings. */
enum kb_status learn_tree_walk(struct kb *kb, const char *id, const struct kb_terms *all,
			       const struct kb_term ***checks, size_t *n_checks, char ***outcomes,
			       size_t *n_outcomes, char **why);

/* The severity the wizard shows for the walk E, which has reached its
 * outcome: the checklist's (checklist_build()). */
enum kb_status learn_walk_severity(struct kb *kb, const struct engine *e, struct kb_severity *out,
				   char **why);

#endif
