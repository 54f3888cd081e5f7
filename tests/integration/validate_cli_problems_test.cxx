// `parcalc validate` on what goes wrong: unreadable files (their reason, the run goes on)
// and usage or rule-set errors (exit code 2). Suites Unreadable and Usage, one ctest test
// each (validate_cli_support.hxx runs the tool).
#include "validate_cli_support.hxx"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace parcalc::cli_test;
using namespace validate_test;

namespace
{

// ---------------------------------------------------------------------------
// Bad files: unreadable with their reason, and the run goes on past them.

TEST(Unreadable, ReasonsAndTheRunGoesOn)
{
    const std::string good = kAppendix + "clean-q2-2023.ods";
    const std::string missing = kBad + "no-such-file.ods";
    const std::vector<std::pair<std::string, std::string>> bad{
        {kBad + "empty.ods", "empty"},
        {kBad + "truncated.ods", "damaged"},
        {kBad + "password.ods", "password-protected"},
        {kBad + "docx-renamed.ods", "not a spreadsheet"},
        {kBad + "odt-renamed.ods", "not a spreadsheet"},
        {missing, "not found"},
    };
    std::vector<std::string> args{"--format", "json", "--lang", "en"};
    for (std::size_t i = 0; i < bad.size(); ++i)
    {
        args.push_back(bad[i].first);
        if (i == 1)
            args.push_back(good); // a good file after a damaged one is still read
    }
    const ToolRun run = runValidate("unreadable", args);
    EXPECT_EQ(run.exitCode, 3) << run.err;
    const json report = parseJson(run);
    ASSERT_EQ(report.value("files", json::array()).size(), bad.size() + 1);
    for (const auto& [file, reason] : bad)
    {
        const json& entry = fileEntry(report, file);
        EXPECT_EQ(entry.value("status", ""), "unreadable") << file;
        EXPECT_NE(entry.value("reason_en", "").find(reason), std::string::npos)
            << file << ": " << entry.dump();
        EXPECT_FALSE(entry.value("reason", "").empty()) << file; // Vietnamese reason
    }
    expectNoErrorOrWarning(fileEntry(report, good));
    EXPECT_EQ(report["files"][2].value("file", ""), good); // in command-line order
}

TEST(Unreadable, TextFileRenamedOds)
{
    // A plain-text letter saved as .ods is not a spreadsheet: say so (as for the
    // renamed .docx), not only "LibreOffice could not open the file".
    const std::string file = kBad + "text-renamed.ods";
    const ToolRun run = runValidate("text_renamed", {"--format", "json", file});
    EXPECT_EQ(run.exitCode, 3) << run.err;
    const json report = parseJson(run);
    const json& entry = fileEntry(report, file);
    EXPECT_EQ(entry.value("status", ""), "unreadable");
    EXPECT_NE(entry.value("reason_en", "").find("not a spreadsheet"), std::string::npos)
        << entry.dump();
}

TEST(Unreadable, DirectoryArgument)
{
    // A folder: every spreadsheet under it, sorted; the run reports each one.
    const ToolRun run = runValidate("directory", {"--format", "json", kBad});
    EXPECT_EQ(run.exitCode, 3) << run.err;
    const json report = parseJson(run);
    std::vector<std::string> files;
    for (const json& f : report.value("files", json::array()))
    {
        files.push_back(fs::path(f.value("file", "")).filename().string());
        EXPECT_EQ(f.value("status", ""), "unreadable") << f.dump();
    }
    EXPECT_EQ(files,
              (std::vector<std::string>{"docx-renamed.ods", "empty.ods", "odt-renamed.ods",
                                        "password.ods", "text-renamed.ods", "truncated.ods"}));
}

// ---------------------------------------------------------------------------
// Usage and rule-set errors: exit code 2, no soffice needed.

TEST(Usage, RuleSetWithAWrongType)
{
    const std::string rules = kSource + "/tests/data/rulesets/wrong-type.json";
    const ToolRun run = runTool("ruleset_error", {"validate", "--ruleset", rules, kSample});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.empty()) << run.out;
    EXPECT_NE(run.err.find("wrong-type.json"), std::string::npos) << run.err;         // the file
    EXPECT_NE(run.err.find("$.checks[1].denominator"), std::string::npos) << run.err; // the path
    EXPECT_NE(run.err.find("must be a string"), std::string::npos) << run.err;        // the problem
}

TEST(Usage, UnknownRuleSetAndBadArguments)
{
    EXPECT_EQ(
        runTool("usage_ruleset", {"validate", "--ruleset", "no-such-ruleset", kSample}).exitCode,
        2);
    EXPECT_EQ(runTool("usage_format", {"validate", "--format", "xml", kSample}).exitCode, 2);
    EXPECT_EQ(runTool("usage_nofile", {"validate"}).exitCode, 2);
    EXPECT_EQ(runTool("usage_ods_stdout", {"validate", "--format", "ods", kSample}).exitCode, 2);
    EXPECT_EQ(runTool("usage_command", {"no-such-command"}).exitCode, 2);
}

TEST(Usage, Help)
{
    const ToolRun top = runTool("help", {"--help"});
    EXPECT_EQ(top.exitCode, 0);
    EXPECT_NE(top.out.find("validate"), std::string::npos) << top.out;
    const ToolRun validate = runTool("help_validate", {"validate", "--help"});
    EXPECT_EQ(validate.exitCode, 0);
    for (const char* option : {"--ruleset", "--previous", "--format", "--output", "--profile"})
        EXPECT_NE(validate.out.find(option), std::string::npos) << option << "\n" << validate.out;
}

} // namespace
