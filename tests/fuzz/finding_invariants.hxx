// finding_invariants (tests only): what every validation result must satisfy, whatever
// the sheet or the rule set: a known code name, a severity, messages in both languages,
// no placeholder left unfilled. Shared by the table_recognition and ruleset_loader targets.
#pragma once

#include "fuzz_support.hxx"

#include "core/findings/finding.hxx"
#include "core/reports/batch_report.hxx"
#include "core/validation/validator.hxx"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace parcalc::fuzz
{

inline bool isA1(std::string_view cell)
{
    std::size_t i = 0;
    while (i < cell.size() && cell[i] >= 'A' && cell[i] <= 'Z')
        ++i;
    const std::size_t letters = i;
    while (i < cell.size() && cell[i] >= '0' && cell[i] <= '9')
        ++i;
    return letters > 0 && i > letters && i == cell.size() && cell[letters] != '0';
}

// `cleanText()`: every text of the input was valid UTF-8 without '{' (so any "{...}" in a
// message is an unfilled placeholder, and any invalid UTF-8 was made by the validator).
// Called only when a message looks wrong, as scanning the whole input is costly.
template <typename CleanText>
void checkValidation(const ValidationResult& v, const RuleSet& ruleSet, CleanText cleanText)
{
    FUZZ_CHECK(v.rowsExpected == ruleSet.rows.size());
    FUZZ_CHECK(v.rowsFound <= v.rowsExpected);
    if (!v.tableFound)
        FUZZ_CHECK(v.findings.size() == 1 && v.findings[0].code == FindingCode::TableNotFound);
    FUZZ_CHECK(v.valid() == (v.count(Severity::Error) == 0));
    FUZZ_CHECK(v.count(Severity::Error) + v.count(Severity::Warning) + v.count(Severity::Info) ==
               v.findings.size());
    for (const Finding& f : v.findings)
    {
        const std::string_view code = findingCodeName(f.code);
        FUZZ_CHECK(!code.empty());
        FUZZ_CHECK(findingCodeFromName(code) == f.code);
        const std::string_view severity = severityName(f.severity);
        FUZZ_CHECK(!severity.empty());
        FUZZ_CHECK(severityFromName(severity) == f.severity);
        FUZZ_CHECK(!f.message.empty());
        FUZZ_CHECK(!f.messageEn.empty());
        FUZZ_CHECK(f.sheet == v.sheet);
        FUZZ_CHECK(f.cell.empty() || isA1(f.cell));
        bool suspicious = false;
        for (const std::string* s : {&f.message, &f.messageEn, &f.actual, &f.expected, &f.row})
            suspicious = suspicious || !validUtf8(*s);
        for (const char* placeholder :
             {"{where}", "{row}", "{cell}", "{expected}", "{actual}", "{ref}", "{detail}"})
            suspicious = suspicious || f.message.find(placeholder) != std::string::npos ||
                         f.messageEn.find(placeholder) != std::string::npos;
        if (suspicious && cleanText())
        {
            std::fprintf(stderr, "finding %s: message \"%s\" / \"%s\", actual \"%s\"\n",
                         std::string(code).c_str(), f.message.c_str(), f.messageEn.c_str(),
                         f.actual.c_str());
            FUZZ_CHECK(!"a message with invalid UTF-8 or an unfilled {placeholder}");
        }
    }
}

// The batch report writers on the result: they must not throw, and the JSON must parse.
inline void checkReports(const ValidationResult& v, const RuleSet& ruleSet)
{
    BatchReport report;
    report.rulesetId = ruleSet.id;
    report.rulesetVersion = ruleSet.version;
    report.files.push_back(readableReport("fuzz.ods", v));
    report.files.push_back(unreadableReport("broken.xlsx", "hỏng", "broken"));
    const std::string json = reportJson(report);
    FUZZ_CHECK(nlohmann::json::accept(json));
    for (Language lang : {Language::Vi, Language::En})
    {
        FUZZ_CHECK(!reportText(report, lang).empty());
        FUZZ_CHECK(!reportCsv(report, lang).empty());
        FUZZ_CHECK(!reportHtml(report, lang).empty());
    }
}

} // namespace parcalc::fuzz
