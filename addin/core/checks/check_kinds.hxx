// check_kinds: what each check kind does, one table entry per kind: its name in rule-set
// files, the members it takes, how the loader reads it, how the validator runs it, and
// what it tells the rest (what an empty row should hold, which rows may stay blank).
// The entries live in the family files beside this one (ratio_check.cxx, sum_checks.cxx,
// range_check.cxx, one_of_check.cxx, required_if_check.cxx, row_checks.cxx); the list,
// in CheckSpec's order, in check_kinds.cxx. Nothing else switches on the kind.
#pragma once

#include "core/appendix/value_reader.hxx"
#include "core/checks/check.hxx"
#include "core/findings/finding.hxx"
#include "core/ruleset/json_reader.hxx"
#include "core/ruleset/ruleset.hxx"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parcalc
{

// What the loader gives a kind's reader: the JSON reader (errors with their path) and
// the rule set's rows, so row ids resolve to indices.
class CheckReading
{
public:
    CheckReading(detail::JsonReader& reader, const RuleSet& rules) : json(reader), ruleSet(rules) {}

    // One row id under `key`; `numeric` rejects rows that hold no number (groups, yes/no...).
    std::optional<std::size_t> row(const detail::Json& object, const std::string& path,
                                   std::string_view key, bool numeric);
    // A non-empty list of row ids under `key`.
    std::optional<std::vector<std::size_t>> rowList(const detail::Json& object,
                                                    const std::string& path, std::string_view key,
                                                    bool numeric);
    // "row" | "rows" | "row_kinds": the targets of per-row checks, appended to `rows`.
    bool targets(const detail::Json& object, const std::string& path,
                 std::vector<std::size_t>& rows, bool numeric);

    detail::JsonReader& json;
    const RuleSet& ruleSet;

private:
    std::optional<std::size_t> resolve(const std::string& id, const std::string& path,
                                       bool numeric);
};

// Everything the checks look at, indexed like RuleSet::rows.
struct CheckInput
{
    const RuleSet& ruleSet;
    const std::vector<RowValue>& values;   // Empty for rows not found
    const std::vector<bool>& found;        // the row is in the table
    const std::vector<std::string>& cells; // A1 address of each row's value cell ("" if none)
    const std::vector<RowValue>* previous = nullptr; // the previous period, same indexing
    bool typedCells = true;                          // false for CSV: no number-as-text hints
};

// What a kind's runner works with: the values read and where its findings go.
class CheckRun
{
public:
    CheckRun(const CheckInput& input, std::vector<Finding>& out) : in(input), m_out(out) {}

    const RowDef& def(std::size_t r) const { return in.ruleSet.rows[r]; }
    const RowValue& value(std::size_t r) const { return in.values[r]; }
    std::string shown(std::size_t r) const; // as a reviewer reads it
    // "1.1 + 1.2": the rows of a sum, for messages.
    std::string joinIds(const std::vector<std::size_t>& rows) const;
    // Adds a finding of `check` on `row`; quoting the row's own value, it also says what the
    // cell stores when it shows it otherwise.
    Finding& add(FindingCode code, const Check& check, std::size_t row, std::string expected,
                 std::string actual);

    const CheckInput& in;

private:
    std::vector<Finding>& m_out;
};

// What a check says a row should hold, from the other rows: a ratio its percentage, a sum
// its total (shown for an empty row, offered by the fix planner).
struct RowExpectation
{
    enum class State
    {
        Nothing, // the check says nothing about the row (now)
        Unknown, // it decides the row, but the other rows do not give the value: look no further
        Known,
    };
    State state = State::Nothing;
    double value = 0.0;   // percent points when `percent`
    bool percent = false; // a ratio
    std::string ref;      // the rows it comes from: "1.2 / 1.1", "1.1 + 1.2"
};

struct CheckKindInfo
{
    std::string_view name;              // as rule-set files write it: "part-le-whole"
    std::vector<std::string_view> keys; // its members besides "kind", "severity", "comment"
    // Reads the kind's members into check.spec and places check.anchor; false when one is
    // wrong (reported to in.json).
    bool (*read)(CheckReading& in, const detail::Json& item, const std::string& path, Check& check);
    // Runs the check on the values read. A check whose inputs are missing or unreadable
    // says nothing: the reading checks already reported them.
    void (*run)(const Check& check, CheckRun& run);
    // Every row the check refers to.
    std::vector<std::size_t> (*rows)(const Check& check);
    // Optional: what the check says `row` should hold.
    RowExpectation (*expects)(const Check& check, const RuleSet& ruleSet,
                              const std::vector<RowValue>& values, std::size_t row) = nullptr;
    // Optional: the row the check lets stay blank (required-if's row, a 0/0 ratio).
    std::optional<std::size_t> (*blankRow)(const Check& check,
                                           const std::vector<RowValue>& values) = nullptr;
    // Optional: a check over all the checks read (cycles among sums); `paths` are their
    // JSON paths.
    void (*readAll)(CheckReading& in, const std::vector<Check>& checks,
                    const std::vector<std::string>& paths) = nullptr;
};

// Every kind, in CheckSpec's order.
const std::vector<const CheckKindInfo*>& checkKinds();
const CheckKindInfo& checkKindOf(const Check& check);
const CheckKindInfo* checkKindNamed(std::string_view name);

// Reads the "checks" array into ruleSet.checks; ruleSet.index must be built. Reports
// unknown kinds, unknown row ids, rows of the wrong kind, and what each kind's readAll finds.
void readChecks(detail::JsonReader& reader, const detail::Json& checks, RuleSet& ruleSet);

// The typed checks of the rule set, in the order of the file.
void runChecks(const CheckInput& input, std::vector<Finding>& out);

// A reported ratio agrees with part / whole when, rounded or truncated to the decimals it
// shows, the computed percentage equals it: 25 % vs 14/56; "2,30" vs 3.135/136.284;
// 92,30 vs 92,307.
bool ratioAgrees(const PercentReading& reported, double computedPoints);

} // namespace parcalc
