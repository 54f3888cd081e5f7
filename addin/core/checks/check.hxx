// Check: one typed check of a rule set, the data of one kind (its struct, in the kind's
// family header) plus what every kind has: its severity and the row it reports on. Row
// references are indices into RuleSet::rows, resolved by the loader. Plain data, part of
// the rule-set model (ruleset.hxx); what each kind does lives in check_kinds.hxx.
#pragma once

#include "core/base/severity.hxx"
#include "core/checks/one_of_check.hxx"
#include "core/checks/range_check.hxx"
#include "core/checks/ratio_check.hxx"
#include "core/checks/required_if_check.hxx"
#include "core/checks/row_checks.hxx"
#include "core/checks/sum_checks.hxx"

#include <cstddef>
#include <variant>

namespace parcalc
{

// Every check kind; check_kinds.cxx lists their table entries in this order.
using CheckSpec = std::variant<RatioCheck, PartLeWholeCheck, SumEqualsCheck, RangeCheck, OneOfCheck,
                               RequiredIfCheck, IntegerCheck, NonNegativeCheck, CumulativeCheck>;

struct Check
{
    Severity severity = Severity::Error;
    std::size_t anchor = 0; // row the finding is reported on
    CheckSpec spec;

    template <class Kind> const Kind* as() const { return std::get_if<Kind>(&spec); }
};

} // namespace parcalc
