/* fuzz_history: libFuzzer target for the history database as outside input
 * (a state file a crash, a full disk, another program or a person may have
 * damaged): the bytes are $XDG_STATE_HOME/siptriage/history.db, opened with
 * history_open() as every command that keeps sessions does (a corrupt file
 * moved aside, an older schema migrated), then listed, every session listed
 * shown in each format and exported as a json line, and that line imported
 * back as `history import` would.  Whatever the file holds, nothing may
 * crash, leak or hang.
 *
 * Seeds (tests/fuzz-db/history/, made by the build: Makefile.am FUZZ_DB_SEEDS):
 *   two-sessions.db  schema 2, the sessions of two `checklist --ticket` runs
 *                    (tests/history.test), rendering bodies cut at 300 bytes
 *   schema-1.db      tests/data/history/schema-1.sql: migrated on open
 * both VACUUMed with PRAGMA page_size=512, journal_mode=DELETE. */
#include "system.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "history.h"
#include "util.h"

/* Sessions shown and exported per input: enough for every code path. */
#define MAX_SHOWN 4

static char *dir, *path;

static void
init(void)
{
	dir = fuzz_scratch("history");
	path = xasprintf("%s/%s", dir, HISTORY_FILE_NAME);
}

static void
show(struct history *h, int64_t id)
{
	static const char *const formats[] = { "text", "markdown", "compact", "compact-markdown" };
	struct history_session *s = NULL;
	char *why = NULL;
	if (history_get(h, id, &s, &why) != 0) {
		free(why);
		return;
	}
	struct buf b = {0};
	for (size_t i = 0; i < ARRAY_SIZE(formats); i++) {
		history_session_render(&b, s, formats[i], 72);
		b.len = 0;
	}
	history_session_json(&b, s);
	/* The export read back: the uuid is there, so it is left alone; a
	 * line that does not parse is refused with a reason. */
	bool added = false;
	if (b.s && history_import(h, b.s, &added, &why) != 0)
		free(why);
	buf_free(&b);
	history_session_free(&s);
}

FUZZ_TARGET(history, init, NULL, 8)
{
	/* The database, its -wal and -shm, what a corrupt one was moved to. */
	fuzz_clear(dir);
	fuzz_write(path, data, size);

	char *notice = NULL, *why = NULL;
	struct history *h = history_open(path, &notice, &why);
	free(notice);
	free(why);
	why = NULL;
	if (h) {
		struct history_filter f = { .limit = 0 };
		struct history_list l = {0};
		if (history_list(h, &f, &l, &why) == 0) {
			struct buf b = {0};
			history_list_render(&b, &l, 80);
			buf_free(&b);
			for (size_t i = 0; i < l.n && i < MAX_SHOWN; i++)
				show(h, l.v[i].id);
			history_list_free(&l);
		} else {
			free(why);
		}
		history_close(&h);
	}
	return 0;
}
