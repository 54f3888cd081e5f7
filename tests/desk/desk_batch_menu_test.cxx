// The menu's Batch command in a GUI Calc reaches the batch engine: a folder of a clean
// sample, a copy of it and a file that is no spreadsheet gives the result document with a
// row per file and the unreadable one's reason, the inputs untouched and no lock files.
#include "desk_ui_support.hxx"

#include "core/reports/batch_sheet_texts.hxx"
#include "core/submission/unreadable_texts.hxx"

#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

using namespace css;
using namespace ui_test;
using namespace desk_ui;
using parcalc::client::fromUtf8;
using parcalc::client::toUtf8;

namespace
{

std::string bytesOf(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(DeskBatchMenu, TheBatchCommandOpensTheResultOfEveryFile)
{
    const std::string folder =
        folderOfSampleCopies("batch-menu", {"a-ngan-son.ods", "b-ngan-son-copy.ods"});
    std::ofstream(folder + "/c-not-a-sheet.ods") << "just some text, not a spreadsheet";
    const std::string before = bytesOf(folder + "/a-ngan-son.ods");

    const Outcome outcome =
        run(window().frame, "Batch",
            args({arg("Folder", uno::Any(fromUtf8(parcalc::client::fileUrl(folder))))}));
    ASSERT_TRUE(outcome.finished);
    ASSERT_EQ(outcome.state, frame::DispatchResultState::SUCCESS) << outcome.messages;
    uno::Reference<frame::XModel> result;
    ASSERT_TRUE(outcome.result >>= result);
    ASSERT_TRUE(result.is());

    const auto rows = rowsOf(result, parcalc::batchSheetText(kUi, "sheet.summary"));
    ASSERT_EQ(rows.size(), 4u); // the header and the three files, in name order
    EXPECT_EQ(rows[1][0], "a-ngan-son.ods");
    EXPECT_EQ(rows[2][0], "b-ngan-son-copy.ods");
    EXPECT_EQ(rows[3][0], "c-not-a-sheet.ods");
    EXPECT_EQ(rows[1][1], rows[2][1]); // the same sheet twice: the same unit, the same verdict
    EXPECT_EQ(rows[1][3], rows[2][3]);
    // Plain text under a spreadsheet's name: what the sniff says before any load.
    const std::string reason =
        parcalc::unreadableTexts().text(kUi, "plain-text", {{"ext", ".ods"}});
    bool told = false;
    for (const std::string& cell : rows[3])
        told = told || cell.find(reason) != std::string::npos;
    EXPECT_TRUE(told) << reason << " not in row " << rows[3][3] << " | " << rows[3][7];

    // Nothing changed, nothing left open or locked.
    EXPECT_EQ(bytesOf(folder + "/a-ngan-son.ods"), before);
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        EXPECT_NE(entry.path().filename().string().rfind(".~lock.", 0), 0u) << entry.path();
    uno::Reference<util::XCloseable>(result, uno::UNO_QUERY_THROW)->close(true);
}

} // namespace
