#!/usr/bin/env python3
"""Builds rulesets/example-huyen-diem.json: the appendix of default-huyen.json
(rows, checks, grades copied, so every scoring input names a real row) plus an
EXAMPLE scoring tree made from the kinds of rule the seed reports show. It is
not any province's official criteria set: the field maxima follow seed 002
(Kon Tum 2023, 8 fields, 97 points), the criteria inside them are illustrative.

    python3 rulesets/tools/gen_example_huyen_diem.py

Edit the tree below (or default-huyen.json through its own generator), rerun,
and check in both this script and its output.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent / "default-huyen.json"
TARGET = HERE.parent / "example-huyen-diem.json"


def t(vi, en):
    return {"vi": vi, "en": en}


def node(id_, vi, en, max_, rule, input_=None, na=None, comment=None):
    """A scored criterion or sub-criterion."""
    n = {"id": id_, "label": t(vi, en), "max": max_, "rule": rule}
    if input_ is not None:
        n["input"] = input_
    if na is not None:
        n["not_applicable"] = na
    if comment is not None:
        n["comment"] = comment
    return n


def group(id_, vi, en, max_, children, key="sub_criteria"):
    """A criterion with sub-criteria (key "sub_criteria") or a field (key "criteria")."""
    return {"id": id_, "label": t(vi, en), "max": max_, key: children}


def field(id_, vi, en, max_, criteria):
    return group(id_, vi, en, max_, criteria, key="criteria")


MANUAL = {"kind": "manual"}


def manual(id_, vi, en, max_, comment=None):
    return node(id_, vi, en, max_, MANUAL, comment=comment)


def rate(num, den, vi=None, en=None):
    i = {"rate": {"numerator": num, "denominator": den}}
    if vi:
        i["name"] = t(vi, en)
    return i


def value(ref, vi=None, en=None):
    i = {"value": ref}
    if vi:
        i["name"] = t(vi, en)
    return i


def proportional(target=1, cap=None):
    r = {"kind": "proportional", "target": target}
    if cap is not None:
        r["cap"] = cap
    return r


def at_least(bound, kind="threshold", per_point=None):
    r = {"kind": kind, "at_least": bound}
    if per_point is not None:
        r["per_point"] = per_point
    return r


MANUAL_INPUTS = [
    {"id": "so_xa", "unit": "count",
     "label": t("Số xã, thị trấn trực thuộc", "Communes and towns of the district")},
    {"id": "so_sang_kien", "unit": "count",
     "label": t("Số sáng kiến, giải pháp CCHC được công nhận",
                "CCHC initiatives recognised")},
    {"id": "ty_le_qua_han", "unit": "rate",
     "label": t("Tỷ lệ hồ sơ TTHC giải quyết quá hạn", "Share of cases resolved late")},
    {"id": "dvsn_tiet_kiem", "unit": "count",
     "label": t("Số ĐVSNCL có tiết kiệm chi, tăng thu nhập cho người lao động",
                "Public service units that saved funds and raised incomes")},
    {"id": "cntt_hoan_thanh", "unit": "count",
     "label": t("Số nhiệm vụ của Kế hoạch ứng dụng CNTT đã hoàn thành",
                "IT plan tasks completed")},
    {"id": "cntt_ke_hoach", "unit": "count",
     "label": t("Số nhiệm vụ của Kế hoạch ứng dụng CNTT năm", "IT plan tasks of the year")},
    {"id": "ty_le_xa_chung_thuc_dien_tu", "unit": "rate",
     "label": t("Tỷ lệ UBND cấp xã cung cấp dịch vụ chứng thực bản sao điện tử",
                "Share of communes offering electronic certified copies")},
    {"id": "ty_le_buu_chinh", "unit": "rate",
     "label": t("Tỷ lệ hồ sơ TTHC tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích",
                "Share of cases received or returned through the public postal service")},
    {"id": "ty_le_ho_so_thanh_toan", "unit": "rate",
     "label": t("Tỷ lệ hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến",
                "Share of fee-bearing cases paid online")},
]

FIELDS = [
    field("1", "Công tác chỉ đạo, điều hành cải cách hành chính",
          "Direction and management of CCHC", 13, [
              manual("1.1", "Ban hành kế hoạch CCHC năm đúng hạn, đủ nội dung",
                     "Annual CCHC plan issued on time and complete", 1),
              node("1.2", "Mức độ hoàn thành kế hoạch CCHC năm",
                   "Completion of the annual CCHC plan", 1, proportional(),
                   rate("1.2.2", "1.2.1", "tỷ lệ hoàn thành kế hoạch CCHC",
                        "CCHC plan completion")),
              group("1.3", "Công tác kiểm tra CCHC", "CCHC inspections", 2, [
                  node("1.3.1", "Tỷ lệ UBND cấp xã được kiểm tra trong năm (≥ 30 %)",
                       "Share of communes inspected in the year (>= 30 %)", 1, at_least(0.3),
                       rate("1.3.1", "so_xa", "tỷ lệ xã được kiểm tra",
                            "share of communes inspected")),
                  node("1.3.2", "Xử lý các vấn đề phát hiện qua kiểm tra",
                       "Problems found by inspections and dealt with", 1, proportional(),
                       rate("1.3.3", "1.3.2", "tỷ lệ vấn đề đã xử lý",
                            "share of problems dealt with"), na="full"),
              ]),
              manual("1.4", "Tuyên truyền CCHC", "CCHC communication", 1),
              node("1.5", "Tổ chức đối thoại của lãnh đạo với người dân, doanh nghiệp",
                   "Dialogue of the leaders with citizens and businesses", 1, at_least(1),
                   value("1.6", "đối thoại với người dân (Có = 1)",
                         "dialogue with citizens (yes = 1)")),
              group("1.6", "Thực hiện nhiệm vụ UBND tỉnh, Chủ tịch UBND tỉnh giao",
                    "Tasks assigned by the province", 5, [
                        node("1.6.1", "Tỷ lệ nhiệm vụ hoàn thành đúng hạn",
                             "Share of tasks completed on time", 4, proportional(),
                             rate("1.4.2", "1.4.1", "tỷ lệ nhiệm vụ đúng hạn",
                                  "share of tasks on time"), na="full",
                             comment="Seed 002: 35 of 36 on time -> 3,89 / 4"),
                        node("1.6.2", "Nhiệm vụ quá hạn chưa hoàn thành (trừ 0,5 điểm mỗi nhiệm vụ)",
                             "Overdue tasks not completed (minus 0.5 each)", 1,
                             {"kind": "deduction", "per_case": 0.5},
                             {"sum": ["1.4.4"],
                              "name": t("số nhiệm vụ quá hạn chưa hoàn thành",
                                        "overdue tasks not completed")}),
                    ]),
              node("1.7", "Sáng kiến, giải pháp mới trong CCHC (1 điểm mỗi sáng kiến, tối đa 2)",
                   "New CCHC initiatives (1 point each, at most 2)", 2,
                   {"kind": "linear", "slope": 1},
                   value("so_sang_kien", "số sáng kiến được công nhận", "initiatives recognised"),
                   comment="Seed 000: 2 initiatives give the 2 points; 1 gives 1"),
          ]),
    field("2", "Cải cách thể chế", "Institutional reform", 10, [
        manual("2.1", "Xây dựng, ban hành VBQPPL đúng quy trình",
               "Legal documents drafted and issued by the procedure", 3),
        node("2.2", "Xử lý VBQPPL sau kiểm tra", "Legal documents dealt with after checks", 2,
             proportional(), rate("2.2.1.b", "2.2.1.a", "tỷ lệ VBQPPL đã xử lý sau kiểm tra",
                                  "share dealt with after checks"), na="full"),
        node("2.3", "Xử lý VBQPPL sau rà soát", "Legal documents dealt with after reviews", 2,
             proportional(), rate("2.3.2.b", "2.3.2.a", "tỷ lệ VBQPPL đã xử lý sau rà soát",
                                  "share dealt with after reviews"), na="full"),
        manual("2.4", "Theo dõi thi hành pháp luật", "Monitoring law enforcement", 3),
    ]),
    field("3", "Cải cách thủ tục hành chính", "Administrative procedure reform", 18, [
        manual("3.1", "Rà soát, đơn giản hóa TTHC", "Reviewing and simplifying procedures", 2),
        manual("3.2", "Công khai TTHC đầy đủ, đúng hạn", "Publishing procedures", 2),
        group("3.3", "Thực hiện cơ chế một cửa, một cửa liên thông", "One-stop shop", 6, [
            manual("3.3.1", "Bộ phận Một cửa tổ chức, hoạt động đúng quy định",
                   "One-stop desk organised as required", 1),
            manual("3.3.2", "Xin lỗi người dân khi giải quyết hồ sơ quá hạn, sai sót",
                   "Apologies for late or wrong cases", 2),
            manual("3.3.3", "Số hóa hồ sơ, kết quả giải quyết TTHC",
                   "Digitising cases and results", 1),
            manual("3.3.4", "Sử dụng Hệ thống thông tin giải quyết TTHC",
                   "Use of the provincial case system", 2),
        ]),
        group("3.4", "Kết quả giải quyết TTHC", "Results of case handling", 6, [
            node("3.4.1", "Tỷ lệ hồ sơ TTHC cấp huyện giải quyết đúng hạn (≥ 95 %)",
                 "On-time rate of district cases (>= 95 %)", 2,
                 at_least(0.95, "rate-target"),
                 {"on_time_rate": {"on_time": "3.3.1.b", "resolved": "3.3.1.a"}},
                 na="full", comment="Seed 000: 89,4 % on time cost these 2 points"),
            node("3.4.2", "Tỷ lệ hồ sơ TTHC cấp xã giải quyết đúng hạn (≥ 95 %, trừ 0,2 mỗi "
                 "điểm % thiếu)", "On-time rate of commune cases (>= 95 %, minus 0.2 per "
                 "point short)", 2, at_least(0.95, "rate-target", per_point=0.2),
                 {"on_time_rate": {"on_time": "3.3.2.b", "resolved": "3.3.2.a"},
                  "name": t("tỷ lệ đúng hạn cấp xã", "commune on-time rate")}, na="full"),
            node("3.4.3", "Giải quyết phản ánh, kiến nghị về quy định TTHC",
                 "Citizen feedback on procedures dealt with", 1, proportional(),
                 rate("3.4.2", "3.4.1", "tỷ lệ PAKN đã giải quyết", "share of feedback dealt with"),
                 na="full"),
            node("3.4.4", "Tỷ lệ hồ sơ giải quyết quá hạn không quá 5 %",
                 "At most 5 % of cases resolved late", 1,
                 {"kind": "threshold", "at_most": 0.05},
                 value("ty_le_qua_han", "tỷ lệ hồ sơ quá hạn", "late-case rate"),
                 comment="Seed 000: 10,6 % late against the province's 5 %"),
        ]),
        manual("3.5", "Tiếp nhận, xử lý phản ánh, kiến nghị về TTHC",
               "Receiving feedback on procedures", 2),
    ]),
    field("4", "Cải cách tổ chức bộ máy hành chính", "Reform of the administrative apparatus", 10, [
        manual("4.1", "Sắp xếp, kiện toàn tổ chức bộ máy theo quy định",
               "Organisation arranged as required", 2),
        manual("4.2", "Bố trí số lượng cấp phó đúng quy định",
               "Number of deputies as required", 2),
        node("4.3", "Sử dụng biên chế công chức không vượt số được giao",
             "Civil-servant headcount within the quota", 2,
             {"kind": "threshold", "at_most": 1},
             rate("4.5.2", "4.5.1", "biên chế có mặt / được giao", "headcount / quota")),
        group("4.4", "Tinh giản biên chế (≥ 10 % so với năm 2015)",
              "Staff reduction (>= 10 % against 2015)", 2, [
                  node("4.4.1", "Công chức hành chính", "Civil servants", 1, at_least(0.1),
                       value("4.5.5", "tỷ lệ biên chế đã tinh giản so với năm 2015",
                             "civil servants cut since 2015")),
                  node("4.4.2", "Người làm việc tại ĐVSNCL", "Staff of public service units", 1,
                       at_least(0.1),
                       value("4.6.3", "tỷ lệ người làm việc đã tinh giản so với năm 2015",
                             "public-service staff cut since 2015")),
              ]),
        manual("4.5", "Thực hiện phân cấp quản lý", "Decentralisation", 2),
    ]),
    field("5", "Cải cách chế độ công vụ", "Civil service reform", 13, [
        group("5.1", "Bố trí đúng vị trí việc làm được phê duyệt",
              "Staff placed in their approved job positions", 2, [
                  node("5.1.1", "Công chức hành chính", "Civil servants", 1,
                       {"kind": "bands", "bands": [{"min": 1, "points": 1},
                                                   {"min": 0.9, "points": 0.5}]},
                       value("5.1.1", "tỷ lệ công chức đúng vị trí việc làm",
                             "civil servants in their positions")),
                  node("5.1.2", "Viên chức sự nghiệp", "Public employees", 1,
                       {"kind": "bands", "bands": [{"min": 1, "points": 1},
                                                   {"min": 0.9, "points": 0.5}]},
                       value("5.1.2", "tỷ lệ viên chức đúng vị trí việc làm",
                             "public employees in their positions")),
              ]),
        manual("5.2", "Tuyển dụng, bổ nhiệm đúng quy định", "Recruitment and appointments", 2),
        manual("5.3", "Đào tạo, bồi dưỡng CBCCVC", "Training", 2),
        manual("5.4", "Đánh giá, xếp loại CBCCVC", "Staff appraisal", 2),
        manual("5.5", "Thực hiện văn hóa công vụ", "Civil-service culture", 2),
        node("5.6", "CBCCVC bị xử lý kỷ luật (lãnh đạo −1, công chức, viên chức −0,5 mỗi người)",
             "Disciplined staff (minus 1 per leader, 0.5 per other official)", 3,
             {"kind": "deduction", "per_case": 1},
             {"sum": ["5.4.1", "5.4.2", "5.4.3"], "weights": [1, 1, 0.5],
              "name": t("điểm trừ kỷ luật", "discipline deductions")},
             comment="Seed 002: a head of office and two officials disciplined -> 1 / 3"),
    ]),
    field("6", "Cải cách tài chính công", "Public finance reform", 13, [
        group("6.1", "Quản lý, sử dụng vốn đầu tư công", "Public investment", 3, [
            node("6.1.1", "Giải ngân kế hoạch vốn đầu tư công năm",
                 "Disbursement of the annual public investment plan", 2, proportional(),
                 rate("6.1.2", "6.1.1", "tỷ lệ giải ngân", "disbursement rate"),
                 comment="Seed 002: 54,7 % of the plan -> 1,09 / 2"),
            manual("6.1.2", "Thực hiện kiến nghị thanh tra, kiểm toán",
                   "Audit recommendations carried out", 1),
        ]),
        manual("6.2", "Thực hiện cơ chế tự chủ tại các ĐVSNCL",
               "Financial autonomy of public service units", 3),
        group("6.3", "Tiết kiệm chi, tăng thu nhập tại ĐVSNCL",
              "Savings and income at public service units", 1, [
                  node("6.3.1", "Tỷ lệ ĐVSNCL có tiết kiệm chi, tăng thu nhập (≥ 50 %)",
                       "Share of units that saved and raised incomes (>= 50 %)", 1,
                       at_least(0.5),
                       rate("dvsn_tiet_kiem", "4.3", "tỷ lệ ĐVSNCL tiết kiệm chi",
                            "share of units that saved"),
                       comment="Seed 002: 1 of 32 units -> 0 / 1"),
              ]),
        manual("6.4", "Công khai tài chính, ngân sách", "Budget transparency", 2),
        manual("6.5", "Quản lý, sử dụng tài sản công", "Public assets", 2),
        manual("6.6", "Báo cáo dự toán, quyết toán ngân sách đúng hạn",
               "Budget reports on time", 2),
    ]),
    field("7", "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
          "E-government and digital government", 14, [
              group("7.1", "Ứng dụng công nghệ thông tin", "Use of IT", 3, [
                  node("7.1.1", "Tỷ lệ văn bản trao đổi dưới dạng điện tử",
                       "Share of documents exchanged electronically", 1,
                       {"kind": "bands", "bands": [{"min": 0.95, "points": 1},
                                                   {"min": 0.9, "points": 0.5}]},
                       value("7.1.a", "tỷ lệ văn bản điện tử", "electronic documents"),
                       comment="Seed 004: 90 % to < 95 % -> 0,5 / 1"),
                  node("7.1.2", "Mức độ hoàn thành Kế hoạch ứng dụng CNTT năm",
                       "Completion of the annual IT plan", 1, proportional(),
                       rate("cntt_hoan_thanh", "cntt_ke_hoach", "tỷ lệ nhiệm vụ CNTT hoàn thành",
                            "IT tasks completed"),
                       comment="Seed 002: 24 of 26 tasks -> 0,92 / 1"),
                  manual("7.1.3", "Hồ sơ công việc xử lý trên môi trường mạng",
                         "Work files handled online", 1),
              ]),
              group("7.2", "Cung cấp dịch vụ công trực tuyến", "Online public services", 4.5, [
                  node("7.2.1", "Tỷ lệ TTHC mức độ 3, 4 tích hợp trên Cổng DVC (≥ 50 %)",
                       "Level 3-4 procedures on the portal (>= 50 %)", 1, at_least(0.5),
                       rate("7.2.3.b", "7.2.3.a", "tỷ lệ TTHC trên Cổng DVC",
                            "procedures on the portal"),
                       comment="Seed 004: below 50 % -> 0 / 1"),
                  node("7.2.2", "Tỷ lệ hồ sơ tiếp nhận trực tuyến (đủ điểm từ 50 %)",
                       "Share of cases received online (full points from 50 %)", 2,
                       proportional(target=0.5),
                       rate("7.2.4.b", "7.2.4.a", "tỷ lệ hồ sơ trực tuyến", "online cases")),
                  node("7.2.3", "Tỷ lệ UBND cấp xã cung cấp chứng thực bản sao điện tử (≥ 35 %)",
                       "Communes offering electronic certified copies (>= 35 %)", 1,
                       at_least(0.35), value("ty_le_xa_chung_thuc_dien_tu"),
                       comment="Seed 004: below 35 % -> 0 / 1"),
                  node("7.2.4", "Hồ sơ TTHC qua dịch vụ bưu chính công ích",
                       "Cases through the public postal service", 0.5,
                       {"kind": "linear", "slope": 1},
                       value("ty_le_buu_chinh", "tỷ lệ hồ sơ qua bưu chính công ích",
                             "postal-service cases"),
                       comment="Seed 004: 18 % -> 0,18 / 0,5"),
              ]),
              group("7.3", "Thanh toán trực tuyến", "Online payment", 1.5, [
                  manual("7.3.1", "Kết nối thanh toán trực tuyến trên Cổng DVC",
                         "Online payment connected on the portal", 0.5),
                  node("7.3.2", "Tỷ lệ TTHC có tích hợp, triển khai thanh toán trực tuyến",
                       "Share of fee-bearing procedures with online payment", 0.5,
                       proportional(),
                       rate("7.2.5.b", "7.2.5.a", "tỷ lệ TTHC thanh toán trực tuyến",
                            "procedures with online payment"),
                       comment="Seed 002: 5 of 48 procedures -> 0,05 / 0,5"),
                  node("7.3.3", "Tỷ lệ hồ sơ được thanh toán trực tuyến",
                       "Share of cases paid online", 0.5, proportional(),
                       value("ty_le_ho_so_thanh_toan")),
              ]),
              manual("7.4", "Áp dụng hệ thống quản lý chất lượng TCVN ISO 9001",
                     "ISO 9001 quality management", 2),
              manual("7.5", "Báo cáo trên hệ thống thông tin kinh tế - xã hội của tỉnh",
                     "Reports on the provincial socio-economic system", 2),
              manual("7.6", "Bảo đảm an toàn thông tin", "Information security", 1),
          ]),
    field("8", "Việc chấp hành quy chế văn hóa công sở, kỷ luật, kỷ cương hành chính",
          "Office culture and administrative discipline", 6, [
              manual("8.1", "Chấp hành quy chế văn hóa công sở", "Office culture rules", 3),
              manual("8.2", "Kỷ luật, kỷ cương hành chính", "Administrative discipline", 3),
          ]),
]


def main():
    base = json.loads(SOURCE.read_text(encoding="utf-8"))
    ruleset = {
        "$schema": "./ruleset.schema.json",
        "format": 1,
        "id": "example-huyen-diem",
        "version": "2023.1",
        "title": t("VÍ DỤ - Bộ tiêu chí chấm điểm Chỉ số CCHC cấp huyện (minh họa, KHÔNG "
                   "chính thức)",
                   "EXAMPLE - district PAR index scoring criteria (illustrative, NOT official)"),
        "description": t(
            "Bộ quy tắc mẫu để thử các hàm PARPOINTS, PARMAX và lệnh parcalc score. Các "
            "loại quy tắc chấm điểm lấy từ các báo cáo thực tế (giải ngân, nhiệm vụ CNTT, "
            "thanh toán trực tuyến, văn bản điện tử, bưu chính công ích, tỷ lệ đúng hạn, kỷ "
            "luật); điểm tối đa các lĩnh vực theo báo cáo năm 2023 của huyện Kon Rẫy (97 "
            "điểm). Đây KHÔNG phải bộ tiêu chí chính thức của tỉnh nào: hãy chấm điểm thật "
            "bằng bộ quy tắc dựng từ quyết định của tỉnh mình. Các dòng phụ lục giống "
            "default-huyen.",
            "A sample rule set to try PARPOINTS, PARMAX and parcalc score. The kinds of "
            "scoring rule come from real reports (disbursement, IT tasks, online payment, "
            "electronic documents, postal service, on-time rate, discipline); the field "
            "maxima follow Kon Rẫy district's 2023 report (97 points). This is NOT any "
            "province's official criteria set: score for real with a rule set built from "
            "your province's decision. The appendix rows are those of default-huyen."),
        "level": "huyen",
        "years": base.get("years", []),
        "rows": base["rows"],
        "checks": base.get("checks", []),
        "grades": base["grades"],
        "scoring": {
            "note": t("VÍ DỤ minh họa, không phải bộ tiêu chí chính thức.",
                      "Illustrative EXAMPLE, not an official criteria set."),
            "manual_inputs": MANUAL_INPUTS,
            "fields": FIELDS,
        },
    }
    text = json.dumps(ruleset, ensure_ascii=False, indent=2) + "\n"
    TARGET.write_text(text, encoding="utf-8")
    total = sum(f["max"] for f in FIELDS)
    print(f"wrote {TARGET} ({len(FIELDS)} fields, {total} points)")


if __name__ == "__main__":
    main()
