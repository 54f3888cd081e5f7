// The rule-set authoring workbook through the private office: read (every sheet, as the
// batch reads a submitted file) into a rule set with problems by sheet and cell, and
// written (.ods or .xlsx, with notes and drop-down lists) from a rule set.
#pragma once

#include "client/office_session.hxx"
#include "core/ruleset_book/book_reader.hxx"

#include <optional>
#include <string>

namespace parcalc::client
{

// An unreadable file is one problem naming the file (the reason in vi and en).
book::BookLoad readRuleSetWorkbook(OfficeSession& office, const std::string& path);

// "calc8" for .ods, "Calc MS Excel 2007 XML" for .xlsx; nullopt for other extensions.
std::optional<std::string> workbookFilterFor(const std::string& path);

// Throws css::io::IOException when the file cannot be written.
void writeRuleSetWorkbook(const OfficeSession& office, const RuleSet& ruleSet,
                          const std::string& path);

} // namespace parcalc::client
