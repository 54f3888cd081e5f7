// The report schemas (schemas/*.schema.json) list every value the writers can emit: a code,
// a severity, a status or a rule kind that exists in C++ but not in a schema's enum (or the
// other way round) fails here, so the contract and the code cannot drift apart.
#include "core/findings/finding.hxx"
#include "core/findings/finding_json.hxx"
#include "core/reports/batch_report.hxx"
#include "core/reports/score_report.hxx"
#include "core/ruleset/scoring_rules.hxx"
#include "core/scoring/scoring_engine.hxx"
#include "core/scoring_kinds/scoring_kinds.hxx"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <string>

namespace parcalc
{
namespace
{

using Names = std::set<std::string>;

nlohmann::json schema(const std::string& name)
{
    std::ifstream in(std::string(PARCALC_SOURCE_DIR) + "/schemas/" + name);
    EXPECT_TRUE(in) << name;
    return in ? nlohmann::json::parse(in) : nlohmann::json::object();
}

// The enum at `pointer` as a set of names; each listed once.
Names enumAt(const nlohmann::json& doc, const std::string& pointer)
{
    const nlohmann::json& list = doc.at(nlohmann::json::json_pointer(pointer));
    Names names;
    for (const auto& v : list)
        EXPECT_TRUE(names.insert(v.get<std::string>()).second) << v << " twice in " << pointer;
    return names;
}

TEST(ReportSchema, FindingCodeEnumIsExactlyTheCodeTable)
{
    Names cpp;
    for (FindingCode c : allFindingCodes())
    {
        const std::string name(findingCodeName(c));
        EXPECT_FALSE(name.empty());
        EXPECT_TRUE(cpp.insert(name).second) << name << " twice in the code table";
        EXPECT_EQ(findingCodeFromName(name), c) << name;
    }
    // The table covers the enumerators in order (no gap an unnamed code could hide in).
    for (std::size_t i = 0; i < cpp.size(); ++i)
        EXPECT_FALSE(findingCodeName(static_cast<FindingCode>(i)).empty()) << "enumerator " << i;
    for (const char* issue12 : {"not-reported", "nothing-to-report", "date-value"})
        EXPECT_TRUE(cpp.count(issue12)) << issue12;
    EXPECT_EQ(enumAt(schema("finding.schema.json"), "/properties/code/enum"), cpp);
}

TEST(ReportSchema, SeverityEnumIsEverySeverity)
{
    Names cpp;
    for (Severity s : {Severity::Error, Severity::Warning, Severity::Info})
        cpp.insert(std::string(severityName(s)));
    const Names listed = enumAt(schema("finding.schema.json"), "/properties/severity/enum");
    EXPECT_EQ(listed, cpp);
    for (const std::string& name : listed)
        EXPECT_TRUE(severityFromName(name)) << name;
}

TEST(ReportSchema, ValidateFileStatusesAreEveryFileStatus)
{
    const nlohmann::json s = schema("validate-report.schema.json");
    Names listed = enumAt(s, "/definitions/readFile/properties/status/enum");
    listed.insert(s.at("/definitions/unreadableFile/properties/status/const"_json_pointer));
    Names cpp;
    for (FileStatus f : {FileStatus::Valid, FileStatus::Invalid, FileStatus::Unreadable})
        cpp.insert(std::string(fileStatusName(f)));
    EXPECT_EQ(listed, cpp);
}

TEST(ReportSchema, ScoreEnumsAreEveryStatusAndRuleKind)
{
    const nlohmann::json s = schema("score-report.schema.json");
    Names files = enumAt(s, "/definitions/scoredFile/properties/status/enum");
    for (const std::string& n : enumAt(s, "/definitions/notScoredFile/properties/status/enum"))
        files.insert(n);
    Names cppFiles;
    for (ScoreFileStatus f : {ScoreFileStatus::Ok, ScoreFileStatus::Invalid,
                              ScoreFileStatus::NoTable, ScoreFileStatus::Unreadable})
        cppFiles.insert(std::string(scoreFileStatusName(f)));
    EXPECT_EQ(files, cppFiles);

    Names cppStatus;
    for (CriterionStatus c : {CriterionStatus::Scored, CriterionStatus::NotApplicable,
                              CriterionStatus::Manual, CriterionStatus::Pending})
        cppStatus.insert(std::string(criterionStatusName(c)));
    EXPECT_EQ(enumAt(s, "/definitions/criterion/properties/status/enum"), cppStatus);

    // Rule kinds come from their table (core/scoring_kinds).
    Names cppRules;
    for (const ScoringRuleKindInfo* kind : scoringRuleKinds())
        cppRules.insert(std::string(kind->name));
    EXPECT_EQ(enumAt(s, "/definitions/criterion/properties/rule/enum"), cppRules);
    EXPECT_TRUE(cppRules.count(std::string(scoringRuleKindName(ScoringRuleKind::Manual))));
}

TEST(ReportSchema, BothReportsWriteTheSchemaVersionTheSchemasPin)
{
    EXPECT_EQ(schema("validate-report.schema.json")
                  .at("/properties/schema_version/const"_json_pointer),
              kReportSchemaVersion);
    EXPECT_EQ(schema("score-report.schema.json").at("/properties/schema_version/const"_json_pointer),
              kReportSchemaVersion);
}

} // namespace
} // namespace parcalc
