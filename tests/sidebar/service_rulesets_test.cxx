// AppendixValidator's rule-set choice, read-only documents and report export.
#include "service_test_support.hxx"

#include <com/sun/star/lang/IllegalArgumentException.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

using namespace service_test;

namespace
{

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
    EXPECT_EQ(validator->validate(doc->model).Errors, 2);
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
    EXPECT_EQ(report.Errors, 2);
}

// --- read-only -------------------------------------------------------------------------------

TEST(ReadOnly, ValidatesButNeverModifies)
{
    auto doc = open(g_sample, true);
    auto validator = service();
    const auto report = validator->validate(doc->model);
    EXPECT_TRUE(report.ReadOnly);
    EXPECT_EQ(report.Errors, 2);
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

} // namespace

// --- a rule set written in Calc (issue 15) --------------------------------------------------

namespace
{

std::string refusal(const std::function<void()>& call)
{
    try
    {
        call();
    }
    catch (const css::lang::IllegalArgumentException& e)
    {
        return toUtf8(e.Message);
    }
    return "(not refused)";
}

} // namespace

TEST(RuleSetBook, TheOpenWorkbookBecomesTheRuleSetOfAnotherDocument)
{
    // The sample authoring workbook is the bundled example set written out: built, it must
    // give that set, and checking the sample appendix with it gives the example's verdict.
    const std::string copy =
        st::copyTo(kSource + "/sample_sheets/mau-bo-tieu-chi.ods", kOut, "bo-tieu-chi-tinh.ods");
    const std::string json = kOut + "/bo-tieu-chi-tinh.json";
    std::filesystem::remove(json);
    auto book = open(copy);
    auto doc = openSample();
    auto validator = service();

    // The panel offers its button on what the submission API calls a rule-set workbook.
    EXPECT_EQ(toUtf8(validator->validate(book->model).Submission), "ruleset-book");
    const std::string written = toUtf8(validator->useRuleSetBook(book->model, doc->model));
    EXPECT_EQ(std::filesystem::path(written), std::filesystem::path(json));
    ASSERT_TRUE(std::filesystem::exists(json));
    std::ifstream in(json);
    std::stringstream text;
    text << in.rdbuf();
    EXPECT_NE(text.str().find("\"id\": \"example-huyen-diem\""), std::string::npos);
    EXPECT_EQ(toUtf8(validator->getRuleSet(doc->model)), json);
    const auto withBook = validator->validate(doc->model);
    EXPECT_EQ(toUtf8(withBook.RuleSetChoice), json);
    validator->setRuleSet(doc->model, "example-huyen-diem");
    const auto withBundled = validator->validate(doc->model);
    EXPECT_EQ(withBook.Errors, withBundled.Errors);
    EXPECT_EQ(withBook.Warnings, withBundled.Warnings);
    EXPECT_EQ(withBook.Findings.getLength(), withBundled.Findings.getLength());
}

TEST(RuleSetBook, AWorkbookThatIsNoneOrUnsavedIsRefusedWithWhy)
{
    auto doc = openSample();
    auto other = openSample();
    auto validator = service();
    validator->setRuleSet(doc->model, "default-huyen");
    // The appendix sample has no Thông tin / Biểu thống kê sheets: each missing one is named.
    const std::string notABook =
        refusal([&] { validator->useRuleSetBook(other->model, doc->model); });
    EXPECT_NE(notABook.find("Biểu thống kê"), std::string::npos) << notABook;
    EXPECT_EQ(toUtf8(validator->getRuleSet(doc->model)), "default-huyen"); // kept

    auto blank = open("private:factory/scalc");
    const std::string unsaved =
        refusal([&] { validator->useRuleSetBook(blank->model, doc->model); });
    EXPECT_TRUE(unsaved.find("lưu") != std::string::npos ||
                unsaved.find("Save") != std::string::npos)
        << unsaved;
}
