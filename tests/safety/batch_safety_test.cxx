// Data safety of the batch tool (issue 6): `parcalc validate` (JSON, the ODS report,
// with a previous period) and `parcalc score` run over a directory of copies of the
// sample sheets in every format, with that directory as the working directory, and
// afterwards every file there is byte-identical with the same modification time, and
// no entry was added or even created and removed (lock files, backups, temp files).
// Reports go to another directory. Profile: build/test-profiles/safety_batch.
#include "file_state.hxx"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <sys/wait.h>
#include <vector>

namespace fs = std::filesystem;
using parcalc::safety::describeDifferences;
using parcalc::safety::snapshotDirectory;

namespace
{

const std::string kSource = PARCALC_SOURCE_DIR;
const std::string kBinary = PARCALC_BINARY_DIR;
const std::string kParcalc = PARCALC_EXE;
const fs::path kOut = fs::path(kBinary) / "tests" / "safety-out" / "batch";

std::string quote(const std::string& s)
{
    std::string q = "'";
    for (char c : s)
        q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

class Batch : public ::testing::Test
{
protected:
    // A fresh directory of the sample sheets for each test.
    void SetUp() override
    {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_files = kOut / info->name() / "files";
        m_reports = kOut / info->name() / "reports";
        fs::remove_all(kOut / info->name());
        fs::create_directories(m_files);
        fs::create_directories(m_reports);
        std::vector<fs::path> sources = {kSource + "/sample_sheets/ngan-son-q1-2023.ods"};
        for (const auto& entry : fs::directory_iterator(kSource + "/tests/data/appendix"))
        {
            const auto ext = entry.path().extension().string();
            if (entry.is_regular_file() && (ext == ".xlsx" || ext == ".xls" || ext == ".csv" ||
                                            ext == ".fods" || ext == ".ods"))
                sources.push_back(entry.path());
        }
        for (const auto& source : sources)
            fs::copy_file(source, m_files / source.filename());
        // A day in the past: a rewrite, even one restoring the bytes, shows in the time.
        for (const auto& entry : fs::directory_iterator(m_files))
            fs::last_write_time(entry.path(),
                                fs::last_write_time(entry.path()) - std::chrono::hours(24));
        ASSERT_GE(sources.size(), 6u);
    }

    // Runs `parcalc ARGS --profile ...` with the files' directory as working directory.
    int run(const std::vector<std::string>& args)
    {
        std::string command = "cd " + quote(m_files.string()) + " && " + quote(kParcalc);
        for (const std::string& a : args)
            command += " " + quote(a);
        command += " --profile " + quote(kBinary + "/test-profiles/safety_batch");
        command += " >" + quote((m_reports / "stdout").string()) + " 2>" +
                   quote((m_reports / "stderr").string());
        const int status = std::system(command.c_str());
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

    std::string file(const std::string& name) const { return (m_files / name).string(); }
    std::string report(const std::string& name) const { return (m_reports / name).string(); }

    fs::path m_files, m_reports;
};

TEST_F(Batch, ValidateJsonOverTheDirectoryChangesNothing)
{
    const auto before = snapshotDirectory(m_files);
    // Exit code 1: the seed copies are invalid, which is what they are for.
    EXPECT_EQ(run({"validate", "--format", "json", "--output", report("r.json"), "."}), 1);
    EXPECT_TRUE(fs::file_size(report("r.json")) > 0);
    EXPECT_EQ(describeDifferences(before, snapshotDirectory(m_files)), "");
}

TEST_F(Batch, ValidateOdsReportAndPreviousPeriodChangeNothing)
{
    const auto before = snapshotDirectory(m_files);
    EXPECT_EQ(run({"validate", "--format", "ods", "--output", report("r.ods"), "--lang", "en",
                   file("ngan-son-q1-2023.ods"), file("ngan-son-q1-2023.xlsx"),
                   file("ngan-son-q1-2023.xls"), file("ngan-son-q1-2023.csv"),
                   file("ngan-son-q1-2023.fods")}),
              1);
    EXPECT_TRUE(fs::is_regular_file(report("r.ods")));
    EXPECT_LE(run({"validate", "--format", "json", "--output", report("p.json"), "--previous",
                   file("clean-q1-2023-previous.ods"), file("clean-q2-2023.ods")}),
              1);
    EXPECT_EQ(describeDifferences(before, snapshotDirectory(m_files)), "");
}

TEST_F(Batch, ScoreChangesNothing)
{
    const auto before = snapshotDirectory(m_files);
    const int code = run({"score", "--format", "json", "--output", report("s.json"),
                          file("ngan-son-q1-2023.ods"), file("ngan-son-q1-2023.xlsx")});
    EXPECT_LE(code, 1);
    EXPECT_TRUE(fs::file_size(report("s.json")) > 0);
    EXPECT_EQ(describeDifferences(before, snapshotDirectory(m_files)), "");
}

} // namespace
