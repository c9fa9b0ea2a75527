/* engine.h: the decision-tree walk (DESIGN.md "How data flows").
 *
 * The engine starts from facts (a code or a symptom, vendor, initiator,
 * vendor reason, checks already answered), asks only what is still unknown,
 * supports Back and Restart, and accepts "unknown" for any check: the walk
 * then takes the tree's most likely branch, and that step is an assumption
 * the checklist asks to verify first.
 *
 * Reasoning rules the walk keeps (issue 8):
 * - Never ignore an answer.  Every answer given either lies on the path or
 *   is reported by engine_unused() with the reason.  When the matched tree
 *   is a vendor's and an answer concerns a check only the generic tree for
 *   the same code asks, the walk continues into the generic tree if that
 *   tree's outcome rests on the answer and the vendor's outcome does not
 *   (it was reached on an assumption, or it is a residual outcome).
 * - An outcome may continue into another tree (a 200 OK without audio goes
 *   on into the audio routes): engine_route() lists the trees walked.
 * - Two answers to the same check that disagree are never settled silently.
 *   What the vendor's reason implies (the platform's own log) outranks a
 *   later answer against it, from the operator or a trace; otherwise the
 *   newest word wins.  engine_unused() reports the answer that lost, with
 *   the one that won (UNUSED_REASON_WINS, UNUSED_REPLACED).
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
	int code;              /* 100 to 699; 0 with a symptom */
	const char *vendor;    /* vendor id; NULL = "generic" */
	const char *initiator; /* initiator id; NULL = "unknown" */
	const char *reason;    /* the vendor's reason, matched case-insensitively; NULL = none */
	const char *symptom;   /* a symptom id instead of a code; NULL = none */
};

/* What went wrong in engine_new(): which fact was not valid. */
enum engine_error {
	ENGINE_OK = 0,
	ENGINE_BAD_VENDOR,     /* *why lists the valid vendor ids */
	ENGINE_BAD_INITIATOR,  /* *why lists the valid initiators */
	ENGINE_BAD_REASON,     /* *why lists the vendor's reasons for the code, or
				  says the reason is reported with another initiator */
	ENGINE_BAD_CHECK,      /* engine_preset(): *why lists the valid check ids */
	ENGINE_BAD_ANSWER,     /* engine_preset(): not YES, NO or UNKNOWN */
	ENGINE_BAD_CODE,       /* the code is not 100 to 699 (or both or neither of
				  a code and a symptom were given) */
	ENGINE_BAD_SYMPTOM,    /* *why lists the valid symptom ids */
	ENGINE_KB_ERROR        /* the knowledge base failed */
};

/* One step of the walk so far (the breadcrumb). */
struct engine_step {
	const char *check_id;  /* owned by the engine */
	enum answer answer;    /* YES, NO or UNKNOWN (unknown: the likely branch was taken) */
	enum origin origin;
	const char *note;      /* e.g. "trace line 17"; may be NULL */
	enum answer taken;     /* the branch followed: YES or NO (the likely one when
				  ANSWER is UNKNOWN: an assumption) */
	const char *tree;      /* the tree the question belongs to; owned by the engine */
	bool finding;          /* a definite answer (trace, -a, the operator) that took the
				  branch the tree does not think likely: a fault found,
				  such as ack-received = no.  On the last step it decides
				  the outcome, and the assumptions before it are moot for
				  it (the checklist acts on it first). */
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
 * replaces an earlier preset or operator answer for the same check, except
 * one the vendor's reason implies: against that, it is kept aside and
 * engine_unused() reports it (UNUSED_REASON_WINS).  A definite answer it
 * replaces from another origin is reported too (UNUSED_REPLACED).
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

/* Why an answer given was not used by the walk. */
enum engine_unused_why {
	UNUSED_NOT_ASKED,         /* no tree of the walk (nor the generic one) asks it */
	UNUSED_OTHER_BRANCH,      /* asked only on a branch the walk left at AT */
	UNUSED_BY_REASON,         /* implied by the vendor's reason, which chose the tree */
	UNUSED_LEFT_TREE,         /* asked by TREE, which the walk left for the generic tree */
	UNUSED_GENERIC_RULES_OUT, /* only the generic tree TREE asks it, and there the
				     answer takes the likely branch: it changes nothing */
	UNUSED_GENERIC_KEPT,      /* the generic tree TREE would use it, but the outcome
				     here rests on the answer at AT, asked first */
	UNUSED_GENERIC_ELSEWHERE, /* only the generic tree TREE asks it, on a branch
				     these answers do not reach */
	UNUSED_REASON_WINS,       /* it contradicts what the vendor's reason implies
				     (RIVAL_*), which was used instead */
	UNUSED_REPLACED           /* a later answer to the same check from another
				     origin (RIVAL_*: the operator's, say, over the
				     trace's) replaced it */
};
struct engine_unused {
	const char *check_id;
	enum answer answer;
	enum origin origin;
	const char *note;      /* the preset's note; may be NULL */
	enum engine_unused_why why;
	const char *at_check;  /* OTHER_BRANCH, GENERIC_KEPT: the step that decided; may be NULL */
	enum answer at_answer;
	const char *tree;      /* LEFT_TREE and GENERIC_*: the tree meant; else NULL */
	enum answer rival_answer;   /* REASON_WINS, REPLACED: the answer used instead, */
	enum origin rival_origin;   /* where it came from */
	const char *rival_note;     /* and its note (e.g. the vendor's reason); may be NULL */
};
/* The answers given (presets: -a, trace, vendor reason; the newest word per
 * check) that the walk did not use, each with why.  Valid until the next
 * call that changes the walk. */
const struct engine_unused *engine_unused(const struct engine *e, size_t *n);

/* A move of the walk from one tree into another. */
struct engine_hop {
	const char *from_tree;
	const char *to_tree;
	const char *outcome;   /* the outcome that continues (outcome_continue), or
				  NULL when the walk went on into the generic tree */
	const char *note;      /* why (outcome_continue.note); NULL for the generic tree */
	const char *check_id;  /* the generic tree: the answer that took it there */
};
/* The moves between trees on the current path, in order (none when the
 * walk stayed in the matched tree).  Valid until the walk changes. */
const struct engine_hop *engine_route(const struct engine *e, size_t *n);

/* The outcome, once engine_next() returned NULL; else NULL.  Owned by the
 * engine. */
const struct kb_outcome *engine_outcome(const struct engine *e);

/* The facts as the engine resolved them: vendor id ("generic" if none),
 * initiator id ("unknown" if none), the vendor's reason as printed (NULL if
 * none), the symptom id (NULL for a code; engine_code() is then 0), the
 * matched tree's id and a description of how it was matched. */
int engine_code(const struct engine *e);
const char *engine_symptom(const struct engine *e);
const char *engine_vendor(const struct engine *e);
const char *engine_initiator(const struct engine *e);
const char *engine_reason(const struct engine *e);
const char *engine_tree(const struct engine *e);
const char *engine_match(const struct engine *e);

/* Total number of questions on the current path so far plus those still
 * ahead on the likely branches: a progress estimate for the wizard. */
size_t engine_progress(const struct engine *e, size_t *done);

/* Every check of the knowledge base (for the wizard's help and `checks`),
 * read on the first call; owned by E. */
const struct kb_terms *engine_checks(const struct engine *e);
/* The check ID of the knowledge base, or NULL if it defines none (or
 * cannot be read); owned by E, valid until engine_free().  Reads only that
 * check (a command that needs a few need not read them all). */
const struct kb_term *engine_check(const struct engine *e, const char *id);

#endif
