#!/usr/bin/python3
"""The bad-input corpus of issue 6: every case, how its file is made, and what a
reviewer must see (the manifest tests/corpus/cases.json is written from here).

Sheets start from the seed-001 appendix (tests/data/ngan-son-q1-2023.tsv: its
layout, labels, page-break headers) filled with the consistent CLEAN values of
sample_sheets/tools/appendix_fods.py, so a planted defect is the only problem
and its finding can be named exactly. Expected cells come from the TSV layout
(the table's header at A5, one sheet row per TSV row), never from the tool.

Standard library only; imports appendix_fods.py (the flat ODF writer of the
sample sheets). Used by make_corpus (checked-in files) and make_big.py (the
10^5-row sheets and the 50 MB rule file, written at test time).
"""

import copy
import json
import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "sample_sheets", "tools"))
import appendix_fods as A  # noqa: E402

TSV = os.path.join(ROOT, "tests", "data", "ngan-son-q1-2023.tsv")
SHEET, SEED_ROWS = A.read_tsv(TSV)
CLEAN_ROWS = A.with_values(SEED_ROWS, A.CLEAN, A.CLEAN_NOTES, A.CLEAN_TITLES)
PREVIOUS_ROWS = A.with_values(SEED_ROWS, A.PREVIOUS, A.CLEAN_NOTES, A.PREVIOUS_TITLES)
IDS = A.label_rows(CLEAN_ROWS)
# Sheet row (1-based) of each row id when the table's header starts at A5.
ROW_OF = {rid: i + 1 for i, (kind, rid) in enumerate(IDS) if kind in ("numbered", "sub")}


def d(rid, offset=0):
    """The value cell of a row id: column D of its sheet row."""
    return "D%d" % (ROW_OF[rid] + offset)


def index_of(rid):
    return ROW_OF[rid] - 1


def with_values(values, rows=CLEAN_ROWS):
    """CLEAN rows with some values replaced (TSV typing: '#DIV/0!' is an error cell...)."""
    out = [list(r) for r in rows]
    for rid, raw in values.items():
        out[index_of(rid)][3] = raw
    return out


# --------------------------------------------------------------------------
# Flat ODF with per-row tweaks (hidden rows, merged cells, formulas)

def sheet_xml(name, body, hidden=()):
    out = ['<table:table table:name="%s" table:style-name="ta1">' % A.escape(name, {'"': "&quot;"})]
    for col in A.APPENDIX_COLUMNS:
        out.append('<table:table-column table:style-name="%s" '
                   'table:default-cell-style-name="Default"/>' % col)
    for i, (page_break, cells) in enumerate(body):
        attrs = ' table:style-name="%s"' % ("ro2" if page_break else "ro1")
        if i in hidden:
            attrs += ' table:visibility="collapse"'
        out.append('<table:table-row%s>%s</table:table-row>'
                   % (attrs, "".join(cells) or "<table:table-cell/>"))
    out.append("</table:table>")
    return "\n".join(out)


def fods(sheets, tweak=None):
    """sheets: [(name, rows, hidden row indexes)]; tweak(styles, sheet index, body) may
    rewrite cells. Returns the flat ODF text."""
    styles = A.Styles()
    tables = []
    for n, (name, rows, hidden) in enumerate(sheets):
        body = [(pb, list(cells)) for pb, cells in A.appendix_rows(styles, rows)]
        if tweak:
            tweak(styles, n, body)
        tables.append(sheet_xml(name, body, set(hidden)))
    return A.document(styles, tables)


def merge_tweak(styles, n, body):
    """Group rows (1..7) carry their label merged across B:E; the value of 4.5.3 is merged
    down over 4.5.4 (one number typed for two rows); the note column E is merged over
    1.4.1-1.4.4."""
    for i, (kind, rid) in enumerate(IDS):
        if kind == "numbered" and rid.isdigit():
            cells = body[i][1]
            label = CLEAN_ROWS[i][1]
            cells[1] = A.text_cell(styles.cell_style(True, False), label, None, styles, colspan=4)
            cells[2:5] = [A.covered()] * 3
    top, below = index_of("4.5.3"), index_of("4.5.4")
    st = styles.cell_style(False, False, "center")
    body[top][1][3] = ('<table:table-cell table:style-name="%s" table:number-rows-spanned="2" '
                       'office:value-type="float" office:value="6" calcext:value-type="float">'
                       '<text:p>6</text:p></table:table-cell>' % st)
    body[below][1][3] = A.covered()
    first = index_of("1.4.1")
    body[first][1][4] = A.text_cell(st, "Số liệu của Văn phòng HĐND-UBND", None, styles,
                                    rowspan=4)
    for i in range(first + 1, first + 4):
        body[i][1][4] = A.covered()


def formula_tweak(styles, n, body):
    """Ratios and totals typed as formulas (with Calc's cached results), as units do."""
    pct = styles.cell_style(False, False, "center", data="P0")
    num = styles.cell_style(False, False, "center")

    def formula(rid, text, kind, value, shown, style):
        body[index_of(rid)][1][3] = (
            '<table:table-cell table:style-name="%s" table:formula="%s" office:value-type="%s" '
            'office:value="%s" calcext:value-type="%s"><text:p>%s</text:p></table:table-cell>'
            % (style, A.escape(text, {'"': "&quot;"}), kind, value, kind, shown))

    formula("1.2", "of:=[.%s]/[.%s]" % (d("1.2.2"), d("1.2.1")), "percentage", "0.5", "50%", pct)
    formula("1.3.4", "of:=[.%s]/[.%s]" % (d("1.3.3"), d("1.3.2")), "percentage", "0.75", "75%",
            pct)
    formula("2.2", "of:=[.%s]+[.%s]" % (d("2.2.1.a"), d("2.2.1.b")), "float", "4", "4", num)
    formula("3.1.4", "of:=SUM([.%s:.%s])" % (d("3.1.4.a"), d("3.1.4.b")), "float", "375", "375",
            num)
    formula("4.5.1", "of:=SUM([.%s:.%s])" % (d("4.5.2"), d("4.5.4")), "float", "72", "72", num)


def second_table_rows(gap):
    """The clean quý II table, `gap` blank rows, then the unit's quý I table pasted below."""
    return CLEAN_ROWS + [[""] * 5] * gap + PREVIOUS_ROWS


def split_rows():
    """Groups 1-4 on the first sheet; 5-7 on a second sheet under their own header."""
    cut = index_of("5")
    header = [r for r in CLEAN_ROWS[:6] if A.is_header(r)]
    return CLEAN_ROWS[:cut], header + CLEAN_ROWS[cut:]


def moved_rows():
    """Group 3 (with its sub-rows and page-break header) moved after group 6."""
    g3, g4, g7 = index_of("3"), index_of("4"), index_of("7")
    rows = CLEAN_ROWS
    return rows[:g3] + rows[g4:g7] + rows[g3:g4] + rows[g7:]


def swapped_rows():
    """1.4.1-1.4.4 typed in reverse order (numbered rows only: matched by STT)."""
    a = index_of("1.4.1")
    rows = [list(r) for r in CLEAN_ROWS]
    rows[a:a + 4] = rows[a:a + 4][::-1]
    return rows


def blank_template_rows():
    return with_values({rid: "" for rid in ROW_OF})


# --------------------------------------------------------------------------
# Cases. kind "sheet": file, source (how made), convert (format soffice writes;
# None = the flat file itself), expect. kind "ruleset": file, expect.
#
# expect: status valid | invalid | unreadable; findings: [code, severity, row, cell
# (sheet cell; "" for none: the report writes null, and so does the manifest), optional
# message fragment vi, en]; exact: no other error or
# warning finding may appear; reason: [vi fragment, en fragment] for unreadable files;
# range / rows_found where the table's extent is the point.

FINDING = lambda code, severity, row, cell, vi=None, en=None: \
    dict(dict(code=code, severity=severity, row=row or None, cell=cell or None),
         **{k: v for k, v in dict(vi=vi, en=en).items() if v is not None})

VALID_EXACT = {"status": "valid", "findings": [], "exact": True}
DAMAGED = ["bị hỏng", "damaged"]
NOT_SHEET = ["không phải bảng tính", "not a spreadsheet"]


def sheet_cases():
    c = []

    def add(name, convert, exercises, expect, source):
        c.append(dict(file=name, kind="sheet", convert=convert, exercises=exercises,
                      expect=expect, source=source))

    clean = lambda: fods([(SHEET, CLEAN_ROWS, ())])
    add("00-clean-baseline.ods", "ods", "control: the seed layout with consistent values",
        dict(VALID_EXACT, rows_found=121, range="A5:E140"), clean)

    def planted(values, hidden=()):
        return lambda: fods([(SHEET, with_values(values), hidden)])

    # Text and Calc errors in number cells.
    add("text-in-count.ods", "ods", "text in a count cell (1.1 = \"mười lăm\")",
        dict(status="invalid", exact=True, findings=[
            FINDING("not-a-number", "error", "1.1", d("1.1"), "mười lăm", "mười lăm")]),
        planted({"1.1": "mười lăm"}))
    add("text-in-count.csv", "csv", "\"not known yet\" in a count cell, CSV (3.1.1 = \"Chưa có "
        "đánh giá\"): no number given, a warning quoting the text (issue 12)",
        dict(status="valid", exact=True, findings=[
            FINDING("not-reported", "warning", "3.1.1", d("3.1.1"), "Chưa có đánh giá",
                    "Chưa có đánh giá")]),
        planted({"3.1.1": "Chưa có đánh giá"}))
    add("text-in-count.xls", "xls", "text in a count cell, Excel 97 (4.1 = \"khoảng 11\")",
        dict(status="invalid", exact=True, findings=[
            FINDING("not-a-number", "error", "4.1", d("4.1"), "khoảng 11")]),
        planted({"4.1": "khoảng 11"}))
    add("div0-in-count.ods", "ods", "#DIV/0! in a count cell (1.1)",
        dict(status="invalid", exact=True, findings=[
            FINDING("not-a-number", "error", "1.1", d("1.1"), "lỗi công thức", "formula error")]),
        planted({"1.1": "#DIV/0!"}))
    add("div0-in-percent.xlsx", "xlsx", "#DIV/0! in a percentage cell (1.3.4), .xlsx",
        dict(status="invalid", exact=True, findings=[
            FINDING("not-a-number", "error", "1.3.4", d("1.3.4"), "#DIV/0!", "#DIV/0!")]),
        planted({"1.3.4": "#DIV/0!"}))
    add("ref-in-count.xlsx", "xlsx", "#REF! in a count cell (3.1.1), .xlsx",
        dict(status="invalid", exact=True, findings=[
            FINDING("not-a-number", "error", "3.1.1", d("3.1.1"), "#REF!", "#REF!")]),
        planted({"3.1.1": "#REF!"}))
    add("ref-in-money.fods", None, "#REF! in a money cell (6.1.1), flat ODF",
        dict(status="invalid", exact=True, findings=[
            FINDING("not-a-number", "error", "6.1.1", d("6.1.1"), "#REF!", "#REF!")]),
        planted({"6.1.1": "#REF!"}))
    add("errors-mixed.xls", "xls", "#N/A, #NAME? (stored by Excel 97 as #N/A) and #DIV/0! in three rows",
        dict(status="invalid", exact=True, findings=[
            FINDING("not-a-number", "error", "2.1", d("2.1"), "#N/A"),
            # Excel 97 cannot store an unknown function: the .xls holds #N/A there.
            FINDING("not-a-number", "error", "4.3", d("4.3"), "(#N/A)", "(#N/A)"),
            FINDING("not-a-number", "error", "7.2.4", d("7.2.4"), "#DIV/0!")]),
        planted({"2.1": "#N/A", "4.3": "#NAME?", "7.2.4": "#DIV/0!"}))

    # Layout: merged cells, hidden rows, split, order, second table.
    add("merged-cells.ods", "ods",
        "group labels merged across B:E, one value merged over 4.5.3-4.5.4, notes merged",
        dict(status="valid", exact=True, findings=[
            FINDING("empty-value", "warning", "4.5.4", d("4.5.4"))]),
        lambda: fods([(SHEET, CLEAN_ROWS, ())], merge_tweak))
    add("merged-cells.xlsx", "xlsx", "the same merged cells, .xlsx",
        dict(status="valid", exact=True, findings=[
            FINDING("empty-value", "warning", "4.5.4", d("4.5.4"))]),
        lambda: fods([(SHEET, CLEAN_ROWS, ())], merge_tweak))
    hidden = [index_of(r) for r in ("1.4.1", "1.4.2", "1.4.3", "1.4.4")]
    add("hidden-rows.ods", "ods", "rows 1.4.1-1.4.4 hidden; 1.4.2 = \"bảy\" in a hidden row",
        dict(status="invalid", exact=True, findings=[
            FINDING("not-a-number", "error", "1.4.2", d("1.4.2"), "bảy")]),
        planted({"1.4.2": "bảy"}, hidden))
    add("hidden-rows-clean.xlsx", "xlsx", "rows 3.1.1-3.1.4.b hidden, values fine: read as usual",
        dict(VALID_EXACT, rows_found=121),
        planted({}, [index_of(r) for r in ("3.1.1", "3.1.2", "3.1.3", "3.1.4", "3.1.4.a",
                                           "3.1.4.b")]))
    first, second = split_rows()
    split_sheet = "Phụ lục (tiếp)"
    split_missing = ["5.1.1", "6.1", "7.2.5.b"]
    cut = index_of("5")

    def on_second(rid):  # its cell on the second sheet: two header rows, then group 5...
        return "%s!D%d" % (split_sheet, 2 + index_of(rid) - cut + 1)
    add("split-two-sheets.ods", "ods",
        "groups 1-4 on \"Phụ lục\", groups 5-7 on \"Phụ lục (tiếp)\"",
        dict(status="invalid", sheet=SHEET, rows_found=sum(1 for i in ROW_OF.values() if i < ROW_OF["5"]),
             findings=[FINDING("missing-row", "error", r, "", on_second(r), on_second(r))
                       for r in split_missing]),
        lambda: fods([(SHEET, first, ()), (split_sheet, second, ())]))
    add("rows-out-of-order.ods", "ods", "group 3 moved after group 6 (matched by STT)",
        dict(VALID_EXACT, rows_found=121), lambda: fods([(SHEET, moved_rows(), ())]))
    add("rows-reversed.csv", "csv", "1.4.1-1.4.4 in reverse order, CSV",
        dict(VALID_EXACT, rows_found=121), lambda: fods([(SHEET, swapped_rows(), ())]))
    gap_top = len(CLEAN_ROWS) + 4 + 5  # header of the second table (1-based)
    add("second-appendix-gap.ods", "ods",
        "the quý I table pasted 4 blank rows below the quý II table",
        dict(status="valid", range="A5:E140", rows_found=121, findings=[
            FINDING("second-table", "warning", "", "A%d" % gap_top, "A%d" % gap_top,
                    "A%d" % gap_top)]),
        lambda: fods([(SHEET, second_table_rows(4), ())]))
    adj_top = len(CLEAN_ROWS) + 1 + 5
    add("second-appendix-adjacent.xlsx", "xlsx",
        "the quý I table pasted 1 blank row below (its titles and header follow at once)",
        dict(status="valid", range="A5:E140", rows_found=121, findings=[
            FINDING("second-table", "warning", "", "A%d" % adj_top, "A%d" % adj_top)],
             forbid=["duplicate-row", "unexpected-row"]),
        lambda: fods([(SHEET, second_table_rows(1), ())]))

    # Formulas instead of values.
    add("formulas.ods", "ods", "1.2, 1.3.4, 2.2, 3.1.4, 4.5.1 are formulas (cached results)",
        dict(VALID_EXACT, rows_found=121), lambda: fods([(SHEET, CLEAN_ROWS, ())], formula_tweak))
    add("formulas.xlsx", "xlsx", "the same formulas, .xlsx",
        dict(VALID_EXACT, rows_found=121), lambda: fods([(SHEET, CLEAN_ROWS, ())], formula_tweak))

    # Empty and blank.
    add("blank-template.ods", "ods", "the table with every value empty (a blank template)",
        dict(status="valid", exact=True, findings=[
            FINDING("empty-value", "warning", "", "", "A5:E140", "A5:E140")]),
        lambda: fods([(SHEET, blank_template_rows(), ())]))
    add("no-table.xlsx", "xlsx", "a workbook holding only the cover letter",
        dict(status="invalid", exact=True, findings=[
            FINDING("table-not-found", "error", "", "", "Bìa")]),
        lambda: A.document(A.Styles(), [A.table_xml("Bìa", ["coW", "coN", "coW"], [
            (False, ["<table:table-cell office:value-type=\"string\"><text:p>%s</text:p>"
                     "</table:table-cell>" % A.escape(l[0])]) for l in A.COVER if l])]))
    for name, reason in (("empty.ods", ["rỗng", "empty"]), ("empty.xlsx", ["rỗng", "empty"]),
                         ("empty.csv", ["rỗng", "empty"])):
        add(name, "empty", "0 bytes", dict(status="unreadable", reason=reason), None)
    add("truncated.ods", "truncate:ods", "the clean .ods cut in half",
        dict(status="unreadable", reason=DAMAGED), clean)
    add("truncated.xlsx", "truncate:xlsx", "the clean .xlsx cut in half",
        dict(status="unreadable", reason=DAMAGED), clean)
    add("truncated.xls", "truncate:xls", "the clean .xls cut after 6 KB",
        dict(status="unreadable", reason=DAMAGED), clean)
    add("password.ods", "password", "password-protected .ods (real ODF encryption)",
        dict(status="unreadable", reason=["mật khẩu", "password-protected"]), clean)
    add("locked-by-other.ods", "locked", "open in Calc by another user (.~lock file beside it)",
        dict(status="unreadable", reason=["Nguyễn Văn An", "Nguyễn Văn An"]), clean)
    add("text-renamed.xlsx", "text", "a plain text e-mail saved as .xlsx",
        dict(status="unreadable", reason=["văn bản thường", "plain text"]), None)
    add("docx-renamed.xls", "docx", "a Word document renamed .xls",
        dict(status="unreadable", reason=NOT_SHEET), None)
    add("png-renamed.ods", "png", "a PNG image renamed .ods",
        dict(status="unreadable", reason=NOT_SHEET), None)
    return c


# --------------------------------------------------------------------------
# Rule files: default-huyen.json with one defect planted.

def default_ruleset():
    with open(os.path.join(ROOT, "rulesets", "default-huyen.json"), encoding="utf-8") as f:
        return json.load(f)


def check_index(rs, pred):
    return next(i for i, c in enumerate(rs["checks"]) if pred(c))


def ruleset_cases():
    c = []

    def add(name, exercises, path, vi, en, mutate=None, text=None):
        c.append(dict(file=name, kind="ruleset", exercises=exercises,
                      expect=dict(path=path, vi=vi, en=en), mutate=mutate, text=text))

    def m(fn):
        def apply():
            rs = default_ruleset()
            fn(rs)
            return json.dumps(rs, ensure_ascii=False, indent=1) + "\n"
        return apply

    add("wrong-type-rows.json", "\"rows\" is a string", "$.rows", "mảng", "array",
        m(lambda rs: rs.update(rows="1.1")))
    add("wrong-type-format.json", "\"format\" is the text \"1\"", "$.format", "số nguyên",
        "integer", m(lambda rs: rs.update(format="1")))
    add("wrong-type-label.json", "a row label is a number", "$.rows[1].label", "chuỗi",
        "string", m(lambda rs: rs["rows"][1].update(label=42)))
    i_range = check_index(default_ruleset(), lambda c: c["kind"] == "range")
    add("wrong-type-range-min.json", "a range check's min is the text \"0\"",
        "$.checks[%d].min" % i_range, "số", "number",
        m(lambda rs: rs["checks"][i_range].update(min="0")))
    add("wrong-type-parts.json", "sum-equals parts is one id, not a list",
        "$.checks[20].parts", "mảng", "array",
        m(lambda rs: rs["checks"][20].update(parts="3.1.4.a")))
    add("wrong-severity.json", "severity \"fatal\"", "$.checks[9].severity", "mức độ", "severity",
        m(lambda rs: rs["checks"][9].update(severity="fatal")))
    add("unknown-check-kind.json", "check kind \"sum\" (the loader knows sum-equals)",
        "$.checks[20].kind", "sum", "unknown check kind", m(lambda rs: rs["checks"][20].update(kind="sum")))
    add("unknown-check-kind-typo.json", "check kind \"ratios\"", "$.checks[2].kind", "ratios",
        "unknown check kind", m(lambda rs: rs["checks"][2].update(kind="ratios")))
    add("unknown-row-in-check.json", "a ratio's numerator names row 9.9.9",
        "$.checks[2].numerator", "9.9.9", "9.9.9",
        m(lambda rs: rs["checks"][2].update(numerator="9.9.9")))
    add("cycle-two-sums.json", "4.3 = 6.2.1 + ... and 6.2.1 = 4.3 + 4.1: a cycle",
        "$.checks[", "vòng lặp qua dòng", "cycle through row",
        m(lambda rs: rs["checks"].append({"kind": "sum-equals", "total": "6.2.1",
                                          "parts": ["4.3", "4.1"]})))
    add("cycle-self-sum.json", "3.1.4 = 3.1.4.a + 3.1.4 (a total in its own parts)",
        "$.checks[20]", "vòng lặp qua dòng \"3.1.4\"", "cycle through row \"3.1.4\"",
        m(lambda rs: rs["checks"][20].update(parts=["3.1.4.a", "3.1.4"])))
    add("syntax-truncated.json", "the file cut in the middle of a string", "$", "dòng:cột",
        "line:column", text=lambda: json.dumps(default_ruleset(), ensure_ascii=False,
                                               indent=1)[:4000])
    add("empty.json", "0 bytes", "$", "rỗng", "empty", text=lambda: "")
    add("ods-renamed.json", "a spreadsheet (zip) renamed .json", "$", "dòng:cột", "line:column",
        text=None)
    add("huge-50mb.json", "50 MB: rows repeated (generated at test time)", "$",
        "quá lớn", "too large", text=None)
    return c


def manifest():
    cases = []
    for case in sheet_cases() + ruleset_cases():
        entry = {k: v for k, v in case.items() if k in ("file", "kind", "exercises", "expect")}
        if case["file"].startswith("100k-") or case["file"] == "huge-50mb.json":
            entry["generated"] = True
        cases.append(entry)
    cases += [dict(c, generated=True) for c in big_sheet_cases()]
    return {"comment": "Written by tests/corpus/tools/make_corpus (corpus_cases.py); "
                       "see tests/corpus/README.md",
            "cases": cases}


def big_sheet_cases():
    """Made at test time by make_big.py (not checked in)."""
    return [
        dict(file="100k-rows-below.fods", kind="sheet",
             exercises="the clean table, then a 100 000-row list of cases below it",
             expect=dict(VALID_EXACT, rows_found=121, range="A5:E140")),
        dict(file="100k-rows-above.csv", kind="sheet",
             exercises="100 000 log rows, then the table (header at A100005)",
             expect=dict(VALID_EXACT, rows_found=121, range="A100005:E100140")),
    ]
