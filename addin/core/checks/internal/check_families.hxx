// The table entry of each check family (internal to core/checks): defined in the family
// files, listed by check_kinds.cxx.
#pragma once

#include "core/checks/check_kinds.hxx"

namespace parcalc::detail
{

const CheckKindInfo& ratioCheckKind();       // ratio_check.cxx
const CheckKindInfo& partLeWholeCheckKind(); // sum_checks.cxx
const CheckKindInfo& sumEqualsCheckKind();   // sum_checks.cxx
const CheckKindInfo& rangeCheckKind();       // range_check.cxx
const CheckKindInfo& oneOfCheckKind();       // one_of_check.cxx
const CheckKindInfo& requiredIfCheckKind();  // required_if_check.cxx
const CheckKindInfo& integerCheckKind();     // row_checks.cxx
const CheckKindInfo& nonNegativeCheckKind(); // row_checks.cxx
const CheckKindInfo& cumulativeCheckKind();  // row_checks.cxx

} // namespace parcalc::detail
