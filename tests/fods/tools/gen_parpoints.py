#!/usr/bin/env python3
"""Writes tests/fods/parpoints.fods, the self-checking sheet of PARPOINTS and
PARMAX (layout of tests/fods/*.fods: header "Mô tả / Description", B calls
ParCalc, C the expected value, D the verdict; see tests/integration/fods_check.cxx).
The rule set is the bundled example-huyen-diem (rulesets/example-huyen-diem.json).

    python3 tests/fods/tools/gen_parpoints.py

Standard library only. Edit the CHECKS table, rerun, and update the check count of
fods_functions in tests/CMakeLists.txt.
"""
from pathlib import Path
from xml.sax.saxutils import escape

TARGET = Path(__file__).resolve().parent.parent / "parpoints.fods"
F = "ORG.PARCALC.FUNCTIONS."
D = "$'Dữ liệu'"

# (description, formula without "of:=", expected, kind, working)
# kind: "num" (|B - C| < 1E-9), "text" (EXACT), "na" (#N/A), "502" (Err:502)
SECTIONS = [
    ("Số liệu mẫu / Seed figures", [
        ("Seed 002 6.1.1: giải ngân 54,7 % kế hoạch, tối đa 2 → 1,094 (báo cáo 1,09)",
         f'{F}PARPOINTS("6.1.1";0.547)', 1.094, "num", "2 × 54,7 % / 100 % = 1,094"),
        ("Seed 002 6.1.1 làm tròn 2 chữ số → 1,09 như báo cáo / rounded as the report",
         f'ROUND({F}PARPOINTS("6.1.1";0.547);2)', 1.09, "num", ""),
        ('Seed 002 6.1.1 ô văn bản "54,7%" / typed as text',
         f'{F}PARPOINTS("6.1.1";"54,7%")', 1.094, "num", '"54,7%" → 0,547'),
        ("Seed 002 6.1.1 từ tử số; mẫu số 51.740 / 94.561 triệu đồng",
         f'{F}PARPOINTS("6.1.1";51740;94561)', 2 * 51740 / 94561, "num",
         "2 × 51740 / 94561"),
        ("Seed 002 7.1.2: 24/26 nhiệm vụ CNTT, tối đa 1 → 0,923 (báo cáo 0,92)",
         f'{F}PARPOINTS("7.1.2";24;26)', 24 / 26, "num", "1 × 24 / 26"),
        ("Seed 002 7.3.2: 5/48 TTHC thanh toán trực tuyến, tối đa 0,5 → 0,052 (báo cáo 0,05)",
         f'{F}PARPOINTS("7.3.2";5;48)', 0.5 * 5 / 48, "num", "0,5 × 5 / 48"),
        ("Seed 002 1.6.1: 35/36 nhiệm vụ đúng hạn, tối đa 4 → 3,889 (báo cáo 3,89)",
         f'{F}PARPOINTS("1.6.1";35;36)', 4 * 35 / 36, "num", "4 × 35 / 36"),
        ("Seed 002 5.6: 1 lãnh đạo phòng + 2 công chức, viên chức bị kỷ luật → 1/3",
         f'{F}PARPOINTS("5.6";0;1;2)', 1, "num", "3 − (0 × 1 + 1 × 1 + 2 × 0,5) = 1"),
        ("Seed 002 5.6 từ một vùng / from a range",
         f"{F}PARPOINTS(\"5.6\";[{D}.A2:.C2])", 1, "num", "A2:C2 = 0; 1; 2"),
        ("Seed 002 6.3.1: 1/32 ĐVSNCL tiết kiệm chi < 50 % → 0/1",
         f'{F}PARPOINTS("6.3.1";1;32)', 0, "num", "3,1 % < 50 %"),
        ("Seed 000 3.4.1: 15.739/17.604 đúng hạn = 89,4 % < 95 % → mất 2 điểm",
         f'{F}PARPOINTS("3.4.1";15739;17604)', 0, "num", "89,4 % < 95 %: −2"),
        ("Seed 000 3.4.1 từ ONTIMERATE / from ONTIMERATE",
         f'{F}PARPOINTS("3.4.1";{F}ONTIMERATE(15739;17604))', 0, "num", ""),
        ("Seed 001 3.4.1: 199/199 đúng hạn → 2/2",
         f'{F}PARPOINTS("3.4.1";199;199)', 2, "num", "100 % ≥ 95 %"),
        ("Seed 004 7.1.1: văn bản điện tử 92 % (khung 90 % đến < 95 %) → 0,5/1",
         f'{F}PARPOINTS("7.1.1";0.92)', 0.5, "num", ""),
        ("Seed 004 7.2.4: bưu chính công ích 18 % → 0,18/0,5",
         f'{F}PARPOINTS("7.2.4";0.18)', 0.18, "num", "18 % × 1"),
        ("Seed 004 7.2.1: TTHC mức 3-4 trên Cổng DVC 40 % < 50 % → 0/1",
         f'{F}PARPOINTS("7.2.1";0.4)', 0, "num", ""),
        ("Seed 000 1.7: 1 sáng kiến (cần 2 để đủ 2 điểm) → 1/2",
         f'{F}PARPOINTS("1.7";1)', 1, "num", "1 × 1"),
    ]),
    ("Biên, trần, chấm tay / Boundaries, caps, manual", [
        ("Khung: đúng 95 % đạt khung 1 điểm / a bound reaches its band",
         f'{F}PARPOINTS("7.1.1";0.95)', 1, "num", ""),
        ("Khung: 89,99 % dưới mọi khung → 0 / below every band",
         f'{F}PARPOINTS("7.1.1";0.8999)', 0, "num", ""),
        ("Tỷ lệ: giải ngân 120 % bị chặn ở 2 / capped at the max",
         f'{F}PARPOINTS("6.1.1";1.2)', 2, "num", ""),
        ("Tuyến tính: bưu chính 80 % bị chặn ở 0,5 / capped",
         f'{F}PARPOINTS("7.2.4";0.8)', 0.5, "num", ""),
        ("Ngưỡng: đúng 50 % (16/32) đạt / exactly at the threshold",
         f'{F}PARPOINTS("6.3.1";16;32)', 1, "num", ""),
        ("Ngưỡng tối đa: quá hạn 5 % ≤ 5 % đạt / at most",
         f'{F}PARPOINTS("3.4.4";0.05)', 1, "num", ""),
        ("Ngưỡng tối đa: quá hạn 10,6 % > 5 % → 0 (seed 000)",
         f'{F}PARPOINTS("3.4.4";0.106)', 0, "num", ""),
        ("Chỉ tiêu tỷ lệ: 93 % thiếu 2 điểm % × 0,2 → 1,6 / per point short",
         f'{F}PARPOINTS("3.4.2";0.93)', 1.6, "num", "2 − 2 × 0,2"),
        ("Trừ điểm: không thấp hơn 0 / never below 0",
         f'{F}PARPOINTS("5.6";5;0;0)', 0, "num", "3 − 5"),
        ("Chấm tay: điểm người chấm nhập / manual points",
         f'{F}PARPOINTS("8.1";2.5)', 2.5, "num", ""),
        ("Mã tiêu chí là số trong ô (5,6) / criterion typed as a number",
         f"{F}PARPOINTS([{D}.E2];0;0;0)", 3, "num", "E2 = 5,6"),
    ]),
    ("Không áp dụng / Not applicable", [
        ("PAKN 0/0, quy tắc đủ điểm → 1 / full points by the rule",
         f'{F}PARPOINTS("3.4.3";0;0)', 1, "num", ""),
        ('"Không phát sinh" → đủ điểm / full points',
         f'{F}PARPOINTS("3.4.3";"Không phát sinh")', 1, "num", ""),
        ('Giải ngân 0/0, quy tắc loại trừ → "Không áp dụng" / excluded',
         f'{F}PARPOINTS("6.1.1";0;0)', "Không áp dụng", "text", ""),
        ("PARSCORE bỏ qua tiêu chí không áp dụng / PARSCORE leaves it out",
         f"{F}PARSCORE([{D}.F2:.F3];[{D}.G2:.G3])", 50, "num",
         "F2 = Không áp dụng (tối đa 2), F3 = 0,5 (tối đa 1) → 0,5 / 1"),
    ]),
    ("Bộ quy tắc / Rule set argument", [
        ("Tên bộ quy tắc làm đối số cuối / rule set as the last argument",
         f'{F}PARPOINTS("6.1.1";0.547;"example-huyen-diem")', 1.094, "num", ""),
        ("Bộ quy tắc không có → #N/A / unknown rule set",
         f'{F}PARPOINTS("6.1.1";0.547;"khong-co-bo-nay")', "#N/A", "na", ""),
        ("Bộ không có tiêu chí chấm điểm → #N/A / a rule set without scoring",
         f'{F}PARPOINTS("6.1.1";0.547;"default-huyen")', "#N/A", "na", ""),
    ]),
    ("Lỗi / Errors", [
        ("Tiêu chí không có → #N/A / unknown criterion",
         f'{F}PARPOINTS("9.9";1)', "#N/A", "na", ""),
        ("Lĩnh vực không có quy tắc riêng → #N/A / a field has no rule",
         f'{F}PARPOINTS("6";1)', "#N/A", "na", ""),
        ("Số âm → Err:502 / negative", f'{F}PARPOINTS("6.1.1";-0.1)', "Err:502", "502", ""),
        ('Chữ không phải số → Err:502 / text', f'{F}PARPOINTS("6.1.1";"abc")', "Err:502", "502", ""),
        ("Sai số lượng giá trị → Err:502 / wrong count",
         f'{F}PARPOINTS("6.1.1";1;2;3)', "Err:502", "502", ""),
        ("Điểm chấm tay vượt tối đa → Err:502 / manual points above the max",
         f'{F}PARPOINTS("8.1";3.5)', "Err:502", "502", ""),
        ("Tử số > 0, mẫu số 0 → Err:502 / 5/0",
         f'{F}PARPOINTS("6.1.1";5;0)', "Err:502", "502", ""),
    ]),
    ("PARMAX", [
        ('PARMAX("6.1.1") = 2', f'{F}PARMAX("6.1.1")', 2, "num", ""),
        ("PARMAX(6) = 13 (lĩnh vực, mã là số / a field, id as a number)",
         f"{F}PARMAX(6)", 13, "num", "seed 002: 10/13"),
        ('PARMAX("tổng") = 97', f'{F}PARMAX("tổng")', 97, "num", "13+10+18+10+13+13+14+6"),
        ('PARMAX("6.1"; "example-huyen-diem") = 3',
         f'{F}PARMAX("6.1";"example-huyen-diem")', 3, "num", ""),
        ("PARMAX, tiêu chí không có → #N/A", f'{F}PARMAX("9.9")', "#N/A", "na", ""),
        ("PARMAX, bộ quy tắc không có → #N/A",
         f'{F}PARMAX("6";"khong-co-bo-nay")', "#N/A", "na", ""),
        ("Chỉ số từ PARPOINTS / PARMAX: 1,094 / 2 × 100 = 54,7",
         f'{F}PARSCORE({F}PARPOINTS("6.1.1";0.547);{F}PARMAX("6.1.1"))', 54.7, "num", ""),
    ]),
]


def cell_text(text, style=None):
    st = f' table:style-name="{style}"' if style else ""
    return (f'<table:table-cell{st} office:value-type="string">'
            f"<text:p>{escape(text)}</text:p></table:table-cell>")


def cell_formula(formula, cached=None):
    f = escape("of:=" + formula, {'"': "&quot;"})
    if cached is None:
        return f'<table:table-cell table:formula="{f}"/>'
    return (f'<table:table-cell table:formula="{f}" office:value-type="float" '
            f'office:value="{cached}"><text:p>{cached}</text:p></table:table-cell>')


def cell_float(v):
    return f'<table:table-cell office:value-type="float" office:value="{v!r}"/>'


def verdict(kind, row):
    b, c = f"[.B{row}]", f"[.C{row}]"
    if kind == "num":
        return f"AND(ISNUMBER({b});ABS({b}-{c})<1E-9)"
    if kind == "text":
        return f"AND(ISTEXT({b});EXACT({b};{c}))"
    if kind == "na":
        return f"ERROR.TYPE({b})=7"
    return f"ORG.OPENOFFICE.ERRORTYPE({b})=502"


def main():
    rows = []
    count = 0
    r = 3  # rows 1-3: title, explanation, header
    first = True
    for title, checks in SECTIONS:
        r += 1
        rows.append(f"<table:table-row>{cell_text(title, 'bold')}</table:table-row>")
        for desc, formula, expected, kind, working in checks:
            r += 1
            count += 1
            exp = cell_float(expected) if kind == "num" else cell_text(str(expected))
            if first:
                # Cached deliberately wrong (B) with a cached TRUE verdict: only a real
                # recalculation can pass, as in the other files.
                b = cell_formula(formula, cached=0)
                d = ('<table:table-cell table:formula="' +
                     escape("of:=" + verdict(kind, r), {'"': "&quot;"}) +
                     '" office:value-type="boolean" office:boolean-value="true">'
                     "<text:p>TRUE</text:p></table:table-cell>")
                working += (" [Giá trị lưu sẵn trong tệp cố ý SAI: B=0, D=TRUE; kiểm tra chỉ "
                            "đạt sau khi tính lại / cached B deliberately wrong, D cached TRUE: "
                            "only a real recalculation can pass]")
                first = False
            else:
                b = cell_formula(formula)
                d = cell_formula(verdict(kind, r))
            cells = cell_text(desc) + b + exp + d + (cell_text(working) if working else "")
            rows.append(f"<table:table-row>{cells}</table:table-row>")

    data_rows = [
        "<table:table-row>" + "".join(cell_text(h, "bold") for h in
                                      ["5.4.1", "5.4.2", "5.4.3", "", "tiêu chí", "PARPOINTS",
                                       "tối đa"]) + "</table:table-row>",
        "<table:table-row>" + cell_float(0) + cell_float(1) + cell_float(2) +
        "<table:table-cell/>" + cell_float(5.6) +
        cell_formula(f'{F}PARPOINTS("6.1.1";0;0)') + cell_float(2) + "</table:table-row>",
        "<table:table-row><table:table-cell/><table:table-cell/><table:table-cell/>"
        "<table:table-cell/><table:table-cell/>" +
        cell_formula(f'{F}PARPOINTS("7.1.1";0.92)') + cell_float(1) + "</table:table-row>",
    ]
    columns = "".join(f'<table:table-column table:style-name="{c}"/>'
                      for c in ["cA", "cB", "cC", "cD", "cE"])
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- ParCalc self-checking test: PARPOINTS and PARMAX (rule set example-huyen-diem). Generated by tests/fods/tools/gen_parpoints.py. Run: build/tests/fods_check PROFILE build/parcalc.oxt tests/fods/parpoints.fods -->
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <style:style style:name="cA" style:family="table-column"><style:table-column-properties style:column-width="10cm"/></style:style>
 <style:style style:name="cB" style:family="table-column"><style:table-column-properties style:column-width="4cm"/></style:style>
 <style:style style:name="cC" style:family="table-column"><style:table-column-properties style:column-width="3.5cm"/></style:style>
 <style:style style:name="cD" style:family="table-column"><style:table-column-properties style:column-width="1.8cm"/></style:style>
 <style:style style:name="cE" style:family="table-column"><style:table-column-properties style:column-width="10cm"/></style:style>
 <style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>
<office:body>
<office:spreadsheet>
<table:table table:name="Kiểm tra PARPOINTS">
{columns}
<table:table-row>{cell_text("PARPOINTS(tiêu_chí; giá_trị...; [bộ_quy_tắc]), PARMAX(tiêu_chí; [bộ_quy_tắc]): kiểm tra tự động / self-checking tests (bộ VÍ DỤ example-huyen-diem)", "bold")}</table:table-row>
<table:table-row>{cell_text("Mỗi dòng: B gọi ParCalc, C là kết quả tính tay, D = TRUE khi khớp (sai số 1E-9; chữ: EXACT; lỗi: ERROR.TYPE). / Each row: B calls ParCalc, C is the hand-worked result, D is TRUE when they match.")}</table:table-row>
<table:table-row>{cell_text("Mô tả / Description", "bold")}{cell_text("Công thức ParCalc / ParCalc formula", "bold")}{cell_text("Kỳ vọng / Expected", "bold")}{cell_text("Đạt / Pass", "bold")}{cell_text("Cách tính / Working (tính tay / by hand)", "bold")}</table:table-row>
{chr(10).join(rows)}
</table:table>
<table:table table:name="Dữ liệu">
{chr(10).join(data_rows)}
</table:table>
</office:spreadsheet>
</office:body>
</office:document>
'''
    TARGET.write_text(doc, encoding="utf-8")
    print(f"wrote {TARGET} ({count} checks)")


if __name__ == "__main__":
    main()
