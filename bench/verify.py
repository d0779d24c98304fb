#!/usr/bin/env python3
"""Compares a `selaras check --format json` report with the generator's manifest.

Usage: verify.py MANIFEST REPORT LIST_SIZE [RULE]
Expected findings are the planted occurrences whose term rank is below LIST_SIZE (the shorter
lists are prefixes of the longer ones). Prints one summary line and up to 5 differences each
way; exits 1 when the two differ.
"""

import json
import sys


def key(path, line, column, end_line, end_column, match):
    # Reports name files relative to where selaras ran; the manifest relative to the corpus.
    path = path[path.find("docs/"):] if "docs/" in path else path
    return (path, line, column, end_line, end_column, match)


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    manifest_path, report_path, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rule = sys.argv[4] if len(sys.argv) > 4 else None
    expected = set()
    with open(manifest_path, encoding="utf-8") as handle:
        for row in map(json.loads, handle):
            if row["rank"] < size:
                expected.add(key(row["path"], row["line"], row["column"], row["endLine"], row["endColumn"], row["match"]))
    with open(report_path, encoding="utf-8") as handle:
        report = json.load(handle)
    found = set()
    for finding in report.get("findings", []):
        if rule is None or finding["rule"] == rule:
            found.add(key(finding["path"], finding["line"], finding["column"], finding["endLine"],
                          finding["endColumn"], finding["match"]))
    missed = sorted(expected - found)
    extra = sorted(found - expected)
    verdict = "EXACT" if not missed and not extra else "DIFFERS"
    print("%s: %d planted, %d found, %d missed, %d unexpected" % (verdict, len(expected), len(found), len(missed), len(extra)))
    for label, rows in (("missed", missed), ("unexpected", extra)):
        for row in rows[:5]:
            print("  %s %s:%d:%d %r" % (label, row[0], row[1], row[2], row[5]))
    return 0 if verdict == "EXACT" else 1


if __name__ == "__main__":
    sys.exit(main())
