// book_reader: the rule-set authoring workbook (sheets Thông tin, Biểu thống kê, Tiêu chí as
// CellGrids) read into a RuleSet. The sheets become rule-set JSON, which goes through the
// same loader as a JSON file (ruleset_loader), so a workbook is held to exactly the same
// rules; every problem names its sheet and cell. Never throws.
#pragma once

#include "core/ruleset/ruleset.hxx"
#include "core/ruleset_book/book_layout.hxx"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace parcalc::book
{

struct BookLoad
{
    std::optional<RuleSet> ruleSet; // set only when problems is empty
    nlohmann::json json;            // the rule-set JSON built from the sheets
    std::vector<BookProblem> problems;

    bool ok() const { return ruleSet.has_value(); }
};

// `bookName` names the workbook in problems the loader finds outside any cell.
BookLoad readRuleSetBook(const std::vector<CellGrid>& sheets, const std::string& bookName);

// The JSON text `parcalc ruleset build` writes (two-space indent, UTF-8, final newline).
std::string ruleSetJsonText(const nlohmann::json& json);

} // namespace parcalc::book
