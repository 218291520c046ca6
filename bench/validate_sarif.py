#!/usr/bin/env python3
"""Validates `retro lint --format sarif` output against bench/sarif_subset_schema.json (offline).

usage: retro lint docs --format sarif --fail-level none | python3 bench/validate_sarif.py
       python3 bench/validate_sarif.py retro-lint.sarif
"""
import json
import pathlib
import sys

import jsonschema

schema = json.loads((pathlib.Path(__file__).parent / "sarif_subset_schema.json").read_text())
document = json.loads(pathlib.Path(sys.argv[1]).read_text()) if len(sys.argv) > 1 else json.load(sys.stdin)
jsonschema.validate(document, schema)
results = document["runs"][0].get("results", [])
rules = document["runs"][0]["tool"]["driver"]["rules"]
assert document["runs"][0]["tool"]["driver"].get("version"), "tool.driver.version is missing"
fingerprints = set()
for result in results:
    assert rules[result["ruleIndex"]]["id"] == result["ruleId"], result
    fingerprint = tuple(sorted(result.get("partialFingerprints", {}).items()))
    assert fingerprint, f"no partialFingerprints: {result}"
    assert fingerprint not in fingerprints, f"two results share a fingerprint: {result}"
    fingerprints.add(fingerprint)
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert not any(c in uri for c in " #?[]\"") and all(ord(c) < 128 for c in uri), f"uri is not percent-encoded: {uri}"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["endLine"], region["endColumn"]) > (region["startLine"], region["startColumn"]), region
print(f"valid: {len(results)} results, {len(rules)} rules")
