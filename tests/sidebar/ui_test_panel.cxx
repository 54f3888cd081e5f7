// Reading the live panel of the sidebar_ui_test binary: what it publishes through
// XAppendixValidator::getPanelState, and its list and buttons through the
// accessibility tree, as assistive technology (and a user) uses them.
#include "ui_test_support.hxx"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleAction.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/accessibility/XAccessibleSelection.hpp>
#include <com/sun/star/awt/XWindow.hpp>

#include <algorithm>
#include <thread>

using namespace css;
using parcalc::client::toUtf8;

namespace ui_test
{

std::vector<std::string> panelState(const uno::Reference<frame::XFrame>& frame)
{
    std::vector<std::string> lines;
    for (const auto& line : service()->getPanelState(frame))
        lines.push_back(toUtf8(line));
    return lines;
}

std::vector<std::string>
waitForPanel(const uno::Reference<frame::XFrame>& frame,
             const std::function<bool(const std::vector<std::string>&)>& ready,
             std::chrono::seconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    std::vector<std::string> lines;
    for (;;)
    {
        lines = panelState(frame);
        if (ready(lines) || std::chrono::steady_clock::now() > deadline)
            return lines;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
}

bool hasLineStarting(const std::vector<std::string>& lines, const std::string& prefix)
{
    return std::any_of(lines.begin(), lines.end(),
                       [&](const std::string& l) { return l.rfind(prefix, 0) == 0; });
}

std::string lineStarting(const std::vector<std::string>& lines, const std::string& prefix)
{
    for (const auto& l : lines)
        if (l.rfind(prefix, 0) == 0)
            return l.substr(prefix.size());
    return {};
}

std::vector<std::string> listedFindings(const std::vector<std::string>& lines)
{
    std::vector<std::string> found;
    char group = '?';
    for (const auto& line : lines)
    {
        if (line.rfind("entry\t", 0) != 0)
            continue;
        const std::string text = line.substr(6);
        if (text.rfind("    ", 0) != 0)
        {
            group = text.rfind("Lỗi", 0) == 0 || text.rfind("Errors", 0) == 0          ? 'E'
                    : text.rfind("Cảnh báo", 0) == 0 || text.rfind("Warnings", 0) == 0 ? 'W'
                                                                                       : 'I';
            continue;
        }
        const std::string row = text.substr(4, text.find(" · ") - 4);
        found.push_back(std::string(1, group) + " " + row);
    }
    return found;
}

bool lists(const std::vector<std::string>& lines, const std::string& groupAndRow)
{
    const auto found = listedFindings(lines);
    return std::find(found.begin(), found.end(), groupAndRow) != found.end();
}

std::string dump(const std::vector<std::string>& lines)
{
    std::string text;
    for (const auto& l : lines)
        text += "  " + l + "\n";
    return text;
}

// --- the panel through the accessibility tree, as assistive technology (and a user) uses it ---

namespace
{

using AccContext = uno::Reference<accessibility::XAccessibleContext>;

AccContext findAccessible(const AccContext& context,
                          const std::function<bool(const AccContext&)>& match, int depth = 0)
{
    if (!context.is() || depth > 30)
        return {};
    if (match(context))
        return context;
    const sal_Int16 role = context->getAccessibleRole();
    if (role == accessibility::AccessibleRole::TABLE ||
        role == accessibility::AccessibleRole::DOCUMENT_SPREADSHEET ||
        role == accessibility::AccessibleRole::DOCUMENT)
        return {}; // the grid: a million cells, none of them ours
    const sal_Int64 n = context->getAccessibleChildCount();
    if (n > 1000)
        return {};
    for (sal_Int64 i = 0; i < n; ++i)
    {
        auto child = context->getAccessibleChild(i);
        if (!child.is())
            continue;
        if (auto found = findAccessible(child->getAccessibleContext(), match, depth + 1);
            found.is())
            return found;
    }
    return {};
}

AccContext windowAccessible(const uno::Reference<frame::XFrame>& frame)
{
    uno::Reference<accessibility::XAccessible> acc(frame->getContainerWindow(),
                                                   uno::UNO_QUERY_THROW);
    return acc->getAccessibleContext();
}

// The findings list: a list whose first entry is the errors group.
AccContext findingsList(const uno::Reference<frame::XFrame>& frame)
{
    return findAccessible(windowAccessible(frame),
                          [](const AccContext& c)
                          {
                              if (c->getAccessibleRole() != accessibility::AccessibleRole::LIST ||
                                  c->getAccessibleChildCount() == 0)
                                  return false;
                              auto first = c->getAccessibleChild(0);
                              const std::string name =
                                  first.is()
                                      ? toUtf8(first->getAccessibleContext()->getAccessibleName())
                                      : "";
                              return name.rfind("Lỗi (", 0) == 0 || name.rfind("Errors (", 0) == 0;
                          });
}

} // namespace

bool clickEntry(const uno::Reference<frame::XFrame>& frame, const std::string& prefix)
{
    auto list = findingsList(frame);
    if (!list.is())
        return false;
    for (sal_Int64 i = 0; i < list->getAccessibleChildCount(); ++i)
    {
        auto item = list->getAccessibleChild(i);
        if (item.is() &&
            toUtf8(item->getAccessibleContext()->getAccessibleName()).rfind(prefix, 0) == 0)
        {
            uno::Reference<accessibility::XAccessibleSelection>(list, uno::UNO_QUERY_THROW)
                ->selectAccessibleChild(i);
            return true;
        }
    }
    return false;
}

bool pressButton(const uno::Reference<frame::XFrame>& frame, const std::string& label)
{
    auto button = findAccessible(windowAccessible(frame),
                                 [&](const AccContext& c)
                                 {
                                     return c->getAccessibleRole() ==
                                                accessibility::AccessibleRole::PUSH_BUTTON &&
                                            toUtf8(c->getAccessibleName()) == label;
                                 });
    uno::Reference<accessibility::XAccessibleAction> action(button, uno::UNO_QUERY);
    return action.is() && action->doAccessibleAction(0);
}

} // namespace ui_test
