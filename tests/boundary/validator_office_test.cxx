// Every method of org.parcalc.AppendixValidator (the sidebar's service) called
// over the UNO bridge with what a panel or a macro might hand it: no document,
// a closed document, a Writer document, a read-only document, findings that
// name no cell or one outside the sheet, empty and garbage rule sets, export
// paths that cannot be written. Each must give its documented result or a UNO
// exception with a message a user can read (an escaping C++ exception would
// arrive as a RuntimeException saying "std::..." or kill soffice), and soffice
// must answer afterwards.
#include "office_fixture.hxx"
#include "sidebar_test_support.hxx"

#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/util/XCloseable.hpp>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>

namespace
{

using namespace parcalc::boundary;
using parcalc::client::fromUtf8;
using parcalc::client::toUtf8;
namespace st = parcalc::sidebar_test;
using Model = css::uno::Reference<css::frame::XModel>;
using org::parcalc::FindingInfo;

// --- documents -------------------------------------------------------------------------------

struct Doc
{
    css::uno::Reference<css::lang::XComponent> component;
    Model model;
    ~Doc() { parcalc::client::closeDocument(component); }
};

std::unique_ptr<Doc> load(const std::string& urlOrPath, bool readOnly = false)
{
    auto doc = std::make_unique<Doc>();
    doc->component = st::loadDocument(office(), urlOrPath, true, readOnly);
    doc->model.set(doc->component, css::uno::UNO_QUERY_THROW);
    return doc;
}

std::unique_ptr<Doc> newCalc()
{
    return load("private:factory/scalc");
}
// A document that is not a spreadsheet: a Writer text when Writer is installed,
// else the chart inside a Calc document (its own XModel, always available).
struct NotSpreadsheet
{
    std::unique_ptr<Doc> doc;
    Model model;
};

NotSpreadsheet newNotSpreadsheet()
{
    NotSpreadsheet result;
    try
    {
        result.doc = load("private:factory/swriter");
        result.model = result.doc->model;
        return result;
    }
    catch (const css::uno::Exception&)
    {
        // Writer not installed (Debian's libreoffice-calc alone).
    }
    result.doc = load("private:factory/scalc");
    css::uno::Reference<css::sheet::XSpreadsheetDocument> calc(result.doc->model,
                                                               css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XSpreadsheet> sheet(
        css::uno::Reference<css::container::XIndexAccess>(calc->getSheets(),
                                                          css::uno::UNO_QUERY_THROW)
            ->getByIndex(0),
        css::uno::UNO_QUERY_THROW);
    sheet->getCellByPosition(0, 0)->setValue(1);
    sheet->getCellByPosition(0, 1)->setValue(2);
    auto charts =
        css::uno::Reference<css::table::XTableChartsSupplier>(sheet, css::uno::UNO_QUERY_THROW)
            ->getCharts();
    css::uno::Sequence<css::table::CellRangeAddress> ranges(1);
    ranges[0] = css::table::CellRangeAddress(0, 0, 0, 0, 1);
    charts->addNewByName("chart", css::awt::Rectangle(0, 0, 5000, 5000), ranges, false, false);
    css::uno::Reference<css::document::XEmbeddedObjectSupplier> embedded(charts->getByName("chart"),
                                                                         css::uno::UNO_QUERY_THROW);
    result.model.set(embedded->getEmbeddedObject(), css::uno::UNO_QUERY_THROW);
    return result;
}

// The seed sample (an appendix with findings), opened read-only.
std::unique_ptr<Doc> readOnlySample()
{
    return load(kSourceDir + "/sample_sheets/ngan-son-q1-2023.ods", true);
}

// A Calc document that was closed: the bridge still holds its (dead) model.
Model closedCalc()
{
    auto component = st::loadDocument(office(), "private:factory/scalc", true);
    Model model(component, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::util::XCloseable>(component, css::uno::UNO_QUERY_THROW)->close(true);
    return model;
}

FindingInfo findingAt(const std::string& sheet, const std::string& cell)
{
    FindingInfo f;
    f.Code = "not-a-number";
    f.Severity = "error";
    f.Row = "1.1";
    f.Sheet = fromUtf8(sheet);
    f.Cell = fromUtf8(cell);
    return f;
}

// --- expectations ------------------------------------------------------------------------------

// A message a user can act on: present, and not a C++ exception's or the
// bridge's own words leaking through.
void expectReadable(const std::string& what, const std::string& message)
{
    EXPECT_FALSE(message.empty()) << what << ": empty message";
    for (const char* leak : {"std::", "bad_alloc", "unsatisfied query", "basic_string", "vector"})
        EXPECT_EQ(message.find(leak), std::string::npos) << what << ": \"" << message << "\"";
}

void expectAlive(const std::string& what)
{
    EXPECT_EQ(officeProblem(), "") << "after " << what;
}

// `call` must throw E whose message is readable and holds `part` (if given).
template <class E>
void expectThrows(const std::string& what, const std::function<void()>& call,
                  const std::string& part = {})
{
    try
    {
        call();
        ADD_FAILURE() << what << ": no exception";
    }
    catch (const E& e)
    {
        expectReadable(what, messageOf(e));
        if (!part.empty())
        {
            EXPECT_NE(messageOf(e).find(part), std::string::npos)
                << what << ": \"" << messageOf(e) << "\" lacks \"" << part << "\"";
        }
    }
    catch (const css::uno::Exception& e)
    {
        ADD_FAILURE() << what << ": another exception: " << messageOf(e);
    }
    expectAlive(what);
}

// Every method given `model` where an open Calc document is required: all must
// refuse with E naming the problem.
template <class E>
void expectEveryMethodRefuses(const std::string& label, const Model& model, const std::string& part)
{
    const auto v = validatorService();
    const FindingInfo cell = findingAt("Sheet1", "A1");
    const std::string exportPath = kOutDir + "/refused-" + label + ".html";
    expectThrows<E>(
        label + " validate", [&] { v->validate(model); }, part);
    expectThrows<E>(
        label + " getJumpTarget", [&] { v->getJumpTarget(model, cell); }, part);
    expectThrows<E>(
        label + " jumpTo", [&] { v->jumpTo(model, cell); }, part);
    // A finding without a cell must not hide a bad document either.
    expectThrows<E>(
        label + " jumpTo (no cell)", [&] { v->jumpTo(model, FindingInfo()); }, part);
    expectThrows<E>(
        label + " markCells", [&] { v->markCells(model); }, part);
    expectThrows<E>(
        label + " clearMarks", [&] { v->clearMarks(model); }, part);
    expectThrows<E>(
        label + " applyFix", [&] { v->applyFix(model, cell); }, part);
    expectThrows<E>(
        label + " exportReport",
        [&] { v->exportReport(model, fromUtf8(parcalc::client::fileUrl(exportPath)), "html"); },
        part);
    EXPECT_FALSE(std::filesystem::exists(exportPath)) << label;
    expectThrows<E>(
        label + " setRuleSet", [&] { v->setRuleSet(model, "default-huyen"); }, part);
    // As the workbook and as the document it is for.
    expectThrows<E>(
        label + " useRuleSetBook", [&] { v->useRuleSetBook(model, model); }, part);
}

const std::string kNotSpreadsheet = "not a spreadsheet";

// --- tests -----------------------------------------------------------------------------------

TEST(BoundaryValidator, NoDocumentIsRefusedByEveryMethod)
{
    expectEveryMethodRefuses<css::lang::IllegalArgumentException>("null", Model(), kNotSpreadsheet);
    // Documented: "" = the default rule set; a missing document has no choice stored.
    EXPECT_EQ(toUtf8(validatorService()->getRuleSet(Model())), "");
    expectAlive("getRuleSet(null)");
}

TEST(BoundaryValidator, NonSpreadsheetDocumentIsRefusedByEveryMethod)
{
    const NotSpreadsheet other = newNotSpreadsheet();
    expectEveryMethodRefuses<css::lang::IllegalArgumentException>("not-calc", other.model,
                                                                  kNotSpreadsheet);
    EXPECT_EQ(toUtf8(validatorService()->getRuleSet(other.model)), "");
    expectAlive("getRuleSet(not-calc)");
}

TEST(BoundaryValidator, ClosedDocumentIsRefusedByEveryMethod)
{
    const Model closed = closedCalc();
    // DisposedException: what UNO says of a closed object, allowed on every method.
    expectEveryMethodRefuses<css::lang::DisposedException>("closed", closed, "closed");
    const auto v = validatorService();
    expectThrows<css::lang::DisposedException>(
        "closed getRuleSet", [&] { v->getRuleSet(closed); }, "closed");
}

TEST(BoundaryValidator, FindingsOutsideTheDocument)
{
    auto calc = newCalc();
    const auto v = validatorService();
    const Model& m = calc->model;
    // Documented: the cell a finding points at, Sheet = sheet index.
    const auto a1 = v->getJumpTarget(m, findingAt("Sheet1", "B3"));
    EXPECT_EQ(a1.Sheet, 0);
    EXPECT_EQ(a1.Column, 1);
    EXPECT_EQ(a1.Row, 2);
    const auto last = v->getJumpTarget(m, findingAt("Sheet1", "XFD1048576"));
    EXPECT_EQ(last.Column, 16383);
    EXPECT_EQ(last.Row, 1048575);
    for (const auto& [sheet, cell] : std::vector<std::pair<std::string, std::string>>{
             {"", ""},
             {"Sheet1", ""},
             {"No such sheet", "A1"},
             {"Sheet1", "A0"},
             {"Sheet1", "XFE1"},
             {"Sheet1", "A1048577"},
             {"Sheet1", "A99999999999999999999"},
             {"Sheet1", "1A"},
             {"Sheet1", std::string(100000, 'Z') + "1"},
             {std::string(100000, 'x'), "A1"},
         })
    {
        const std::string what = "'" + sheet.substr(0, 20) + "'!" + cell.substr(0, 20);
        expectThrows<css::lang::IllegalArgumentException>(
            "getJumpTarget " + what, [&] { v->getJumpTarget(m, findingAt(sheet, cell)); },
            "names no cell");
        // Documented: jumpTo is false when the finding has no cell (to go to).
        EXPECT_FALSE(v->jumpTo(m, findingAt(sheet, cell))) << what;
        expectAlive("jumpTo " + what);
        // A stale or made-up finding has no fix: false, nothing written.
        EXPECT_FALSE(v->applyFix(m, findingAt(sheet, cell))) << what;
        expectAlive("applyFix " + what);
    }
    EXPECT_TRUE(v->jumpTo(m, findingAt("Sheet1", "B3")));
    // Nothing to mark on an empty sheet, nothing to clear.
    EXPECT_EQ(v->markCells(m), 0);
    EXPECT_EQ(v->clearMarks(m), 0);
    const auto report = v->validate(m);
    EXPECT_FALSE(report.TableFound);
    EXPECT_FALSE(report.ReadOnly);
    expectAlive("empty document");
}

TEST(BoundaryValidator, ReadOnlyDocumentIsNeverMarkedOrFixed)
{
    auto doc = readOnlySample();
    const auto v = validatorService();
    const auto report = v->validate(doc->model);
    ASSERT_TRUE(report.TableFound);
    ASSERT_TRUE(report.ReadOnly);
    ASSERT_GT(report.Findings.getLength(), 0);
    const std::string readOnly = "Read-only document";
    expectThrows<css::lang::IllegalArgumentException>(
        "read-only markCells", [&] { v->markCells(doc->model); }, readOnly);
    expectThrows<css::lang::IllegalArgumentException>(
        "read-only clearMarks", [&] { v->clearMarks(doc->model); }, readOnly);
    for (const FindingInfo& f : report.Findings)
        if (f.Fixable)
        {
            expectThrows<css::lang::IllegalArgumentException>(
                "read-only applyFix", [&] { v->applyFix(doc->model, f); }, readOnly);
            break;
        }
    // Documented: the rule-set choice of a read-only document lasts for the session.
    v->setRuleSet(doc->model, "default-huyen");
    EXPECT_EQ(toUtf8(v->getRuleSet(doc->model)), "default-huyen");
    expectAlive("read-only setRuleSet");
}

TEST(BoundaryValidator, RuleSetChoicesThatCannotBeUsed)
{
    auto calc = newCalc();
    const auto v = validatorService();
    const Model& m = calc->model;
    std::filesystem::create_directories(kOutDir);
    const std::string truncated = kOutDir + "/truncated-rules.json";
    std::ofstream(truncated) << "{\"id\": \"x\", \"rows\": [";
    const std::string notJson = kOutDir + "/not-json.json";
    std::ofstream(notJson) << "\x01\x02 this is no JSON \xFF\xFE";
    for (const std::string& choice :
         {std::string("no-such-rule-set"), std::string("/nonexistent/parcalc/rules.json"),
          std::string("/"), std::string("/dev/zero"), truncated, notJson,
          std::string("http://example.invalid/rules.json"), std::string(100000, 'r')})
    {
        const std::string what = "setRuleSet " + choice.substr(0, 60);
        expectThrows<css::lang::IllegalArgumentException>(what, [&]
                                                          { v->setRuleSet(m, fromUtf8(choice)); });
        // The rule set in use stays (README): still the default.
        EXPECT_EQ(toUtf8(v->getRuleSet(m)), "") << what;
    }
    // Blank means the default.
    v->setRuleSet(m, "   ");
    EXPECT_EQ(toUtf8(v->getRuleSet(m)), "");
    const auto bundled = v->getBundledRuleSets();
    bool hasDefault = false;
    for (const auto& pair : bundled)
        hasDefault = hasDefault || pair.First == "default-huyen";
    EXPECT_TRUE(hasDefault);
    expectAlive("rule sets");
}

TEST(BoundaryValidator, ExportToPlacesThatCannotBeWritten)
{
    auto calc = newCalc();
    const auto v = validatorService();
    const Model& m = calc->model;
    expectThrows<css::lang::IllegalArgumentException>(
        "export format pdf", [&] { v->exportReport(m, fromUtf8(kOutDir + "/r.pdf"), "pdf"); },
        "format");
    expectThrows<css::lang::IllegalArgumentException>(
        "export empty url", [&] { v->exportReport(m, "", "html"); }, "ParCalc");
    expectThrows<css::lang::IllegalArgumentException>(
        "export http", [&] { v->exportReport(m, "http://example.invalid/r.html", "html"); },
        "only local files");
    for (const std::string format : {"html", "ods"})
    {
        // Not even root may create a file in /proc (soffice creates missing directories).
        const std::string path = "/proc/parcalc-report." + format;
        expectThrows<css::io::IOException>(
            "export " + format + " into /proc",
            [&] { v->exportReport(m, fromUtf8(parcalc::client::fileUrl(path)), fromUtf8(format)); },
            "ParCalc");
        EXPECT_FALSE(std::filesystem::exists(path));
        expectThrows<css::io::IOException>(
            "export " + format + " onto a directory",
            [&]
            { v->exportReport(m, fromUtf8(parcalc::client::fileUrl(kOutDir)), fromUtf8(format)); },
            "ParCalc");
    }
    // And a writable place works.
    const std::string ok = kOutDir + "/report.html";
    std::filesystem::remove(ok);
    v->exportReport(m, fromUtf8(parcalc::client::fileUrl(ok)), "html");
    EXPECT_TRUE(std::filesystem::is_regular_file(ok));
    expectAlive("export");
}

TEST(BoundaryValidator, PanelStateForAnyFrame)
{
    const auto v = validatorService();
    // Headless, no deck open: no panel, so nothing to report, whatever the frame.
    EXPECT_EQ(v->getPanelState({}).getLength(), 0);
    auto calc = newCalc();
    EXPECT_EQ(v->getPanelState(calc->model->getCurrentController()->getFrame()).getLength(), 0);
    expectAlive("getPanelState");
}

} // namespace
