#!/usr/bin/python3
"""Writes the ParCalc templates as flat ODF (.fods), from the rule sets:

  mau-phu-luc.fods       a clean, blank statistics appendix laid out like the real
                         one (rows of rulesets/default-huyen.json); ratio rows are
                         formulas of their parts, so units keep filling the counts
  mau-tu-danh-gia.fods   a blank self-assessment sheet (criteria of the scoring
                         rule set, rulesets/example-huyen-diem.json) wired to
                         PARPOINTS / PARSCORE / PARGRADE, with the appendix as a
                         second sheet feeding the criteria's data

and, with --tests DIR, the test files made from them:

  mau-tu-danh-gia-kiem-tra.fods   the template with the appendix and the manual
                                  data filled, and a self-check sheet (fods_check)
  seed-000-dak-song.fods          seed 000's self-assessment (fields 64,7, total
                                  written 65,7 / 90): `parcalc score` must flag it
  seed-002-kon-ray.fods           seed 002's field 6 (written 10 / 13, its
                                  sub-criteria give 11,09) and total 89,21 / 97

Standard library only. sample_sheets/tools/make_templates runs it and converts
the templates with soffice --convert-to (.ods, and .xlsx for the appendix).
"""

import argparse
import json
import os
from xml.sax.saxutils import escape

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
APPENDIX_RULESET = os.path.join(ROOT, "rulesets", "default-huyen.json")
SCORING_RULESET = os.path.join(ROOT, "rulesets", "example-huyen-diem.json")
F = "ORG.PARCALC.FUNCTIONS."
APPENDIX_SHEET = "Phụ lục"
SELF_SHEET = "Tự đánh giá"
NOT_APPLICABLE = "Không áp dụng"  # what PARPOINTS shows for an excluded criterion

# --------------------------------------------------------------------------
# Flat ODF pieces

# Automatic style names: at least three characters. LibreOffice 7.4 reuses imported
# names on export and cuts a two-letter prefix off them: a style named "t" crashes
# the conversion (std::out_of_range in libsclo).
STYLES = """<office:automatic-styles>
 <number:number-style style:name="Nint" number:language="vi" number:country="VN"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
 <number:number-style style:name="Npts" number:language="vi" number:country="VN"><number:number number:decimal-places="3" number:min-decimal-places="0" number:min-integer-digits="1"/></number:number-style>
 <number:percentage-style style:name="Npct" number:language="vi" number:country="VN"><number:number number:decimal-places="2" number:min-decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
 <style:style style:name="col-stt" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
 <style:style style:name="col-label" style:family="table-column"><style:table-column-properties style:column-width="11cm"/></style:style>
 <style:style style:name="col-unit" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
 <style:style style:name="col-value" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
 <style:style style:name="col-note" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
 <style:style style:name="col-num" style:family="table-column"><style:table-column-properties style:column-width="2.2cm"/></style:style>
 <style:style style:name="col-wide" style:family="table-column"><style:table-column-properties style:column-width="9cm"/></style:style>
 <style:style style:name="title" style:family="table-cell"><style:text-properties fo:font-weight="bold" fo:font-size="12pt"/></style:style>
 <style:style style:name="note" style:family="table-cell"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="head" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="middle" fo:background-color="#e6e6e6"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="top"/></style:style>
 <style:style style:name="cellb" style:family="table-cell" style:parent-style-name="cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="top"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="celli" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:wrap-option="wrap" style:vertical-align="top"/><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="int" style:family="table-cell" style:data-style-name="Nint"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="pct" style:family="table-cell" style:data-style-name="Npct"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="pts" style:family="table-cell" style:data-style-name="Npts"><style:table-cell-properties fo:border="0.5pt solid #000000"/></style:style>
 <style:style style:name="ptsb" style:family="table-cell" style:data-style-name="Npts"><style:table-cell-properties fo:border="0.5pt solid #000000"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="input" style:family="table-cell" style:data-style-name="Npts"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:background-color="#fff2cc"/></style:style>
 <style:style style:name="grey" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:background-color="#f2f2f2"/></style:style>
 <style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>"""

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<!-- {comment} -->
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
"""


def attr(text):
    return escape(text, {'"': "&quot;"})


def text_cell(text, style="cell", span=1, rows=1):
    extra = ""
    if span > 1:
        extra += f' table:number-columns-spanned="{span}"'
    if rows > 1:
        extra += f' table:number-rows-spanned="{rows}"'
    if text == "":
        return f'<table:table-cell table:style-name="{style}"{extra}/>'
    paras = "".join(f"<text:p>{escape(p)}</text:p>" for p in text.split("\n"))
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string"{extra}>'
            f"{paras}</table:table-cell>")


def num_cell(value, style="pts"):
    if value is None:
        return f'<table:table-cell table:style-name="{style}"/>'
    if isinstance(value, str):
        return text_cell(value, style)
    return f'<table:table-cell table:style-name="{style}" office:value-type="float" office:value="{value!r}"/>'


def formula_cell(formula, style="pts"):
    return f'<table:table-cell table:style-name="{style}" table:formula="{attr("of:=" + formula)}"/>'


def covered(n=1):
    return "<table:covered-table-cell/>" * n


def row(cells):
    return "<table:table-row>" + "".join(cells) + "</table:table-row>"


def table(name, columns, rows):
    cols = "".join(f'<table:table-column table:style-name="{c}"/>' for c in columns)
    return f'<table:table table:name="{attr(name)}">{cols}\n' + "\n".join(rows) + "\n</table:table>"


def document(comment, tables):
    return (HEAD.format(comment=escape(comment)) + STYLES + "\n<office:body>\n<office:spreadsheet>\n" +
            "\n".join(tables) + "\n</office:spreadsheet>\n</office:body>\n</office:document>\n")


def ref(sheet, cell):
    return f"[$'{sheet}'.{cell}]"


# --------------------------------------------------------------------------
# The appendix

def appendix(rows, checks, values=None):
    """The appendix sheet: (table xml, {row id: value cell "D12"}). `values`: {row id: number
    or text} to fill (tests)."""
    values = values or {}
    ratio = {c["row"]: (c["numerator"], c["denominator"]) for c in checks if c["kind"] == "ratio"}
    first = 7  # sheet row of the first table row
    cell_of = {r["id"]: f"D{first + i}" for i, r in enumerate(rows)}
    out = [
        row([text_cell("Phụ lục", "title")]),
        row([text_cell("BIỂU THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
                       "title")]),
        row([text_cell("(Kèm theo Báo cáo số        /BC-UBND ngày      /     /20    của UBND "
                       "huyện ......................)", "note")]),
        row([text_cell("Ô trắng: nhập số liệu; dòng tỷ lệ (%) tự tính từ các dòng thành phần. "
                       "Không có trường hợp nào: để trống hoặc ghi \"Không phát sinh\".", "note")]),
        row([text_cell("STT", "head", rows=2), text_cell("Chỉ tiêu thống kê", "head", rows=2),
             text_cell("Kết quả thống kê", "head", span=2), covered(),
             text_cell("Ghi chú", "head", rows=2)]),
        row([covered(2), text_cell("Đơn vị tính", "head"), text_cell("Số liệu", "head"), covered()]),
    ]
    for r in rows:
        rid, kind = r["id"], r["kind"]
        numbered = r.get("stt", "") not in ("", "Trong đó")
        emphasis = "cellb" if kind == "group" or (numbered and rid.count(".") == 0) else (
            "celli" if not numbered else "cell")
        stt = text_cell(r.get("stt", ""), emphasis if emphasis != "celli" else "cell")
        label = text_cell(r["label"], emphasis)
        unit = text_cell(r.get("unit", "").replace("; ", ";\n"), "cell")
        if rid in ratio and rid not in values:
            num, den = cell_of[ratio[rid][0]], cell_of[ratio[rid][1]]
            value = formula_cell(f'IF(COUNT([.{num}];[.{den}])<2;"";IF([.{den}]=0;"Không phát sinh";'
                                 f"[.{num}]/[.{den}]))", "pct")
        elif kind == "group":
            value = text_cell("", "grey")
        else:
            style = "pct" if kind in ("ratio", "percent") else ("int" if kind in ("count", "money") else "cell")
            value = num_cell(values.get(rid), style)
        out.append(row([stt, label, unit, value, text_cell("", "cell")]))
    return table(APPENDIX_SHEET, ["col-stt", "col-label", "col-unit", "col-value", "col-note"], out), cell_of


# --------------------------------------------------------------------------
# The self-assessment sheet

def pct(v):
    return f"{v * 100:g}".replace(".", ",") + " %"


def pts(v):
    return f"{v:g}".replace(".", ",")


def rule_text(rule, is_rate):
    k = rule["kind"]
    show = pct if is_rate else pts
    if k == "bands":
        return "theo khung: " + "; ".join(f"≥ {show(b['min'])} → {pts(b['points'])}"
                                          for b in sorted(rule["bands"], key=lambda b: -b["min"]))
    if k == "proportional":
        return f"tỷ lệ thuận, mục tiêu {show(rule['target'])}"
    if k == "linear":
        return f"{pts(rule['slope'])} điểm mỗi đơn vị" if not is_rate else f"tuyến tính × {pts(rule['slope'])}"
    if k == "threshold":
        return ("đạt khi ≥ " + show(rule["at_least"])) if "at_least" in rule else (
            "đạt khi ≤ " + show(rule["at_most"]))
    if k == "deduction":
        return f"trừ {pts(rule['per_case'])} điểm mỗi trường hợp"
    if k == "rate-target":
        t = ("≥ " + pct(rule["at_least"])) if "at_least" in rule else ("≤ " + pct(rule["at_most"]))
        extra = f", trừ {pts(rule['per_point'])} mỗi điểm % thiếu" if "per_point" in rule else ""
        return "chỉ tiêu " + t + extra
    return "chấm tay"


def input_refs(inp):
    """The references PARPOINTS takes, in rule-set order: [(label, ref id)]."""
    if "value" in inp:
        return [("giá trị", inp["value"])]
    if "rate" in inp:
        return [("tử số", inp["rate"]["numerator"]), ("mẫu số", inp["rate"]["denominator"])]
    if "on_time_rate" in inp:
        o = inp["on_time_rate"]
        refs = [("đúng hạn", o["on_time"]), ("đã giải quyết", o["resolved"])]
        for key, label in (("early", "trước hạn"), ("base", "cơ sở"), ("late_in_progress", "trễ hạn đang giải quyết")):
            if key in o:
                refs.append((label, o[key]))
        return refs
    return [(f"× {pts(w)}" if w != 1 else "trường hợp", r)
            for r, w in zip(inp["sum"], inp.get("weights", [1] * len(inp["sum"])))]


def flatten(fields):
    """Nodes in tree order: (node, level, parent id)."""
    out = []

    def walk(n, level, parent):
        out.append((n, level, parent))
        for c in n.get("criteria", []) + n.get("sub_criteria", []):
            walk(c, level + 1, n["id"])

    for f in fields:
        walk(f, 0, None)
    return out


def self_assessment(scoring, appendix_rows, cell_of, manual_values=None, self_scores=None):
    """The self-assessment sheet: (table xml, {criterion id: sheet row}, total row, index row)."""
    manual_values = manual_values or {}
    self_scores = self_scores or {}
    kinds = {r["id"]: r["kind"] for r in appendix_rows}
    labels = {r["id"]: r["label"] for r in appendix_rows}
    manual = {m["id"]: m for m in scoring.get("manual_inputs", [])}
    nodes = flatten(scoring["fields"])
    first = 6
    row_of = {n["id"]: first + i for i, (n, _, _) in enumerate(nodes)}
    children = {}
    for n, _, parent in nodes:
        if parent:
            children.setdefault(parent, []).append(n["id"])
    out = [
        row([text_cell("BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM ......", "title")]),
        row([text_cell("Đơn vị: UBND huyện ......................", "bold")]),
        row([text_cell("Bộ tiêu chí: example-huyen-diem — VÍ DỤ minh họa, KHÔNG phải bộ tiêu chí "
                       "chính thức: dùng bộ quy tắc của tỉnh (đối số cuối của PARPOINTS) khi chấm "
                       "thật.", "note")]),
        row([text_cell("Ô vàng: nhập số liệu; số liệu lấy từ phụ lục tự điền khi nhập trang "
                       "\"Phụ lục\". Cột H lấy điểm theo quy tắc (cột G); tiêu chí chấm tay: nhập "
                       "điểm vào cột H; không áp dụng: ghi \"KPS\".", "note")]),
        row([text_cell(h, "head") for h in
             ["STT", "Lĩnh vực, tiêu chí, tiêu chí thành phần", "Điểm tối đa", "Số liệu 1",
              "Số liệu 2", "Số liệu 3", "Điểm theo quy tắc (PARPOINTS)", "Điểm tự đánh giá",
              "Tài liệu kiểm chứng", "Số liệu cần nhập, cách chấm"]]),
    ]
    for n, level, parent in nodes:
        r = row_of[n["id"]]
        kids = children.get(n["id"], [])
        bold = level == 0
        label_style = "cellb" if bold else ("cell" if level == 1 else "celli")
        cells = [text_cell(n["id"], "cellb" if bold else "cell"), text_cell(n["label"]["vi"], label_style)]
        if kids:
            refs_c = ";".join(f"[.C{row_of[k]}]" for k in kids)
            refs_h = ";".join(f"[.H{row_of[k]}]" for k in kids)
            cells += [formula_cell(f"SUM({refs_c})", "ptsb" if bold else "pts"),
                      text_cell("", "grey"), text_cell("", "grey"), text_cell("", "grey"),
                      text_cell("", "grey"),
                      formula_cell(f'IF(COUNT({refs_h})=0;"";SUM({refs_h}))', "ptsb" if bold else "pts"),
                      text_cell(""), text_cell("Tổng các thành phần", "note")]
            out.append(row(cells))
            continue
        rule = n["rule"]
        # Max: the criterion's points, "-" once it is marked not applicable (then it leaves
        # the sums, as PARSCORE does).
        cells.append(formula_cell(f'IF(AND(ISTEXT([.H{r}]);[.H{r}]<>"");"-";{n["max"]!r})', "pts"))
        if rule["kind"] == "manual":
            cells += [text_cell("", "grey")] * 3 + [text_cell("", "grey"),
                                                     num_cell(self_scores.get(n["id"]), "input"),
                                                     text_cell(""), text_cell("Chấm tay: nhập điểm vào cột H", "note")]
            out.append(row(cells))
            continue
        refs = input_refs(n["input"])
        is_rate = ("rate" in n["input"] or "on_time_rate" in n["input"] or
                   ("value" in n["input"] and (kinds.get(n["input"]["value"]) in ("ratio", "percent") or
                                                manual.get(n["input"]["value"], {}).get("unit") == "rate")))
        data, needs = [], []
        for i, (what, rid) in enumerate(refs):
            if rid in cell_of:
                src = ref(APPENDIX_SHEET, cell_of[rid])
                data.append(formula_cell(f'IF({src}="";"";{src})', "pts"))
                needs.append(f"{i + 1}: {what} = dòng {rid} của phụ lục ({labels[rid]})")
            else:
                data.append(num_cell(manual_values.get(rid), "input"))
                needs.append(f"{i + 1}: {what} = {manual[rid]['label']['vi']} (nhập tay)")
        data += [text_cell("", "grey")] * (3 - len(data))
        args = ";".join(f"[.{'DEF'[i]}{r}]" for i in range(len(refs)))
        blank = "OR(" + ";".join(f'[.{"DEF"[i]}{r}]=""' for i in range(len(refs))) + ")"
        cells += data
        cells.append(formula_cell(f'IF({blank};"";{F}PARPOINTS("{n["id"]}";{args}))', "pts"))
        cells.append(formula_cell(f"[.G{r}]", "pts"))
        cells.append(text_cell(""))
        na = "; không phát sinh: đủ điểm" if n.get("not_applicable") == "full" else (
            "; không phát sinh: không tính vào điểm tối đa")
        cells.append(text_cell("Số liệu " + "; ".join(needs) + ". Cách chấm: " +
                               rule_text(rule, is_rate) + na + ".", "note"))
        out.append(row(cells))
    total = first + len(nodes)
    fields = [f["id"] for f in scoring["fields"]]
    refs_c = ";".join(f"[.C{row_of[f]}]" for f in fields)
    refs_h = ";".join(f"[.H{row_of[f]}]" for f in fields)
    out.append(row([text_cell("Tổng cộng", "cellb"), text_cell("", "cell"),
                    formula_cell(f"SUM({refs_c})", "ptsb")] + [text_cell("", "grey")] * 4 +
                   [formula_cell(f'IF(COUNT({refs_h})=0;"";SUM({refs_h}))', "ptsb"), text_cell(""),
                    text_cell("")]))
    out.append(row([]))
    index = total + 2
    out.append(row([text_cell("Chỉ số CCHC (tổng điểm tự đánh giá / tổng điểm tối đa × 100)", "bold"),
                    text_cell("")] + [text_cell("")] * 5 +
                   [formula_cell(f'IF([.H{total}]="";"";{F}PARSCORE([.H{total}];[.C{total}]))', "pts")]))
    out.append(row([text_cell("Xếp loại", "bold"), text_cell("")] + [text_cell("")] * 5 +
                   [formula_cell(f'IF([.H{index}]="";"";{F}PARGRADE([.H{index}]))', "cell")]))
    out.append(row([]))
    out.append(row([text_cell("Cần cài tiện ích ParCalc (Công cụ ▸ Quản lý tiện ích mở rộng) để các "
                              "hàm PARPOINTS, PARSCORE, PARGRADE tính được.", "note")]))
    cols = ["col-stt", "col-wide", "col-num", "col-num", "col-num", "col-num", "col-num", "col-num",
            "col-note", "col-wide"]
    return table(SELF_SHEET, cols, out), row_of, total, index


# --------------------------------------------------------------------------
# Test files

# A filled appendix (clean numbers from seed 001, Ngân Sơn quý I/2023) and manual data.
FILLED = {
    "1.1": 13, "1.2.1": 56, "1.2.2": 14, "1.3.1": 0, "1.3.2": 0, "1.3.3": 0,
    "1.4.1": 36, "1.4.2": 35, "1.4.3": 1, "1.4.4": 0, "1.6": 0,
    "2.1": 0, "2.2": 0, "2.3.1": 21, "2.3.2.a": 3, "2.3.2.b": 3,
    "3.1.4.a": 265, "3.1.4.b": 110, "3.3.1.a": 17604, "3.3.1.b": 15739,
    "3.3.2.a": 993, "3.3.2.b": 993, "3.4.1": 0, "3.4.2": 0,
    "4.1": 11, "4.2": 0, "4.3": 33, "4.5.1": 72, "4.5.2": 63, "4.5.5": 0, "4.6.3": 0.12,
    "5.1.1": 0.97, "5.1.2": 1, "5.4.1": 0, "5.4.2": 1, "5.4.3": 2,
    "6.1.1": 94561, "6.1.2": 51740, "7.1.a": 0.92, "7.2.3.a": 40, "7.2.3.b": 16,
    "7.2.4.a": 1000, "7.2.4.b": 100, "7.2.5.a": 48, "7.2.5.b": 5,
}
MANUAL = {"so_xa": 11, "so_sang_kien": 1, "ty_le_qua_han": 0.106, "dvsn_tiet_kiem": 1,
          "cntt_hoan_thanh": 24, "cntt_ke_hoach": 26, "ty_le_xa_chung_thuc_dien_tu": 0.3,
          "ty_le_buu_chinh": 0.18, "ty_le_ho_so_thanh_toan": 0.45}
# Hand scores of the manual criteria: full points, except these.
HAND = {"8.1": 2.5, "3.3.2": "KPS"}

# (description, formula, expected, kind); kind: num | text | na; cells "G:6.1.1" = column G
# of criterion 6.1.1 on the self-assessment sheet, "A:6.1" = the appendix value of row 6.1.
SELF_CHECKS = [
    ("6.1.1 giải ngân 51.740 / 94.561 (seed 002) → 2 × 54,7 %", "G:6.1.1", 2 * 51740 / 94561, "num"),
    ("1.2 hoàn thành kế hoạch 14 / 56 → 0,25", "G:1.2", 0.25, "num"),
    ("1.3.2 không có vấn đề phát hiện (0/0) → đủ 1 điểm", "G:1.3.2", 1, "num"),
    ("1.3.1 kiểm tra 0 / 11 xã < 30 % → 0", "G:1.3.1", 0, "num"),
    ("1.5 đối thoại: 1.6 = 0 (Không) → 0", "G:1.5", 0, "num"),
    ("1.6.1 35 / 36 nhiệm vụ đúng hạn → 3,889", "G:1.6.1", 4 * 35 / 36, "num"),
    ("1.7 một sáng kiến → 1", "G:1.7", 1, "num"),
    ("2.2 VBQPPL sau kiểm tra: chưa nhập (trống) → trống", "G:2.2", "", "text"),
    ("3.4.1 đúng hạn 15.739 / 17.604 = 89,4 % < 95 % → 0 (seed 000)", "G:3.4.1", 0, "num"),
    ("3.4.3 PAKN 0 / 0 → đủ 1 điểm", "G:3.4.3", 1, "num"),
    ("4.4.2 tinh giản 12 % ≥ 10 % → 1", "G:4.4.2", 1, "num"),
    ("5.1.1 97 % → khung 0,5", "G:5.1.1", 0.5, "num"),
    ("5.6 kỷ luật 0 + 1 + 2 × 0,5 → 1 (seed 002)", "G:5.6", 1, "num"),
    ("6.3.1 1 / 33 ĐVSNCL < 50 % → 0", "G:6.3.1", 0, "num"),
    ("7.1.1 văn bản điện tử 92 % → 0,5 (seed 004)", "G:7.1.1", 0.5, "num"),
    ("7.1.2 24 / 26 nhiệm vụ CNTT → 0,923 (seed 002)", "G:7.1.2", 24 / 26, "num"),
    ("7.2.4 bưu chính 18 % → 0,18 (seed 004)", "G:7.2.4", 0.18, "num"),
    ("7.3.2 5 / 48 TTHC thanh toán trực tuyến → 0,052 (seed 002)", "G:7.3.2", 0.5 * 5 / 48, "num"),
    ("Phụ lục 6.1 = 51.740 / 94.561 (công thức tỷ lệ)", "A:6.1", 51740 / 94561, "num"),
    ("Phụ lục 1.3.4 = 0 / 0 → \"Không phát sinh\" → PARNUMBER #N/A", "A:1.3.4", "#N/A", "na"),
    ("Phụ lục 2.2.1 chưa nhập → trống", "A:2.2.1", "", "text"),
]


def self_check_sheet(row_of, cell_of, scoring, total, index):
    """The fods_check sheet of the filled template."""
    rows = [row([text_cell("Mẫu tự đánh giá đã điền: kiểm tra tự động / self-check of the filled "
                           "template", "bold")]),
            row([text_cell("B gọi ParCalc, C là kết quả tính tay, D = TRUE khi khớp.")]),
            row([text_cell(h, "bold") for h in ["Mô tả / Description", "Kết quả ParCalc / ParCalc result",
                                               "Kỳ vọng / Expected", "Đạt / Pass"]])]
    checks = list(SELF_CHECKS)
    # Field and total sums, the index and the grade, worked by hand below.
    checks.append(("Chỉ số = PARSCORE(tổng; tối đa) (ô chỉ số của bảng)", f"H{index}", None, "index"))
    checks.append(("Xếp loại của chỉ số (ô xếp loại của bảng)", f"H{index + 1}", None, "grade"))
    for i, (desc, where, expected, kind) in enumerate(checks):
        r = 4 + i
        if where.startswith("G:"):
            src = ref(SELF_SHEET, f"G{row_of[where[2:]]}")
        elif where.startswith("A:"):
            src = ref(APPENDIX_SHEET, cell_of[where[2:]])
        else:
            src = ref(SELF_SHEET, where)
        if kind == "num":
            b = f"{F}PARNUMBER({src})"
            c = num_cell(expected, "pts")
            d = f"AND(ISNUMBER([.B{r}]);ABS([.B{r}]-[.C{r}])<1E-9)"
        elif kind == "text":
            b = f'{F}PARNUMBER(IF({src}="";"-";{src}))'
            c = text_cell("#N/A (trống)")
            d = f"AND(ERROR.TYPE([.B{r}])=7;{src}=\"\")"
        elif kind == "na":
            b = f"{F}PARNUMBER({src})"
            c = text_cell("#N/A")
            d = f"ERROR.TYPE([.B{r}])=7"
        elif kind == "index":
            b = f"{F}PARSCORE({ref(SELF_SHEET, f'H{total}')};{ref(SELF_SHEET, f'C{total}')})"
            c = formula_cell(f"{ref(SELF_SHEET, f'H{total}')}/{ref(SELF_SHEET, f'C{total}')}*100")
            d = f"AND(ISNUMBER([.B{r}]);ABS([.B{r}]-[.C{r}])<1E-9;ABS({src}-[.C{r}])<1E-9)"
        else:
            b = f"{F}PARGRADE({ref(SELF_SHEET, f'H{index}')})"
            c = formula_cell(f'IF({ref(SELF_SHEET, f"H{index}")}>=90;"Xuất sắc";IF({ref(SELF_SHEET, f"H{index}")}>=80;"Tốt";IF({ref(SELF_SHEET, f"H{index}")}>=70;"Khá";IF({ref(SELF_SHEET, f"H{index}")}>=50;"Trung bình";"Yếu"))))', "cell")
            d = f"AND(ISTEXT([.B{r}]);EXACT([.B{r}];[.C{r}]);EXACT({src};[.C{r}]))"
        rows.append(row([text_cell(desc), formula_cell(b), c, formula_cell(d, "cell")]))
    return table("Kiểm tra", ["col-wide", "col-num", "col-num", "col-num"], rows), len(checks)


def seed_sheet(title, lines):
    """A plain self-assessment sheet (numbers typed, no formula): [(id, label, max, score)]."""
    out = [row([text_cell(title, "title")]), row([]),
           row([text_cell(h, "head") for h in ["STT", "Lĩnh vực, tiêu chí", "Điểm tối đa",
                                               "Điểm tự đánh giá", "Tài liệu kiểm chứng"]])]
    for rid, label, mx, score in lines:
        out.append(row([text_cell(rid, "cellb" if rid.count(".") == 0 else "cell"), text_cell(label),
                        num_cell(mx), num_cell(score), text_cell("")]))
    return table(SELF_SHEET, ["col-stt", "col-wide", "col-num", "col-num", "col-note"], out)


SEED_000 = [("1", "Công tác chỉ đạo điều hành", 14, 12), ("2", "Cải cách thể chế", 11, 8.7),
            ("3", "Cải cách thủ tục hành chính", 17, 9.5),
            ("4", "Cải cách tổ chức bộ máy hành chính", 7.5, 5.5),
            ("5", "Cải cách chế độ công vụ", 11, 9.5), ("6", "Cải cách tài chính công", 11, 8),
            ("7", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", 15.5, 9),
            ("8", "Tác động của CCHC đến sự hài lòng của người dân, tổ chức", 3, 2.5),
            ("Tổng cộng", "", 90, 65.7)]
SEED_002 = [("1", "Công tác chỉ đạo, điều hành cải cách hành chính", 13, 12.89),
            ("2", "Cải cách thể chế", 10, 10), ("3", "Cải cách thủ tục hành chính", 18, 16),
            ("4", "Cải cách tổ chức bộ máy", 10, 10), ("5", "Cải cách chế độ công vụ", 13, 10),
            ("6", "Cải cách tài chính công", 13, 10),
            ("6.1", "Thực hiện giải ngân, quản lý vốn đầu tư công", 3, 2.09),
            ("6.1.1", "Giải ngân kế hoạch vốn đầu tư ngân sách nhà nước hằng năm", 2, 1.09),
            ("6.1.2", "Thực hiện kiến nghị thanh tra, kiểm toán", 1, 1),
            ("6.2", "Thực hiện cơ chế tự chủ tại các ĐVSNCL", 3, 3),
            ("6.3", "Tiết kiệm chi, tăng thu nhập tại ĐVSNCL", 1, 0),
            ("6.3.1", "Tỷ lệ ĐVSNCL có tiết kiệm kinh phí, tăng thu nhập", 1, 0),
            ("6.4", "Công khai tài chính, ngân sách", 2, 2), ("6.5", "Quản lý tài sản công", 2, 2),
            ("6.6", "Báo cáo dự toán, quyết toán", 2, 2),
            ("7", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", 14, 13.23),
            ("8", "Chấp hành quy chế văn hóa công sở, kỷ luật, kỷ cương hành chính", 6, 6),
            ("Tổng cộng", "", 97, 89.21)]


# --------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="directory for the templates (.fods)")
    ap.add_argument("--tests", help="directory for the test files")
    args = ap.parse_args()
    with open(APPENDIX_RULESET, encoding="utf-8") as f:
        base = json.load(f)
    with open(SCORING_RULESET, encoding="utf-8") as f:
        scoring_set = json.load(f)
    rows, checks, scoring = base["rows"], base["checks"], scoring_set["scoring"]
    assert [r["id"] for r in rows] == [r["id"] for r in scoring_set["rows"]], \
        "example-huyen-diem must carry the rows of default-huyen (rerun its generator)"
    os.makedirs(args.out, exist_ok=True)

    def write(directory, name, text):
        with open(os.path.join(directory, name), "w", encoding="utf-8") as f:
            f.write(text)

    sheet, cell_of = appendix(rows, checks)
    write(args.out, "mau-phu-luc.fods", document(
        "ParCalc: mẫu phụ lục trống (Biểu thống kê số liệu CCHC). Generated by "
        "sample_sheets/tools/templates_fods.py from rulesets/default-huyen.json.", [sheet]))
    self_sheet, _, _, _ = self_assessment(scoring, rows, cell_of)
    write(args.out, "mau-tu-danh-gia.fods", document(
        "ParCalc: mẫu bảng tự đánh giá trống (bộ VÍ DỤ example-huyen-diem). Generated by "
        "sample_sheets/tools/templates_fods.py.", [self_sheet, sheet]))

    if args.tests:
        os.makedirs(args.tests, exist_ok=True)
        filled_appendix, cell_of = appendix(rows, checks, FILLED)
        hand = {}
        for n, _, _ in flatten(scoring["fields"]):
            if "rule" in n and n["rule"]["kind"] == "manual":
                hand[n["id"]] = HAND.get(n["id"], n["max"])
        filled_self, row_of, total, index = self_assessment(scoring, rows, cell_of, MANUAL, hand)
        check_sheet, count = self_check_sheet(row_of, cell_of, scoring, total, index)
        write(args.tests, "mau-tu-danh-gia-kiem-tra.fods", document(
            f"ParCalc self-checking test ({count} checks): the self-assessment template filled. "
            "Generated by sample_sheets/tools/templates_fods.py with its tests option.",
            [filled_self, filled_appendix, check_sheet]))
        write(args.tests, "seed-000-dak-song.fods", document(
            "Seed 000 self-assessment (Đắk Song, 9 tháng 2023): fields add up to 64,7, the "
            "report says 65,7 / 90. Generated by sample_sheets/tools/templates_fods.py.",
            [seed_sheet("BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC 9 THÁNG NĂM 2023 - UBND huyện Đắk Song", SEED_000)]))
        write(args.tests, "seed-002-kon-ray.fods", document(
            "Seed 002 self-assessment (Kon Rẫy 2023): field 6 written 10 / 13, its sub-criteria "
            "give 11,09. Generated by sample_sheets/tools/templates_fods.py.",
            [seed_sheet("BẢNG TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2023 - UBND huyện Kon Rẫy", SEED_002)]))
        print(f"templates_fods: {count} self-checks in mau-tu-danh-gia-kiem-tra.fods")


if __name__ == "__main__":
    main()
