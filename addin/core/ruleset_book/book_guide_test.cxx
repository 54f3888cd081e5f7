// The Hướng dẫn sheet's worked examples are what the reader understands: each check
// example reads as a check of the kind the line names, each rule example as parameters.
#include "core/ruleset_book/book_cells.hxx"
#include "core/ruleset_book/book_terms.hxx"
#include "core/ruleset_book/book_writer.hxx"
#include "core/ruleset_book/check_text.hxx"
#include "core/ruleset_book/rule_text.hxx"

#include <gtest/gtest.h>

#include <map>

namespace parcalc::book
{
namespace
{

TEST(Guide, EveryExampleReads)
{
    const BookSheet guide = guideSheet();
    EXPECT_EQ(guide.grid.sheetName(), "Hướng dẫn");
    std::size_t checks = 0, rules = 0;
    const std::map<std::string, std::string> checkKinds{
        {"Kiểm tra: tỷ lệ", "ratio"},
        {"Kiểm tra: phần không vượt tổng", "part-le-whole"},
        {"Kiểm tra: các phần không vượt tổng", "part-le-whole"},
        {"Kiểm tra: tổng bằng", "sum-equals"},
        {"Kiểm tra: tổng bằng một dòng khác", "sum-equals"},
        {"Kiểm tra: khoảng giá trị", "range"},
        {"Kiểm tra: một trong", "one-of"},
        {"Kiểm tra: bắt buộc nếu", "required-if"},
        {"Kiểm tra: số nguyên, không âm", "integer"}};
    for (std::size_t r = 1; r < guide.grid.rows(); ++r)
    {
        const std::string topic = cellText(guide.grid.at(r, 0));
        const std::string example = cellText(guide.grid.at(r, 1));
        if (auto kind = checkKinds.find(topic); kind != checkKinds.end())
        {
            CheckTextRead read = readCheckText(example, "1.2");
            ASSERT_TRUE(read.check) << example << ": " << read.en;
            EXPECT_EQ((*read.check)["kind"], kind->second) << example;
            ++checks;
        }
        const std::string rulePrefix = "Quy tắc: ";
        if (topic.rfind(rulePrefix, 0) == 0)
        {
            auto rule = ruleKindTerms().find(topic.substr(rulePrefix.size()));
            ASSERT_TRUE(rule) << topic;
            TextRead read = readRuleParams(*rule, example);
            ASSERT_TRUE(read.value) << example << ": " << read.en;
            // Every kind but manual takes a parameter: the example gives it.
            EXPECT_EQ(read.value->size() > 1, *rule != "manual") << example;
            ++rules;
        }
    }
    EXPECT_EQ(checks, checkKinds.size());
    EXPECT_EQ(rules, ruleKindTerms().terms.size());
}

} // namespace
} // namespace parcalc::book
