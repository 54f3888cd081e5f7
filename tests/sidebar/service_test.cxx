// UNO-level tests of org.parcalc.AppendixValidator, the service behind the
// sidebar panel, called over the bridge from this client as the panel calls
// it inside soffice: recognise and validate seed 001, jump targets, marks and
// fixes as single undo steps with values unchanged, rule-set choice, read-only
// documents, sheets without an appendix, report export. One private headless
// soffice (throwaway profile, the freshly built .oxt) for the whole binary.
#include "extension_installer.hxx"
#include "sidebar_test_support.hxx"

#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/NoSuchElementException.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/ui/UIElementType.hpp>
#include <com/sun/star/ui/XSidebarPanel.hpp>
#include <com/sun/star/ui/XToolPanel.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <org/parcalc/AppendixValidator.hpp>

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <thread>

using namespace css;
using parcalc::client::fromUtf8;
using parcalc::client::OfficeSession;
using parcalc::client::toUtf8;
namespace st = parcalc::sidebar_test;

namespace
{

const std::string kSource = PARCALC_SOURCE_DIR;
const std::string kBinary = PARCALC_BINARY_DIR;
const std::string kOut = kBinary + "/tests/sidebar-out/service";

// ParCalc's own mark colours (addin/sidebar/mark_records.cxx).
constexpr sal_Int32 kErrorMark = 0xFFC7CE;

// --- one soffice for the whole binary -------------------------------------------------------

OfficeSession* g_office = nullptr;
std::string g_sample;

[[maybe_unused]] const auto* const g_environment = ::testing::AddGlobalTestEnvironment(
    new st::OfficeEnvironment({kBinary, kSource, kBinary + "/test-profiles/sidebar_service", kOut,
                               "en"}, // undo titles and messages in English
                              g_office, g_sample));

// --- helpers ---------------------------------------------------------------------------------

struct Doc
{
    uno::Reference<lang::XComponent> component;
    uno::Reference<frame::XModel> model;
    uno::Reference<sheet::XSpreadsheetDocument> spreadsheet;
    ~Doc() { parcalc::client::closeDocument(component); }
};

std::unique_ptr<Doc> open(const std::string& path, bool readOnly = false)
{
    auto doc = std::make_unique<Doc>();
    doc->component = st::loadDocument(*g_office, path, true, readOnly);
    doc->model.set(doc->component, uno::UNO_QUERY_THROW);
    doc->spreadsheet.set(doc->component, uno::UNO_QUERY_THROW);
    return doc;
}

// A writable copy of the sample for one test.
std::unique_ptr<Doc> openSample()
{
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    return open(st::copyTo(g_sample, kOut, std::string(info->name()) + ".ods"));
}

uno::Reference<org::parcalc::XAppendixValidator> service()
{
    return org::parcalc::AppendixValidator::create(g_office->context());
}

// A writable copy of the sample for one test, the service and its first report.
struct ValidatedSample
{
    std::unique_ptr<Doc> doc;
    uno::Reference<org::parcalc::XAppendixValidator> validator;
    org::parcalc::ValidationReport report;
};

ValidatedSample validateSample()
{
    ValidatedSample v{openSample(), service(), {}};
    v.report = v.validator->validate(v.doc->model);
    return v;
}

const org::parcalc::FindingInfo* find(const org::parcalc::ValidationReport& report,
                                      const std::string& code, const std::string& row)
{
    for (const auto& f : report.Findings)
        if (toUtf8(f.Code) == code && toUtf8(f.Row) == row)
            return &f;
    return nullptr;
}

uno::Reference<sheet::XSpreadsheet> sheetNamed(const Doc& doc, const std::string& name)
{
    uno::Reference<container::XNameAccess> sheets(doc.spreadsheet->getSheets(),
                                                  uno::UNO_QUERY_THROW);
    return uno::Reference<sheet::XSpreadsheet>(sheets->getByName(fromUtf8(name)),
                                               uno::UNO_QUERY_THROW);
}

uno::Reference<table::XCell> cell(const Doc& doc, const std::string& sheet, const std::string& a1)
{
    auto range = sheetNamed(doc, sheet)->getCellRangeByName(fromUtf8(a1));
    return uno::Reference<table::XCell>(range, uno::UNO_QUERY_THROW);
}

sal_Int32 background(const uno::Reference<table::XCell>& c)
{
    sal_Int32 color = 0;
    uno::Reference<beans::XPropertySet>(c, uno::UNO_QUERY_THROW)
        ->getPropertyValue("CellBackColor") >>= color;
    return color;
}

bool backgroundIsDefault(const uno::Reference<table::XCell>& c)
{
    return uno::Reference<beans::XPropertyState>(c, uno::UNO_QUERY_THROW)
               ->getPropertyState("CellBackColor") != beans::PropertyState_DIRECT_VALUE;
}

std::string comment(const uno::Reference<table::XCell>& c)
{
    auto annotation =
        uno::Reference<sheet::XSheetAnnotationAnchor>(c, uno::UNO_QUERY_THROW)->getAnnotation();
    return toUtf8(uno::Reference<text::XTextRange>(annotation, uno::UNO_QUERY_THROW)->getString());
}

sal_Int32 annotationCount(const Doc& doc, const std::string& sheet)
{
    auto annotations = uno::Reference<sheet::XSheetAnnotationsSupplier>(sheetNamed(doc, sheet),
                                                                        uno::UNO_QUERY_THROW)
                           ->getAnnotations();
    return annotations->getCount();
}

uno::Reference<document::XUndoManager> undoManager(const Doc& doc)
{
    return uno::Reference<document::XUndoManagerSupplier>(doc.model, uno::UNO_QUERY_THROW)
        ->getUndoManager();
}

std::string topUndoTitle(const Doc& doc)
{
    auto titles = undoManager(doc)->getAllUndoActionTitles();
    return titles.getLength() ? toUtf8(titles[0]) : std::string();
}

sal_Int32 undoDepth(const Doc& doc)
{
    return undoManager(doc)->getAllUndoActionTitles().getLength();
}

std::string userProperty(const Doc& doc, const std::string& name)
{
    auto props =
        uno::Reference<document::XDocumentPropertiesSupplier>(doc.model, uno::UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->getUserDefinedProperties();
    uno::Reference<beans::XPropertySet> set(props, uno::UNO_QUERY_THROW);
    if (!set->getPropertySetInfo()->hasPropertyByName(fromUtf8(name)))
        return {};
    OUString value;
    set->getPropertyValue(fromUtf8(name)) >>= value;
    return toUtf8(value);
}

std::set<std::string> cellsWithFindings(const org::parcalc::ValidationReport& report)
{
    std::set<std::string> cells;
    for (const auto& f : report.Findings)
        if (!f.Cell.isEmpty())
            cells.insert(toUtf8(f.Sheet) + "!" + toUtf8(f.Cell));
    return cells;
}

// --- recognise and validate ------------------------------------------------------------------

TEST(Validate, RecognisesTheSeedTable)
{
    auto doc = openSample();
    const auto report = service()->validate(doc->model);
    EXPECT_TRUE(report.TableFound);
    EXPECT_EQ(toUtf8(report.Sheet), "Phụ lục");
    EXPECT_EQ(toUtf8(report.Range).substr(0, 3), "A5:");
    EXPECT_GT(report.RowsExpected, 100);
    EXPECT_EQ(report.RowsFound, report.RowsExpected);
    EXPECT_EQ(toUtf8(report.RuleSetId), "default-huyen");
    EXPECT_EQ(toUtf8(report.RuleSetChoice), "");
    EXPECT_EQ(toUtf8(report.RuleSetError), "");
    EXPECT_NE(toUtf8(report.Unit).find("Ngân Sơn"), std::string::npos);
    EXPECT_FALSE(report.ReadOnly);
    EXPECT_EQ(report.MarkedCells, 0);
}

TEST(Validate, SeedOneRealFindings)
{
    auto doc = openSample();
    const auto report = service()->validate(doc->model);
    // Exactly the seed's real errors.
    EXPECT_EQ(report.Errors, 3);
    const auto* z134 = find(report, "zero-denominator", "1.3.4");
    const auto* z34 = find(report, "zero-denominator", "3.4");
    const auto* nan = find(report, "not-a-number", "3.1.1");
    const auto* sum = find(report, "sum-mismatch", "6.2");
    ASSERT_NE(z134, nullptr);
    ASSERT_NE(z34, nullptr);
    ASSERT_NE(nan, nullptr);
    ASSERT_NE(sum, nullptr);
    EXPECT_EQ(toUtf8(z134->Severity), "error");
    EXPECT_EQ(toUtf8(z134->Cell), "D16");
    EXPECT_EQ(toUtf8(z34->Severity), "error");
    EXPECT_EQ(toUtf8(nan->Severity), "error");
    EXPECT_EQ(toUtf8(nan->Actual), "Chưa có đánh giá kết quả");
    EXPECT_EQ(toUtf8(sum->Severity), "warning");
    EXPECT_EQ(toUtf8(sum->Expected), "33");
    EXPECT_EQ(toUtf8(sum->Actual), "34");
    EXPECT_FALSE(z134->Message.isEmpty());
    EXPECT_FALSE(z134->MessageEn.isEmpty());
    // Fixability as the panel shows it.
    EXPECT_TRUE(z134->Fixable);
    EXPECT_EQ(toUtf8(z134->FixValue), "Không phát sinh");
    EXPECT_FALSE(nan->Fixable);
    EXPECT_FALSE(sum->Fixable);
    const auto* text = find(report, "number-as-text", "4.5.4");
    ASSERT_NE(text, nullptr);
    EXPECT_TRUE(text->Fixable);
    EXPECT_EQ(toUtf8(text->FixValue), "3");
    // Counts agree with the list.
    EXPECT_EQ(report.Errors + report.Warnings + report.Infos, report.Findings.getLength());
}

TEST(Validate, TheTsvFixtureGivesTheSameFindings)
{
    // The fallback sample (made from tests/data/ngan-son-q1-2023.tsv when the .ods is missing)
    // must stand for the real one.
    const std::string generated = kOut + "/from-tsv.ods";
    st::generateSampleFromTsv(*g_office, kSource + "/tests/data/ngan-son-q1-2023.tsv", generated);
    auto doc = open(generated);
    auto real = openSample();
    const auto a = service()->validate(doc->model);
    const auto b = service()->validate(real->model);
    EXPECT_EQ(a.Errors, b.Errors);
    EXPECT_EQ(a.Warnings, b.Warnings);
    for (const char* row : {"1.3.4", "3.4"})
        EXPECT_NE(find(a, "zero-denominator", row), nullptr) << row;
    EXPECT_NE(find(a, "not-a-number", "3.1.1"), nullptr);
    EXPECT_NE(find(a, "sum-mismatch", "6.2"), nullptr);
}

TEST(Validate, SheetWithoutAppendix)
{
    auto doc = open("private:factory/scalc");
    uno::Reference<sheet::XSpreadsheet> first(
        uno::Reference<container::XIndexAccess>(doc->spreadsheet->getSheets(), uno::UNO_QUERY_THROW)
            ->getByIndex(0),
        uno::UNO_QUERY_THROW);
    first->getCellByPosition(0, 0)->setFormula(fromUtf8("Một bảng khác"));
    const auto report = service()->validate(doc->model);
    EXPECT_FALSE(report.TableFound);
    ASSERT_EQ(report.Findings.getLength(), 1);
    EXPECT_EQ(toUtf8(report.Findings[0].Code), "table-not-found");
    EXPECT_EQ(service()->markCells(doc->model), 0); // nothing to mark, nothing fails
}

TEST(Validate, NotASpreadsheetIsRefused)
{
    EXPECT_THROW(service()->validate(nullptr), lang::IllegalArgumentException);
}

// --- jump ------------------------------------------------------------------------------------

TEST(Jump, TargetAndSelection)
{
    const auto [doc, validator, report] = validateSample();
    const auto* f = find(report, "zero-denominator", "1.3.4");
    ASSERT_NE(f, nullptr);
    const table::CellAddress target = validator->getJumpTarget(doc->model, *f);
    EXPECT_EQ(target.Sheet, 0);
    EXPECT_EQ(target.Column, 3);
    EXPECT_EQ(target.Row, 15);

    ASSERT_TRUE(validator->jumpTo(doc->model, *f));
    auto controller = doc->model->getCurrentController();
    auto selection =
        uno::Reference<view::XSelectionSupplier>(controller, uno::UNO_QUERY_THROW)->getSelection();
    uno::Reference<sheet::XCellRangeAddressable> selected(selection, uno::UNO_QUERY);
    ASSERT_TRUE(selected.is());
    const auto range = selected->getRangeAddress();
    EXPECT_EQ(range.StartColumn, 3);
    EXPECT_EQ(range.StartRow, 15);
    EXPECT_EQ(range.EndRow, 15);

    // The table-level finding of an empty document has no cell: no jump, no exception.
    org::parcalc::FindingInfo noCell = *f;
    noCell.Cell = OUString();
    EXPECT_FALSE(validator->jumpTo(doc->model, noCell));
    EXPECT_THROW(validator->getJumpTarget(doc->model, noCell), lang::IllegalArgumentException);
}

// --- marks -----------------------------------------------------------------------------------

TEST(Marks, MarkAndClearAreOneUndoStepEachAndNeverChangeValues)
{
    auto doc = openSample();
    auto validator = service();
    const std::string sheet = "Phụ lục";
    // What the user had before: a comment on 3.1.1's cell, a colour on 3.4's.
    const table::CellAddress d41(0, 3, 40);
    uno::Reference<sheet::XSheetAnnotationsSupplier>(sheetNamed(*doc, sheet), uno::UNO_QUERY_THROW)
        ->getAnnotations()
        ->insertNew(d41, fromUtf8("ghi chú của người dùng"));
    uno::Reference<beans::XPropertySet>(cell(*doc, sheet, "D61"), uno::UNO_QUERY_THROW)
        ->setPropertyValue("CellBackColor", uno::Any(sal_Int32(0x00FF00)));
    const auto before = st::documentValues(doc->spreadsheet);
    const sal_Int32 depth = undoDepth(*doc);

    const auto report = validator->validate(doc->model);
    const sal_Int32 marked = validator->markCells(doc->model);
    EXPECT_EQ(marked, sal_Int32(cellsWithFindings(report).size()));
    EXPECT_GT(marked, 20);
    EXPECT_EQ(undoDepth(*doc), depth + 1);
    EXPECT_EQ(topUndoTitle(*doc), "ParCalc: mark cells");
    EXPECT_EQ(background(cell(*doc, sheet, "D16")), kErrorMark);
    EXPECT_EQ(comment(cell(*doc, sheet, "D16")).rfind("[ParCalc] Error: ", 0), 0u);
    EXPECT_NE(comment(cell(*doc, sheet, "D41")).find("ghi chú của người dùng"), std::string::npos);
    EXPECT_EQ(validator->validate(doc->model).MarkedCells, marked);
    EXPECT_FALSE(userProperty(*doc, "ParCalcMarks").empty());
    EXPECT_TRUE(st::documentValues(doc->spreadsheet) == before) << "marking changed a value";

    // Undo takes every mark away at once.
    undoManager(*doc)->undo();
    EXPECT_TRUE(backgroundIsDefault(cell(*doc, sheet, "D16")));
    EXPECT_EQ(comment(cell(*doc, sheet, "D16")), "");
    EXPECT_EQ(comment(cell(*doc, sheet, "D41")), "ghi chú của người dùng");
    EXPECT_EQ(validator->validate(doc->model).MarkedCells, 0);
    EXPECT_TRUE(st::documentValues(doc->spreadsheet) == before);

    // Redo brings them back; Clear marks removes only ParCalc's and restores the rest.
    undoManager(*doc)->redo();
    EXPECT_EQ(validator->validate(doc->model).MarkedCells, marked);
    const sal_Int32 cleared = validator->clearMarks(doc->model);
    EXPECT_EQ(cleared, marked);
    EXPECT_EQ(topUndoTitle(*doc), "ParCalc: clear marks");
    EXPECT_TRUE(backgroundIsDefault(cell(*doc, sheet, "D16")));
    EXPECT_EQ(comment(cell(*doc, sheet, "D16")), "");
    EXPECT_EQ(comment(cell(*doc, sheet, "D41")), "ghi chú của người dùng");
    EXPECT_EQ(background(cell(*doc, sheet, "D61")), 0x00FF00);
    EXPECT_EQ(annotationCount(*doc, sheet), 1);
    EXPECT_EQ(userProperty(*doc, "ParCalcMarks"), "");
    EXPECT_TRUE(st::documentValues(doc->spreadsheet) == before);

    // Undoing the clear brings the marks back in one step.
    undoManager(*doc)->undo();
    EXPECT_EQ(validator->validate(doc->model).MarkedCells, marked);
    EXPECT_EQ(background(cell(*doc, sheet, "D16")), kErrorMark);
}

TEST(Marks, MarkingTwiceReplacesTheMarks)
{
    auto doc = openSample();
    auto validator = service();
    const sal_Int32 first = validator->markCells(doc->model);
    const sal_Int32 second = validator->markCells(doc->model);
    EXPECT_EQ(first, second);
    EXPECT_EQ(annotationCount(*doc, "Phụ lục"), first);
    EXPECT_EQ(comment(cell(*doc, "Phụ lục", "D16")).find("[ParCalc]", 1), std::string::npos);
    EXPECT_EQ(validator->clearMarks(doc->model), first);
    EXPECT_EQ(validator->clearMarks(doc->model), 0);
}

// --- fixes -----------------------------------------------------------------------------------

TEST(Fix, ZeroDenominatorIsOneUndoStep)
{
    const auto [doc, validator, report] = validateSample();
    const auto* f = find(report, "zero-denominator", "1.3.4");
    ASSERT_NE(f, nullptr);
    const sal_Int32 depth = undoDepth(*doc);
    ASSERT_TRUE(validator->applyFix(doc->model, *f));
    EXPECT_EQ(undoDepth(*doc), depth + 1);
    EXPECT_EQ(topUndoTitle(*doc), "ParCalc: fix cell D16");
    auto d16 = cell(*doc, "Phụ lục", "D16");
    EXPECT_EQ(toUtf8(uno::Reference<text::XTextRange>(d16, uno::UNO_QUERY_THROW)->getString()),
              "Không phát sinh");
    const auto after = validator->validate(doc->model);
    EXPECT_EQ(find(after, "zero-denominator", "1.3.4"), nullptr);
    EXPECT_EQ(after.Errors, report.Errors - 1);

    undoManager(*doc)->undo();
    EXPECT_EQ(d16->getType(), table::CellContentType_VALUE);
    EXPECT_EQ(d16->getValue(), 0.0);
    EXPECT_NE(find(validator->validate(doc->model), "zero-denominator", "1.3.4"), nullptr);
}

TEST(Fix, NumberAsTextBecomesANumber)
{
    const auto [doc, validator, report] = validateSample();
    const auto* f = find(report, "number-as-text", "4.5.4");
    ASSERT_NE(f, nullptr);
    const std::string at = toUtf8(f->Cell);
    ASSERT_TRUE(validator->applyFix(doc->model, *f));
    auto c = cell(*doc, "Phụ lục", at);
    EXPECT_EQ(c->getType(), table::CellContentType_VALUE);
    EXPECT_EQ(c->getValue(), 3.0);
    EXPECT_EQ(find(validator->validate(doc->model), "number-as-text", "4.5.4"), nullptr);

    // A percentage typed as "2,30" on a % row: 2,3 %.
    const auto* p = find(report, "number-as-text", "6.1");
    ASSERT_NE(p, nullptr);
    ASSERT_TRUE(validator->applyFix(doc->model, *p));
    auto c61 = cell(*doc, "Phụ lục", toUtf8(p->Cell));
    EXPECT_NEAR(c61->getValue(), 0.023, 1e-12);
    const auto after = validator->validate(doc->model);
    EXPECT_EQ(find(after, "number-as-text", "6.1"), nullptr);
    EXPECT_EQ(find(after, "ratio-mismatch", "6.1"), nullptr);
}

TEST(Fix, RatioMismatchWritesTheComputedRatio)
{
    auto doc = openSample();
    auto validator = service();
    cell(*doc, "Phụ lục", "D9")->setValue(0.30); // 1.2 = 14 / 56 = 25 %, not 30 %
    const auto report = validator->validate(doc->model);
    const auto* f = find(report, "ratio-mismatch", "1.2");
    ASSERT_NE(f, nullptr);
    EXPECT_TRUE(f->Fixable);
    EXPECT_EQ(toUtf8(f->FixValue), "25 %");
    ASSERT_TRUE(validator->applyFix(doc->model, *f));
    EXPECT_DOUBLE_EQ(cell(*doc, "Phụ lục", "D9")->getValue(), 0.25);
    EXPECT_EQ(find(validator->validate(doc->model), "ratio-mismatch", "1.2"), nullptr);
}

TEST(Fix, NothingElseAndNothingStale)
{
    auto doc = openSample();
    auto validator = service();
    const auto before = st::documentValues(doc->spreadsheet);
    const auto report = validator->validate(doc->model);
    const auto* nan = find(report, "not-a-number", "3.1.1");
    ASSERT_NE(nan, nullptr);
    EXPECT_FALSE(validator->applyFix(doc->model, *nan));
    org::parcalc::FindingInfo stale = *find(report, "zero-denominator", "1.3.4");
    stale.Cell = "D17";
    EXPECT_FALSE(validator->applyFix(doc->model, stale));
    EXPECT_TRUE(st::documentValues(doc->spreadsheet) == before);
}

// --- rule sets -------------------------------------------------------------------------------

TEST(RuleSet, ChoiceIsRememberedInTheDocument)
{
    auto doc = openSample();
    auto validator = service();
    const auto bundled = validator->getBundledRuleSets();
    ASSERT_GE(bundled.getLength(), 1);
    EXPECT_EQ(toUtf8(bundled[0].First), "default-huyen");
    EXPECT_FALSE(bundled[0].Second.isEmpty());

    validator->setRuleSet(doc->model, "default-huyen");
    EXPECT_EQ(toUtf8(validator->getRuleSet(doc->model)), "default-huyen");
    EXPECT_EQ(userProperty(*doc, "ParCalcRuleSet"), "default-huyen");
    EXPECT_EQ(toUtf8(validator->validate(doc->model).RuleSetChoice), "default-huyen");

    // The user's own file (a copy of the bundled one) by path and by URL.
    const std::string own =
        st::copyTo(kSource + "/rulesets/default-huyen.json", kOut, "my-rules.json");
    validator->setRuleSet(doc->model, fromUtf8(own));
    EXPECT_EQ(toUtf8(validator->getRuleSet(doc->model)), own);
    validator->setRuleSet(doc->model, fromUtf8(parcalc::client::fileUrl(own)));
    EXPECT_EQ(toUtf8(validator->getRuleSet(doc->model)), own);
    EXPECT_EQ(validator->validate(doc->model).Errors, 3);
}

TEST(RuleSet, BrokenFileGivesAMessageAndKeepsTheChoice)
{
    auto doc = openSample();
    auto validator = service();
    validator->setRuleSet(doc->model, "default-huyen");
    std::filesystem::create_directories(kOut);
    const std::string broken = kOut + "/broken-rules.json";
    std::ofstream(broken) << "{ \"id\": \"x\", \"rows\": [ ";
    try
    {
        validator->setRuleSet(doc->model, fromUtf8(broken));
        FAIL() << "a broken rule file was accepted";
    }
    catch (const lang::IllegalArgumentException& e)
    {
        EXPECT_NE(toUtf8(e.Message).find("broken-rules.json"), std::string::npos)
            << toUtf8(e.Message);
    }
    EXPECT_THROW(validator->setRuleSet(doc->model, "no-such-rule-set"),
                 lang::IllegalArgumentException);
    EXPECT_EQ(toUtf8(validator->getRuleSet(doc->model)), "default-huyen");

    // A document whose stored choice went bad (file deleted): the default, and why.
    const std::string gone =
        st::copyTo(kSource + "/rulesets/default-huyen.json", kOut, "gone.json");
    validator->setRuleSet(doc->model, fromUtf8(gone));
    std::filesystem::remove(gone);
    const auto report = validator->validate(doc->model);
    EXPECT_EQ(toUtf8(report.RuleSetId), "default-huyen");
    EXPECT_FALSE(report.RuleSetError.isEmpty());
    EXPECT_EQ(report.Errors, 3);
}

// --- read-only -------------------------------------------------------------------------------

TEST(ReadOnly, ValidatesButNeverModifies)
{
    auto doc = open(g_sample, true);
    auto validator = service();
    const auto report = validator->validate(doc->model);
    EXPECT_TRUE(report.ReadOnly);
    EXPECT_EQ(report.Errors, 3);
    const auto before = st::documentValues(doc->spreadsheet);
    EXPECT_THROW(validator->markCells(doc->model), lang::IllegalArgumentException);
    EXPECT_THROW(validator->clearMarks(doc->model), lang::IllegalArgumentException);
    EXPECT_THROW(validator->applyFix(doc->model, *find(report, "zero-denominator", "1.3.4")),
                 lang::IllegalArgumentException);
    EXPECT_TRUE(st::documentValues(doc->spreadsheet) == before);
    // The rule-set choice still works, for this session.
    validator->setRuleSet(doc->model, "default-huyen");
    EXPECT_EQ(toUtf8(validator->getRuleSet(doc->model)), "default-huyen");
    EXPECT_EQ(userProperty(*doc, "ParCalcRuleSet"), "");
}

// --- export ----------------------------------------------------------------------------------

std::string slurp(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

TEST(Export, HtmlAndOds)
{
    auto doc = openSample();
    auto validator = service();
    std::filesystem::create_directories(kOut);
    const std::string html = kOut + "/report.html";
    std::filesystem::remove(html);
    validator->exportReport(doc->model, fromUtf8(parcalc::client::fileUrl(html)), "html");
    const std::string page = slurp(html);
    EXPECT_NE(page.find("<html"), std::string::npos);
    EXPECT_NE(page.find("1.3.4"), std::string::npos);
    EXPECT_NE(page.find("D16"), std::string::npos);

    const std::string ods = kOut + "/report.ods";
    std::filesystem::remove(ods);
    validator->exportReport(doc->model, fromUtf8(ods), "ODS");
    ASSERT_TRUE(std::filesystem::is_regular_file(ods));
    auto report = open(ods, true);
    const auto values = st::documentValues(report->spreadsheet);
    ASSERT_FALSE(values.empty());
    bool hasZeroDenominator = false;
    for (const auto& row : values[0])
        for (const auto& value : row)
        {
            OUString text;
            if ((value >>= text) && text == "zero-denominator")
                hasZeroDenominator = true;
        }
    EXPECT_TRUE(hasZeroDenominator);

    EXPECT_THROW(validator->exportReport(doc->model, fromUtf8(html), "pdf"),
                 lang::IllegalArgumentException);
}

// --- the sidebar factory, UI element and panel content ------------------------------------------

uno::Sequence<beans::PropertyValue> creationArgs(const uno::Reference<frame::XFrame>& frame,
                                                 bool withWindow)
{
    uno::Sequence<beans::PropertyValue> args(withWindow ? 2 : 1);
    args[0].Name = "Frame";
    args[0].Value <<= frame;
    if (withWindow)
    {
        args[1].Name = "ParentWindow";
        args[1].Value <<= frame->getComponentWindow();
    }
    return args;
}

bool panelLists(const uno::Reference<frame::XFrame>& frame, const std::string& row)
{
    for (const auto& line : service()->getPanelState(frame))
        if (toUtf8(line).find("    " + row + " · ") != std::string::npos)
            return true;
    return false;
}

TEST(SidebarFactory, FailsLoudlyAndItsPanelsDisposeCleanly)
{
    auto doc = openSample();
    auto frame = doc->model->getCurrentController()->getFrame();
    auto context = g_office->context();
    uno::Reference<ui::XUIElementFactory> factory(
        context->getServiceManager()->createInstanceWithContext("org.parcalc.SidebarFactory",
                                                                context),
        uno::UNO_QUERY_THROW);
    const OUString prefix = "private:resource/toolpanel/ParCalcSidebarFactory/";
    EXPECT_THROW(factory->createUIElement("private:resource/toolpanel/Other/Panel",
                                          creationArgs(frame, true)),
                 container::NoSuchElementException);
    EXPECT_THROW(factory->createUIElement(prefix + "NoSuchPanel", creationArgs(frame, true)),
                 container::NoSuchElementException);
    EXPECT_THROW(
        factory->createUIElement(prefix + "ParCalcValidationPanel", creationArgs(frame, false)),
        lang::IllegalArgumentException);

    auto element =
        factory->createUIElement(prefix + "ParCalcValidationPanel", creationArgs(frame, true));
    ASSERT_TRUE(element.is());
    EXPECT_EQ(element->getType(), ui::UIElementType::TOOLPANEL);
    EXPECT_EQ(element->getResourceURL(), prefix + "ParCalcValidationPanel");
    EXPECT_EQ(element->getFrame(), frame);
    uno::Reference<ui::XToolPanel> panel(element->getRealInterface(), uno::UNO_QUERY_THROW);
    uno::Reference<ui::XSidebarPanel> sidebarPanel(panel, uno::UNO_QUERY_THROW);
    EXPECT_TRUE(panel->getWindow().is());
    const ui::LayoutSize size = sidebarPanel->getHeightForWidth(320);
    EXPECT_GT(size.Minimum, 100);
    EXPECT_GE(size.Preferred, size.Minimum);
    EXPECT_EQ(size.Maximum, -1); // the findings list takes the height the deck has
    EXPECT_GE(sidebarPanel->getMinimalWidth(), 200);

    // The panel checks its document by itself (posted to the main thread).
    for (int i = 0; i < 100 && !panelLists(frame, "1.3.4"); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_TRUE(panelLists(frame, "1.3.4"));

    uno::Reference<lang::XComponent>(element, uno::UNO_QUERY_THROW)->dispose();
    EXPECT_THROW(panel->getWindow(), lang::DisposedException);
    EXPECT_THROW(sidebarPanel->getHeightForWidth(320), lang::DisposedException);
    EXPECT_THROW(element->getRealInterface(), lang::DisposedException);
    EXPECT_EQ(service()->getPanelState(frame).getLength(), 0);
    // Its listeners are gone: editing the document afterwards reaches nothing of it.
    cell(*doc, "Phụ lục", "D41")->setValue(5);
    std::this_thread::sleep_for(std::chrono::milliseconds(800)); // past the debounce
    EXPECT_TRUE(g_office->alive());
    EXPECT_EQ(service()->getPanelState(frame).getLength(), 0);

    auto score = factory->createUIElement(prefix + "ParCalcScorePanel", creationArgs(frame, true));
    uno::Reference<ui::XSidebarPanel> scorePanel(score->getRealInterface(), uno::UNO_QUERY_THROW);
    EXPECT_GT(scorePanel->getHeightForWidth(320).Preferred, 0);
    uno::Reference<lang::XComponent>(score, uno::UNO_QUERY_THROW)->dispose();
    EXPECT_THROW(scorePanel->getMinimalWidth(), lang::DisposedException);
}

// --- the live panels -------------------------------------------------------------------------

TEST(PanelState, NoPanelsInAHeadlessOffice)
{
    EXPECT_EQ(service()->getPanelState(nullptr).getLength(), 0);
}

} // namespace
