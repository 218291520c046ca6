#!/usr/bin/env python3
"""Validates `retro lint --format sarif` output against bench/sarif_subset_schema.json (offline).

usage: retro lint docs --format sarif --fail-level none | python3 bench/validate_sarif.py
"""
import json
import pathlib
import sys

import jsonschema

schema = json.loads((pathlib.Path(__file__).parent / "sarif_subset_schema.json").read_text())
document = json.load(sys.stdin)
jsonschema.validate(document, schema)
results = document["runs"][0].get("results", [])
rules = document["runs"][0]["tool"]["driver"]["rules"]
for result in results:
    assert rules[result["ruleIndex"]]["id"] == result["ruleId"], result
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["endLine"], region["endColumn"]) > (region["startLine"], region["startColumn"]), region
print(f"valid: {len(results)} results, {len(rules)} rules")
