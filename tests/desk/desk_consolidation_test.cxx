// The consolidation inside an office (desk/batch, issue 14), over the UNO bridge of a
// private headless soffice: the workbook equals `parcalc consolidate`'s .ods cell by cell,
// the inputs stay byte-identical, and mixed periods are refused without a document
// (desk_batch_support.hxx).
#include "desk/batch/batch_run.hxx"
#include "desk_batch_support.hxx"
#include "uno/load/workbook_read.hxx"

#include <gtest/gtest.h>

#include <filesystem>

namespace fs = std::filesystem;
using namespace parcalc;
using namespace parcalc::cli_test;
using namespace desk_batch_test;

namespace
{

TEST(DeskConsolidation, SameWorkbookAsTheCli)
{
    const std::string bad = kBinary + "/tests/consolidate-data/bad";
    const auto before = snapshot(bad);
    const std::size_t openBefore = openComponents();
    ModelCloser result{desk::runConsolidation(g_office->context(), nullptr, urls({bad}))};
    ASSERT_TRUE(result.model.is());
    EXPECT_EQ(openComponents(), openBefore + 1);

    const std::string out = kOut + "/consolidate-cli/tong-hop.ods";
    fs::create_directories(fs::path(out).parent_path());
    fs::remove(out);
    const ToolRun cli =
        runParcalc(kOut + "/consolidate-cli",
                   {"consolidate", "--profile", suiteProfile("desk_cli_"), "-o", out, bad});
    ASSERT_TRUE(fs::exists(out)) << cli.err;
    const std::vector<CellGrid> expected = uno::readDocumentSheets(g_office->load(out), out);
    const std::vector<CellGrid> actual = gridsOf(result.model);
    ASSERT_EQ(actual.size(), expected.size());
    ASSERT_EQ(actual.size(), 4u);
    for (std::size_t s = 0; s < actual.size(); ++s)
    {
        SCOPED_TRACE(expected[s].sheetName());
        EXPECT_EQ(actual[s].sheetName(), expected[s].sheetName());
        ASSERT_EQ(actual[s].rows(), expected[s].rows());
        ASSERT_EQ(actual[s].cols(), expected[s].cols());
        for (std::size_t r = 0; r < actual[s].rows(); ++r)
            for (std::size_t c = 0; c < actual[s].cols(); ++c)
            {
                EXPECT_EQ(actual[s].at(r, c).type, expected[s].at(r, c).type) << r << "," << c;
                EXPECT_EQ(actual[s].at(r, c).text, expected[s].at(r, c).text) << r << "," << c;
                EXPECT_DOUBLE_EQ(actual[s].at(r, c).number, expected[s].at(r, c).number)
                    << r << "," << c;
            }
    }
    EXPECT_EQ(snapshot(bad), before);
}

TEST(DeskConsolidation, MixedPeriodsAreRefusedWithoutADocument)
{
    const std::size_t openBefore = openComponents();
    EXPECT_FALSE(desk::runConsolidation(g_office->context(), nullptr,
                                        urls({kBinary + "/tests/consolidate-data/mixed"}))
                     .is());
    EXPECT_EQ(openComponents(), openBefore);
}

} // namespace
