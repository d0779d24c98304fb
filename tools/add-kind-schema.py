#!/usr/bin/env python3
"""Registers a rule kind's params schema in schemas/rule.schema.json (kind enum + if/then entry).

Usage: tools/add-kind-schema.py KIND   (schemas/params/KIND.schema.json must exist)
"""
import json, sys, os

kind = sys.argv[1]
root = os.path.join(os.path.dirname(__file__), "..", "schemas")
assert os.path.exists(os.path.join(root, "params", f"{kind}.schema.json")), "write the params schema first"
path = os.path.join(root, "rule.schema.json")
schema = json.load(open(path))
enum = schema["properties"]["kind"]["enum"]
if kind not in enum:
    enum.append(kind)
entries = schema["allOf"]
if not any(e.get("if", {}).get("properties", {}).get("kind", {}).get("const") == kind for e in entries):
    entries.append({
        "if": {"properties": {"kind": {"const": kind}}, "required": ["kind"]},
        "then": {"properties": {"params": {"$ref": f"params/{kind}.schema.json"}}, "required": ["params"]},
    })
with open(path, "w") as f:
    json.dump(schema, f, indent=2, ensure_ascii=False)
    f.write("\n")
