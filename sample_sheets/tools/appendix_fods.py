#!/usr/bin/python3
"""Writes the ParCalc sample appendix sheets as flat ODF (.fods) from the
typed grid tests/data/ngan-son-q1-2023.tsv (the single source of truth), plus
the few variants that are not spreadsheets converted by LibreOffice (a
';'-separated CSV as Vietnamese Excel writes it, a text document for the
"not a spreadsheet" fixtures).

Standard library only. Run by sample_sheets/tools/make_samples, which turns
the .fods into .ods/.xlsx/.xls/.csv with soffice --convert-to.

The TSV holds the values; the look of seed 001 (bold numbered group rows,
italic unnumbered sub-rows, the parts of a label in bold or italic) is in the
STYLE tables below, taken from the seed's markdown (<b>, <i>).
"""

import argparse
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

# --------------------------------------------------------------------------
# The TSV (format: header comment of tests/data/ngan-son-q1-2023.tsv)

ERROR_FORMULAS = {
    "#VALUE!": ("of:=VALUE(\"x\")", "#VALUE!"),
    "#DIV/0!": ("of:=1/0", "#DIV/0!"),
    "#N/A": ("of:=NA()", "#N/A"),
    "#REF!": ("of:=[.#REF!]", "#REF!"),
    "#NAME?": ("of:=NOSUCHFUNCTION()", "#NAME?"),
    "Err:502": ("of:=SQRT(-1)", "Err:502"),
}

PLAIN_NUMBER = re.compile(r"^-?(\d+\.?\d*|\.\d+)$")


def read_tsv(path):
    """Returns (sheet name, rows): each row a list of 5 raw cell strings."""
    sheet = "Sheet1"
    rows = []
    with open(path, encoding="utf-8") as f:
        text = f.read()
        if text.endswith("\n"):
            text = text[:-1]
        for line in text.split("\n"):
            if line.startswith("#"):
                if line.startswith("#sheet:"):
                    sheet = line[len("#sheet:"):].strip()
                continue
            cells = line.split("\t")
            cells += [""] * (5 - len(cells))
            rows.append([c.replace("\\n", "\n") for c in cells])
    return sheet, rows


def typed(raw):
    """The TSV typing rule of the value column: (kind, value, decimals).
    kind: empty | float | percent | text | error."""
    if raw == "":
        return ("empty", None, 0)
    if raw.startswith("'"):
        return ("text", raw[1:], 0)
    if raw in ERROR_FORMULAS:
        return ("error", raw, 0)
    if PLAIN_NUMBER.match(raw):
        return ("float", raw, 0)
    if raw.endswith("%") and PLAIN_NUMBER.match(raw[:-1]):
        number = raw[:-1]
        decimals = len(number.split(".")[1]) if "." in number else 0
        return ("percent", number, decimals)
    return ("text", raw, 0)


def percent_value(number_text):
    """'25' -> '0.25' exactly (decimal string arithmetic, no float noise)."""
    neg = number_text.startswith("-")
    digits = number_text.lstrip("-")
    whole, _, frac = digits.partition(".")
    whole = whole.rjust(3, "0")
    s = whole[:-2].lstrip("0") or "0"
    s += "." + whole[-2:] + frac
    s = s.rstrip("0").rstrip(".")
    return ("-" if neg else "") + s


# --------------------------------------------------------------------------
# Row ids: which TSV row is which appendix row (for styles and variants)

STT_NUMBER = re.compile(r"^\d+(\.\d+)*$")


def is_header(cells):
    return cells[0] == "STT" or (cells[0] == "" and cells[2] == "Đơn vị tính")


def label_rows(rows):
    """For each row: ('title'|'blank'|'header'|'numbered'|'sub'|'continuation', id).
    Numbered rows get their STT (a repeated STT gets '.0': the second 4.6 is 4.6.0),
    unnumbered sub-rows parent.a, parent.b..., continuation lines the id they continue."""
    out = []
    seen = set()
    parent = None
    letter = 0
    last_id = None
    in_table = False
    for cells in rows:
        stt, label, unit, value, note = cells[:5]
        if is_header(cells):
            in_table = True
            out.append(("header", None))
            continue
        if not in_table:
            out.append(("title" if any(cells) else "blank", None))
            continue
        if STT_NUMBER.match(stt):
            rid = stt + ".0" if stt in seen else stt
            seen.add(stt)
            parent, letter, last_id = rid, 0, rid
            out.append(("numbered", rid))
        elif stt == "" and unit == "" and value == "" and label[:1].islower():
            out.append(("continuation", last_id))
        else:
            rid = "%s.%s" % (parent, "abcdefghij"[letter])
            letter += 1
            last_id = rid
            out.append(("sub", rid))
    return out


# --------------------------------------------------------------------------
# The look of seed 001 (its markdown: <b>, <i>)

# Numbered rows whose STT and label are bold: the groups and level-2 rows
# (STT "1" or "1.1"), except the second 4.6 (4.6.0), which is plain.
def bold_row(rid):
    return re.match(r"^\d+(\.\d+)?$", rid) is not None


# Bold rows whose label is bold only up to its parenthesis.
BOLD_UP_TO_PARENTHESIS = {"1.1", "1.2"}
# Sub-rows under these rows are italic in the given columns.
ITALIC_SUBROWS = {
    "2.2.1": {"label", "unit"},
    "2.3.2": {"label", "unit", "value"},
    "3.1.4": {"label", "unit", "value"},
    "3.3.1": {"label", "unit", "value"},
    "3.3.2": {"label", "unit"},
    "7.2.1": {"label", "unit"},
    "7.2.2": {"label", "unit"},
    "7.2.3": {"label", "unit"},
    "7.2.4": {"label", "unit"},
    "7.2.5": {"label", "unit"},
}
# Wrapped label lines set in italic.
ITALIC_CONTINUATIONS = {"6.2.3.c"}
# Rows whose label has an italic "( ... )" part.
ITALIC_PARENTHESIS = {"6.2.4", "6.2.5", "7.1.a", "7.2.4"}
# Value cells in bold.
BOLD_VALUE = {"3.2.3"}


def label_spans(rid, kind, label):
    """[(text, bold, italic)] for the label cell."""
    if kind == "numbered" and bold_row(rid):
        if rid in BOLD_UP_TO_PARENTHESIS and " (" in label:
            i = label.index(" (")
            return [(label[:i], True, False), (label[i:], False, False)]
        return [(label, True, False)]
    if kind == "sub" and "label" in ITALIC_SUBROWS.get(rid.rsplit(".", 1)[0], ()):
        return [(label, False, True)]
    if kind == "continuation" and rid in ITALIC_CONTINUATIONS:
        return [(label, False, True)]
    if rid in ITALIC_PARENTHESIS and "(" in label:
        i = label.index("(")
        j = label.rindex(")")
        return [(label[:i + 1], False, False), (label[i + 1:j], False, True),
                (label[j:], False, False)]
    return [(label, False, False)]


def cell_emphasis(rid, kind, column):
    """(bold, italic) of the STT, unit and value cells."""
    if kind == "numbered" and column == "stt":
        return (bold_row(rid), False)
    if kind == "sub" and column in ITALIC_SUBROWS.get(rid.rsplit(".", 1)[0], ()):
        return (False, True)
    if column == "value" and rid in BOLD_VALUE:
        return (True, False)
    return (False, False)


# --------------------------------------------------------------------------
# Variants

# A clean, consistent appendix: every row filled, every ratio equal to its
# parts, every sum and part <= whole holding. Values by row id, TSV typing.
CLEAN = {
    "1.1": "15", "1.2": "50%", "1.2.1": "56", "1.2.2": "28",
    "1.3.1": "5", "1.3.2": "8", "1.3.3": "6", "1.3.4": "75%",
    "1.4.1": "10", "1.4.2": "7", "1.4.3": "2", "1.4.4": "1",
    "1.5.1": "500", "1.5.2": "Kết hợp", "1.6": "Có",
    "2.1": "2", "2.2": "4", "2.2.1": "100%", "2.2.1.a": "2", "2.2.1.b": "2",
    "2.3": "", "2.3.1": "21", "2.3.2": "100%", "2.3.2.a": "3", "2.3.2.b": "3",
    "3.1.1": "5", "3.1.2": "3", "3.1.3": "2", "3.1.4": "375",
    "3.1.4.a": "265", "3.1.4.b": "110",
    "3.2.1": "20", "3.2.2": "30", "3.2.3": "100",
    "3.3.1": "98.49%", "3.3.1.a": "199", "3.3.1.b": "196",
    "3.3.2": "100%", "3.3.2.a": "993", "3.3.2.b": "993",
    "3.4": "80%", "3.4.1": "5", "3.4.2": "4",
    "4.1": "11", "4.2": "0", "4.3": "33", "4.4": "10%",
    "4.5.1": "72", "4.5.2": "63", "4.5.3": "6", "4.5.4": "3", "4.5.5": "5%",
    "4.6.0": "693", "4.6.1": "610", "4.6.2": "0", "4.6.3": "2%",
    "5.1.1": "97%", "5.1.2": "97%", "5.2.1": "4", "5.2.2": "0",
    "5.3.1": "1", "5.3.2": "2", "5.3.3": "0", "5.3.4": "0", "5.3.5": "1", "5.3.6": "0",
    "5.4.1": "0", "5.4.2": "0", "5.4.3": "0",
    "6.1": "2.30%", "6.1.1": "136284", "6.1.2": "3135",
    "6.2.1": "0", "6.2.2": "1", "6.2.3.a": "0", "6.2.3.b": "0", "6.2.3.c": "0",
    "6.2.4": "32", "6.2.5": "0",
    "7.1.a": "96%", "7.1.b": "100%",
    "7.2.1": "83.33%", "7.2.1.a": "120", "7.2.1.b": "100", "7.2.1.c": "60",
    "7.2.2": "80%", "7.2.2.a": "150", "7.2.2.b": "120", "7.2.2.c": "50",
    "7.2.3": "100%", "7.2.3.a": "220", "7.2.3.b": "220",
    "7.2.4": "25%", "7.2.4.a": "5000", "7.2.4.b": "1250",
    "7.2.5": "75%", "7.2.5.a": "80", "7.2.5.b": "60",
}
CLEAN_NOTES = {"1.5.1": ""}  # the seed's "Chưa thực hiện" goes: the survey was done
# Titles as district appendices write them: the period in the upper-case heading.
CLEAN_TITLES = ("BIỂU THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH "
                "QUÝ II NĂM 2023",
                "(Kèm theo Báo cáo số 95/BC-UBND ngày 15/6/2023 của UBND huyện Ngân Sơn)")
# The previous period of the clean file: quý I, and a lũy kế value (5.3.1,
# leaders appointed since the start of the year) higher than in quý II.
PREVIOUS = dict(CLEAN, **{"5.3.1": "2"})
PREVIOUS_TITLES = ("BIỂU THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH "
                   "QUÝ I NĂM 2023",
                   "(Kèm theo Báo cáo số 40/BC-UBND ngày 15/3/2023 của UBND huyện Ngân Sơn)")

COVER = [
    ["ỦY BAN NHÂN DÂN HUYỆN NGÂN SƠN", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["", "", "Độc lập - Tự do - Hạnh phúc"],
    [],
    ["Số:      /BC-UBND", "", "Ngân Sơn, ngày      tháng 3 năm 2023"],
    [],
    ["BÁO CÁO"],
    ["Kết quả thực hiện công tác cải cách hành chính quý I năm 2023"],
    [],
    ["Biểu thống kê số liệu: xem trang tính \"Phụ lục\"."],
]

OFFSET_TITLES = [["ỦY BAN NHÂN DÂN HUYỆN NGÂN SƠN"], ["Biểu số 01/CCHC"]]


def with_values(rows, values, notes, titles):
    """A copy of the grid with the value (D) and note (E) of rows replaced by id."""
    ids = label_rows(rows)
    out = []
    for cells, (kind, rid) in zip(rows, ids):
        cells = list(cells)
        if kind in ("numbered", "sub") and rid in values:
            cells[3] = values[rid]
        if kind in ("numbered", "sub") and rid in notes:
            cells[4] = notes[rid]
        if kind == "title" and cells[0].startswith("BIỂU THỐNG KÊ"):
            cells[0] = titles[0]
        if kind == "title" and cells[0].startswith("(Kèm theo"):
            cells[0] = titles[1]
        out.append(cells)
    return out


# --------------------------------------------------------------------------
# Flat ODF writer

class Styles:
    """Automatic cell and text styles, made on demand."""

    def __init__(self):
        self.cell = {}
        self.text = {}

    def cell_style(self, bold=False, italic=False, align="start", valign="middle",
                   border=True, wrap=True, data=None, size=None):
        key = (bold, italic, align, valign, border, wrap, data, size)
        if key not in self.cell:
            self.cell[key] = "ce%d" % (len(self.cell) + 1)
        return self.cell[key]

    def text_style(self, bold, italic):
        key = (bold, italic)
        if key not in self.text:
            self.text[key] = "T%d" % (len(self.text) + 1)
        return self.text[key]

    def xml(self):
        out = []
        for (bold, italic, align, valign, border, wrap, data, size), name in self.cell.items():
            attrs = ' style:name="%s" style:family="table-cell" style:parent-style-name="Default"' % name
            if data:
                attrs += ' style:data-style-name="%s"' % data
            cell_props = ' style:vertical-align="%s"' % valign
            if wrap:
                cell_props += ' fo:wrap-option="wrap"'
            if border:
                cell_props += ' fo:border="0.5pt solid #000000"'
            cell_props += ' fo:padding="0.04cm"'
            para = ' fo:text-align="%s"' % align
            if align != "start":
                cell_props += ' style:text-align-source="fix"'
            text = ""
            if bold:
                text += ' fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"'
            if italic:
                text += ' fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"'
            if size:
                text += ' fo:font-size="%s"' % size
            out.append('<style:style%s><style:table-cell-properties%s/>'
                       '<style:paragraph-properties%s/><style:text-properties%s/></style:style>'
                       % (attrs, cell_props, para, text))
        for (bold, italic), name in self.text.items():
            text = ""
            if bold:
                text += ' fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"'
            if italic:
                text += ' fo:font-style="italic" style:font-style-asian="italic" style:font-style-complex="italic"'
            out.append('<style:style style:name="%s" style:family="text">'
                       '<style:text-properties%s/></style:style>' % (name, text))
        return "\n".join(out)


DATA_STYLES = """
<number:percentage-style style:name="P0"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<number:percentage-style style:name="P1"><number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<number:percentage-style style:name="P2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<number:text-style style:name="TXT"><number:text-content/></number:text-style>
"""


def text_cell(style, text, spans=None, styles=None, colspan=1, rowspan=1):
    attrs = ' table:style-name="%s"' % style
    if colspan > 1:
        attrs += ' table:number-columns-spanned="%d"' % colspan
    if rowspan > 1:
        attrs += ' table:number-rows-spanned="%d"' % rowspan
    if text == "" and not spans:
        return "<table:table-cell%s/>" % attrs
    attrs += ' office:value-type="string" calcext:value-type="string"'
    if spans is None:
        spans = [(text, False, False)]
    # Split the spans into lines (a "\n" is a new paragraph).
    lines = [[]]
    for piece, bold, italic in spans:
        parts = piece.split("\n")
        for i, part in enumerate(parts):
            if i:
                lines.append([])
            if part:
                lines[-1].append((part, bold, italic))
    paras = []
    for line in lines:
        xml = ""
        for part, bold, italic in line:
            if bold or italic:
                xml += '<text:span text:style-name="%s">%s</text:span>' % (
                    styles.text_style(bold, italic), escape(part))
            else:
                xml += escape(part)
        paras.append("<text:p>%s</text:p>" % xml)
    return "<table:table-cell%s>%s</table:table-cell>" % (attrs, "".join(paras))


def covered():
    return "<table:covered-table-cell/>"


def value_cell(styles, raw, bold, italic, border=True):
    kind, value, decimals = typed(raw)
    if kind == "empty":
        return "<table:table-cell table:style-name=\"%s\"/>" % styles.cell_style(
            bold, italic, "center", border=border)
    if kind == "float":
        st = styles.cell_style(bold, italic, "center", border=border)
        return ('<table:table-cell table:style-name="%s" office:value-type="float" '
                'office:value="%s" calcext:value-type="float"><text:p>%s</text:p></table:table-cell>'
                % (st, value, value))
    if kind == "percent":
        st = styles.cell_style(bold, italic, "center", border=border, data="P%d" % min(decimals, 2))
        shown = value if decimals else value.split(".")[0]
        return ('<table:table-cell table:style-name="%s" office:value-type="percentage" '
                'office:value="%s" calcext:value-type="percentage"><text:p>%s%%</text:p>'
                '</table:table-cell>' % (st, percent_value(value), shown))
    if kind == "error":
        formula, shown = ERROR_FORMULAS[value]
        st = styles.cell_style(bold, italic, "center", border=border)
        return ('<table:table-cell table:style-name="%s" table:formula="%s" '
                'office:value-type="float" office:value="0" calcext:value-type="error">'
                '<text:p>%s</text:p></table:table-cell>' % (st, escape(formula, {'"': "&quot;"}), shown))
    # text: a leading apostrophe in the TSV, or text that is not a number
    data = "TXT" if raw.startswith("'") else None
    st = styles.cell_style(bold, italic, "center", border=border, data=data)
    return text_cell(st, value, [(value, False, False)], styles)


def appendix_rows(styles, rows, col_offset=0):
    """The seed grid as ODF rows: [(page_break, [cell xml])]."""
    ids = label_rows(rows)
    out = []
    headers_seen = 0
    pad = ["<table:table-cell/>"] * col_offset
    title_style = {
        0: styles.cell_style(True, False, "center", border=False, wrap=False, size="13pt"),
        1: styles.cell_style(True, False, "center", border=False, wrap=False, size="13pt"),
    }
    plain_title = styles.cell_style(False, False, "center", border=False, wrap=False)
    head = styles.cell_style(True, False, "center", "middle")
    title_index = 0
    for n, (cells, (kind, rid)) in enumerate(zip(rows, ids)):
        stt, label, unit, value, note = cells[:5]
        if kind == "blank":
            out.append((False, []))
            continue
        if kind == "title":
            st = title_style.get(title_index, plain_title)
            title_index += 1
            out.append((False, pad + [text_cell(st, stt, None, styles, colspan=5)]
                        + [covered()] * 4))
            continue
        if kind == "header":
            if cells[0] == "STT":
                headers_seen += 1
                out.append((headers_seen > 1, pad + [
                    text_cell(head, "STT", None, styles, rowspan=2),
                    text_cell(head, label, None, styles, rowspan=2),
                    text_cell(head, unit, None, styles, colspan=2),
                    covered(),
                    text_cell(head, note, None, styles, rowspan=2),
                ]))
            else:
                out.append((False, pad + [
                    covered(), covered(),
                    text_cell(head, unit, None, styles),
                    text_cell(head, value, None, styles),
                    covered(),
                ]))
            continue
        b, i = cell_emphasis(rid, kind, "stt")
        stt_xml = text_cell(styles.cell_style(b, i, "center"), stt, None, styles)
        spans = label_spans(rid, kind, label)
        # A label all in one style is a styled cell; mixed styles are text spans.
        if len({(sb, si) for _, sb, si in spans}) == 1:
            _, sb, si = spans[0]
            label_xml = text_cell(styles.cell_style(sb, si), label, None, styles)
        else:
            label_xml = text_cell(styles.cell_style(), label, spans, styles)
        b, i = cell_emphasis(rid, kind, "unit")
        unit_xml = text_cell(styles.cell_style(b, i, "center"), unit, None, styles)
        b, i = cell_emphasis(rid, kind, "value")
        value_xml = value_cell(styles, value, b, i)
        note_xml = text_cell(styles.cell_style(False, False, "center"), note, None, styles)
        out.append((False, pad + [stt_xml, label_xml, unit_xml, value_xml, note_xml]))
    return out


def table_xml(name, columns, rows):
    out = ['<table:table table:name="%s" table:style-name="ta1">' % escape(name, {'"': "&quot;"})]
    for width_style in columns:
        out.append('<table:table-column table:style-name="%s" '
                   'table:default-cell-style-name="Default"/>' % width_style)
    for page_break, cells in rows:
        out.append('<table:table-row table:style-name="%s">%s</table:table-row>'
                   % ("ro2" if page_break else "ro1", "".join(cells) or "<table:table-cell/>"))
    out.append("</table:table>")
    return "\n".join(out)


def document(styles, tables):
    return """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:meta><meta:generator>ParCalc sample_sheets/tools/make_samples</meta:generator>
<dc:title>Phụ lục - Biểu thống kê số liệu CCHC</dc:title></office:meta>
<office:font-face-decls>
<style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
<style:style style:name="Default" style:family="table-cell">
<style:text-properties style:font-name="Times New Roman" fo:font-size="12pt" fo:language="vi" fo:country="VN"/>
</style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="coA" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="1.6cm"/></style:style>
<style:style style:name="coB" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="9.5cm"/></style:style>
<style:style style:name="coC" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="2.9cm"/></style:style>
<style:style style:name="coD" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="2.6cm"/></style:style>
<style:style style:name="coE" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="2.6cm"/></style:style>
<style:style style:name="coN" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="1.2cm"/></style:style>
<style:style style:name="coW" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="8cm"/></style:style>
<style:style style:name="ro1" style:family="table-row"><style:table-row-properties fo:break-before="auto" style:use-optimal-row-height="true"/></style:style>
<style:style style:name="ro2" style:family="table-row"><style:table-row-properties fo:break-before="page" style:use-optimal-row-height="true"/></style:style>
<style:style style:name="ta1" style:family="table" style:master-page-name="PageA4"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>
%s
%s
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="1.5cm" style:scale-to-X="1" style:scale-to-Y="0"/></style:page-layout>
</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="PageA4" style:page-layout-name="pm1"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page>
</office:master-styles>
<office:body><office:spreadsheet>
%s
</office:spreadsheet></office:body></office:document>
""" % (DATA_STYLES, styles.xml(), "\n".join(tables))


APPENDIX_COLUMNS = ["coA", "coB", "coC", "coD", "coE"]


def appendix_document(sheet, rows, col_offset=0, extra_titles=(), cover=None):
    styles = Styles()
    body = appendix_rows(styles, rows, col_offset)
    if extra_titles:
        st = styles.cell_style(True, False, "start", border=False, wrap=False)
        pad = ["<table:table-cell/>"] * col_offset
        body = [(False, pad + [text_cell(st, t[0], None, styles)]) for t in extra_titles] + body
    tables = []
    if cover is not None:
        st = styles.cell_style(False, False, "start", border=False, wrap=False)
        bold = styles.cell_style(True, False, "start", border=False, wrap=False)
        cover_rows = []
        for line in cover:
            cells = [text_cell(bold if c.isupper() and c else st, c, None, styles) for c in line]
            cover_rows.append((False, cells))
        tables.append(table_xml("Bìa", ["coW", "coN", "coW"], cover_rows))
    tables.append(table_xml(sheet, ["coN"] * col_offset + APPENDIX_COLUMNS, body))
    return document(styles, tables)


NOT_A_SPREADSHEET = [
    "UBND HUYỆN NGÂN SƠN",
    "Báo cáo kết quả thực hiện công tác cải cách hành chính quý I năm 2023",
    "(văn bản, không phải bảng tính: phụ lục nằm ở tệp khác)",
]
ZIP_TIME = (2023, 3, 15, 8, 0, 0)  # fixed, so the packages are byte-for-byte reproducible


def zip_package(path, entries):
    """A zip of (name, text, compress) entries, in order, with fixed times."""
    with zipfile.ZipFile(path, "w") as z:
        for name, text, compress in entries:
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            z.writestr(info, text.encode("utf-8"))


def write_odt(path, lines):
    """A minimal ODF text document (.odt): mimetype first and stored, as ODF requires."""
    paras = "".join("<text:p>%s</text:p>" % escape(l) for l in lines)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">'
        "<office:body><office:text>%s</office:text></office:body></office:document-content>"
        % paras)
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>")
    zip_package(path, [("mimetype", "application/vnd.oasis.opendocument.text", False),
                       ("content.xml", content, True),
                       ("META-INF/manifest.xml", manifest, True)])


def write_docx(path, lines):
    """A minimal Word document (.docx, WordprocessingML)."""
    paras = "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % escape(l) for l in lines)
    types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    document_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body>%s</w:body></w:document>" % paras)
    zip_package(path, [("[Content_Types].xml", types, True), ("_rels/.rels", rels, True),
                       ("word/document.xml", document_xml, True)])


# --------------------------------------------------------------------------
# CSV as Vietnamese Excel writes it ("CSV UTF-8"): BOM, ';' (the Vietnamese
# list separator), CRLF, numbers shown with a decimal comma, quotes only
# around fields holding ';', '"' or a line break, every row as wide as the table.

def excel_vi_field(raw):
    kind, value, decimals = typed(raw)
    if kind == "empty":
        return ""
    if kind == "float":
        return value.replace(".", ",")
    if kind == "percent":
        number = "%.*f" % (decimals, float(value))
        return number.replace(".", ",") + "%"
    if kind == "error":
        return value
    return value


def excel_vi_csv(rows):
    width = 5
    lines = []
    for n, cells in enumerate(rows):
        fields = list(cells[:width])
        fields[3] = excel_vi_field(fields[3])
        out = []
        for f in fields:
            if any(c in f for c in ';"\n\r'):
                f = '"' + f.replace('"', '""') + '"'
            out.append(f)
        lines.append(";".join(out))
    return "\ufeff" + "\r\n".join(lines) + "\r\n"


# --------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tsv", required=True)
    ap.add_argument("--out", required=True, help="directory for the generated files")
    args = ap.parse_args()
    sheet, rows = read_tsv(args.tsv)
    os.makedirs(args.out, exist_ok=True)

    def write(name, content):
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="") as f:
            f.write(content)

    write("ngan-son-q1-2023.fods", appendix_document(sheet, rows))
    write("ngan-son-q1-2023-offset-c7.fods",
          appendix_document(sheet, rows, col_offset=2, extra_titles=OFFSET_TITLES))
    write("ngan-son-q1-2023-second-sheet.fods", appendix_document(sheet, rows, cover=COVER))
    write("ngan-son-q1-2023-excel-vi.csv", excel_vi_csv(rows))
    write("clean-q2-2023.fods",
          appendix_document(sheet, with_values(rows, CLEAN, CLEAN_NOTES, CLEAN_TITLES)))
    write("clean-q1-2023-previous.fods",
          appendix_document(sheet, with_values(rows, PREVIOUS, CLEAN_NOTES, PREVIOUS_TITLES)))
    write_odt(os.path.join(args.out, "not-a-spreadsheet.odt"), NOT_A_SPREADSHEET)
    write_docx(os.path.join(args.out, "not-a-spreadsheet.docx"), NOT_A_SPREADSHEET)
    write("text-renamed.txt",
          "Kính gửi: Sở Nội vụ tỉnh Bắc Kạn\n"
          "UBND huyện Ngân Sơn gửi kèm báo cáo CCHC quý I năm 2023.\n"
          "Đây là thư văn bản thuần, không phải bảng tính.\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
