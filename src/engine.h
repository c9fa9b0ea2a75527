/* engine.h: the decision-tree walk (DESIGN.md "How data flows").
 *
 * The engine starts from facts (code, vendor, initiator, vendor reason, checks
 * already answered), asks only what is still unknown, supports Back and
 * Restart, and accepts "unknown" for any check: the walk then takes the
 * tree's most likely branch and the checklist gains a "verify" step.
 * No terminal I/O: the CLI and the wizard are two front ends over it. */
#ifndef SIPTRIAGE_ENGINE_H
#define SIPTRIAGE_ENGINE_H

#include <stdbool.h>
#include <stddef.h>

#include "kb.h"

enum answer { ANSWER_NONE = 0, ANSWER_YES, ANSWER_NO, ANSWER_UNKNOWN };

/* Where an answer came from. */
enum origin {
	ORIGIN_OPERATOR,       /* answered in the wizard or with -a */
	ORIGIN_REASON,         /* implied by the vendor's reason */
	ORIGIN_TRACE,          /* read from a SIP trace */
	ORIGIN_UNASKED         /* `checklist` never prompts: taken as unknown */
};

/* The facts a walk starts from.  Strings are borrowed for the call only. */
struct engine_facts {
	int code;              /* 100 to 699 */
	const char *vendor;    /* vendor id; NULL = "generic" */
	const char *initiator; /* initiator id; NULL = "unknown" */
	const char *reason;    /* the vendor's reason, matched case-insensitively; NULL = none */
};

/* What went wrong in engine_new(): which fact was not valid. */
enum engine_error {
	ENGINE_OK = 0,
	ENGINE_BAD_VENDOR,     /* *why lists the valid vendor ids */
	ENGINE_BAD_INITIATOR,  /* *why lists the valid initiators */
	ENGINE_BAD_REASON,     /* *why lists the vendor's reasons for the code */
	ENGINE_BAD_CHECK,      /* engine_preset(): *why lists the valid check ids */
	ENGINE_BAD_ANSWER,     /* engine_preset(): not YES, NO or UNKNOWN */
	ENGINE_BAD_CODE,       /* the code is not 100 to 699 */
	ENGINE_KB_ERROR        /* the knowledge base failed */
};

/* One step of the walk so far (the breadcrumb). */
struct engine_step {
	const char *check_id;  /* owned by the engine */
	enum answer answer;    /* YES, NO or UNKNOWN (unknown: the likely branch was taken) */
	enum origin origin;
	const char *note;      /* e.g. "trace line 17"; may be NULL */
};

/* The question the walk stands at. */
struct engine_question {
	const struct kb_term *check;   /* id, statement (label), question (text), where, why */
	size_t number;                 /* 1 for the first question of this walk */
	enum answer previous;          /* the answer given before Back, else ANSWER_NONE */
};

struct engine;

/* Starts a walk.  KB stays owned by the caller and must outlive the engine.
 * Returns NULL with *err and *why (malloc'd, one line) set on failure. */
struct engine *engine_new(struct kb *kb, const struct engine_facts *facts, enum engine_error *err,
			  char **why);
void engine_free(struct engine **e);

/* Parses an answer as the command line gives it: "CHECK=ANSWER", ANSWER
 * yes (y), no (n) or unknown (?).  Returns true with *CHECK (malloc'd, not
 * checked against the knowledge base: engine_preset() does that) and *A
 * set, or false with *WHY (malloc'd, one line). */
bool engine_answer_parse(const char *arg, char **check, enum answer *a, char **why);

/* Answers CHECK_ID before the walk reaches it (CLI -a, a trace).  NOTE (may
 * be NULL) is copied.  An answer given this way is kept across Restart; it
 * replaces an earlier preset or operator answer for the same check.
 * Returns ENGINE_OK, or ENGINE_BAD_CHECK / ENGINE_BAD_ANSWER with *why set. */
enum engine_error engine_preset(struct engine *e, const char *check_id, enum answer a, enum origin o,
				const char *note, char **why);

/* The question to ask now, or NULL when the walk has reached its outcome.
 * Questions answered by presets are passed along their answer.  The pointer
 * stays valid until the next call that changes the walk. */
const struct engine_question *engine_next(struct engine *e);

/* Answers the current question (YES, NO or UNKNOWN).  Returns false if there
 * is no current question. */
bool engine_answer(struct engine *e, enum answer a);

/* Takes every unanswered question as unknown (ORIGIN_UNASKED) until the walk
 * ends: what `siptriage checklist` does, since it never prompts. */
void engine_finish_unasked(struct engine *e);

/* Undoes the last answer given with engine_answer().  Returns false when
 * there is none (the walk is at its first question). */
bool engine_back(struct engine *e);

/* Forgets every engine_answer(); presets stay. */
void engine_restart(struct engine *e);

/* The walk so far, in order. */
const struct engine_step *engine_steps(const struct engine *e, size_t *n);

/* Every preset (vendor reason, trace, -a), whether the walk used it or not. */
const struct engine_step *engine_presets(const struct engine *e, size_t *n);

/* The outcome, once engine_next() returned NULL; else NULL.  Owned by the
 * engine. */
const struct kb_outcome *engine_outcome(const struct engine *e);

/* The facts as the engine resolved them: vendor id ("generic" if none),
 * initiator id ("unknown" if none), the vendor's reason as printed (NULL if
 * none), the tree id and a description of how it was matched. */
int engine_code(const struct engine *e);
const char *engine_vendor(const struct engine *e);
const char *engine_initiator(const struct engine *e);
const char *engine_reason(const struct engine *e);
const char *engine_tree(const struct engine *e);
const char *engine_match(const struct engine *e);

/* Total number of questions on the current path so far plus those still
 * ahead on the likely branches: a progress estimate for the wizard. */
size_t engine_progress(const struct engine *e, size_t *done);

/* Every check of the knowledge base (for the wizard's help and `checks`). */
const struct kb_terms *engine_checks(const struct engine *e);

#endif
