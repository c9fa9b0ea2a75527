#!/usr/bin/python3
"""json_schema.py: validates the program's json outputs against their JSON
Schemas, with Debian's python3-jsonschema; prints TAP (tests/json-schema.test).

Each kind of json output has a schema, data/json/siptriage.KIND.schema.json,
whose "schema" property is the constant "siptriage.KIND/N" every document of
that kind carries, and a list of commands producing it,
tests/json/siptriage.KIND.cmds: one command a line, the arguments after
`siptriage` in shell quoting, "{srcdir}" standing for the source tree, an
optional "< FILE" for standard input, "#" comments.  Every command must exit
0 and print one JSON document, or JSON lines, each of which must validate.
A kind with commands but no schema yet is skipped; a schema without
commands, or missing from JSON_SCHEMAS in Makefile.am, fails.

"format": "date-time" and "date" are checked as RFC 3339 (section 5.6)
here: Debian's jsonschema checks them only with optional modules.

usage: json_schema.py SCHEMA_DIR CMDS_DIR FIXTURE_DIR
environment: SIPTRIAGE (the program), SIPTRIAGE_WRAP (e.g. valgrind),
top_srcdir, JSON_SCHEMAS (the schema files Makefile.am installs).
"""
import datetime
import glob
import json
import os
import re
import shlex
import subprocess
import sys

import jsonschema

DRAFT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_FILE = re.compile(r"^siptriage\.([a-z][a-z0-9-]*)\.schema\.json$")
SCHEMA_ID = re.compile(r"^siptriage\.([a-z][a-z0-9-]*)/([1-9][0-9]*)$")
RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?"
    r"([Zz]|([+-])(\d{2}):(\d{2}))$")

n = 0
failed = 0


def ok(desc):
    global n
    n += 1
    print(f"ok {n} - {desc}")


def not_ok(desc, why=()):
    global n, failed
    n += 1
    failed += 1
    print(f"not ok {n} - {desc}")
    for line in why:
        for part in str(line).splitlines():
            print(f"# {part}")


def skip(desc, why):
    global n
    n += 1
    print(f"ok {n} - {desc} # SKIP {why}")


def check(desc, errors):
    if errors:
        not_ok(desc, errors)
    else:
        ok(desc)
    return not errors


formats = jsonschema.FormatChecker()


@formats.checks("date-time")
def rfc3339_date_time(value):
    if not isinstance(value, str):
        return True
    m = RFC3339.match(value)
    if not m:
        return False
    y, mo, d, h, mi, s = (int(m.group(i)) for i in range(1, 7))
    try:
        datetime.date(y, mo, d)
    except ValueError:
        return False
    if h > 23 or mi > 59 or s > 60:
        return False
    if m.group(9) and (int(m.group(10)) > 23 or int(m.group(11)) > 59):
        return False
    return True


@formats.checks("date")
def rfc3339_date(value):
    if not isinstance(value, str):
        return True
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def load_schema(path):
    """(kind, schema id, validator, errors) for the schema file at PATH."""
    name = os.path.basename(path)
    m = SCHEMA_FILE.match(name)
    if not m:
        return None, None, None, [f"{name}: not named siptriage.KIND.schema.json"]
    kind = m.group(1)
    try:
        with open(path, encoding="utf-8") as f:
            schema = json.load(f)
    except (OSError, ValueError) as e:
        return kind, None, None, [f"{name}: {e}"]
    errors = []
    if schema.get("$schema") != DRAFT:
        errors.append(f'{name}: "$schema" is not {DRAFT}')
    cls = jsonschema.validators.validator_for(schema)
    try:
        cls.check_schema(schema)
    except jsonschema.SchemaError as e:
        errors.append(f"{name}: not a valid JSON Schema: {e.message}")
    const = schema.get("properties", {}).get("schema", {}).get("const")
    m = SCHEMA_ID.match(const) if isinstance(const, str) else None
    if not m or m.group(1) != kind:
        errors.append(f'{name}: properties.schema.const is not "siptriage.{kind}/N"')
    if "schema" not in schema.get("required", []):
        errors.append(f'{name}: "schema" is not required')
    if schema.get("type") != "object":
        errors.append(f'{name}: the document is not declared an object')
    if errors:
        return kind, None, None, errors
    return kind, const, cls(schema, format_checker=formats), []


def check_document(validator, schema_id, doc):
    """The reasons DOC does not conform, most relevant first."""
    errors = []
    if not isinstance(doc, dict) or doc.get("schema") != schema_id:
        got = doc.get("schema") if isinstance(doc, dict) else type(doc).__name__
        errors.append(f'"schema" is {json.dumps(got)}, not "{schema_id}"')
    for e in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path)):
        where = "/".join(str(p) for p in e.absolute_path) or "(document)"
        errors.append(f"{where}: {e.message}")
    return errors


def parse_output(text):
    """The JSON documents in TEXT: one document, or JSON lines."""
    try:
        return [json.loads(text)]
    except ValueError:
        pass
    docs = []
    for i, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                docs.append(json.loads(line))
            except ValueError as e:
                raise ValueError(f"line {i}: {e}") from None
    if not docs:
        raise ValueError("no output")
    return docs


def read_commands(path, srcdir):
    """(line number, argv, stdin path or None) for each command in PATH."""
    cmds = []
    with open(path, encoding="utf-8") as f:
        for no, line in enumerate(f, 1):
            words = shlex.split(line.replace("{srcdir}", srcdir), comments=True)
            stdin = None
            if len(words) >= 2 and words[-2] == "<":
                stdin = words[-1]
                words = words[:-2]
            if words:
                cmds.append((no, words, stdin))
    return cmds


def run_command(argv, stdin):
    prog = os.environ["SIPTRIAGE"]
    wrap = shlex.split(os.environ.get("SIPTRIAGE_WRAP", ""))
    with open(stdin, "rb") if stdin else open(os.devnull, "rb") as inp:
        return subprocess.run(wrap + [prog] + argv, stdin=inp, capture_output=True)


def self_test(fixtures):
    """The checks bite: the fixture schema is accepted like a real one, the
    good document passes and every bad one fails for its own reason."""
    path = os.path.join(fixtures, "siptriage.fixture.schema.json")
    kind, schema_id, validator, errors = load_schema(path)
    if not check("self-test: the fixture schema loads like a real one", errors):
        return
    cases = sorted(glob.glob(os.path.join(fixtures, "fixture-*.json")))
    for case in cases:
        name = os.path.basename(case)
        with open(case, encoding="utf-8") as f:
            case_def = json.load(f)
        errors = check_document(validator, schema_id, case_def["document"])
        want = case_def.get("error")
        if want is None:
            check(f"self-test: {name} conforms", errors)
        elif any(want in e for e in errors):
            ok(f"self-test: {name} is refused ({want})")
        else:
            not_ok(f"self-test: {name} is refused ({want})", errors or ["it conforms"])
    if len(cases) < 2:
        not_ok("self-test: fixture documents present", [fixtures])


def main():
    schema_dir, cmds_dir, fixtures = sys.argv[1:4]
    srcdir = os.environ.get("top_srcdir", ".")
    listed = {os.path.basename(p) for p in os.environ.get("JSON_SCHEMAS", "").split()}

    self_test(fixtures)

    schemas = sorted(glob.glob(os.path.join(schema_dir, "*.schema.json")))
    kinds = set()
    for path in schemas:
        name = os.path.basename(path)
        kind, schema_id, validator, errors = load_schema(path)
        kinds.add(kind)
        if not check(f"{name}: a valid JSON Schema of kind {kind}", errors):
            continue
        check(f"{name}: installed (JSON_SCHEMAS in Makefile.am)",
              [] if name in listed else [f"add data/json/{name} to JSON_SCHEMAS"])
        cmds_path = os.path.join(cmds_dir, f"siptriage.{kind}.cmds")
        cmds = read_commands(cmds_path, srcdir) if os.path.exists(cmds_path) else []
        if not cmds:
            not_ok(f"{name}: commands producing it", [f"none in {cmds_path}"])
            continue
        for no, argv, stdin in cmds:
            desc = f"{kind}: siptriage {shlex.join(argv)}" + (f" < {os.path.basename(stdin)}" if stdin else "")
            r = run_command(argv, stdin)
            if r.returncode != 0:
                not_ok(desc, [f"exit {r.returncode}", r.stderr.decode(errors="replace")])
                continue
            try:
                docs = parse_output(r.stdout.decode("utf-8"))
            except ValueError as e:
                not_ok(desc, [f"not JSON: {e}"])
                continue
            errors = []
            for i, doc in enumerate(docs, 1):
                prefix = f"document {i}: " if len(docs) > 1 else ""
                errors += [prefix + e for e in check_document(validator, schema_id, doc)]
            check(f"{desc} ({len(docs)} document{'s' if len(docs) > 1 else ''})", errors[:20])

    for name in sorted(listed):
        check(f"JSON_SCHEMAS: {name} exists",
              [] if os.path.exists(os.path.join(schema_dir, name)) else ["no such file in data/json"])

    for cmds_path in sorted(glob.glob(os.path.join(cmds_dir, "siptriage.*.cmds"))):
        kind = os.path.basename(cmds_path)[len("siptriage."):-len(".cmds")]
        if kind not in kinds:
            skip(f"{kind}: commands ready", f"no data/json/siptriage.{kind}.schema.json yet")

    print(f"1..{n}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
