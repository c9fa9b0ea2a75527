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
#define KB_SCHEMA_VERSION 1
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

/* Compiles the SQL files FILES (executed in order, in one transaction, with
 * foreign keys enforced) into a new knowledge base at OUT, written
 * atomically.  Returns 0, or -1 with *why set (malloc'd). */
int kb_compile(const char *out, const char *const *files, size_t n_files, char **why);

/* Validates the knowledge base at PATH: opening, integrity, dangling edges,
 * unreachable nodes, cycles, paths without an outcome, unknown check or
 * vendor ids, missing sources.  Each defect found is appended to *REPORT as
 * one line "kind: detail\n" (malloc'd; NULL when none).  Returns the number
 * of defects, or -1 when the file could not be opened (*report then holds
 * the reason). */
int kb_check(const char *path, char **report);

#endif
