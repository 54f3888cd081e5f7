#!/usr/bin/python3
"""Writes the corpus cases too big to check in (issue 6), at test time:

  OUT/sheets/100k-rows-below.fods  the clean appendix, then a 100 000-row list below it
  OUT/sheets/100k-rows-above.csv   100 000 log rows, then the clean appendix
  OUT/huge-50mb.json               a rule set of ~50 MB (rows repeated)

Standard library only; ~2 s. Usage: make_big.py OUT
"""

import csv
import io
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpus_cases as C  # noqa: E402

ROWS = 100_000
HUGE_BYTES = 50 * 1024 * 1024


def below_fods(path):
    styles = C.A.Styles()
    body = [(pb, list(cells)) for pb, cells in C.A.appendix_rows(styles, C.CLEAN_ROWS)]
    body += [(False, [])] * 3  # three blank rows end the table
    plain = styles.cell_style(False, False, "start", border=False, wrap=False)

    def text(t):
        return ('<table:table-cell table:style-name="%s" office:value-type="string">'
                '<text:p>%s</text:p></table:table-cell>' % (plain, C.A.escape(t)))

    def num(n):
        return ('<table:table-cell office:value-type="float" office:value="%d">'
                '<text:p>%d</text:p></table:table-cell>' % (n, n))

    body.append((False, [text("Danh sách hồ sơ TTHC đã tiếp nhận trong quý")]))
    for i in range(1, ROWS + 1):
        body.append((False, [num(i), text("Hồ sơ %06d" % i), text("Hồ sơ"), num(i % 7),
                             text("Đúng hạn" if i % 10 else "Trễ hạn")]))
    with open(path, "w", encoding="utf-8") as f:
        f.write(C.A.document(styles, [C.sheet_xml(C.SHEET, body)]))


def above_csv(path):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    for i in range(1, ROWS + 1):
        w.writerow(["2023-04-%02d 08:%02d" % (i % 28 + 1, i % 60), "nhật ký tiếp nhận",
                    "hồ sơ %06d" % i, str(i % 9), ""])
    for row in C.CLEAN_ROWS:
        kind, value, decimals = C.A.typed(row[3])
        shown = value if kind != "percent" else value + "%"
        w.writerow([row[0], row[1], row[2], shown or "", row[4]])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(out.getvalue())


def huge_json(path):
    rs = C.default_ruleset()
    template = rs["rows"]
    rows = []
    size, n = 0, 0
    while size < HUGE_BYTES:
        for r in template:
            row = dict(r, id="%s-%d" % (r["id"], n), comment="bản sao %d " % n + "x" * 200)
            rows.append(row)
            size += len(json.dumps(row, ensure_ascii=False)) + 2
        n += 1
    rs["rows"] = rows
    with open(path, "w", encoding="utf-8") as f:
        json.dump(rs, f, ensure_ascii=False)


def main():
    out = sys.argv[1]
    os.makedirs(os.path.join(out, "sheets"), exist_ok=True)
    below_fods(os.path.join(out, "sheets", "100k-rows-below.fods"))
    above_csv(os.path.join(out, "sheets", "100k-rows-above.csv"))
    huge_json(os.path.join(out, "huge-50mb.json"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
