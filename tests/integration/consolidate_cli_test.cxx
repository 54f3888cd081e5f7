// Integration tests of `parcalc consolidate` (issue 14): the real tool and a headless
// soffice over district appendices written as Excel writes them
// (tests/integration/make_districts.py, into build/tests/consolidate-data before these
// run). Every expected total is worked out by hand from the figures make_districts.py
// plants; units are listed in path order (ba-be, ngan-son, pac-nam).
#include "cli_run.hxx"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using nlohmann::json;
using namespace parcalc::cli_test;

namespace
{

const std::string kData = kBinary + "/tests/consolidate-data/";

// `parcalc consolidate --profile <suite profile> ARGS -o OUT`; `out` read into run.out.
ToolRun runConsolidate(const std::string& name, std::vector<std::string> args,
                       const std::string& out)
{
    const fs::path dir = fs::path(kBinary) / "tests" / "consolidate-out" / name;
    fs::create_directories(dir);
    const std::string path = (dir / out).string();
    fs::remove(path);
    std::vector<std::string> all{"consolidate", "--profile", suiteProfile("consolidate_"), "-o",
                                 path};
    all.insert(all.end(), args.begin(), args.end());
    ToolRun run = runParcalc(dir, all);
    run.out = readFile(path);
    return run;
}

const json& rowOf(const json& report, const std::string& id)
{
    static const json kNone = json::object();
    for (const json& row : report["rows"])
        if (row["id"] == id)
            return row;
    ADD_FAILURE() << "no row " << id;
    return kNone;
}

std::vector<std::string> names(const json& array)
{
    std::vector<std::string> out;
    for (const json& item : array)
        out.push_back(item.get<std::string>());
    return out;
}

TEST(ConsolidateTotals, SumsRecomputesCountsAndNamesTheMissing)
{
    const ToolRun run = runConsolidate("good-json", {kData + "good"}, "good.json");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const json report = parseJson(run);
    EXPECT_EQ(report["schema_version"], 1);
    EXPECT_EQ(report["ruleset"]["id"], "default-huyen");
    EXPECT_EQ(report["period"], "quý I năm 2023");
    ASSERT_EQ(report["units"].size(), 3u);
    EXPECT_EQ(report["units"][1]["unit"], "UBND huyện Ngân Sơn");
    EXPECT_EQ(report["units"][1]["included"], true);

    const json& docs = rowOf(report, "1.1"); // 7 + 15, Pác Nặm blank
    EXPECT_EQ(docs["total"], 22.0);
    EXPECT_EQ(names(docs["missing"]), std::vector<std::string>{"UBND huyện Pác Nặm"});
    EXPECT_EQ(docs["by_unit"], json::parse("[7, 15, null]"));

    const json& plan = rowOf(report, "1.2"); // (9 + 28 + 3) / (10 + 56 + 4)
    EXPECT_DOUBLE_EQ(plan["total"].get<double>(), 40.0 / 70.0);
    EXPECT_GT(std::abs(plan["total"].get<double>() - (0.9 + 0.5 + 0.75) / 3), 0.1);

    const json& checks = rowOf(report, "1.3.4"); // 0 / 0 in every district
    EXPECT_TRUE(checks["total"].is_null());
    EXPECT_EQ(checks["not_arising"], true);

    const json& dialogue = rowOf(report, "1.6"); // Không, Có, Có
    EXPECT_EQ(dialogue["total"], 2.0);
    EXPECT_EQ(dialogue["answered"], 3);
    EXPECT_EQ(dialogue["by_unit"], json::parse("[false, true, true]"));

    const json& posts = rowOf(report, "5.1.1"); // 80 %, 97 %, 90 %: no parts, no sum
    EXPECT_TRUE(posts["total"].is_null());
    EXPECT_DOUBLE_EQ(posts["min"].get<double>(), 0.80);
    EXPECT_DOUBLE_EQ(posts["median"].get<double>(), 0.90);
    EXPECT_DOUBLE_EQ(posts["max"].get<double>(), 0.97);

    EXPECT_DOUBLE_EQ(rowOf(report, "6.1.1")["total"].get<double>(), 3 * 136284.0);
}

TEST(ConsolidateTotals, TheWorkbookReadBackHoldsTheJsonTotals)
{
    const ToolRun json1 = runConsolidate("ods-json", {kData + "good"}, "good.json");
    ASSERT_EQ(json1.exitCode, 0) << json1.err;
    const json totals = parseJson(json1);
    const ToolRun ods = runConsolidate(
        "ods", {"--unit", "UBND thành phố Bắc Kạn", kData + "good"}, "tong-hop.ods");
    ASSERT_EQ(ods.exitCode, 0) << ods.err;
    const std::string book = kBinary + "/tests/consolidate-out/ods/tong-hop.ods";

    const std::string content = kBinary + "/tests/consolidate-out/ods/content.xml";
    ASSERT_EQ(std::system(("unzip -p " + shellQuote(book) + " content.xml > " +
                           shellQuote(content)).c_str()),
              0);
    const std::string xml = readFile(content);
    for (const char* sheet : {"Tổng hợp", "Theo đơn vị", "Phát hiện", "Nguồn"})
        EXPECT_NE(xml.find(std::string("table:name=\"") + sheet + "\""), std::string::npos)
            << sheet;

    // The Tổng hợp sheet is an appendix: consolidating the workbook alone gives its totals.
    const ToolRun back = runConsolidate("ods-back", {book}, "back.json");
    const json reread = parseJson(back);
    ASSERT_EQ(reread["units"].size(), 1u);
    EXPECT_EQ(reread["units"][0]["unit"], "UBND thành phố Bắc Kạn");
    EXPECT_EQ(reread["period"], "quý I năm 2023");
    std::size_t compared = 0;
    for (const json& row : totals["rows"])
    {
        if (row["aggregate"] != "sum" && row["aggregate"] != "ratio")
            continue;
        const json& again = rowOf(reread, row["id"]);
        EXPECT_EQ(again["not_arising"], row["not_arising"]) << row["id"];
        if (row["total"].is_null())
            continue;
        ASSERT_TRUE(again["total"].is_number()) << row["id"];
        EXPECT_NEAR(again["total"].get<double>(), row["total"].get<double>(),
                    1e-9 * std::max(1.0, std::abs(row["total"].get<double>())))
            << row["id"];
        ++compared;
    }
    EXPECT_GT(compared, 60u);
}

TEST(ConsolidateTotals, XlsxAndCsvCarryTheSameTotals)
{
    const ToolRun xlsx = runConsolidate("xlsx", {kData + "good"}, "tong-hop.xlsx"); // by extension
    ASSERT_EQ(xlsx.exitCode, 0) << xlsx.err;
    EXPECT_EQ(xlsx.out.substr(0, 2), "PK");
    const ToolRun back = runConsolidate(
        "xlsx-back", {kBinary + "/tests/consolidate-out/xlsx/tong-hop.xlsx"}, "back.json");
    const json reread = parseJson(back);
    EXPECT_EQ(rowOf(reread, "1.1")["total"], 22.0);
    EXPECT_NEAR(rowOf(reread, "1.2")["total"].get<double>(), 40.0 / 70.0, 1e-12);

    const ToolRun csv = runConsolidate("csv", {"--format", "csv", kData + "good"}, "by-unit.csv");
    ASSERT_EQ(csv.exitCode, 0) << csv.err;
    // Header: STT, label, unit, the total, then the units in path order.
    EXPECT_NE(csv.out.find("Tổng hợp,UBND huyện Ba Bể,UBND huyện Ngân Sơn,UBND huyện Pác Nặm\r\n"),
              std::string::npos)
        << csv.out.substr(0, 300);
    EXPECT_NE(csv.out.find("\r\n1.1,\"Số văn bản chỉ đạo CCHC đã ban hành (kết luận, chỉ thị, công "
                           "văn chỉ đạo, quán triệt)\",Văn bản,22,7,15,\r\n"),
              std::string::npos);
}

TEST(ConsolidateBadInputs, ListsEveryFileAndWhyItWasLeftOut)
{
    const ToolRun run = runConsolidate("bad", {kData + "bad"}, "bad.json");
    EXPECT_EQ(run.exitCode, 3) << run.err; // an unreadable file
    const json report = parseJson(run);
    std::map<std::string, json> byFile;
    for (const json& unit : report["units"])
        byFile[fs::path(unit["file"].get<std::string>()).filename().string()] = unit;
    ASSERT_EQ(byFile.size(), 8u);
    EXPECT_EQ(byFile["ba-be.xlsx"]["included"], false); // the older Ba Bể
    EXPECT_NE(textOf(byFile["ba-be.xlsx"], "reason").find("ba-be-sua.xlsx"), std::string::npos);
    EXPECT_EQ(byFile["ba-be-sua.xlsx"]["included"], true);
    EXPECT_EQ(byFile["danh-sach.xlsx"]["status"], "not-appendix");
    EXPECT_EQ(byFile["hong.xlsx"]["status"], "unreadable");
    EXPECT_NE(textOf(byFile["hong.xlsx"], "reason_en").find("damaged"), std::string::npos);
    EXPECT_EQ(byFile["tu-danh-gia.fods"]["status"], "self-assessment");
    EXPECT_EQ(byFile["tu-danh-gia.fods"]["included"], false);
    EXPECT_EQ(byFile["na-ri.xlsx"]["status"], "invalid");
    EXPECT_EQ(byFile["na-ri.xlsx"]["included"], true); // flagged, not left out
    // 1.1: Ba Bể's newer 8 + Na Rì 15 + Ngân Sơn 15; Pác Nặm blank.
    EXPECT_EQ(rowOf(report, "1.1")["total"], 38.0);
    for (const char* file : {"ba-be.xlsx", "danh-sach.xlsx", "hong.xlsx", "tu-danh-gia.fods"})
        EXPECT_NE(run.err.find(file), std::string::npos) << file;
}

TEST(ConsolidateBadInputs, ExcludeInvalidLeavesOutTheFileWithErrors)
{
    const ToolRun run =
        runConsolidate("exclude", {"--exclude-invalid", kData + "bad"}, "exclude.json");
    const json report = parseJson(run);
    for (const json& unit : report["units"])
        if (fs::path(unit["file"].get<std::string>()).filename() == "na-ri.xlsx")
        {
            EXPECT_EQ(unit["included"], false);
            EXPECT_NE(textOf(unit, "reason").find("--exclude-invalid"), std::string::npos);
        }
    EXPECT_EQ(rowOf(report, "1.1")["total"], 23.0); // 8 + 15
}

TEST(ConsolidateBadInputs, MixedPeriodsAreRefusedUnlessAllowed)
{
    const ToolRun refused = runConsolidate("mixed", {kData + "mixed"}, "mixed.json");
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_TRUE(refused.out.empty());
    EXPECT_NE(refused.err.find("kỳ báo cáo khác nhau"), std::string::npos) << refused.err;
    EXPECT_NE(refused.err.find("different periods"), std::string::npos);
    EXPECT_NE(refused.err.find("cho-don-quy-2.xlsx"), std::string::npos);

    const ToolRun allowed =
        runConsolidate("mixed-allowed", {"--allow-mixed-periods", kData + "mixed"}, "mixed.json");
    ASSERT_EQ(allowed.exitCode, 0) << allowed.err;
    const json report = parseJson(allowed);
    EXPECT_EQ(report["period"], "quý I năm 2023; quý II năm 2023");
    EXPECT_EQ(rowOf(report, "1.1")["total"], 7.0 + 15 + 15); // Chợ Đồn as the corpus: 15
}

TEST(ConsolidateBadInputs, UsageErrorsSayWhatIsWrong)
{
    const ToolRun noOutput = runParcalc(fs::path(kBinary) / "tests" / "consolidate-out" / "usage",
                                        {"consolidate", kData + "good"});
    EXPECT_EQ(noOutput.exitCode, 2);
    EXPECT_NE(noOutput.err.find("--output is required"), std::string::npos) << noOutput.err;
    const ToolRun badFormat =
        runParcalc(fs::path(kBinary) / "tests" / "consolidate-out" / "usage",
                   {"consolidate", "--format", "pdf", "-o", "x.pdf", kData + "good"});
    EXPECT_EQ(badFormat.exitCode, 2);
    EXPECT_NE(badFormat.err.find("unknown --format pdf"), std::string::npos);
}

} // namespace
