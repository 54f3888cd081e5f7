// `parcalc ruleset` end to end through the private office: every bundled rule set
// exported as .ods and .xlsx and built back is the same model (the cells, the text
// columns and the sheet names survive Calc and both file formats); check and build
// report problems with exit code 2.
#include "cli_run.hxx"

#include "core/ruleset/ruleset_catalog.hxx"
#include "core/ruleset/ruleset_loader.hxx"
#include "core/ruleset_book/book_test_support.hxx"

#include <gtest/gtest.h>

#include <fstream>

namespace parcalc::cli_test
{
namespace
{

const std::filesystem::path kOut = kBinary + "/tests/ruleset-out";

std::vector<std::string> withProfile(std::vector<std::string> args)
{
    args.push_back("--profile");
    args.push_back(suiteProfile("ruleset_"));
    return args;
}

class RulesetRoundTrip : public ::testing::TestWithParam<std::pair<std::string, std::string>>
{
};

TEST_P(RulesetRoundTrip, ExportThenBuildGivesTheSameModel)
{
    const auto& [id, extension] = GetParam();
    std::filesystem::create_directories(kOut);
    const std::string book = (kOut / (id + extension)).string();
    const std::string json = (kOut / (id + extension + ".json")).string();
    std::filesystem::remove(book);
    ToolRun exported = runParcalc(kOut / "export", withProfile({"ruleset", "export", id, "-o", book}));
    ASSERT_EQ(exported.exitCode, 0) << exported.err;
    ASSERT_TRUE(std::filesystem::exists(book));
    ToolRun built = runParcalc(kOut / "build", withProfile({"ruleset", "build", book, "-o", json}));
    ASSERT_EQ(built.exitCode, 0) << built.err;

    RuleSetLoad original = resolveRuleSet(id);
    RuleSetLoad again = parseRuleSet(readFile(json), json);
    ASSERT_TRUE(original.ok());
    for (const auto& e : again.errors)
        ADD_FAILURE() << e.describe();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(book::testing::modelLines(*again.ruleSet), book::testing::modelLines(*original.ruleSet));

    ToolRun checked = runParcalc(kOut / "check", withProfile({"ruleset", "check", book}));
    EXPECT_EQ(checked.exitCode, 0) << checked.err;
    EXPECT_NE(checked.err.find(id), std::string::npos) << checked.err;
}

// example-huyen-diem's "ty_le_xa_chung_thuc_dien_tu" comes back from .xlsx with "_xa_" read
// as an OOXML escape (a line break); the reader turns it back (book_cells: idText).
INSTANTIATE_TEST_SUITE_P(Bundled, RulesetRoundTrip,
                         ::testing::Values(std::pair{"default-huyen", ".ods"},
                                           std::pair{"default-huyen", ".xlsx"},
                                           std::pair{"example-huyen-diem", ".ods"},
                                           std::pair{"example-huyen-diem", ".xlsx"}));

TEST(RulesetProblems, ABookWithoutItsSheetsIsRefused)
{
    std::filesystem::create_directories(kOut);
    const std::string csv = (kOut / "not-a-book.csv").string();
    std::ofstream(csv) << "Mã dòng;Nội dung\n1;A\n";
    ToolRun run = runParcalc(kOut / "problems", withProfile({"ruleset", "build", csv}));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(run.err.find("not-a-book.csv: thiếu trang \"Thông tin\""), std::string::npos)
        << run.err;
    EXPECT_NE(run.err.find("the sheet \"Thông tin\" is missing"), std::string::npos) << run.err;
}

TEST(RulesetProblems, CheckOfJsonNeedsNoOffice)
{
    ToolRun ok = runParcalc(kOut / "check-json", {"ruleset", "check",
                                                  kSource + "/rulesets/default-huyen.json"});
    EXPECT_EQ(ok.exitCode, 0) << ok.err;
    ToolRun unknown = runParcalc(kOut / "check-id", {"ruleset", "check", "khong-co"});
    EXPECT_EQ(unknown.exitCode, 2);
    ToolRun usage = runParcalc(kOut / "usage", {"ruleset", "export", "default-huyen", "-o",
                                                (kOut / "x.csv").string()});
    EXPECT_EQ(usage.exitCode, 2);
    EXPECT_NE(usage.err.find(".xlsx"), std::string::npos) << usage.err;
}

} // namespace
} // namespace parcalc::cli_test
