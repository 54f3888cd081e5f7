// The bad-input corpus (issue 6) through the real `parcalc validate`: every sheet of
// tests/corpus/sheets/ plus the 10^5-row sheets made at test time (make_big.py, ctest
// fixture corpus_big) in ONE batch run, which must report each file with its expected
// outcome and go on; then each bad rule file of tests/corpus/rulesets/ (and the 50 MB one)
// on its own, which must stop with exit code 2 and a message naming the file, the JSON
// path and the problem in Vietnamese and English.
//
// Expected outcomes: tests/corpus/cases.json (written by tests/corpus/tools/make_corpus
// from the planted defects, never from the tool's output; README.md lists them).
// Profile: build/test-profiles/corpus_<Suite> (throwaway, never ~/.config).
#include "cli_run.hxx"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using nlohmann::json;
using namespace parcalc::cli_test;

namespace
{

const std::string kCorpus = kSource + "/tests/corpus";
const std::string kBig = kBinary + "/tests/corpus-big"; // make_big.py's output

// `parcalc validate --profile build/test-profiles/corpus_SUITE ARGS`; outputs kept in
// build/tests/corpus-out/NAME for a look after a failure.
ToolRun runValidate(const std::string& suite, const std::string& name,
                    const std::vector<std::string>& args)
{
    std::vector<std::string> all{"validate", "--profile",
                                 kBinary + "/test-profiles/corpus_" + suite};
    all.insert(all.end(), args.begin(), args.end());
    return runParcalc(fs::path(kBinary) / "tests" / "corpus-out" / name, all);
}

const json& manifest()
{
    static const json cases = json::parse(readFile(kCorpus + "/cases.json"))["cases"];
    return cases;
}

std::vector<json> casesOf(const std::string& kind)
{
    std::vector<json> out;
    for (const json& c : manifest())
        if (c["kind"] == kind)
            out.push_back(c);
    return out;
}

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

// ---------------------------------------------------------------------------
// The manifest itself: big enough, and in step with the files checked in.

TEST(CorpusManifest, FortyCasesAtLeastAndEveryFileListed)
{
    EXPECT_GE(manifest().size(), 40u);
    std::set<std::string> listed;
    for (const json& c : manifest())
    {
        EXPECT_TRUE(listed.insert(c["file"].get<std::string>()).second) << c["file"];
        EXPECT_FALSE(c.value("exercises", "").empty()) << c["file"];
        const std::string dir = c["kind"] == "sheet" ? "/sheets/" : "/rulesets/";
        if (!c.value("generated", false))
        {
            EXPECT_TRUE(fs::exists(kCorpus + dir + c["file"].get<std::string>())) << c["file"];
        }
    }
    // Checked in with `git add -f` (.gitignore skips lock files): the "locked" case needs it.
    EXPECT_TRUE(fs::exists(kCorpus + "/sheets/.~lock.locked-by-other.ods#"));
    for (const char* dir : {"/sheets", "/rulesets"})
        for (const auto& entry : fs::directory_iterator(kCorpus + dir))
        {
            const std::string name = entry.path().filename().string();
            if (name.rfind(".~lock.", 0) != 0) // the lock file belongs to its case
            {
                EXPECT_TRUE(listed.count(name)) << name << " is not in cases.json";
            }
        }
}

// ---------------------------------------------------------------------------
// One batch run over every sheet.

class CorpusSheets : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_run = runValidate("CorpusSheets", "sheets",
                            {"--format", "json", kCorpus + "/sheets", kBig + "/sheets"});
        try
        {
            s_report = json::parse(s_run.out);
        }
        catch (const json::exception& e)
        {
            s_report = json::object();
            s_parseError = e.what();
        }
        if (s_report.contains("files"))
            for (const json& f : s_report["files"])
                s_entries[fs::path(f.value("file", "")).filename().string()].push_back(f);
    }

    static ToolRun s_run;
    static json s_report;
    static std::string s_parseError;
    static std::map<std::string, std::vector<json>> s_entries; // by file name
};

ToolRun CorpusSheets::s_run;
json CorpusSheets::s_report;
std::string CorpusSheets::s_parseError;
std::map<std::string, std::vector<json>> CorpusSheets::s_entries;

TEST_F(CorpusSheets, OneRunReportsEveryFileOnceAndExitsThree)
{
    ASSERT_TRUE(s_parseError.empty()) << s_parseError << "\nstderr: " << s_run.err;
    // 3: some files are unreadable; the run went on past each of them.
    EXPECT_EQ(s_run.exitCode, 3) << s_run.err;
    EXPECT_FALSE(contains(s_run.err, "terminate called")) << s_run.err;
    const auto sheets = casesOf("sheet");
    EXPECT_EQ(s_report["files"].size(), sheets.size()) << "the lock file is no submission";
    for (const json& c : sheets)
        EXPECT_EQ(s_entries[c["file"].get<std::string>()].size(), 1u) << c["file"];
    // Progress on stderr names every file too: "[i/N] path: STATUS".
    EXPECT_TRUE(contains(s_run.err, "[" + std::to_string(sheets.size()) + "/" +
                                        std::to_string(sheets.size()) + "]"))
        << s_run.err;
    // Two 10^5-row sheets included: the whole batch stays quick.
    EXPECT_LT(s_run.seconds, 60.0);
}

std::string describe(const json& findings)
{
    std::string out;
    for (const json& f : findings)
        out += "  " + f.value("severity", "") + " " + f.value("code", "") + " " +
               textOf(f, "row") + " " + textOf(f, "cell") + ": " + f.value("message_en", "") +
               "\n";
    return out;
}

void expectOutcome(const json& expect, const json& entry)
{
    const std::string status = expect["status"];
    ASSERT_EQ(entry.value("status", ""), status)
        << entry.value("reason_en", "") << "\n"
        << describe(entry.value("findings", json::array()));
    if (status == "unreadable")
    {
        const auto& reason = expect["reason"];
        EXPECT_TRUE(contains(entry.value("reason", ""), reason[0].get<std::string>()))
            << entry.value("reason", "");
        EXPECT_TRUE(contains(entry.value("reason_en", ""), reason[1].get<std::string>()))
            << entry.value("reason_en", "");
        EXPECT_TRUE(entry["findings"].empty());
        return;
    }
    const json& findings = entry["findings"];
    for (const json& f : findings)
    {
        EXPECT_FALSE(f.value("message", "").empty()) << f.dump();
        EXPECT_FALSE(f.value("message_en", "").empty()) << f.dump();
    }
    std::set<std::size_t> matched;
    for (const json& want : expect["findings"])
    {
        bool found = false;
        for (std::size_t i = 0; i < findings.size() && !found; ++i)
        {
            const json& f = findings[i];
            if (f["code"] != want["code"] || f["severity"] != want["severity"] ||
                f["row"] != want["row"] || f["cell"] != want["cell"])
                continue;
            found = true;
            matched.insert(i);
            if (want.contains("vi"))
            {
                EXPECT_TRUE(contains(f.value("message", ""), want["vi"].get<std::string>()))
                    << f["message"];
            }
            if (want.contains("en"))
            {
                EXPECT_TRUE(contains(f.value("message_en", ""), want["en"].get<std::string>()))
                    << f["message_en"];
            }
        }
        EXPECT_TRUE(found) << "no finding " << want.dump() << " in\n" << describe(findings);
    }
    if (expect.value("exact", false))
        for (std::size_t i = 0; i < findings.size(); ++i)
            if (!matched.count(i) && findings[i]["severity"] != "info")
                ADD_FAILURE() << "unexpected finding " << findings[i].dump();
    for (const json& code : expect.value("forbid", json::array()))
        for (const json& f : findings)
            EXPECT_NE(f["code"], code) << f.dump();
    for (const char* key : {"range", "sheet"})
        if (expect.contains(key))
        {
            EXPECT_EQ(textOf(entry, key), expect[key].get<std::string>()) << key;
        }
    if (expect.contains("rows_found"))
    {
        EXPECT_EQ(entry.value("rows_found", -1), expect["rows_found"].get<int>());
    }
}

TEST_F(CorpusSheets, EveryFileHasItsExpectedOutcome)
{
    for (const json& c : casesOf("sheet"))
    {
        const std::string file = c["file"];
        SCOPED_TRACE(file + " (" + c.value("exercises", "") + ")");
        const auto& entries = s_entries[file];
        if (entries.empty())
        {
            ADD_FAILURE() << "not in the report";
            continue;
        }
        expectOutcome(c["expect"], entries.front());
    }
}

// ---------------------------------------------------------------------------
// Sheets as Excel writes them (issue 12), made at test time by tools/make_excel.py (ctest
// fixture corpus_excel) with python3-xlsxwriter, and the .ods/.fods/.xls/.csv LibreOffice
// converts them into: one batch run, each file with the outcome planted in its cases.json.

const std::string kExcel = kBinary + "/tests/corpus-excel";

TEST(CorpusExcel, EveryExcelWrittenFileAndItsConversionsHaveTheirExpectedOutcome)
{
    const json cases = json::parse(readFile(kExcel + "/cases.json"))["cases"];
    ASSERT_GE(cases.size(), 18u) << "6 Excel files and 3 x 4 conversions";
    const ToolRun run = runValidate("CorpusExcel", "excel", {"--format", "json", kExcel});
    json report;
    ASSERT_NO_THROW(report = json::parse(run.out)) << run.err;
    std::map<std::string, json> byName;
    for (const json& f : report["files"])
        byName[fs::path(f.value("file", "")).filename().string()] = f;
    EXPECT_EQ(byName.size(), cases.size()) << "cases.json is no submission";
    for (const json& c : cases)
    {
        const std::string file = c["file"];
        SCOPED_TRACE(file + " (" + c.value("exercises", "") + ")");
        if (!byName.count(file))
        {
            ADD_FAILURE() << "not in the report";
            continue;
        }
        expectOutcome(c["expect"], byName[file]);
    }
}

// ---------------------------------------------------------------------------
// Bad rule files: one run each (the tool stops before starting soffice).

TEST(CorpusRulesets, EachBadRuleFileStopsWithExitTwoAndSaysWhereAndWhat)
{
    const std::string sheet = kCorpus + "/sheets/00-clean-baseline.ods";
    std::size_t runs = 0;
    for (const json& c : casesOf("ruleset"))
    {
        const std::string name = c["file"];
        SCOPED_TRACE(name + " (" + c.value("exercises", "") + ")");
        const std::string path =
            c.value("generated", false) ? kBig + "/" + name : kCorpus + "/rulesets/" + name;
        ASSERT_TRUE(fs::exists(path)) << path;
        const ToolRun run =
            runValidate("CorpusRulesets", "ruleset-" + name, {"--ruleset", path, sheet});
        ++runs;
        EXPECT_EQ(run.exitCode, 2) << run.err;
        EXPECT_TRUE(run.out.empty()) << "no report with a broken rule set: " << run.out;
        const json& e = c["expect"];
        // The message names the file and the JSON path, in both languages.
        EXPECT_TRUE(contains(run.err, path + ": " + e["path"].get<std::string>())) << run.err;
        EXPECT_TRUE(contains(run.err, e["vi"].get<std::string>())) << run.err;
        EXPECT_TRUE(contains(run.err, e["en"].get<std::string>())) << run.err;
        EXPECT_FALSE(contains(run.err, "terminate called")) << run.err;
        // Refused before any spreadsheet is opened, the 50 MB file included.
        EXPECT_LT(run.seconds, 2.0) << name;
    }
    EXPECT_EQ(runs, casesOf("ruleset").size());
}

} // namespace
