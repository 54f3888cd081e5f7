// The batch check and the consolidation inside an office (desk/batch, issues 13 and 14),
// called over the UNO bridge of a private headless soffice (the same code runs inside
// Calc): the result document's cells, statuses, counts and hyperlinks equal what
// `parcalc validate --format json` / `parcalc consolidate` say about the same files; the
// inputs stay byte-identical, no lock file is left and no input document stays open.
// Profiles: build/test-profiles/desk_*; data and outputs: build/tests/desk-out/.
#include "cli_run.hxx"
#include "client/office_session.hxx"
#include "desk/batch/batch_run.hxx"
#include "uno/io/sheet_reader.hxx"
#include "uno/load/workbook_read.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XDatabaseRange.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XUnnamedDatabaseRanges.hpp>
#include <com/sun/star/sheet/XViewFreezable.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>

namespace fs = std::filesystem;
using namespace parcalc;
using namespace parcalc::cli_test;
using nlohmann::json;

namespace
{

const std::string kOut = kBinary + "/tests/desk-out";
client::OfficeSession* g_office = nullptr;

class OfficeEnvironment : public ::testing::Environment
{
public:
    void SetUp() override
    {
        ::setenv("PARCALC_UI_LANGUAGE", "vi", 1); // the words the assertions spell
        m_office = std::make_unique<client::OfficeSession>(
            client::OfficeOptions{kBinary + "/test-profiles/desk_batch"});
        g_office = m_office.get();
    }
    void TearDown() override
    {
        g_office = nullptr;
        m_office.reset();
    }

private:
    std::unique_ptr<client::OfficeSession> m_office;
};
const auto* const g_environment = ::testing::AddGlobalTestEnvironment(new OfficeEnvironment);

// The folder every batch test reads: clean, with errors, and unreadable files of each kind.
std::string batchFolder()
{
    const fs::path dir = kOut + "/batch-in";
    fs::remove_all(dir);
    fs::create_directories(dir / "bad");
    const std::string appendix = kSource + "/tests/data/appendix/";
    for (const char* f : {"clean-q2-2023.ods", "ngan-son-q1-2023.xlsx", "ngan-son-q1-2023.fods",
                          "ngan-son-q1-2023.csv"})
        fs::copy_file(appendix + f, dir / f);
    for (const char* f :
         {"password.ods", "truncated.ods", "odt-renamed.ods", "text-renamed.ods", "empty.ods"})
        fs::copy_file(appendix + "bad/" + f, dir / "bad" / f);
    // Written by xlsxwriter (make_districts.py): a damaged .xlsx, a non-appendix workbook,
    // a self-assessment sheet.
    for (const auto& entry : fs::directory_iterator(kBinary + "/tests/consolidate-data/bad"))
    {
        const std::string name = entry.path().filename().string();
        if (name.find("ba-be") == std::string::npos && name.find("ngan-son") == std::string::npos)
            fs::copy_file(entry.path(), dir / ("x-" + name));
    }
    return dir.string();
}

std::map<std::string, std::string> snapshot(const std::string& dir)
{
    std::map<std::string, std::string> bytes;
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        if (entry.is_regular_file())
            bytes[entry.path().string()] = readFile(entry.path().string());
    return bytes;
}

std::size_t openComponents()
{
    auto desktop = css::frame::Desktop::create(g_office->context());
    auto components = desktop->getComponents()->createEnumeration();
    std::size_t n = 0;
    for (; components->hasMoreElements(); components->nextElement())
        ++n;
    return n;
}

css::uno::Reference<css::sheet::XSpreadsheet>
sheetAt(const css::uno::Reference<css::frame::XModel>& model, sal_Int32 index)
{
    css::uno::Reference<css::container::XIndexAccess> sheets(
        css::uno::Reference<css::sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY_THROW)
            ->getSheets(),
        css::uno::UNO_QUERY_THROW);
    return {sheets->getByIndex(index), css::uno::UNO_QUERY_THROW};
}

std::vector<CellGrid> gridsOf(const css::uno::Reference<css::frame::XModel>& model)
{
    return uno::readSheets(
        css::uno::Reference<css::sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY_THROW));
}

std::string formulaAt(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 col,
                      sal_Int32 row)
{
    return client::toUtf8(sheet->getCellByPosition(col, row)->getFormula());
}

struct ModelCloser
{
    css::uno::Reference<css::frame::XModel> model;
    ~ModelCloser() { client::closeDocument({model, css::uno::UNO_QUERY}); }
};

std::vector<OUString> urls(const std::vector<std::string>& paths)
{
    std::vector<OUString> out;
    for (const std::string& p : paths)
        out.push_back(client::fromUtf8(client::fileUrl(p)));
    return out;
}

std::size_t countSeverity(const json& file, const std::string& severity)
{
    std::size_t n = 0;
    for (const json& f : file["findings"])
        n += f["severity"] == severity;
    return n;
}

// The anchor the CLI's findings imply: the first finding with a cell, else the table's sheet.
std::string expectedTarget(const std::string& url, const json& file)
{
    const auto mark = [](const std::string& sheet, const std::string& cell)
    {
        std::string quoted;
        for (char c : sheet)
            quoted += c == '\'' ? std::string("''") : std::string(1, c);
        return "#'" + quoted + "'." + cell;
    };
    for (const json& f : file["findings"])
        if (!textOf(f, "cell").empty())
        {
            const std::string sheet =
                textOf(f, "sheet").empty() ? textOf(file, "sheet") : textOf(f, "sheet");
            return url + mark(sheet, textOf(f, "cell"));
        }
    if (file["status"] != "unreadable" && !textOf(file, "sheet").empty())
        return url + mark(textOf(file, "sheet"), "A1");
    return url;
}

sal_Int32 backgroundAt(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 col,
                       sal_Int32 row)
{
    sal_Int32 colour = -1;
    css::uno::Reference<css::beans::XPropertySet>(sheet->getCellByPosition(col, row),
                                                  css::uno::UNO_QUERY_THROW)
        ->getPropertyValue("CellBackColor") >>= colour;
    return colour;
}

// The sheet's autofilter (Data ▸ AutoFilter's unnamed range) covers `rows` x `cols`.
void expectAutoFilter(const css::uno::Reference<css::frame::XModel>& model, sal_Int16 sheet,
                      sal_Int32 rows, sal_Int32 cols)
{
    css::uno::Reference<css::sheet::XUnnamedDatabaseRanges> ranges(
        css::uno::Reference<css::beans::XPropertySet>(model, css::uno::UNO_QUERY_THROW)
            ->getPropertyValue("UnnamedDatabaseRanges"),
        css::uno::UNO_QUERY_THROW);
    ASSERT_TRUE(ranges->hasByTable(sheet));
    css::uno::Reference<css::beans::XPropertySet> range(ranges->getByTable(sheet),
                                                        css::uno::UNO_QUERY_THROW);
    EXPECT_TRUE(range->getPropertyValue("AutoFilter").get<bool>());
    const auto area =
        css::uno::Reference<css::sheet::XDatabaseRange>(range, css::uno::UNO_QUERY_THROW)
            ->getDataArea();
    EXPECT_EQ(area.EndRow - area.StartRow + 1, rows);
    EXPECT_EQ(area.EndColumn - area.StartColumn + 1, cols);
}

const std::map<std::string, std::string> kStatusWord = {
    {"valid", "ĐẠT"}, {"invalid", "CÓ LỖI"}, {"unreadable", "KHÔNG ĐỌC ĐƯỢC"}};
// Green, light red, amber: what a reviewer sees in the status column.
const std::map<std::string, sal_Int32> kStatusColour = {
    {"valid", 0xC6EFCE}, {"invalid", 0xFFC7CE}, {"unreadable", 0xFFEB9C}};

} // namespace

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
