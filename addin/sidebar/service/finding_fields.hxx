// Which texts cross the UNO boundary unchanged (UTF-8 <-> OUString): the string
// fields of a check (org.parcalc.ValidationReport) and of a finding
// (org.parcalc.FindingInfo), paired with the same fields of the plain structs
// on either side (core's ValidationResult and Finding in the service, the
// panel's PanelSnapshot and PanelFinding). The service and the panel copy
// them with one loop each, so a text field is added in one place.
#pragma once

#include <org/parcalc/FindingInfo.hpp>
#include <org/parcalc/ValidationReport.hpp>

#include <array>
#include <string>
#include <utility>

namespace parcalc::sidebar
{

template <class Plain, class Uno>
using TextField = std::pair<std::string Plain::*, OUString Uno::*>;

// Plain: ValidationResult or PanelSnapshot.
template <class Plain> constexpr auto reportTextFields()
{
    using R = org::parcalc::ValidationReport;
    return std::array<TextField<Plain, R>, 4>{{{&Plain::sheet, &R::Sheet},
                                               {&Plain::range, &R::Range},
                                               {&Plain::unit, &R::Unit},
                                               {&Plain::period, &R::Period}}};
}

// Plain: Finding or PanelFinding.
template <class Plain> constexpr auto findingTextFields()
{
    using F = org::parcalc::FindingInfo;
    return std::array<TextField<Plain, F>, 9>{{{&Plain::row, &F::Row},
                                               {&Plain::sheet, &F::Sheet},
                                               {&Plain::cell, &F::Cell},
                                               {&Plain::expected, &F::Expected},
                                               {&Plain::actual, &F::Actual},
                                               {&Plain::message, &F::Message},
                                               {&Plain::messageEn, &F::MessageEn},
                                               {&Plain::body, &F::Body},
                                               {&Plain::bodyEn, &F::BodyEn}}};
}

} // namespace parcalc::sidebar
