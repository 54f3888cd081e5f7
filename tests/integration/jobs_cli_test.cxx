// `parcalc validate --jobs N` (issue 13) and `parcalc consolidate --jobs N` (issue 14): the
// real tool with two private offices gives byte for byte the report of one office, in
// every format, over every sample sheet, the sheets of tests/data/appendix (bad ones
// included) and the bad-input corpus (consolidate: the district files of
// make_districts.py, the samples and tests/data/appendix); progress lines come in the same
// order; bad values of --jobs are a usage error in vi and en, for both commands.
// Profiles: build/test-profiles/jobs_<Suite> (the second office's inside it).
#include "cli_run.hxx"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace parcalc::cli_test;

namespace
{

// Every folder of sheets the tests own, so a difference on any kind of file shows.
const std::vector<std::string> kInputs = {
    kSource + "/sample_sheets", kSource + "/tests/data/appendix", kSource + "/tests/corpus/sheets"};

ToolRun runJobs(const std::string& name, const std::string& jobs,
                const std::vector<std::string>& options)
{
    const std::string output = kBinary + "/tests/jobs-out/" + name + "/report";
    fs::create_directories(fs::path(output).parent_path());
    fs::remove(output);
    std::vector<std::string> args{"validate", "--profile", suiteProfile("jobs_"), "--jobs", jobs,
                                  "--output", output};
    args.insert(args.end(), options.begin(), options.end());
    args.insert(args.end(), kInputs.begin(), kInputs.end());
    ToolRun run = runParcalc(fs::path(kBinary) / "tests" / "jobs-out" / name, args);
    run.out = readFile(output);
    return run;
}

// The "[i/n] file: status" lines of a run's stderr, in the order printed.
std::string progressLines(const std::string& err)
{
    std::istringstream in(err);
    std::string line, lines;
    while (std::getline(in, line))
        if (!line.empty() && line[0] == '[')
            lines += line + "\n";
    return lines;
}

std::size_t countLines(const std::string& s)
{
    return std::size_t(std::count(s.begin(), s.end(), '\n'));
}

void expectSameReport(const std::string& format, const std::vector<std::string>& options)
{
    const ToolRun one = runJobs(format + "_jobs1", "1", options);
    const ToolRun two = runJobs(format + "_jobs2", "2", options);
    // Some corpus files are invalid and some unreadable: exit code 3 both times.
    EXPECT_EQ(one.exitCode, 3) << one.err;
    EXPECT_EQ(two.exitCode, one.exitCode) << two.err;
    ASSERT_FALSE(one.out.empty()) << one.err;
    EXPECT_TRUE(one.out == two.out) << "the --jobs 2 report differs from --jobs 1: compare "
                                    << kBinary << "/tests/jobs-out/" << format << "_jobs{1,2}";
    const std::string progress = progressLines(one.err);
    EXPECT_GT(countLines(progress), 45u) << one.err; // every file, not a few
    EXPECT_EQ(progressLines(two.err), progress);
    // The second office really ran, in its own profile inside the given one.
    EXPECT_TRUE(fs::is_directory(suiteProfile("jobs_") + "/parcalc-job-2/user"));
}

// The district files consolidate_district_files writes, the samples and tests/data/appendix:
// valid, invalid, duplicate, unreadable, non-appendix and self-assessment files, of several
// periods (so --allow-mixed-periods).
const std::vector<std::string> kConsolidateInputs = {
    kBinary + "/tests/consolidate-data/bad", kBinary + "/tests/consolidate-data/good",
    kSource + "/sample_sheets", kSource + "/tests/data/appendix"};

ToolRun runConsolidateJobs(const std::string& name, const std::string& jobs,
                           const std::vector<std::string>& options)
{
    const std::string output = kBinary + "/tests/jobs-out/" + name + "/result";
    fs::create_directories(fs::path(output).parent_path());
    fs::remove(output);
    std::vector<std::string> args{"consolidate", "--profile", suiteProfile("jobs_"),
                                  "--jobs",      jobs,        "--allow-mixed-periods",
                                  "--output",    output};
    args.insert(args.end(), options.begin(), options.end());
    args.insert(args.end(), kConsolidateInputs.begin(), kConsolidateInputs.end());
    ToolRun run = runParcalc(fs::path(kBinary) / "tests" / "jobs-out" / name, args);
    run.out = readFile(output);
    return run;
}

// Every member of a zip (.ods, .xlsx) but the document's metadata, which holds the time it
// was written: name -> bytes.
std::map<std::string, std::string> zipContent(const std::string& path)
{
    std::map<std::string, std::string> members;
    FILE* list = ::popen(("unzip -Z1 " + shellQuote(path)).c_str(), "r");
    if (!list)
        return members;
    char line[4096];
    while (std::fgets(line, sizeof line, list))
    {
        std::string name(line);
        while (!name.empty() && (name.back() == '\n' || name.back() == '\r'))
            name.pop_back();
        if (name == "meta.xml" || name.rfind("docProps/", 0) == 0)
            continue;
        const std::string copy = path + ".member";
        if (std::system(
                ("unzip -p " + shellQuote(path) + " " + shellQuote(name) + " > " + shellQuote(copy))
                    .c_str()) == 0)
            members[name] = readFile(copy);
    }
    ::pclose(list);
    return members;
}

void expectSameConsolidation(const std::string& format, const std::vector<std::string>& options)
{
    const ToolRun one = runConsolidateJobs("consolidate_" + format + "_jobs1", "1", options);
    const ToolRun two = runConsolidateJobs("consolidate_" + format + "_jobs2", "2", options);
    // The damaged .xlsx of consolidate-data/bad and the corpus-like files: exit code 3.
    EXPECT_EQ(one.exitCode, 3) << one.err;
    EXPECT_EQ(two.exitCode, one.exitCode) << two.err;
    ASSERT_FALSE(one.out.empty()) << one.err;
    if (format == "ods" || format == "xlsx")
    {
        const auto first =
            zipContent(kBinary + "/tests/jobs-out/consolidate_" + format + "_jobs1/result");
        EXPECT_GT(first.size(), 2u);
        EXPECT_TRUE(first ==
                    zipContent(kBinary + "/tests/jobs-out/consolidate_" + format + "_jobs2/result"))
            << "the --jobs 2 workbook differs from --jobs 1";
    }
    else
        EXPECT_TRUE(one.out == two.out)
            << "the --jobs 2 result differs from --jobs 1: compare " << kBinary
            << "/tests/jobs-out/consolidate_" << format << "_jobs{1,2}";
    const std::string progress = progressLines(one.err);
    EXPECT_GT(countLines(progress), 25u) << one.err; // every file, not a few
    EXPECT_EQ(progressLines(two.err), progress);
    EXPECT_TRUE(fs::is_directory(suiteProfile("jobs_") + "/parcalc-job-2/user"));
}

} // namespace

TEST(JobsSameConsolidation, Json)
{
    expectSameConsolidation("json", {"--format", "json"});
}

TEST(JobsSameConsolidation, CsvEnglish)
{
    expectSameConsolidation("csv", {"--format", "csv", "--lang", "en"});
}

TEST(JobsSameConsolidation, Ods)
{
    expectSameConsolidation("ods", {"--format", "ods", "--unit", "UBND tỉnh Bắc Kạn"});
}

TEST(JobsSameConsolidation, Xlsx)
{
    expectSameConsolidation("xlsx", {"--format", "xlsx", "--lang", "en"});
}

TEST(JobsSameReport, Json)
{
    expectSameReport("json", {"--format", "json"});
}

TEST(JobsSameReport, CsvVietnamese)
{
    expectSameReport("csv", {"--format", "csv", "--lang", "vi"});
}

TEST(JobsSameReport, TextEnglish)
{
    expectSameReport("text", {"--format", "text", "--lang", "en"});
}

// No soffice is started for a usage error: each value is refused before, by both commands
// (one declaration and one check in cli_support).
TEST(JobsUsage, BadValuesAreRefusedInBothLanguages)
{
    for (const std::string command : {"validate", "consolidate"})
        for (const std::string bad : {"0", "9", "abc", "-1", "2x", "", " 2", "1.5", "100000000000"})
        {
            // "--jobs=-1", or boost takes -1 for an option; "--jobs=" alone is boost's own error.
            const std::vector<std::string> jobs = bad.empty()
                                                      ? std::vector<std::string>{"--jobs", bad}
                                                      : std::vector<std::string>{"--jobs=" + bad};
            std::vector<std::string> args{command, "-o",
                                          kBinary + "/tests/jobs-out/usage/out.json"};
            args.insert(args.end(), jobs.begin(), jobs.end());
            args.push_back(kSample);
            const ToolRun run =
                runParcalc(fs::path(kBinary) / "tests" / "jobs-out" / "usage", args);
            EXPECT_EQ(run.exitCode, 2) << command << " --jobs=" << bad << "\n" << run.err;
            EXPECT_TRUE(run.out.empty()) << run.out;
            EXPECT_NE(run.err.find("--jobs cần một số nguyên từ 1 đến 8, không phải '" + bad + "'"),
                      std::string::npos)
                << "--jobs=" << bad << "\n"
                << run.err;
            EXPECT_NE(run.err.find("--jobs takes a whole number from 1 to 8, not '" + bad + "'"),
                      std::string::npos)
                << run.err;
        }
}

TEST(JobsUsage, HelpNamesTheOption)
{
    for (const std::string command : {"validate", "consolidate"})
    {
        const ToolRun run =
            runParcalc(fs::path(kBinary) / "tests" / "jobs-out" / "help", {command, "--help"});
        EXPECT_EQ(run.exitCode, 0);
        EXPECT_NE(run.out.find("--jobs"), std::string::npos) << run.out;
        EXPECT_NE(run.out.find("offices run at once, 1-8"), std::string::npos) << run.out;
    }
}
