// Shared by the validator's planted-mistake tests (validator_clean_test,
// validator_planted*_test): the default rule set, finding look-ups, and a planted
// mistake with the finding it must give. Tests only.
#pragma once

#include "core/ruleset/ruleset_loader.hxx"
#include "core/testing/appendix_fixture.hxx"
#include "core/validation/validator.hxx"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

namespace parcalc::planted
{

using testing::AppendixFixture;
using testing::FixtureLayout;
using testing::FixtureRow;

inline const RuleSet& defaultRules()
{
    static const RuleSet rules = []
    {
        RuleSetLoad load =
            loadRuleSetFile(std::string(PARCALC_SOURCE_DIR) + "/rulesets/default-huyen.json");
        return load.ok() ? std::move(*load.ruleSet) : RuleSet{};
    }();
    return rules;
}

inline std::string describe(const ValidationResult& r)
{
    std::string out;
    for (const Finding& f : r.findings)
        out += std::string(severityName(f.severity)) + " " + std::string(findingCodeName(f.code)) +
               " " + f.row + " " + f.cell + ": " + f.messageEn + "\n";
    return out;
}

inline void expectClean(const ValidationResult& r)
{
    EXPECT_TRUE(r.tableFound);
    EXPECT_EQ(r.rowsFound, r.rowsExpected);
    EXPECT_EQ(r.count(Severity::Error) + r.count(Severity::Warning), 0u) << describe(r);
}

inline const Finding* findCode(const ValidationResult& r, FindingCode code,
                               const std::string& row = {})
{
    for (const Finding& f : r.findings)
        if (f.code == code && (row.empty() || f.row == row))
            return &f;
    return nullptr;
}

struct Plant
{
    const char* name;
    FindingCode code;
    const char* row; // expected row of the finding
    Severity severity;
    std::function<void(AppendixFixture&)> plant;
};

class Planted : public ::testing::TestWithParam<Plant>
{
};

inline Cell text(const char* s)
{
    return Cell::makeText(s);
}
inline Cell num(double x)
{
    return Cell::makeNumber(x);
}

// The planted mistakes by finding family, each run by Planted.GivesItsFinding.
const std::vector<Plant>& rowPlants();   // the table's rows: missing, duplicate, unexpected, label
const std::vector<Plant>& valuePlants(); // reading a value: empty, not a number, markers, dates
const std::vector<Plant>& checkPlants(); // the rule set's checks

inline std::string plantName(const ::testing::TestParamInfo<Plant>& info)
{
    return info.param.name;
}

} // namespace parcalc::planted
