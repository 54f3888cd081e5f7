// Report writers: the JSON contract, CSV quoting, HTML escaping, text summary.
#include "core/reports/batch_report.hxx"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace parcalc;

namespace
{

BatchReport sample()
{
    ValidationResult ok;
    ok.tableFound = true;
    ok.sheet = "Phụ lục";
    ok.range = "A4:E120";
    ok.rowsFound = 118;
    ok.rowsExpected = 118;

    ValidationResult bad = ok;
    bad.unit = "UBND huyện Ngân Sơn";
    bad.period = "quý I năm 2023";
    Finding zero = makeFinding(FindingCode::ZeroDenominator, Severity::Error, "1.3.4", "D17",
                               "(không phát sinh)", "0 %");
    zero.sheet = "Phụ lục";
    zero.message = "Dòng 1.3.4 (ô D17): báo cáo 0 % nhưng mẫu số bằng 0, \"không phát sinh\"";
    zero.messageEn = "Row 1.3.4 (cell D17): 0 % reported, but the denominator is 0 <i>";
    Finding sum =
        makeFinding(FindingCode::SumMismatch, Severity::Warning, "6.2", "D98", "33", "34");
    sum.message = "tổng, lệch";
    sum.messageEn = "sum, mismatch";
    bad.findings = {zero, sum};

    BatchReport r;
    r.rulesetId = "default-huyen";
    r.rulesetVersion = "2023.1";
    r.files.push_back(readableReport("a.ods", ok));
    r.files.push_back(readableReport("b.xlsx", bad));
    r.files.push_back(
        unreadableReport("c.ods", "tệp có mật khẩu", "the file is password-protected"));
    return r;
}

TEST(BatchReport, StatusFollowsErrors)
{
    const BatchReport r = sample();
    EXPECT_EQ(r.files[0].status, FileStatus::Valid);
    EXPECT_EQ(r.files[1].status, FileStatus::Invalid);
    EXPECT_EQ(r.files[2].status, FileStatus::Unreadable);
    EXPECT_EQ(r.count(FileStatus::Invalid), 1u);
}

TEST(BatchReport, JsonHasThePublicShape)
{
    const auto j = nlohmann::json::parse(reportJson(sample()));
    EXPECT_EQ(j["schema_version"], 1);
    EXPECT_EQ(nlohmann::ordered_json::parse(reportJson(sample())).begin().key(),
              "schema_version"); // first, before anything else is read
    EXPECT_EQ(j["ruleset"]["id"], "default-huyen");
    EXPECT_EQ(j["ruleset"]["version"], "2023.1");
    ASSERT_EQ(j["files"].size(), 3u);
    EXPECT_EQ(j["files"][0]["status"], "valid");
    EXPECT_EQ(j["files"][0]["rows_found"], 118);
    EXPECT_EQ(j["files"][0]["rows_expected"], 118);
    EXPECT_EQ(j["files"][0]["sheet"], "Phụ lục");
    const auto& f = j["files"][1]["findings"][0];
    EXPECT_EQ(f["code"], "zero-denominator");
    EXPECT_EQ(f["severity"], "error");
    EXPECT_EQ(f["row"], "1.3.4");
    EXPECT_EQ(f["cell"], "D17");
    EXPECT_EQ(f["expected"], "(không phát sinh)");
    EXPECT_EQ(f["actual"], "0 %");
    EXPECT_EQ(j["files"][1]["findings"][1]["severity"], "warning");
    // Absent is null, never "": a.ods names no unit or period, the sum finding no sheet.
    EXPECT_TRUE(j["files"][0]["unit"].is_null()) << j["files"][0].dump();
    EXPECT_TRUE(j["files"][0]["period"].is_null());
    EXPECT_EQ(j["files"][1]["unit"], "UBND huyện Ngân Sơn");
    EXPECT_TRUE(j["files"][1]["findings"][1]["sheet"].is_null());
    EXPECT_EQ(j["files"][2]["status"], "unreadable");
    EXPECT_EQ(j["files"][2]["reason"], "tệp có mật khẩu");
    EXPECT_TRUE(j["files"][2]["findings"].empty());
}

TEST(BatchReport, JsonWritesNullForWhatAFindingLacks)
{
    BatchReport r = sample();
    ValidationResult none;
    none.sheet = "Sheet1";
    none.findings.push_back(makeFinding(FindingCode::TableNotFound, Severity::Error, "", ""));
    none.findings.back().message = "không tìm thấy bảng";
    none.findings.back().messageEn = "no table";
    r.files.push_back(readableReport("d.ods", none));
    const auto j = nlohmann::json::parse(reportJson(r));
    const auto& file = j["files"][3];
    EXPECT_TRUE(file["range"].is_null()) << file.dump();
    const auto& f = file["findings"][0];
    EXPECT_EQ(f["code"], "table-not-found");
    for (const char* key : {"row", "sheet", "cell", "expected", "actual"})
    {
        ASSERT_TRUE(f.contains(key)) << key; // present, and null
        EXPECT_TRUE(f[key].is_null()) << key << ": " << f.dump();
    }
    EXPECT_EQ(f["message_en"], "no table");
}

TEST(BatchReport, CsvQuotesAndKeepsOneLinePerFileThenFindings)
{
    const std::string csv = reportCsv(sample(), Language::Vi);
    EXPECT_EQ(csv.rfind("\xEF\xBB\xBFTệp,", 0), 0u);
    // The message holds a comma and quotes: quoted, quotes doubled.
    EXPECT_NE(csv.find("\"Dòng 1.3.4 (ô D17): báo cáo 0 % nhưng mẫu số bằng 0, "
                       "\"\"không phát sinh\"\"\""),
              std::string::npos);
    const auto rows = reportRows(sample(), Language::En);
    ASSERT_EQ(rows.size(), 1u + 1u + 1u + 2u + 1u); // header, a, b, b's 2 findings, c
    EXPECT_EQ(rows[2][0], "b.xlsx");
    EXPECT_EQ(rows[2][4], "1"); // errors
    EXPECT_EQ(rows[2][5], "1"); // warnings
    EXPECT_EQ(rows[3][6], "zero-denominator");
    EXPECT_EQ(rows[5][13], "the file is password-protected");
}

// The CSV columns are a contract (README "Báo cáo / Reports"): renaming, reordering or
// adding a column fails here. The header lines byte for byte, BOM and CRLF included.
TEST(BatchReport, CsvHeaderLinesArePinned)
{
    const std::string vi = reportCsv(sample(), Language::Vi);
    EXPECT_EQ(vi.substr(0, vi.find("\r\n") + 2),
              "\xEF\xBB\xBF"
              "Tệp,Trạng thái,Đơn vị,Kỳ báo cáo,Số lỗi,Số cảnh báo,Mã,Mức độ,Dòng,Trang tính,Ô,"
              "Kỳ vọng,Thực tế,Nội dung\r\n");
    const std::string en = reportCsv(sample(), Language::En);
    EXPECT_EQ(en.substr(0, en.find("\r\n") + 2),
              "\xEF\xBB\xBF"
              "File,Status,Unit,Period,Errors,Warnings,Code,Severity,Row,Sheet,Cell,Expected,"
              "Actual,Message\r\n");
}

// What each column holds, as documented: a file's summary row fills File..Warnings (and
// Message with the reason when unreadable), a finding row File and Code..Message.
TEST(BatchReport, CsvColumnsHoldWhatTheDocumentationSays)
{
    const auto rows = reportRows(sample(), Language::Vi);
    for (const auto& row : rows)
        EXPECT_EQ(row.size(), 14u);
    const std::vector<std::string> summary{"b.xlsx", "CÓ LỖI", "UBND huyện Ngân Sơn",
                                           "quý I năm 2023", "1", "1", "", "", "", "", "", "",
                                           "", ""};
    EXPECT_EQ(rows[2], summary);
    const std::vector<std::string> finding{
        "b.xlsx", "", "", "", "", "", "zero-denominator", "lỗi", "1.3.4", "Phụ lục", "D17",
        "(không phát sinh)", "0 %",
        "Dòng 1.3.4 (ô D17): báo cáo 0 % nhưng mẫu số bằng 0, \"không phát sinh\""};
    EXPECT_EQ(rows[3], finding);
    // a finding without sheet: the column stays empty (JSON: null)
    EXPECT_EQ(rows[4][9], "");
    const std::vector<std::string> unreadable{"c.ods", "KHÔNG ĐỌC ĐƯỢC", "", "", "", "", "", "",
                                              "", "", "", "", "", "tệp có mật khẩu"};
    EXPECT_EQ(rows[5], unreadable);
}

TEST(BatchReport, HtmlEscapesFileContent)
{
    const std::string html = reportHtml(sample(), Language::En);
    EXPECT_NE(html.find("denominator is 0 &lt;i&gt;"), std::string::npos);
    EXPECT_EQ(html.find("<i>"), std::string::npos);
    EXPECT_NE(html.find("class=\"unreadable\""), std::string::npos);
}

TEST(BatchReport, TextGivesOneLinePerFile)
{
    const std::string text = reportText(sample(), Language::Vi);
    EXPECT_NE(
        text.find("b.xlsx: CÓ LỖI | UBND huyện Ngân Sơn | quý I năm 2023 | 1 lỗi, 1 cảnh báo"),
        std::string::npos);
    EXPECT_NE(text.find("  [lỗi] 1.3.4 D17 zero-denominator:"), std::string::npos);
    EXPECT_NE(text.find("c.ods: KHÔNG ĐỌC ĐƯỢC — tệp có mật khẩu"), std::string::npos);
    EXPECT_NE(text.find("3 tệp: 1 đạt, 1 có lỗi, 1 không đọc được"), std::string::npos);
}

} // namespace
