// ScoringReader: reads the "scoring" tree of a rule-set file (internal to the
// loaders). Its parts live in one file each: the tree walk and manual inputs
// (scoring_load_tree), the rule of a leaf per kind (scoring_load_rules), the
// input a rule reads and its row references (scoring_load_inputs).
#pragma once

#include "core/ruleset/json_reader.hxx"
#include "core/ruleset/ruleset.hxx"
#include "core/ruleset/scoring_rules.hxx"

#include <cmath>
#include <optional>
#include <string>
#include <string_view>

namespace parcalc::detail
{

// Points are written with 2-3 decimals; sums of them carry binary noise only.
inline bool samePoints(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::fmax(1.0, std::fmax(std::fabs(a), std::fabs(b)));
}

class ScoringReader
{
public:
    ScoringReader(JsonReader& reader, const RuleSet& ruleSet, ScoringRules& rules)
        : m_reader(reader), m_ruleSet(ruleSet), m_rules(rules)
    {
    }

    void read(const Json& root);

private:
    // scoring_load_tree.cxx
    void readManualInputs(const Json& root);
    // Reads one node and its subtree; returns its index or nullopt.
    std::optional<std::size_t> readNode(const Json& item, const std::string& path,
                                        ScoringLevel level, std::optional<std::size_t> parent);
    void readLeaf(const Json& item, const std::string& path, ScoringNode& node);
    // A number >= 0 (or > 0 when `positive`), required or optional.
    std::optional<double> amount(const Json& object, const std::string& path, std::string_view key,
                                 bool required, bool positive = false);

    // scoring_load_rules.cxx
    bool readRule(const Json& rule, const std::string& path, ScoringNode& node);
    void checkPointsWithinMax(const ScoringNode& node, const std::string& path);

    // scoring_load_inputs.cxx
    bool readInput(const Json& input, const std::string& path, ScoringInput& out);
    std::optional<ScoringRef> ref(const Json& object, const std::string& path, std::string_view key,
                                  bool required, bool allowYesNo);
    std::optional<ScoringRef> resolve(const std::string& id, const std::string& path,
                                      bool allowYesNo);
    bool isRateInput(const ScoringInput& input) const;

    JsonReader& m_reader;
    const RuleSet& m_ruleSet;
    ScoringRules& m_rules;
};

} // namespace parcalc::detail
