#!/usr/bin/python3
"""Writes the Excel-written corpus (issue 12) at test time: appendix tables made by an
Excel-format writer (python3-xlsxwriter), the way submitted sheets mostly arrive, and
OUT/cases.json with each file's expected outcome, worked out from what is planted here
(never from the tool's output). Usage: make_excel.py OUT [SOFFICE PROFILE] (with SOFFICE:
also the .ods, .fods, .xls and .csv LibreOffice converts them into).

Every file holds the seed-001 layout with consistent values (corpus_cases.CLEAN_ROWS) as
Excel stores it: counts as numbers with a #,##0 format, ratios as fractions with a 0.00%
format, a two-row header with merged cells, STT as numbers where Excel makes them numbers
(1.1 -> 1,1), a title block above. The cases then change one thing each.
"""

import json
import os
import re
import subprocess
import sys
import unicodedata

import xlsxwriter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus_cases as C  # noqa: E402

SHEET = C.SHEET
HEADER_TOP = 4  # 0-based sheet row of the header's first row in CLEAN_ROWS ("STT")


def plain(text):
    """Vietnamese typed without diacritics: 'Tỷ lệ hoàn thành' -> 'Ty le hoan thanh'."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", text)
                   if unicodedata.category(ch) != "Mn")


def stt_cell(stt):
    """What Excel keeps of an STT typed into a General cell: '1' -> 1, '1.1' -> 1.1,
    '1.10' would lose its zero, so such ids stay text; '1.2.1' stays text."""
    if re.fullmatch(r"\d+", stt):
        return int(stt)
    if re.fullmatch(r"\d+\.\d+", stt) and not stt.endswith("0"):
        return float(stt)
    return stt


def write_book(path, rows, *, no_diacritics=False, first_col_empty=False, formulas=None,
               percent_values=None, text_format=None, dates=None):
    """rows: CLEAN_ROWS-like lists [STT, label, unit, value, note]. `formulas`: row id ->
    (numerator id, denominator id) for ratio cells written as formulas with their cached
    result; `percent_values`: row id -> stored fraction for a % cell (else the TSV value);
    `text_format`: row id -> "number" | "string", the value in a Text (@) cell, stored as
    a number or as the string of its digits (an Excel writer does either); `dates`: row id
    -> a date serial written in a dd/mm/yyyy cell."""
    dates = dates or {}
    formulas = formulas or {}
    percent_values = percent_values or {}
    text_format = text_format or {}
    book = xlsxwriter.Workbook(path)
    sheet = book.add_worksheet(SHEET)
    bold = book.add_format({"bold": True, "text_wrap": True, "border": 1, "align": "center",
                            "valign": "vcenter"})
    count = book.add_format({"num_format": "#,##0", "border": 1})
    percent = book.add_format({"num_format": "0.00%", "border": 1})
    text = book.add_format({"border": 1, "text_wrap": True})
    at_text = book.add_format({"num_format": "@", "border": 1})
    date = book.add_format({"num_format": "dd/mm/yyyy", "border": 1})
    c0 = 1 if first_col_empty else 0
    sheet.set_column(c0 + 1, c0 + 1, 60)
    where = {}  # row id -> A1 of its value cell
    values = {}  # row id -> its number
    for rid, sheet_row in C.ROW_OF.items():
        raw = rows[sheet_row - 1][3]
        kind, value, _ = C.A.typed(raw)
        if kind in ("float", "percent"):
            values[rid] = percent_values.get(rid, float(value) / (100 if kind == "percent" else 1))
        where[rid] = xlsxwriter.utility.xl_rowcol_to_cell(sheet_row - 1, c0 + 3)
    ids = {sheet_row - 1: rid for rid, sheet_row in C.ROW_OF.items()}
    for r, row in enumerate(rows):
        stt, label, unit, raw, note = row
        if no_diacritics:
            label, unit, note = plain(label), plain(unit), plain(note)
        if r == HEADER_TOP:  # the two-row header, merged as the template has it
            sheet.merge_range(r, c0, r + 1, c0, "STT", bold)
            sheet.merge_range(r, c0 + 1, r + 1, c0 + 1,
                              plain("Chỉ tiêu thống kê") if no_diacritics else "Chỉ tiêu thống kê",
                              bold)
            sheet.merge_range(r, c0 + 2, r, c0 + 3,
                              plain("Kết quả thống kê") if no_diacritics else "Kết quả thống kê",
                              bold)
            sheet.merge_range(r, c0 + 4, r + 1, c0 + 4,
                              plain("Ghi chú") if no_diacritics else "Ghi chú", bold)
            continue
        if r == HEADER_TOP + 1:
            sheet.write(r, c0 + 2, plain("Đơn vị tính") if no_diacritics else "Đơn vị tính", bold)
            sheet.write(r, c0 + 3, plain("Số liệu") if no_diacritics else "Số liệu", bold)
            continue
        if r < HEADER_TOP:  # title block
            if stt:
                sheet.write(r, c0, plain(stt) if no_diacritics else stt)
            continue
        sheet.write(r, c0, stt_cell(stt) if stt else "", text)
        sheet.write(r, c0 + 1, label, text)
        sheet.write(r, c0 + 2, unit, text)
        kind, value, _ = C.A.typed(raw)
        rid = ids.get(r)
        if rid in dates:
            sheet.write_number(r, c0 + 3, dates[rid], date)
        elif rid in text_format:
            number = float(value)
            if text_format[rid] == "number":
                sheet.write_number(r, c0 + 3, number, at_text)
            else:
                sheet.write_string(r, c0 + 3, "%g" % number, at_text)
        elif rid in formulas:
            num, den = formulas[rid]
            cached = values[num] / values[den] if values.get(den) else 0
            sheet.write_formula(r, c0 + 3, "=%s/%s" % (where[num], where[den]), percent, cached)
        elif kind == "percent":
            sheet.write_number(r, c0 + 3, percent_values.get(rid, float(value) / 100), percent)
        elif kind == "float":
            sheet.write_number(r, c0 + 3, float(value), count)
        elif kind == "empty":
            sheet.write_blank(r, c0 + 3, None, text)
        else:
            sheet.write(r, c0 + 3, value, text)
        if note:
            sheet.write(r, c0 + 4, note, text)
    book.close()


VALID = {"status": "valid", "findings": [], "exact": True}


def cases():
    """(file name, what it exercises, expected outcome, writer)."""
    rows = C.CLEAN_ROWS
    # 6.1 disbursement above plan: 150 000 of 136 284 million = 110,06 %, stored 1.1006…
    above = [list(r) for r in rows]
    above[C.ROW_OF["6.1.2"] - 1][3] = "150000"
    above[C.ROW_OF["6.1"] - 1][3] = "110.06%"
    ratio_rows = {"1.2": ("1.2.2", "1.2.1"), "6.1": ("6.1.2", "6.1.1"),
                  "3.3.1": ("3.3.1.b", "3.3.1.a")}
    not_reported = [list(r) for r in rows]
    not_reported[C.ROW_OF["3.1.1"] - 1][3] = "Chưa thực hiện"
    wrong = [list(r) for r in rows]
    wrong[C.ROW_OF["1.2"] - 1][3] = "60%"  # 28 of 56 tasks is 50 %
    return [
        ("excel-clean.xlsx",
         "control: the clean appendix as Excel writes it (numbers, 0.00% fractions, merged "
         "header, STT 1.1 as a number)",
         dict(VALID, rows_found=121, range="A5:E140"),
         lambda p: write_book(p, rows)),
        ("excel-ratio-above-100.xlsx",
         "a ratio above 100 % that matches its parts (6.1: 150 000 / 136 284, shown 110,06 %, "
         "stored 1,1006)",
         # the domain's rows say "warn above 100 %": warnings, shown as the cell shows the
         # value (110,06 %), and never an error on the ratio itself
         {"status": "valid", "exact": True, "forbid": ["ratio-mismatch"],
          "findings": [C.FINDING("percent-out-of-range", "warning", "6.1", C.d("6.1"),
                                 "110,06 %", "110,06 %"),
                       C.FINDING("part-exceeds-whole", "warning", "6.1.2", C.d("6.1.2"))]},
         lambda p: write_book(p, above, percent_values={"6.1": 150000 / 136284})),
        ("excel-formulas.xlsx",
         "ratio cells as formulas (=D11/D10) with cached results in 0.00% format",
         dict(VALID, rows_found=121),
         lambda p: write_book(p, rows, formulas=ratio_rows)),
        ("excel-no-diacritics.xlsx",
         "labels, header and units typed without diacritics, an empty first column",
         dict(VALID, rows_found=121, range="B5:F140"),
         lambda p: write_book(p, rows, no_diacritics=True, first_col_empty=True)),
        ("excel-text-format.xlsx",
         "digits in Text (@) cells: 1.1 stored as the number 15, 6.1.1 as the string "
         "\"136284\"; read as the numbers they are, each an info number-as-text",
         {"status": "valid", "exact": True, "rows_found": 121,
          "findings": [C.FINDING("number-as-text", "info", "1.1", C.d("1.1"),
                                 "định dạng Văn bản (@)", "formatted as Text (@)"),
                       C.FINDING("number-as-text", "info", "6.1.1", C.d("6.1.1"),
                                 "\"136284\" (đọc là 136.284)",
                                 "\"136284\" (read as 136.284)")]},
         lambda p: write_book(p, rows, text_format={"1.1": "number", "6.1.1": "string"})),
        ("excel-not-reported-and-date.xlsx",
         "3.1.1 holds \"Chưa thực hiện\" (text in a number cell), 4.1 a date (01/06/2023, "
         "serial 45078) in a dd/mm/yyyy cell",
         {"status": "invalid", "exact": True,
          "findings": [C.FINDING("not-reported", "warning", "3.1.1", C.d("3.1.1"),
                                 "Chưa thực hiện", "Chưa thực hiện"),
                       C.FINDING("date-value", "error", "4.1", C.d("4.1"), "01/06/2023",
                                 "01/06/2023")]},
         lambda p: write_book(p, not_reported, dates={"4.1": 45078})),
        ("excel-ratio-wrong.xlsx",
         "a %-formatted ratio that does not match its parts (1.2: 60 % for 28 / 56)",
         {"status": "invalid", "exact": True,
          "findings": [C.FINDING("ratio-mismatch", "error", "1.2", C.d("1.2"), "60 %", "60 %")]},
         lambda p: write_book(p, wrong)),
    ]


# The same files through every other path a submission takes: LibreOffice converts the
# Excel files into each format, and each copy must give the same verdict (issue 12: "the
# flat-ODS, .ods, .xlsx, .xls and .csv paths agree"). CSV keeps only the shown texts
# ("110.06%" as exported), so its messages quote them as typed: only codes and cells are
# compared there; a CSV has no merged header, so no range either.
CONVERTED = ["excel-ratio-above-100.xlsx", "excel-ratio-wrong.xlsx", "excel-text-format.xlsx"]
FORMATS = {"ods": "ods", "fods": "fods", "xls": "xls:MS Excel 97",
           "csv": 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true'}


# The converting office's locale: Vietnamese, as on the users' machines, so the CSV holds
# what a Vietnamese office exports ("150.000", "110,06%"). With en-US it would hold
# "150,000", which the Vietnamese reading takes as 150 (a known limit, see README).
VI_LOCALE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" \
xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" \
oor:op="fuse"><value>vi-VN</value></prop></item>
</oor:items>
"""


def convert(out, soffice, profile):
    """One soffice start per target format, each converting every CONVERTED file."""
    user = os.path.join(profile, "user")
    os.makedirs(user, exist_ok=True)
    with open(os.path.join(user, "registrymodifications.xcu"), "w", encoding="utf-8") as f:
        f.write(VI_LOCALE)
    for ext, filt in FORMATS.items():
        subprocess.run([soffice, "-env:UserInstallation=file://" + os.path.abspath(profile),
                        "--headless", "--norestore", "--convert-to", filt, "--outdir", out]
                       + [os.path.join(out, n) for n in CONVERTED],
                       timeout=120, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       text=True, check=False).check_returncode()
        for n in CONVERTED:
            target = os.path.join(out, os.path.splitext(n)[0] + "." + ext)
            if not os.path.exists(target):
                sys.exit("make_excel: soffice did not write %s" % target)


def converted_expect(expect, ext):
    if ext != "csv":
        return expect
    plain_expect = {k: v for k, v in expect.items() if k != "range"}
    # a CSV has no cell types or formats: digits are numbers, no number-as-text there
    plain_expect["findings"] = [{k: v for k, v in f.items() if k not in ("vi", "en")}
                                for f in expect["findings"] if f["code"] != "number-as-text"]
    return plain_expect


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    manifest = []
    for name, exercises, expect, write in cases():
        write(os.path.join(out, name))
        manifest.append({"file": name, "kind": "sheet", "exercises": exercises,
                         "expect": expect})
    if len(sys.argv) > 3:  # make_excel.py OUT SOFFICE PROFILE
        convert(out, sys.argv[2], sys.argv[3])
        for entry in list(manifest):
            if entry["file"] in CONVERTED:
                for ext in FORMATS:
                    stem = os.path.splitext(entry["file"])[0]
                    manifest.append({"file": stem + "." + ext, "kind": "sheet",
                                     "exercises": entry["exercises"] + ", converted to ." + ext,
                                     "expect": converted_expect(entry["expect"], ext)})
    with open(os.path.join(out, "cases.json"), "w", encoding="utf-8") as f:
        json.dump({"comment": "Written by tests/corpus/tools/make_excel.py", "cases": manifest},
                  f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
