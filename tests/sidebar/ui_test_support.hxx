// Shared by the sidebar_ui_test sources: the GUI soffice on a private Xvfb display
// (its GoogleTest environment is registered once, in ui_test_office.cxx), opening
// documents and the ParCalc deck, screenshots (ui_test_office.cxx), and reading the
// live panel through getPanelState and the accessibility tree (ui_test_panel.cxx).
#pragma once

#include "sidebar_test_support.hxx"

#include <com/sun/star/frame/XFrame.hpp>
#include <org/parcalc/AppendixValidator.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace ui_test
{

inline const std::string kSource = PARCALC_SOURCE_DIR;
inline const std::string kBinary = PARCALC_BINARY_DIR;
// Another binary built from ui_test_office.cxx (tests/desk) names its own profile and outputs.
#ifndef PARCALC_UI_TEST_NAME
#define PARCALC_UI_TEST_NAME "sidebar_ui"
#define PARCALC_UI_TEST_OUT "/tests/sidebar-out/ui"
#endif
inline const std::string kOut = kBinary + PARCALC_UI_TEST_OUT;

// The GUI soffice of the whole binary and the seed sample's path (set by the environment).
extern parcalc::client::OfficeSession* g_office;
extern std::string g_sample;

// --- documents, the deck, screenshots (ui_test_office.cxx) -----------------------------------

struct Window
{
    css::uno::Reference<css::lang::XComponent> component;
    css::uno::Reference<css::frame::XModel> model;
    css::uno::Reference<css::frame::XFrame> frame;
    void close()
    {
        parcalc::client::closeDocument(component);
        component.clear();
        model.clear();
    }
    ~Window() { close(); }
};

std::unique_ptr<Window> openVisible(const std::string& path);

void dispatch(const css::uno::Reference<css::frame::XFrame>& frame, const std::string& command);

// Opens the ParCalc deck the way a user does (.uno:SidebarDeck.ParCalcDeck). That command
// toggles: when a new window's sidebar already shows the deck (the last one used), it would
// close it, so it is sent only when the deck is not the active one; the sidebar API makes
// sure in the end.
void openDeck(const css::uno::Reference<css::frame::XFrame>& frame);

css::uno::Reference<org::parcalc::XAppendixValidator> service();

// Saves the screen as kOut/`name` (and into docs/screenshots/ when
// PARCALC_UPDATE_SCREENSHOTS=1).
void screenshot(const std::string& name);

// --- the panel's published state (ui_test_panel.cxx) -----------------------------------------

std::vector<std::string> panelState(const css::uno::Reference<css::frame::XFrame>& frame);

// Polls the panel of `frame` until `ready` holds (or the time is up); returns its last state.
std::vector<std::string>
waitForPanel(const css::uno::Reference<css::frame::XFrame>& frame,
             const std::function<bool(const std::vector<std::string>&)>& ready,
             std::chrono::seconds timeout = std::chrono::seconds(30));

bool hasLineStarting(const std::vector<std::string>& lines, const std::string& prefix);
std::string lineStarting(const std::vector<std::string>& lines, const std::string& prefix);

// The finding entries listed under each group header, in order: "E 1.3.4", "W 6.2"...
std::vector<std::string> listedFindings(const std::vector<std::string>& lines);
bool lists(const std::vector<std::string>& lines, const std::string& groupAndRow);
std::string dump(const std::vector<std::string>& lines);

// --- the panel through the accessibility tree (ui_test_panel.cxx) ----------------------------

// Selects the findings-list entry whose text starts with `prefix`, as a click does.
bool clickEntry(const css::uno::Reference<css::frame::XFrame>& frame, const std::string& prefix);

// Presses the panel's push button labelled `label`.
bool pressButton(const css::uno::Reference<css::frame::XFrame>& frame, const std::string& label);

} // namespace ui_test
