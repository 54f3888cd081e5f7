// AWT controls for the sidebar panels, made with css::awt::Toolkit under the
// sidebar's ParentWindow: a container window, labels (word-wrapping fixed
// texts), push buttons and list boxes. Sizes come from the controls' own
// layout constraints, so text in either language fits.
#pragma once

#include "uno/base/ustrings.hxx"

#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/awt/XToolkit2.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>
#include <vector>

namespace parcalc::sidebar
{

class AwtControls
{
public:
    // Creates the container, a child of `parent`, sized like it.
    AwtControls(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::awt::XWindow>& parent);
    ~AwtControls();
    AwtControls(const AwtControls&) = delete;
    AwtControls& operator=(const AwtControls&) = delete;

    const css::uno::Reference<css::awt::XWindow>& container() const { return m_container; }

    css::uno::Reference<css::awt::XWindow> addLabel(bool wrap = true);
    css::uno::Reference<css::awt::XWindow> addButton(const std::string& label,
                                                     const std::string& command);
    css::uno::Reference<css::awt::XWindow> addListBox(bool dropDown);

    // Disposes every control, then the container. Idempotent; never throws.
    void dispose() noexcept;

private:
    css::uno::Reference<css::awt::XWindow> create(const char* service, sal_Int32 attributes);

    css::uno::Reference<css::awt::XToolkit2> m_toolkit;
    css::uno::Reference<css::awt::XWindow> m_container;
    css::uno::Reference<css::awt::XWindowPeer> m_containerPeer;
    std::vector<css::uno::Reference<css::awt::XWindow>> m_controls;
};

// --- small helpers on a control (no-ops on a disposed one) ---------------------------------------

void setText(const css::uno::Reference<css::awt::XWindow>& control, const std::string& text);
void setTextColor(const css::uno::Reference<css::awt::XWindow>& control, sal_Int32 rgb);
void setEnabled(const css::uno::Reference<css::awt::XWindow>& control, bool enabled);
void setVisible(const css::uno::Reference<css::awt::XWindow>& control, bool visible);
// Height a (wrapping) label needs at `width`; 0 for an empty label.
sal_Int32 labelHeight(const css::uno::Reference<css::awt::XWindow>& label, sal_Int32 width);
css::awt::Size preferredSize(const css::uno::Reference<css::awt::XWindow>& control);
// Height of a list box showing `lines` lines.
sal_Int32 listHeight(const css::uno::Reference<css::awt::XWindow>& list, sal_Int16 lines);
// Replaces a list box's items; selects `selected` (-1: none).
void setItems(const css::uno::Reference<css::awt::XWindow>& list,
              const std::vector<std::string>& items, sal_Int16 selected);

} // namespace parcalc::sidebar
