#!/usr/bin/env python3
"""mkhostile.py BASE OUT CASE: copies the knowledge base BASE to OUT and
turns it into the hostile or odd file CASE (tests/hostile-kb.test).

Each case keeps the application id and schema version, so siptriage gets
past the first checks and meets the trap itself."""
import os
import shutil
import sqlite3
import sys

RECURSIVE = ("WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r)")

CASES = {
    # An endless recursive CTE where the vendor table was.
    "view-cte": [
        "DROP TABLE vendor",
        "CREATE VIEW vendor(id, name, description, where_codes, source, cite) AS "
        + RECURSIVE + " SELECT 'v' || x, 'n', 'd', 'w', 'siptriage', NULL FROM r",
    ],
    # A view that returns gigabytes of random bytes.
    "view-blob": [
        "DROP TABLE code_class",
        "CREATE VIEW code_class(class, name, meaning, severity, severity_reason, source, cite)"
        " AS " + RECURSIVE + " SELECT x % 6 + 1, randomblob(2000000000), randomblob(2000000000),"
        " 'normal', 'r', 'siptriage', NULL FROM r",
    ],
    # A trigger: code of the file's author, run on a write.
    "trigger": [
        "CREATE TABLE log(x)",
        "CREATE TRIGGER t AFTER INSERT ON log BEGIN SELECT randomblob(2000000000); END",
    ],
    # A virtual table (full-text search), a module's code on every read.
    "virtual": [
        "CREATE VIRTUAL TABLE search USING fts5(body)",
    ],
    # Every source id costs a 600 KB string to compute, 20,000 times (the
    # generated column is written into the schema directly: adding it with
    # ALTER TABLE would compute it for every row here).
    "slow-column": [
        "CREATE TABLE source_new(rid TEXT, title TEXT, locator TEXT)",
        "INSERT INTO source_new SELECT id, title, locator FROM source",
        RECURSIVE.replace("FROM r)", "FROM r LIMIT 20000)")
        + " INSERT INTO source_new SELECT 'pad' || x, 't', 'l' FROM r",
        "DROP TABLE source",
        "PRAGMA writable_schema=ON",
        "UPDATE sqlite_schema SET name = 'source', tbl_name = 'source', sql = 'CREATE TABLE"
        " source(rid TEXT, title TEXT, locator TEXT, id TEXT GENERATED ALWAYS AS"
        " (replace(hex(zeroblob(300000)) || rid, ''00'', '''')) VIRTUAL)'"
        " WHERE name = 'source_new'",
    ],
    # 100,000 vendor readings of 503 and 100,000 vendors: every row a look-up.
    "many-rows": [
        RECURSIVE.replace("FROM r)", "FROM r LIMIT 100000)")
        + " INSERT INTO vendor_code(vendor, code, label, description, source)"
        " SELECT 'v' || x, 503, 'x' || x, 'd', 'siptriage' FROM r",
        RECURSIVE.replace("FROM r)", "FROM r LIMIT 100000)")
        + " INSERT INTO vendor(id, name, description, where_codes, source)"
        " SELECT 'v' || x, 'n', 'd', 'w', 'siptriage' FROM r",
    ],
    # An expression 500 deep in a generated column.
    "deep-expr": [
        "ALTER TABLE vendor ADD COLUMN x INTEGER GENERATED ALWAYS AS ("
        + "+".join(["1"] * 500) + ") VIRTUAL",
    ],
    # A column 100 MB long.
    "huge-value": [
        "ALTER TABLE vendor ADD COLUMN x BLOB GENERATED ALWAYS AS (zeroblob(100000000)) VIRTUAL",
    ],
    # One word of 1 MB in a vendor's description (text wrapping).
    "long-word": [
        "UPDATE vendor SET description = 'Start ' || replace(hex(zeroblob(500000)), '0', 'w')"
        " || ' end' WHERE id = 'carrier'",
    ],
    # Escape sequences (OSC 52 clipboard write, colours) and a bidi override.
    "escapes": [
        "UPDATE vendor SET description = 'Pwn' || char(27) || ']52;c;ZXZpbA==' || char(7)"
        " || char(27) || '[31mred' || char(0x202e) || 'txet' WHERE id = 'carrier'",
        "UPDATE vendor SET name = 'Carrier' || char(27) || '[2J' WHERE id = 'carrier'",
    ],
    # A chain of 100,000 question nodes ending in a loop: kb check's cycle
    # search must not overflow the stack.
    "long-chain": [
        "INSERT INTO tree(id, title, root_node, source) VALUES ('chain', 'c', 'n1', 'siptriage')",
        RECURSIVE.replace("FROM r)", "FROM r LIMIT 100000)")
        + " INSERT INTO node(tree, id, check_id, likely, yes_node, no_node)"
        " SELECT 'chain', 'n' || x, 'balance', 'yes', 'n' || (x + 1),"
        " CASE WHEN x = 100000 THEN 'n1' ELSE 'n' || (x + 1) END FROM r",
        "UPDATE node SET yes_node = 'n1' WHERE tree = 'chain' AND id = 'n100000'",
    ],
    # 6,000 defects: kb check lists a bounded number of them.
    "many-defects": [
        RECURSIVE.replace("FROM r)", "FROM r LIMIT 3000)")
        + " INSERT INTO note(vendor, topic, body, source) SELECT 'nosuch', 't', 'b', 'siptriage' FROM r",
    ],
}


def main():
    if len(sys.argv) != 4 or sys.argv[3] not in CASES and sys.argv[3] != "wal":
        sys.exit("usage: mkhostile.py BASE OUT CASE (%s, wal)" % ", ".join(sorted(CASES)))
    base, out, case = sys.argv[1:]
    shutil.copyfile(base, out)
    os.chmod(out, 0o644)
    con = sqlite3.connect(out, isolation_level=None)
    if case == "wal":
        # The file stays in WAL mode once closed; its -wal and -shm go.
        con.execute("PRAGMA journal_mode=WAL")
        con.close()
        return
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("BEGIN")
    for sql in CASES[case]:
        con.execute(sql)
    con.execute("COMMIT")
    con.close()


if __name__ == "__main__":
    main()
