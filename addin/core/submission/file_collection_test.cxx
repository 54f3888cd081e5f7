// file_collection: the files a batch over a folder reads, in the order it reads them.
#include "core/submission/file_collection.hxx"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace parcalc;
namespace fs = std::filesystem;

namespace
{

void touch(const fs::path& p)
{
    fs::create_directories(p.parent_path());
    std::ofstream(p) << "x";
}

TEST(FileCollection, SpreadsheetNamesInAnyCaseButNotLockFiles)
{
    EXPECT_TRUE(isSpreadsheetFileName("/a/b.ods"));
    EXPECT_TRUE(isSpreadsheetFileName("b.FODS"));
    EXPECT_TRUE(isSpreadsheetFileName("b.Xlsx"));
    EXPECT_TRUE(isSpreadsheetFileName("b.xls"));
    EXPECT_TRUE(isSpreadsheetFileName("b.csv"));
    EXPECT_FALSE(isSpreadsheetFileName("b.ots"));
    EXPECT_FALSE(isSpreadsheetFileName("b.pdf"));
    EXPECT_FALSE(isSpreadsheetFileName("ods"));
    EXPECT_FALSE(isSpreadsheetFileName("/a/.~lock.b.ods#"));
    EXPECT_FALSE(isSpreadsheetFileName("/a/.~lock.b.ods"));
    EXPECT_FALSE(isSpreadsheetFileName("/a/~$b.xlsx"));
}

TEST(FileCollection, FoldersRecursiveSortedFilesAndMissingPathsAsGiven)
{
    const fs::path dir =
        fs::temp_directory_path() / ("parcalc-collect-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    touch(dir / "b.ods");
    touch(dir / "a.xlsx");
    touch(dir / "sub" / "c.csv");
    touch(dir / "notes.txt");
    touch(dir / ".~lock.b.ods#");
    const std::string d = dir.string();
    const std::vector<std::string> files =
        collectSpreadsheetFiles({d + "/notes.txt", d, d + "/missing.ods"});
    const std::vector<std::string> expected = {d + "/notes.txt", d + "/a.xlsx", d + "/b.ods",
                                               d + "/sub/c.csv", d + "/missing.ods"};
    EXPECT_EQ(files, expected);
    fs::remove_all(dir);
}

} // namespace
