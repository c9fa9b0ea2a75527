#!/usr/bin/env python3
"""mkseeds.py KB OUT: one seed knowledge base of the kb fuzz target
(tests/fuzz-db/kb/ in the build tree), made from the built knowledge base KB;
the name of OUT says which:

  mini.db  codes 401, 403, 486 and 503 with their vendor readings, reasons,
           notes, trees, lessons and practice tickets; every text cut at
           24 characters; pages of 512
           bytes (about 100 KB)
  tiny.db  the same with one or two rows a table (about 30 KB)

Small seeds let libFuzzer mutate the structure, not megabytes of prose.
OUT is written under a temporary name and renamed when complete, so a
parallel make never reads a half-made seed."""
import os
import shutil
import sqlite3
import sys

KEYS = {"id", "source", "vendor", "check_id", "tree", "yes_node", "no_node", "yes_outcome",
        "no_outcome", "root_node", "root_outcome", "outcome", "severity", "likely", "class",
        "owner", "actor", "initiators", "reason", "answer", "direction", "fact", "field",
        "pattern", "escalate_to", "initiator", "advice_source", "severity_source"}
CODES = "(401, 403, 486, 503)"


def tables(con):
    return [r[0] for r in con.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")]


def mini(con):
    for sql in (
        f"DELETE FROM code WHERE code NOT IN {CODES}",
        f"DELETE FROM code_alias WHERE code NOT IN {CODES}",
        f"DELETE FROM vendor_code WHERE code NOT IN {CODES}",
        f"DELETE FROM vendor_severity WHERE code NOT IN {CODES}",
        f"DELETE FROM vendor_reason WHERE code NOT IN {CODES}",
        f"DELETE FROM reason_answer WHERE code NOT IN {CODES}",
        f"DELETE FROM note WHERE code IS NOT NULL AND code NOT IN {CODES}",
        f"DELETE FROM tree_match WHERE (code IS NOT NULL AND code NOT IN {CODES})"
        " OR (class IS NOT NULL AND class NOT IN (4, 5))",
        "DELETE FROM tree WHERE id NOT IN (SELECT tree FROM tree_match)",
        "DELETE FROM node WHERE tree NOT IN (SELECT id FROM tree)",
        "DELETE FROM outcome WHERE id NOT IN (SELECT yes_outcome FROM node WHERE yes_outcome"
        " IS NOT NULL UNION SELECT no_outcome FROM node WHERE no_outcome IS NOT NULL UNION"
        " SELECT root_outcome FROM tree WHERE root_outcome IS NOT NULL)",
        "DELETE FROM outcome_step WHERE outcome NOT IN (SELECT id FROM outcome) OR seq > 2",
        "DELETE FROM q850_map WHERE rowid % 8 <> 0",
        "DELETE FROM warn_code WHERE rowid % 4 <> 0",
        "DELETE FROM ua_hint WHERE rowid % 4 <> 0",
        # The course: the same codes' lessons and tickets, a few terms.
        f"DELETE FROM practice_ticket WHERE code IS NULL OR code NOT IN {CODES}",
        "DELETE FROM practice_line WHERE ticket NOT IN (SELECT id FROM practice_ticket) OR seq > 4",
        "DELETE FROM practice_fact WHERE ticket NOT IN (SELECT id FROM practice_ticket)",
        "DELETE FROM lesson WHERE topic NOT IN (SELECT CAST(code AS TEXT) FROM code)",
        "DELETE FROM lesson_line WHERE topic NOT IN (SELECT topic FROM lesson)",
        "DELETE FROM lesson_link WHERE topic NOT IN (SELECT topic FROM lesson)"
        " OR related NOT IN (SELECT topic FROM lesson)",
        "DELETE FROM term_use WHERE topic IS NOT NULL AND topic NOT IN (SELECT topic FROM lesson)",
        "DELETE FROM cheatsheet WHERE topic NOT IN (SELECT topic FROM lesson)",
    ):
        con.execute(sql)
    for t in tables(con):
        for _, name, typ, _, _, pk in con.execute(f"PRAGMA table_info({t})").fetchall():
            if typ.upper() == "TEXT" and not pk and name not in KEYS:
                con.execute(f"UPDATE {t} SET {name} = substr({name}, 1, 24) WHERE length({name}) > 24")


def tiny(con):
    for t in tables(con):
        con.execute(f"DELETE FROM {t} WHERE rowid NOT IN (SELECT rowid FROM {t} ORDER BY rowid LIMIT 2)")


def make(kb, out, shrink):
    tmp = out + ".tmp"
    shutil.copyfile(kb, tmp)
    os.chmod(tmp, 0o644)
    con = sqlite3.connect(tmp, isolation_level=None)
    con.execute("PRAGMA foreign_keys=OFF")
    for step in shrink:
        step(con)
    con.execute("PRAGMA page_size=512")
    con.execute("VACUUM")
    con.close()
    os.replace(tmp, out)


def main():
    steps = {"mini.db": [mini], "tiny.db": [mini, tiny]}
    if len(sys.argv) != 3 or os.path.basename(sys.argv[2]) not in steps:
        sys.exit("usage: mkseeds.py KB OUTDIR/mini.db|OUTDIR/tiny.db")
    kb, out = sys.argv[1:]
    make(kb, out, steps[os.path.basename(out)])


if __name__ == "__main__":
    main()
