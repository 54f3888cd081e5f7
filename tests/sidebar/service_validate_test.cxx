// UNO-level tests of org.parcalc.AppendixValidator, the service behind the sidebar
// panel, called over the bridge as the panel calls it inside soffice: recognising and
// validating seed 001, sheets without an appendix, jump targets. One private headless
// soffice (throwaway profile, the freshly built .oxt) for the whole binary.
#include "service_test_support.hxx"

#include "client/batch_validation.hxx"
#include "core/ruleset/ruleset_catalog.hxx"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>

using namespace service_test;

namespace
{

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
    EXPECT_EQ(report.Errors, 2);
    const auto* z134 = find(report, "zero-denominator", "1.3.4");
    const auto* z34 = find(report, "zero-denominator", "3.4");
    const auto* nan = find(report, "not-reported", "3.1.1"); // issue 12: "not known yet"
    const auto* sum = find(report, "sum-mismatch", "6.2");
    ASSERT_NE(z134, nullptr);
    ASSERT_NE(z34, nullptr);
    ASSERT_NE(nan, nullptr);
    ASSERT_NE(sum, nullptr);
    EXPECT_EQ(toUtf8(z134->Severity), "error");
    EXPECT_EQ(toUtf8(z134->Cell), "D16");
    EXPECT_EQ(toUtf8(z34->Severity), "error");
    EXPECT_EQ(toUtf8(nan->Severity), "warning");
    EXPECT_EQ(toUtf8(nan->Actual), "Chưa có đánh giá kết quả");
    EXPECT_EQ(toUtf8(sum->Severity), "warning");
    EXPECT_EQ(toUtf8(sum->Expected), "33");
    EXPECT_EQ(toUtf8(sum->Actual), "34");
    EXPECT_FALSE(z134->Message.isEmpty());
    EXPECT_FALSE(z134->MessageEn.isEmpty());
    // The location and the body come apart: the message is "where: body".
    EXPECT_FALSE(z134->Body.isEmpty());
    EXPECT_EQ(toUtf8(z134->Message), "Dòng 1.3.4 (ô D16): " + toUtf8(z134->Body));
    EXPECT_EQ(toUtf8(z134->MessageEn), "Row 1.3.4 (cell D16): " + toUtf8(z134->BodyEn));
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
    EXPECT_NE(find(a, "not-reported", "3.1.1"), nullptr);
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

// A unit's self-assessment score sheet sent instead of its appendix gets one verdict
// wherever it is checked: the sidebar service and the CLI's batch validation
// (client::validateFiles, what `parcalc validate` runs) both say what it is, as an info
// finding, not "table not found" (the message pinned as the CLI's golden output has it).
TEST(Validate, SelfAssessmentSheetSameVerdictAsCli)
{
    const std::string path = kSource + "/sample_sheets/kon-ray-2023-tu-danh-gia.ods";
    auto doc = open(path, true);
    const auto report = service()->validate(doc->model);
    EXPECT_FALSE(report.TableFound);
    EXPECT_EQ(toUtf8(report.Submission), "self-assessment");
    ASSERT_EQ(report.Findings.getLength(), 1);
    const auto& sidebar = report.Findings[0];
    EXPECT_EQ(toUtf8(sidebar.Code), "table-not-found");
    EXPECT_EQ(toUtf8(sidebar.Severity), "info");
    EXPECT_EQ(toUtf8(sidebar.Message),
              "Tệp này là bảng tự đánh giá điểm (Tự đánh giá!A4:E13), không phải biểu thống kê; "
              "kiểm tra bảng điểm bằng lệnh \"parcalc score\".");
    EXPECT_EQ(report.Errors, 0);
    EXPECT_EQ(report.Infos, 1);

    const parcalc::RuleSetLoad rules = parcalc::resolveRuleSet("");
    ASSERT_TRUE(rules.ok());
    const parcalc::BatchReport cli =
        parcalc::client::validateFiles(*g_office, {path}, *rules.ruleSet, nullptr);
    ASSERT_EQ(cli.files.size(), 1u);
    const parcalc::ValidationResult& r = cli.files[0].result;
    EXPECT_EQ(cli.files[0].status, parcalc::FileStatus::Valid);
    EXPECT_EQ(r.tableFound, bool(report.TableFound));
    ASSERT_EQ(r.findings.size(), 1u);
    EXPECT_EQ(parcalc::findingCodeName(r.findings[0].code), toUtf8(sidebar.Code));
    EXPECT_EQ(parcalc::severityName(r.findings[0].severity), toUtf8(sidebar.Severity));
    EXPECT_EQ(r.findings[0].sheet, toUtf8(sidebar.Sheet));
    EXPECT_EQ(r.findings[0].message, toUtf8(sidebar.Message));
    EXPECT_EQ(r.findings[0].messageEn, toUtf8(sidebar.MessageEn));
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

} // namespace
