// The live validation panels of this office process and what each shows, so
// XAppendixValidator::getPanelState can tell a test (over the UNO bridge) what
// the user sees. Panels publish after every refresh and withdraw on dispose.
#pragma once

#include <com/sun/star/frame/XFrame.hpp>

#include <string>
#include <vector>

namespace parcalc::sidebar
{

// `panel` is an identity only, never dereferenced.
void publishPanelState(const void* panel, const css::uno::Reference<css::frame::XFrame>& frame,
                       std::vector<std::string> lines);
void withdrawPanel(const void* panel);

// The lines of the panels in `frame` (every live panel when `frame` is empty), each panel
// introduced by a "panel<TAB>n" line.
std::vector<std::string> panelStates(const css::uno::Reference<css::frame::XFrame>& frame);

} // namespace parcalc::sidebar
