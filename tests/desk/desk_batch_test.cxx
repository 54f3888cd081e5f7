// The batch check inside an office (desk/batch, issue 13), called over the UNO bridge of a
// private headless soffice (the same code runs inside Calc): the result document's cells,
// statuses, counts and hyperlinks equal what `parcalc validate --format json` says about
// the same files; the inputs stay byte-identical, no lock file is left and no input
// document stays open. Profiles: build/test-profiles/desk_*; data and outputs:
// build/tests/desk-out/ (desk_batch_support.hxx).
#include "desk/batch/batch_run.hxx"
#include "desk_batch_support.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <gtest/gtest.h>

#include <filesystem>

namespace fs = std::filesystem;
using namespace parcalc;
using namespace parcalc::cli_test;
using namespace desk_batch_test;

namespace
{

TEST(DeskBatch, SameVerdictsAsTheCliAndInputsUntouched)
{
    const std::string folder = batchFolder();
    const auto before = snapshot(folder);
    const std::size_t openBefore = openComponents();

    ModelCloser result{desk::runBatchCheck(g_office->context(), nullptr, urls({folder}))};
    ASSERT_TRUE(result.model.is());
    EXPECT_EQ(openComponents(), openBefore + 1); // the result only: no input stays open

    const ToolRun cli =
        runParcalc(kOut + "/batch-cli", {"validate", "--format", "json", "--profile",
                                         suiteProfile("desk_cli_"), folder});
    ASSERT_TRUE(cli.exitCode == 1 || cli.exitCode == 3) << cli.err;
    const json report = parseJson(cli);
    const json& files = report["files"];
    ASSERT_GE(files.size(), 12u);

    const std::vector<CellGrid> grids = gridsOf(result.model);
    ASSERT_EQ(grids.size(), 2u);
    EXPECT_EQ(grids[0].sheetName(), "Tổng hợp");
    EXPECT_EQ(grids[1].sheetName(), "Phát hiện");
    const CellGrid& sum = grids[0];
    ASSERT_EQ(sum.rows(), files.size() + 1);
    EXPECT_EQ(sum.at(0, 3).text, "Trạng thái");
    const auto summary = sheetAt(result.model, 0);
    std::size_t findingRows = 0, unreadable = 0;
    for (std::size_t i = 0; i < files.size(); ++i)
    {
        const json& f = files[i];
        const std::size_t r = i + 1;
        SCOPED_TRACE(textOf(f, "file"));
        EXPECT_EQ(sum.at(r, 8).text, textOf(f, "file"));
        EXPECT_EQ(sum.at(r, 3).text, kStatusWord.at(f["status"]));
        EXPECT_EQ(backgroundAt(summary, 3, sal_Int32(r)), kStatusColour.at(f["status"]));
        EXPECT_EQ(sum.at(r, 1).text, textOf(f, "unit"));
        EXPECT_EQ(sum.at(r, 2).text, textOf(f, "period"));
        if (f["status"] == "unreadable")
        {
            ++unreadable;
            EXPECT_TRUE(sum.at(r, 4).isEmpty());
            EXPECT_EQ(sum.at(r, 7).text, "không đọc được: " + textOf(f, "reason"));
        }
        else
        {
            EXPECT_EQ(sum.at(r, 4).number, double(countSeverity(f, "error")));
            EXPECT_EQ(sum.at(r, 5).number, double(countSeverity(f, "warning")));
            EXPECT_EQ(sum.at(r, 6).number, double(countSeverity(f, "info")));
        }
        const std::string name = fs::path(textOf(f, "file")).filename().string();
        EXPECT_EQ(formulaAt(summary, 0, sal_Int32(r)),
                  "=HYPERLINK(\"" + expectedTarget(client::fileUrl(textOf(f, "file")), f) +
                      "\";\"" + name + "\")");
        EXPECT_EQ(sum.at(r, 0).text, name); // the formula's result
        findingRows += f["findings"].size();
    }
    EXPECT_GE(unreadable, 6u); // password, damaged (2), not a spreadsheet (2), empty

    // Phát hiện: one row per finding, in the CLI's order.
    const CellGrid& found = grids[1];
    ASSERT_EQ(found.rows(), findingRows + 1);
    std::size_t row = 1;
    for (const json& f : files)
        for (const json& x : f["findings"])
        {
            EXPECT_EQ(found.at(row, 1).text, textOf(x, "row")) << row;
            EXPECT_EQ(found.at(row, 2).text, textOf(x, "cell")) << row;
            EXPECT_EQ(found.at(row, 4).text, x["code"].get<std::string>()) << row;
            EXPECT_EQ(found.at(row, 5).text, textOf(x, "message")) << row;
            ++row;
        }

    expectAutoFilter(result.model, 0, sal_Int32(sum.rows()), 9);
    expectAutoFilter(result.model, 1, sal_Int32(found.rows()), 8);
    css::uno::Reference<css::sheet::XViewFreezable> view(result.model->getCurrentController(),
                                                         css::uno::UNO_QUERY_THROW);
    EXPECT_TRUE(view->hasFrozenPanes()); // the active sheet, Tổng hợp

    EXPECT_EQ(snapshot(folder), before); // byte-identical, and no lock file appeared
    for (const auto& entry : fs::recursive_directory_iterator(folder))
        EXPECT_NE(entry.path().filename().string().rfind(".~lock.", 0), 0u) << entry.path();
}

TEST(DeskBatch, StopBeforeTheFirstFileGivesNoDocumentAndTheResultGrowsARowPerFile)
{
    const std::string folder = batchFolder();
    const std::size_t openBefore = openComponents();
    desk::BatchRunOptions stopAtOnce;
    stopAtOnce.stopBefore = [](std::size_t) { return true; };
    EXPECT_FALSE(
        desk::runBatchCheckWith(g_office->context(), nullptr, urls({folder}), stopAtOnce).is());
    EXPECT_EQ(openComponents(), openBefore);

    // The result opens with the first file's row and grows a row per file: before the
    // third file it shows the two read, and stopping there keeps them.
    desk::BatchRunOptions stopAtThird;
    std::size_t openWhileRunning = 0;
    std::vector<std::string> rowsWhileRunning;
    bool nestedRunGaveADocument = true;
    stopAtThird.stopBefore = [&](std::size_t i)
    {
        if (i != 2)
            return false;
        openWhileRunning = openComponents();
        // A second run started meanwhile (the menu again) does nothing.
        nestedRunGaveADocument =
            desk::runBatchCheck(g_office->context(), nullptr, urls({kSample})).is();
        auto components =
            css::frame::Desktop::create(g_office->context())->getComponents()->createEnumeration();
        while (components->hasMoreElements())
        {
            css::uno::Reference<css::frame::XModel> model(components->nextElement(),
                                                          css::uno::UNO_QUERY);
            if (model.is())
                for (const CellGrid& g : gridsOf(model))
                    for (std::size_t r = 0; r < g.rows(); ++r)
                        rowsWhileRunning.push_back(g.at(r, 0).text);
        }
        return true;
    };
    ModelCloser result{
        desk::runBatchCheckWith(g_office->context(), nullptr, urls({folder}), stopAtThird)};
    ASSERT_TRUE(result.model.is());
    EXPECT_EQ(openWhileRunning, openBefore + 1);
    EXPECT_FALSE(nestedRunGaveADocument);
    EXPECT_EQ(rowsWhileRunning, (std::vector<std::string>{"Tệp", "empty.ods", "odt-renamed.ods"}));
    const std::vector<CellGrid> grids = gridsOf(result.model);
    ASSERT_EQ(grids.size(), 2u);
    EXPECT_EQ(grids[0].rows(), 3u); // header + the two files read
    EXPECT_EQ(grids[0].at(2, 0).text, "odt-renamed.ods");
}

TEST(DeskBatch, ScoringRuleSetAddsTheIndexAndGradeOfParcalcScore)
{
    const std::string sample = kSample; // seed 001, scored by the example rule set
    desk::BatchRunOptions options;
    options.ruleSet = "example-huyen-diem";
    ModelCloser result{
        desk::runBatchCheckWith(g_office->context(), nullptr, urls({sample}), options)};
    ASSERT_TRUE(result.model.is());
    const ToolRun cli = runParcalc(kOut + "/score-cli",
                                   {"score", "--format", "json", "--ruleset", "example-huyen-diem",
                                    "--profile", suiteProfile("desk_cli_"), sample});
    const json report = parseJson(cli);
    ASSERT_EQ(report["files"].size(), 1u) << cli.err;
    const json& estimate = report["files"][0]["appendix"]["estimate"];
    ASSERT_TRUE(estimate["index"].is_number()) << estimate.dump();

    const CellGrid sum = gridsOf(result.model)[0];
    ASSERT_EQ(sum.rows(), 2u);
    EXPECT_EQ(sum.at(0, 7).text, "Chỉ số ước tính");
    EXPECT_EQ(sum.at(0, 8).text, "Xếp loại");
    EXPECT_DOUBLE_EQ(sum.at(1, 7).number, estimate["index"].get<double>());
    EXPECT_EQ(sum.at(1, 8).text, textOf(estimate, "grade"));
    EXPECT_EQ(sum.at(1, 10).text, sample);
}

TEST(DeskBatch, TheLinkOpensTheFileAtItsFirstFinding)
{
    ModelCloser result{desk::runBatchCheck(g_office->context(), nullptr, urls({kSample}))};
    ASSERT_TRUE(result.model.is());
    const std::string formula = formulaAt(sheetAt(result.model, 0), 0, 1);
    // =HYPERLINK("URL#'Sheet'.D17";"name"): the target between the first two quotes.
    const std::size_t open = formula.find('"'), close = formula.find('"', open + 1);
    const std::string target = formula.substr(open + 1, close - open - 1);
    const std::size_t hash = target.find('#');
    ASSERT_NE(hash, std::string::npos) << target;
    const std::string mark = target.substr(hash + 1); // 'Sheet'.D17
    const std::string sheet = mark.substr(1, mark.rfind('\'') - 1);
    const std::string cell = mark.substr(mark.rfind('.') + 1);

    // What a click does: the office opens the URL with its jump mark.
    auto desktop = css::frame::Desktop::create(g_office->context());
    css::uno::Sequence<css::beans::PropertyValue> readOnly(1);
    readOnly[0].Name = "ReadOnly";
    readOnly[0].Value <<= true;
    ModelCloser opened{css::uno::Reference<css::frame::XModel>(
        desktop->loadComponentFromURL(client::fromUtf8(target), "_blank", 0, readOnly),
        css::uno::UNO_QUERY_THROW)};
    css::uno::Reference<css::sheet::XSpreadsheetView> view(opened.model->getCurrentController(),
                                                           css::uno::UNO_QUERY_THROW);
    EXPECT_EQ(client::toUtf8(css::uno::Reference<css::container::XNamed>(view->getActiveSheet(),
                                                                         css::uno::UNO_QUERY_THROW)
                                 ->getName()),
              sheet);
    css::uno::Reference<css::sheet::XCellRangeAddressable> selected(
        css::uno::Reference<css::view::XSelectionSupplier>(view, css::uno::UNO_QUERY_THROW)
            ->getSelection(),
        css::uno::UNO_QUERY_THROW);
    const auto address = selected->getRangeAddress();
    EXPECT_EQ(a1Address(std::size_t(address.StartRow), std::size_t(address.StartColumn)), cell);
}

TEST(DeskBatch, RunsWithAFrameItsStatusBarAndKeyHandler)
{
    // A document window of this office: the status indicator and Escape watcher attach to
    // it and are removed again; the verdict is the frameless one.
    auto desktop = css::frame::Desktop::create(g_office->context());
    ModelCloser window{css::uno::Reference<css::frame::XModel>(
        desktop->loadComponentFromURL("private:factory/scalc", "_blank", 0, {}),
        css::uno::UNO_QUERY_THROW)};
    const auto frame = window.model->getCurrentController()->getFrame();
    ASSERT_TRUE(frame.is());
    ModelCloser withFrame{desk::runBatchCheck(g_office->context(), frame, urls({kSample}))};
    ModelCloser without{desk::runBatchCheck(g_office->context(), nullptr, urls({kSample}))};
    ASSERT_TRUE(withFrame.model.is());
    ASSERT_TRUE(without.model.is());
    const CellGrid a = gridsOf(withFrame.model)[0], b = gridsOf(without.model)[0];
    ASSERT_EQ(a.rows(), 2u);
    for (std::size_t c = 0; c < b.cols(); ++c)
        EXPECT_EQ(a.at(1, c).text, b.at(1, c).text) << c;
    EXPECT_EQ(a.at(1, 3).text, "CÓ LỖI"); // the seed sample has errors
}

} // namespace
