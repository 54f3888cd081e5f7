#!/usr/bin/python3
"""Writes the district appendices `parcalc consolidate` is tested on (issue 14), as Excel
writes them (python3-xlsxwriter, through tests/corpus/tools/make_excel.py): the seed-001
layout with the consistent values of the corpus (corpus_cases.CLEAN_ROWS) and a few
figures changed per district; consolidate_cli_test.cxx works the totals out by hand.
Usage: make_districts.py OUT

OUT/good: three districts of quý I/2023 (Ngân Sơn as the corpus has it, Ba Bể, Pác Nặm).
OUT/bad: the same three plus a newer Ba Bể file (a duplicate), Na Rì with an error (1.2
says 90 % of 28/56), a non-appendix workbook, a damaged .xlsx, a self-assessment sheet
(seed 000). OUT/mixed: the three plus a quý II file.
"""

import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "corpus", "tools"))
import corpus_cases as C  # noqa: E402
import make_excel as X  # noqa: E402

# Both parts 0 and the rate "Không phát sinh" in every district: 1.3.4 totals 0/0.
NO_CHECKS = {"1.3.2": "0", "1.3.3": "0", "1.3.4": "Không phát sinh"}
DISTRICTS = {
    # CLEAN: 1.1 = 15, 1.2 = 28/56 (50 %), 1.6 Có, 5.1.1 97 %, 6.1.1 = 136284
    "ngan-son": ("UBND huyện Ngân Sơn", {}),
    "ba-be": ("UBND huyện Ba Bể", {"1.1": "7", "1.2.1": "10", "1.2.2": "9", "1.2": "90%",
                                   "1.6": "Không", "5.1.1": "80%"}),
    # 1.1 left blank: missing, not 0
    "pac-nam": ("UBND huyện Pác Nặm", {"1.1": "", "1.2.1": "4", "1.2.2": "3", "1.2": "75%",
                                       "5.1.1": "90%"}),
}


def district_rows(unit, values, period="QUÝ I NĂM 2023"):
    rows = C.with_values(dict(NO_CHECKS, **values))
    rows[1][0] = ("BIỂU THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH "
                  + period)
    rows[2][0] = "(Kèm theo Báo cáo số 40/BC-UBND ngày 15/3/2023 của %s)" % unit
    return rows


def write_districts(folder):
    os.makedirs(folder, exist_ok=True)
    for name, (unit, values) in DISTRICTS.items():
        path = os.path.join(folder, name + ".xlsx")
        X.write_book(path, district_rows(unit, values))
        os.utime(path, (1700000000, 1700000000))


def main():
    out = sys.argv[1]
    shutil.rmtree(out, ignore_errors=True)
    write_districts(os.path.join(out, "good"))

    bad = os.path.join(out, "bad")
    write_districts(bad)
    newer = os.path.join(bad, "ba-be-sua.xlsx")  # the same unit and period, written later
    X.write_book(newer, district_rows("UBND huyện Ba Bể", dict(DISTRICTS["ba-be"][1], **{"1.1": "8"})))
    os.utime(newer, (1700000500, 1700000500))
    X.write_book(os.path.join(bad, "na-ri.xlsx"), district_rows("UBND huyện Na Rì", {"1.2": "90%"}))
    shutil.copy(os.path.join(ROOT, "tests", "corpus", "sheets", "no-table.xlsx"),
                os.path.join(bad, "danh-sach.xlsx"))
    with open(os.path.join(bad, "hong.xlsx"), "wb") as f:  # a zip cut short
        f.write(b"PK\x03\x04" + b"\x00" * 40)
    shutil.copy(os.path.join(ROOT, "tests", "data", "self-assessment", "seed-000-dak-song.fods"),
                os.path.join(bad, "tu-danh-gia.fods"))

    mixed = os.path.join(out, "mixed")
    write_districts(mixed)
    X.write_book(os.path.join(mixed, "cho-don-quy-2.xlsx"),
                 district_rows("UBND huyện Chợ Đồn", {}, "QUÝ II NĂM 2023"))


if __name__ == "__main__":
    main()
