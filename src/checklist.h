/* checklist.h: turning what the knowledge base and the engine know into text
 * for people: the code explanation, and (later) the resolution checklist with
 * its text, markdown and json renderers.  No terminal I/O: callers print. */
#ifndef SIPTRIAGE_CHECKLIST_H
#define SIPTRIAGE_CHECKLIST_H

#include "kb.h"
#include "util.h"

/* Appends to OUT what CODE means, for `siptriage explain` and the wizard's
 * explain screen, wrapped to WIDTH columns. */
void render_explain(struct buf *out, const struct kb_code *code, size_t width);

/* Appends "[id] title, cite <locator>" for S, wrapped, as a list item. */
void render_source(struct buf *out, const struct kb_source *s, size_t width, size_t indent);

#endif
