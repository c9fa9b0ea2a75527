/* kb.h: the knowledge base (DESIGN.md "Knowledge base").
 *
 * The only module besides history that talks to SQLite.  Everything it hands
 * out is a plain C struct owned by the caller and released with the matching
 * _free(), which is NULL-safe and clears the caller's pointer. */
#ifndef SIPTRIAGE_KB_H
#define SIPTRIAGE_KB_H

#include <stdbool.h>
#include <stddef.h>

/* The schema this build reads; data/schema.sql sets the same user_version. */
#define KB_SCHEMA_VERSION 7
/* PRAGMA application_id of a siptriage knowledge base: "SIPT". */
#define KB_APPLICATION_ID 0x53495054

/* File name of the compiled knowledge base. */
#define KB_FILE_NAME "siptriage.db"

struct kb;

/* Returns the knowledge base path to use, malloc'd: EXPLICIT if not NULL,
 * else $SIPTRIAGE_KB if set and not empty, else data/siptriage.db beside the
 * running executable when it exists (the build tree), else
 * PKGDATADIR/siptriage.db. */
char *kb_locate(const char *explicit_path);

/* The data file NAME: data/NAME beside the running executable when it
 * exists (the build tree), else PKGDATADIR/NAME; malloc'd. */
char *kb_data_path(const char *name);

/* Opens the knowledge base at PATH read-only and makes sure it is a sound
 * siptriage knowledge base of KB_SCHEMA_VERSION.  Returns NULL on failure
 * and sets *WHY to a malloc'd one-line reason (no path, no newline) that the
 * caller frees. */
struct kb *kb_open(const char *path, char **why);
void kb_close(struct kb **kb);

/* A source: where a fact comes from. */
struct kb_source {
	char *id;
	char *title;
	char *locator;
	char *cite;            /* section, row or header; may be NULL */
};

struct kb_alias {
	char *alias;
	char *note;
	struct kb_source source;
};

/* What the knowledge base says about a response code. */
struct kb_code {
	int code;
	bool known;            /* the knowledge base has a row for it */
	bool registered;       /* in the IANA registry (known implies nothing) */
	char *phrase;          /* reason phrase; NULL if not known */
	int klass;             /* 1 to 6 */
	char *class_name;      /* "Server Failure" */
	char *class_meaning;
	char *rfc;             /* "RFC 3261 section 21.5.4"; NULL if not known */
	char *meaning;         /* NULL if not known (use class_meaning) */
	struct kb_source source;
	char *severity;        /* generic severity: immediate / track / normal */
	char *severity_reason;
	struct kb_source severity_source;
	struct kb_alias *aliases;
	size_t n_aliases;
};

enum kb_status { KB_OK = 0, KB_NOT_FOUND = 1, KB_ERROR = -1 };

/* Looks CODE (100 to 699) up.  A code the knowledge base does not know gets
 * its class only (known = registered = false) and KB_OK.  On KB_ERROR *why is set as in
 * kb_open(). */
enum kb_status kb_code_get(struct kb *kb, int code, struct kb_code **out, char **why);
void kb_code_free(struct kb_code **code);

void kb_source_clear(struct kb_source *s);
/* Fills OUT with source ID (title and locator looked up) and CITE (may be
 * NULL); an id missing from the source table keeps only the id. */
enum kb_status kb_source_get(struct kb *kb, const char *id, const char *cite, struct kb_source *out,
			     char **why);

/* ---------------------------------------------------------------------------
 * Vocabulary and vendor knowledge (issue 3).  Lists are arrays of N items the
 * caller frees with the matching _free(). */

struct kb_term {               /* an initiator, a vendor or a check */
	char *id;
	char *label;           /* initiator label, vendor name, check statement */
	char *text;            /* initiator meaning, vendor description, check question */
	char *where;           /* where to read it / where codes show / where to find */
	char *why;             /* checks only: why it matters; else NULL */
	struct kb_source source;
	char *negation;        /* checks only: the statement in the negative; else NULL */
};
struct kb_terms {
	struct kb_term *v;
	size_t n;
};
enum kb_vocab { KB_INITIATORS, KB_VENDORS, KB_CHECKS };
enum kb_status kb_terms_get(struct kb *kb, enum kb_vocab which, struct kb_terms *out, char **why);
void kb_terms_free(struct kb_terms *t);
/* One term of kb_terms_get()'s WHICH, by its id: KB_OK with *OUT filled
 * (the caller owns it), KB_NOT_FOUND, or KB_ERROR with *why set; *OUT is
 * zeroed otherwise, so kb_term_clear() is right in every case.  For a
 * command that needs a few of the dozens of checks, or one vendor. */
enum kb_status kb_term_get(struct kb *kb, enum kb_vocab which, const char *id,
			   struct kb_term *out, char **why);
/* Frees what T holds and zeroes it. */
void kb_term_clear(struct kb_term *t);
/* The term with ID in T, or NULL. */
const struct kb_term *kb_terms_find(const struct kb_terms *t, const char *id);

/* A vendor's reading of a code (vendor_code), or one of its reasons. */
struct kb_reading {
	char *vendor;
	char *label;           /* the vendor's label, or the reason as printed */
	char *description;
	char *advice;          /* may be NULL */
	char *initiators;      /* reasons only: "destination,system"; else NULL */
	char *severity;        /* reasons only, when it overrides; else NULL */
	char *severity_reason;
	struct kb_source source;
	struct kb_source advice_source;    /* id NULL: the advice is from `source` */
	struct kb_source severity_source;  /* id NULL: the severity is from `source` */
};
struct kb_readings {
	struct kb_reading *v;
	size_t n;
};
/* Every vendor's readings of CODE (VENDOR NULL) or one vendor's. */
enum kb_status kb_readings_get(struct kb *kb, int code, const char *vendor, struct kb_readings *out,
			       char **why);
/* VENDOR's own reasons for CODE (didww 403: "No trunk assigned", ...); every
 * vendor's when VENDOR is NULL. */
enum kb_status kb_reasons_get(struct kb *kb, int code, const char *vendor, struct kb_readings *out,
			      char **why);
void kb_readings_free(struct kb_readings *r);

/* Severity of CODE for VENDOR: the vendor's, else the code's, else the class's. */
struct kb_severity {
	char *level;           /* immediate / track / normal */
	char *reason;
	char *vendor;          /* whose judgement: the vendor id, or "generic" */
	struct kb_source source;
};
enum kb_status kb_severity_get(struct kb *kb, int code, const char *vendor, struct kb_severity *out,
			       char **why);
void kb_severity_clear(struct kb_severity *s);

/* Background notes for a code, a check or a vendor (NULL/0 = any).  CODE
 * KB_NOTES_VENDOR_WIDE selects the notes about neither a code nor a check. */
#define KB_NOTES_VENDOR_WIDE (-1)
struct kb_note {
	char *vendor;
	char *topic;
	char *body;
	struct kb_source source;
};
struct kb_notes {
	struct kb_note *v;
	size_t n;
};
enum kb_status kb_notes_get(struct kb *kb, const char *vendor, int code, const char *check_id,
			    struct kb_notes *out, char **why);
void kb_notes_free(struct kb_notes *n);

/* Answers a vendor reason implies (reason_answer). */
struct kb_implied {
	char *check_id;
	bool yes;
	struct kb_source source;
};
struct kb_implieds {
	struct kb_implied *v;
	size_t n;
};
enum kb_status kb_implied_get(struct kb *kb, const char *vendor, int code, const char *reason,
			      struct kb_implieds *out, char **why);
void kb_implieds_free(struct kb_implieds *i);

/* Codes whose number or phrase (or alias) contains every word of QUERY
 * (case-insensitive); all codes for an empty query.  For the wizard's list. */
struct kb_code_brief {
	int code;
	char *phrase;
};
/* The search also matches the code's everyday words (code_word: "cancel"
 * finds 487). */
struct kb_code_list {
	struct kb_code_brief *v;
	size_t n;
};
enum kb_status kb_codes_search(struct kb *kb, const char *query, struct kb_code_list *out, char **why);
void kb_code_list_free(struct kb_code_list *l);

/* ---------------------------------------------------------------------------
 * Decision trees. */

/* The tree for (VENDOR, CODE, INITIATOR, REASON): most specific match first
 * (exact code over class, vendor over generic, reason, initiator).  *TREE_ID
 * and *MATCH (a short description of the level matched, e.g. "didww 403,
 * reason No trunk assigned") are malloc'd.  KB_NOT_FOUND if nothing matches. */
enum kb_status kb_tree_find(struct kb *kb, const char *vendor, int code, const char *initiator,
			    const char *reason, char **tree_id, char **match, char **why);

struct kb_tree {
	char *id;
	char *title;
	char *root_node;       /* exactly one of root_node and root_outcome */
	char *root_outcome;
	struct kb_source source;
};
enum kb_status kb_tree_get(struct kb *kb, const char *id, struct kb_tree *out, char **why);
void kb_tree_clear(struct kb_tree *t);

struct kb_node {
	char *id;
	char *check_id;
	bool likely_yes;
	char *yes_node, *yes_outcome;  /* exactly one set */
	char *no_node, *no_outcome;    /* exactly one set */
};
enum kb_status kb_node_get(struct kb *kb, const char *tree, const char *id, struct kb_node *out,
			   char **why);
void kb_node_clear(struct kb_node *n);

struct kb_step {
	char *actor;
	char *text;
	struct kb_source source;
};
struct kb_outcome {
	char *id;
	char *cause;
	char *klass;           /* success progress redirect challenge declined abandoned failure */
	char *owner;           /* none operator customer platform carrier far-end */
	char *escalate_to;     /* NULL: no escalation */
	char *escalate_when;
	struct kb_source source;
	struct kb_step *steps;
	size_t n_steps;
};
enum kb_status kb_outcome_get(struct kb *kb, const char *id, struct kb_outcome **out, char **why);
void kb_outcome_free(struct kb_outcome **o);

/* The evidence to attach to a ticket, in order (label = item, text = why). */
enum kb_status kb_evidence_get(struct kb *kb, struct kb_terms *out, char **why);

/* Compiles the SQL files FILES (executed in order, in one transaction, with
 * foreign keys enforced) into a new knowledge base at OUT, validates it with
 * kb_check() and renames it into place.  Returns 0, or -1 with *why set
 * (malloc'd) and nothing at OUT.  With RAW true, foreign keys are not
 * enforced and nothing is validated: tests use it to make broken knowledge
 * bases for kb_check(). */
int kb_compile(const char *out, const char *const *files, size_t n_files, bool raw, char **why);

/* Validates the knowledge base at PATH: opening, integrity, dangling edges,
 * unreachable nodes, cycles, paths without an outcome, unknown check or
 * vendor ids, missing sources.  Each defect found is appended to *REPORT as
 * one line "kind: detail\n" (malloc'd; NULL when none).  Returns the number
 * of defects, or -1 when the file could not be opened (*report then holds
 * the reason). */
int kb_check(const char *path, char **report);

/* ---------------------------------------------------------------------------
 * Reading evidence: what trace headers mean (data/trace.sql). */

/* A Q.850 cause seen in a Reason header, beside SIP code OBSERVED. */
struct kb_q850 {
	int cause;
	char *name;            /* NULL if the cause is unknown */
	int rfc3398_sip;       /* RFC 3398 7.2.4.1: the SIP code for the cause; 0 none */
	int freeswitch_sip;    /* what FreeSWITCH sends for the cause; 0 none */
	int asterisk_cause;    /* the cause Asterisk derives from OBSERVED; -1 none */
	int rfc3398_cause;     /* the cause RFC 3398 8.2.6.1 derives from OBSERVED; -1 none */
	struct kb_source source;
};
enum kb_status kb_q850_get(struct kb *kb, int cause, int observed, struct kb_q850 *out, char **why);
void kb_q850_clear(struct kb_q850 *q);

/* The meaning of a Warning header code, and the check it answers if any
 * (*check NULL otherwise; malloc'd); KB_NOT_FOUND if not in the table. */
enum kb_status kb_warn_code_get(struct kb *kb, int code, char **meaning, struct kb_source *src,
				char **check, bool *yes, char **why);

/* What trace observations answer (trace_rule): id = fact, label = check id,
 * text = "yes" or "no", where = the threshold or NULL, why = note. */
enum kb_status kb_trace_rules_get(struct kb *kb, struct kb_terms *out, char **why);

/* What makes an answered call a failed one (call_failure), in order: id,
 * label = the call list's mark, text = note, where = the key ("CHECK=no"
 * for kind answer, "SIP 400 699" for bye-reason, the pattern for
 * log-reason), why = the kind. */
enum kb_status kb_call_failures_get(struct kb *kb, struct kb_terms *out, char **why);

/* User-Agent / Server patterns (ua_hint) and call-log field names
 * (log_hint): id = pattern or field, label = vendor id or NULL,
 * text = note, where = "1" for a scanner pattern. */
enum kb_status kb_hints_get(struct kb *kb, bool log_fields, struct kb_terms *out, char **why);

/* Team escalation contacts of VENDOR (escalation_contact): id = name,
 * label = queue, text = phone, where = hours, why = note; any may be NULL
 * but the name.  None ship with siptriage: they come from a team overlay. */
enum kb_status kb_contacts_get(struct kb *kb, const char *vendor, struct kb_terms *out, char **why);

/* Header-name hints (header_hint): id = the name or its start, label =
 * vendor id, text = note, where = "1" when the header's first token is the
 * vendor's reason for the response it is in (else NULL). */
enum kb_status kb_header_hints_get(struct kb *kb, struct kb_terms *out, char **why);

/* ---------------------------------------------------------------------------
 * Team overlays (siptriage-kb(5)).
 *
 * A team's own SQL files, in the form of data/, compiled together with the
 * knowledge base in use into a cached database under
 * $XDG_CACHE_HOME/siptriage/ -- no build tools needed.  Overlay SQL may only
 * INSERT into and UPDATE the knowledge tables; SQLite's authorizer refuses
 * everything else.  Every row an overlay adds or changes is marked with a
 * source of its own, KB_TEAM_SOURCE_PREFIX followed by the file's name. */

#define KB_TEAM_SOURCE_PREFIX "team: "

/* True when S is a team overlay's source ("team: acme.sql"). */
bool kb_source_is_team(const struct kb_source *s);

/* The overlay folders and files in use. */
struct kb_overlay {
	char **dirs;           /* folders read, in order */
	size_t n_dirs;
	char **files;          /* their *.sql files, in the order compiled */
	char **names;          /* each file's name in its source, "acme.sql" */
	size_t n_files;
	char *notes;           /* folders skipped and why, one line each; NULL if none */
};

/* Finds the overlay files: every *.sql (not hidden) of each folder, in name
 * order.  TEAM_ONLY false: the team folders (DIRS, or else each folder of
 * $SIPTRIAGE_OVERLAY, colon-separated), then the user's own
 * $XDG_DATA_HOME/siptriage/overlay.d, so that the user's own rows win.
 * TEAM_ONLY true: DIRS alone.  A folder of DIRS that cannot be read is an
 * error (-1, *why set, OUT empty); one from the environment is skipped and
 * noted in OUT->notes.  Returns 0 and fills OUT, which the caller clears
 * with kb_overlay_clear(). */
int kb_overlay_find(const char *const *dirs, size_t n_dirs, bool team_only, struct kb_overlay *out,
		    char **why);
void kb_overlay_clear(struct kb_overlay *o);

/* The knowledge base to open for BASE with overlay O applied: the cached
 * compilation of BASE and O, made (atomically) when any file or BASE
 * changed; a copy of BASE when O has no files.  A faulty overlay never stops
 * the program: the result is then a copy of BASE and *WARNING (malloc'd,
 * lines "FILE:LINE: what\n") says why.  A base that cannot be opened is
 * returned as is, without a warning: opening it reports that.  Malloc'd. */
char *kb_overlay_use(const char *base, const struct kb_overlay *o, char **warning);

/* Compiles O over BASE into a temporary file and validates it with the same
 * checks as the build (kb_check()).  Each problem is one line "FILE:LINE:
 * what\n" in *REPORT (malloc'd; NULL when none); lines "FILE:LINE: warning:
 * ..." (an UPDATE that changed no row) are not counted.  Returns the number
 * of problems, or -1 when the check could not run (*REPORT says why). */
int kb_overlay_check(const char *base, const struct kb_overlay *o, char **report);
/* kb_overlay_check(), then, when the overlay has no problem, MORE (unless
 * NULL) on the compiled knowledge base at PATH: it returns its count of
 * problems and appends its lines to *REPORT (the onboarding module checks the
 * practice tickets there, learn_check_file()). */
int kb_overlay_check_more(const char *base, const struct kb_overlay *o,
			  int (*more)(const char *path, char **report), char **report);

/* What O adds to and changes in BASE, per file: lines "  LINE: adds TABLE
 * KEY" / "changes TABLE KEY: COLUMNS" / "replaces TABLE KEY" under each
 * file's path, in *TEXT (malloc'd).  Returns 0, or the number of problems
 * when O does not compile (their lines in *TEXT), or -1 with *TEXT saying
 * why it could not run. */
int kb_overlay_diff(const char *base, const struct kb_overlay *o, char **text);

/* ---------------------------------------------------------------------------
 * Symptoms and the traits of outcomes (issue 8; data/schema.sql version 4). */

/* A symptom: a second way into the trees when no code tells the cause. */
struct kb_symptom {
	char *id;              /* 'one-way-audio' */
	char *label;           /* 'One-way audio' */
	char *meaning;
	char *where;           /* where to look */
	char *words;           /* search words, comma-separated */
	char *severity;        /* immediate / track / normal */
	char *severity_reason;
	struct kb_source source;
};
struct kb_symptoms {
	struct kb_symptom *v;
	size_t n;
};
/* Every symptom, in id order; with QUERY not NULL, those whose id, label or
 * words contain every word of QUERY (case-insensitive), the ones holding
 * QUERY as a whole first. */
enum kb_status kb_symptoms_get(struct kb *kb, const char *query, struct kb_symptoms *out,
			       char **why);
void kb_symptoms_free(struct kb_symptoms *s);
/* The symptom with ID in S, or NULL. */
const struct kb_symptom *kb_symptoms_find(const struct kb_symptoms *s, const char *id);

/* The tree for SYMPTOM on VENDOR (NULL: generic) and INITIATOR: the
 * vendor's own row over generic, a row for the initiator over one for any.
 * *TREE_ID and *MATCH are malloc'd; KB_NOT_FOUND if nothing matches. */
enum kb_status kb_symptom_tree_find(struct kb *kb, const char *vendor, const char *symptom,
				    const char *initiator, char **tree_id, char **match, char **why);
/* The routes of SYMPTOM (every vendor's, or VENDOR's and generic): id = tree,
 * label = vendor, text = the tree's title, where = the initiator or NULL. */
enum kb_status kb_symptom_routes_get(struct kb *kb, const char *symptom, const char *vendor,
				     struct kb_terms *out, char **why);

/* The checks TREE asks (id only), in the order of its nodes. */
enum kb_status kb_tree_checks_get(struct kb *kb, const char *tree, struct kb_terms *out, char **why);

/* Whether any question of TREE asks CHECK_ID. */
enum kb_status kb_tree_asks(struct kb *kb, const char *tree, const char *check_id, bool *asks,
			    char **why);

/* What else the knowledge base says about an outcome. */
struct kb_outcome_traits {
	char *next_tree;       /* outcome_continue: the walk goes on here; NULL: it ends */
	char *next_note;
	struct kb_source next_source;
	char *floor;           /* outcome_severity: least severity; NULL: none */
	char *floor_reason;
	struct kb_source floor_source;
	bool residual;         /* outcome_residual */
};
enum kb_status kb_outcome_traits_get(struct kb *kb, const char *outcome, struct kb_outcome_traits *out,
				     char **why);
void kb_outcome_traits_clear(struct kb_outcome_traits *t);

/* Where VENDOR's rows from SOURCE hold (vendor_scope): KB_OK with *check
 * (malloc'd), *yes and *note (malloc'd) set, KB_NOT_FOUND when they hold
 * everywhere. */
enum kb_status kb_vendor_scope_get(struct kb *kb, const char *vendor, const char *source,
				   char **check, bool *yes, char **note, struct kb_source *src,
				   char **why);

/* A fault flagged in a source's own row (vendor_code_fault). */
struct kb_fault {
	char *row_source;      /* the flagged vendor_code row's source id */
	char *reads_like;      /* what the row reads like: '401/403' */
	char *note;
	struct kb_source source;   /* of the note */
};
struct kb_faults {
	struct kb_fault *v;
	size_t n;
};
/* The faults flagged in VENDOR's rows for CODE. */
enum kb_status kb_code_faults_get(struct kb *kb, const char *vendor, int code, struct kb_faults *out,
				  char **why);
void kb_faults_free(struct kb_faults *f);

/* ---------------------------------------------------------------------------
 * Languages (po-kb/README).
 *
 * The knowledge base is written in English; its text for people comes out
 * of every look-up above in the operator's language, from the message
 * catalogue of the text domain KB_TEXT_DOMAIN (po-kb/LANG.po), when there
 * is one: kb_i18n.c says which columns, and what stays as written (ids,
 * SIP reason phrases, header names, a vendor's words quoted from a seed,
 * a team overlay's rows). */

#define KB_TEXT_DOMAIN "siptriage-kb"
/* Sources whose id starts so are the seed documents (data/sources.sql). */
#define KB_SEED_SOURCE_PREFIX "seed-"

/* Binds KB_TEXT_DOMAIN to the catalogues under LOCALEDIR, in UTF-8. */
void kb_i18n_bind(const char *localedir);

/* The language of the knowledge base's catalogue in use ("de"), malloc'd;
 * NULL when its text is shown as written (English). */
char *kb_language(void);

/* The translation of TEXT, a SIP reason phrase ("code.phrase"), a class
 * name ("code_class.name") or a Q.850 cause name ("q850_map.cause_name"),
 * malloc'd; NULL when there is none.  Such names keep their spelling: the
 * translation goes beside them.  kb_with_gloss() gives "TEXT (translation)"
 * or TEXT alone, malloc'd. */
char *kb_gloss(const char *table_column, const char *text);
char *kb_with_gloss(const char *table_column, const char *text);

/* Whether text from source S is a vendor's own words quoted from a seed
 * that stay in the seed's language while the rest is translated: the
 * renderers then mark it as a quotation. */
bool kb_source_quoted(const struct kb_source *s);

/* Writes to OUT the .pot of the knowledge base's text in FILES (the SQL
 * files of data/, run in order as the build does; NAMES are their names in
 * the references, "data/didww.sql"): one entry per context "TABLE.COLUMN"
 * and text, with the file and line of each row holding it and the rows'
 * keys as comments.  Returns 0, or -1 with *why set (malloc'd). */
int kb_pot_write(const char *out, const char *const *files, const char *const *names,
		 size_t n_files, const char *package_version, const char *bugs_address,
		 char **why);

/* ---------------------------------------------------------------------------
 * Call-log statistics (data/stats.sql). */

/* When a `track` row of `siptriage stats` is flagged (stats_threshold):
 * id = threshold id, label = its value in decimal, text = note. */
enum kb_status kb_stats_thresholds_get(struct kb *kb, struct kb_terms *out, char **why);

/* ---------------------------------------------------------------------------
 * Onboarding (data/glossary.sql, data/learn.sql, data/practice.sql), read by
 * src/learn.c.  A topic is a response code written as text ("403") or a
 * symptom id. */

/* The glossary, by term: id, label = the term, text = the definition,
 * where = an example (may be NULL). */
enum kb_status kb_glossary_get(struct kb *kb, struct kb_terms *out, char **why);
/* Glossary terms related to TERM (glossary_link, both ways), same fields. */
enum kb_status kb_glossary_related(struct kb *kb, const char *term, struct kb_terms *out,
				   char **why);
/* Glossary terms a lesson TOPIC points to, or (TOPIC NULL) those of the
 * check CHECK_ID, same fields. */
enum kb_status kb_glossary_for(struct kb *kb, const char *topic, const char *check_id,
			       struct kb_terms *out, char **why);

/* One line of an excerpt or of a ticket's evidence. */
struct kb_line {
	char *line;
	char *note;            /* may be NULL */
};

/* What a lesson card adds to a code or a symptom. */
struct kb_lesson {
	char *topic;
	char *summary;         /* one line, plain words */
	char *normal_when, *alarming_when;
	char *excerpt_kind;    /* trace, call-log or capture */
	char *excerpt_vendor;
	struct kb_source source;
	struct kb_line *lines; /* the annotated excerpt */
	size_t n_lines;
};
/* The lesson of TOPIC; KB_NOT_FOUND (OUT zeroed) when it has none. */
enum kb_status kb_lesson_get(struct kb *kb, const char *topic, struct kb_lesson *out, char **why);
void kb_lesson_clear(struct kb_lesson *l);
/* Cards linked to TOPIC (lesson_link, both ways): id = the other topic,
 * text = why they belong together, source. */
enum kb_status kb_lesson_links(struct kb *kb, const char *topic, struct kb_terms *out, char **why);

/* A practice ticket and the answers expected of the trainee. */
struct kb_ticket {
	char *id;
	char *title;
	char *story;
	char *vendor;
	char *evidence;        /* call-log, trace or capture */
	int code;              /* 0 for a symptom ticket */
	char *symptom;         /* NULL for a code ticket */
	char *initiator;       /* NULL: the evidence does not show it */
	char *reason;          /* NULL: none */
	char *severity;
	char *first_check;     /* NULL: the wizard asks nothing */
	char *outcome;
	char *lesson;          /* what it teaches */
	struct kb_source source;
	struct kb_line *lines; /* the evidence */
	size_t n_lines;
	struct kb_implied *facts;   /* what the story establishes (no source) */
	size_t n_facts;
};
struct kb_tickets {
	struct kb_ticket *v;
	size_t n;
};
/* Every practice ticket, by id. */
enum kb_status kb_tickets_get(struct kb *kb, struct kb_tickets *out, char **why);
void kb_tickets_free(struct kb_tickets *t);
/* The ticket with ID in T, or NULL. */
const struct kb_ticket *kb_tickets_find(const struct kb_tickets *t, const char *id);

/* The cheat sheet's topics in print order: id = topic, source. */
enum kb_status kb_cheatsheet_get(struct kb *kb, struct kb_terms *out, char **why);

/* The codes VENDOR says something of its own about (a reading, a reason, a
 * severity, a tree or a note), ascending; *CODES is malloc'd. */
enum kb_status kb_vendor_codes(struct kb *kb, const char *vendor, int **codes, size_t *n,
			       char **why);
/* The trees VENDOR's own tree_match rows lead to, nearest code to CODE
 * first (a class row counts as its class times 100): id = the tree. */
enum kb_status kb_vendor_trees(struct kb *kb, const char *vendor, int code, struct kb_terms *out,
			       char **why);

#endif
