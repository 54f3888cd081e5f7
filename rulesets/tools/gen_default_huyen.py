#!/usr/bin/env python3
"""Builds rulesets/default-huyen.json from appendix-rows.tsv (the rows of the
standard district appendix as found in seed 001, with the check each row's
meaning implies). Run from anywhere; rewrites the JSON next to this folder:

    python3 rulesets/tools/gen_default_huyen.py

The free-text "check" column is turned into typed checks by the patterns below;
a row whose check matches no pattern stops the script, so nothing is dropped
silently. Both this script and its output are checked in.
"""
import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "appendix-rows.tsv"
TARGET = HERE.parent / "default-huyen.json"

ID = r"\d+(?:\.\d+)*(?:\.[a-z])?"

# Rows whose value is cumulative over the year ("lũy kế" in the row or its group).
CUMULATIVE = ["1.2.2", "5.3.1", "5.3.2", "5.3.3", "5.3.4", "5.3.5", "5.3.6",
              "6.2.1", "6.2.2", "6.2.3.a", "6.2.3.b", "6.2.3.c", "6.2.4", "6.2.5"]
# A completion rate normally grows too, but a plan that grows can lower it: warn only.
CUMULATIVE_WARN = ["1.2"]
# Ratios that may legitimately pass 100 % (disbursement above plan): warn only.
RANGE_WARN = {"6.1"}


def parts_of(text):
    return [p.strip() for p in text.split("+")]


def checks_for(row, rows_by_id):
    """Typed checks for one row, from its free-text check column."""
    rid, text = row["id"], row["check"].strip()
    if not text:
        return []
    warn = "(warning)" in text
    sev = {"severity": "warning"} if warn else {}
    m = re.match(rf"^= ({ID}) / ({ID})", text)
    if m:
        rng = {"kind": "range", "row": rid, "min": 0, "max": 100}
        if rid in RANGE_WARN:
            rng["severity"] = "warning"
        return [{"kind": "ratio", "row": rid, "numerator": m[1], "denominator": m[2]}, rng]
    m = re.match(rf"^<= ({ID})$", text)
    if m:
        return [{"kind": "part-le-whole", "parts": [rid], "whole": m[1]}]
    m = re.match(rf"^({ID}(?: \+ {ID})+) <= ({ID})$", text)
    if m:
        return [{"kind": "part-le-whole", "parts": parts_of(m[1]), "whole": m[2]}]
    m = re.match(rf"^= ({ID}(?: \+ {ID})+)( when both are given)?", text)
    if m:
        check = {"kind": "sum-equals", "total": rid, "parts": parts_of(m[1])}
        if m[2]:
            check["require_all_parts"] = True
        return [{**check, **sev}]
    m = re.match(rf"^({ID}(?: \+ {ID})+) should equal ({ID})", text)
    if m:
        return [{"kind": "sum-equals", "row": rid, "total": m[2], "parts": parts_of(m[1]),
                 **sev}]
    if text.startswith("0..100"):
        return [{"kind": "range", "row": rid, "min": 0, "max": 100}]
    m = re.match(rf"^may exceed ({ID}) only rarely", text)
    if m:
        return [{"kind": "part-le-whole", "parts": [rid], "whole": m[1],
                 "severity": "warning"}]
    if text.startswith("one of the listed forms"):
        m = re.search(rf"required when ({ID}) > 0", text)
        values = [v.strip() for v in row["unit"].split(";") if v.strip()]
        return [{"kind": "one-of", "row": rid, "values": values, "severity": "warning"},
                {"kind": "required-if", "row": rid, "if": {"row": m[1], "op": ">", "value": 0},
                 "severity": "warning"}]
    if text.startswith("Có or Không"):
        return [{"kind": "one-of", "row": rid, "values": ["Có", "Không"]}]
    if text.startswith("<= number of communes") or text.startswith("printed with"):
        return []  # nothing in the table to check against / a layout note
    sys.exit(f"{SOURCE.name}: row {rid}: no pattern for check {text!r}")


def main():
    with SOURCE.open(encoding="utf-8") as f:
        source = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    rows, checks = [], []
    by_id = {r["id"]: r for r in source}
    for r in source:
        row = {"id": r["id"], "stt": r["printed_stt"], "label": r["text"], "kind": r["kind"]}
        if r["unit"]:
            row["unit"] = r["unit"]
        rows.append(row)
    checks.append({"kind": "integer", "row_kinds": ["count"],
                   "comment": "counts of documents, tasks, people are whole numbers"})
    checks.append({"kind": "non-negative", "row_kinds": ["count", "money", "ratio", "percent"]})
    for r in source:
        checks.extend(checks_for(r, by_id))
    checks.append({"kind": "cumulative", "rows": CUMULATIVE,
                   "comment": "lũy kế: must not decrease from the previous period"})
    checks.append({"kind": "cumulative", "rows": CUMULATIVE_WARN, "severity": "warning"})
    ruleset = {
        "$schema": "./ruleset.schema.json",
        "format": 1,
        "id": "default-huyen",
        "version": "2023.1",
        "title": {"vi": "Biểu thống kê số liệu CCHC cấp huyện (mặc định)",
                  "en": "District CCHC statistics appendix (default)"},
        "description": {
            "vi": "Dựng từ phụ lục báo cáo CCHC quý I/2023 của UBND huyện Ngân Sơn (Bắc Kạn).",
            "en": "Built from the Q1 2023 CCHC report appendix of Ngân Sơn district (Bắc Kạn)."},
        "level": "huyen",
        "province": "Bắc Kạn",
        "years": [2022, 2023],
        "rows": rows,
        "checks": checks,
        "grades": [
            {"min": 90, "label": {"vi": "Xuất sắc", "en": "Excellent"}},
            {"min": 80, "label": {"vi": "Tốt", "en": "Good"}},
            {"min": 70, "label": {"vi": "Khá", "en": "Fair"}},
            {"min": 50, "label": {"vi": "Trung bình", "en": "Average"}},
            {"min": 0, "label": {"vi": "Yếu", "en": "Weak"}},
        ],
    }
    text = json.dumps(ruleset, ensure_ascii=False, indent=2) + "\n"
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET} ({len(rows)} rows, {len(checks)} checks)")


if __name__ == "__main__":
    main()
