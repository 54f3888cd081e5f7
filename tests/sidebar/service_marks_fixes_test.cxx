// AppendixValidator's marks and fixes: each a single undo step, values unchanged.
#include "service_test_support.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/text/XTextRange.hpp>

using namespace service_test;

namespace
{

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
    const auto* nan = find(report, "not-reported", "3.1.1");
    ASSERT_NE(nan, nullptr);
    EXPECT_FALSE(validator->applyFix(doc->model, *nan));
    org::parcalc::FindingInfo stale = *find(report, "zero-denominator", "1.3.4");
    stale.Cell = "D17";
    EXPECT_FALSE(validator->applyFix(doc->model, stale));
    EXPECT_TRUE(st::documentValues(doc->spreadsheet) == before);
}

} // namespace
