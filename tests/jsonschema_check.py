#!/usr/bin/env python3
"""jsonschema_check.py SCHEMA < DOCUMENT: checks DOCUMENT against the subset
of JSON Schema the project's schema files use (type, const, enum, required,
properties, additionalProperties, items, $ref to $defs, oneOf, minimum,
maximum, pattern).  Prints one line per problem; exit 1 when there is one.
Used by the tests so that no module outside the standard library is needed."""
import json
import re
import sys

TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "null": type(None)}


def is_type(value, name):
    if name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if name == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, TYPES[name])


def check(value, schema, root, path, problems):
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return check(value, root["$defs"][name], root, path, problems)
    if "oneOf" in schema:
        fits = 0
        for sub in schema["oneOf"]:
            errs = []
            check(value, sub, root, path, errs)
            fits += not errs
        if fits != 1:
            problems.append("%s: fits %d of oneOf" % (path, fits))
        return
    if "const" in schema and value != schema["const"]:
        problems.append("%s: %r is not %r" % (path, value, schema["const"]))
    if "enum" in schema and value not in schema["enum"]:
        problems.append("%s: %r not in %r" % (path, value, schema["enum"]))
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(is_type(value, t) for t in types):
            problems.append("%s: %r is not %s" % (path, value, "/".join(types)))
            return
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                problems.append("%s: no key %s" % (path, key))
        props = schema.get("properties", {})
        for key, sub in value.items():
            if key in props:
                check(sub, props[key], root, path + "." + key, problems)
            elif schema.get("additionalProperties") is False:
                problems.append("%s: key %s not in the schema" % (path, key))
    if isinstance(value, list) and "items" in schema:
        for i, sub in enumerate(value):
            check(sub, schema["items"], root, "%s[%d]" % (path, i), problems)
    if is_type(value, "number"):
        if "minimum" in schema and value < schema["minimum"]:
            problems.append("%s: %r below %r" % (path, value, schema["minimum"]))
        if "maximum" in schema and value > schema["maximum"]:
            problems.append("%s: %r above %r" % (path, value, schema["maximum"]))
    if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
        problems.append("%s: %r does not match %s" % (path, value, schema["pattern"]))


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    doc = json.load(sys.stdin)
    problems = []
    check(doc, schema, schema, "$", problems)
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
