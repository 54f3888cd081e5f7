// Creating and sizing the panels' AWT controls.
#include "sidebar/panel/awt_controls.hxx"

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/VclWindowPeerAttribute.hpp>
#include <com/sun/star/awt/WindowAttribute.hpp>
#include <com/sun/star/awt/WindowClass.hpp>
#include <com/sun/star/awt/WindowDescriptor.hpp>
#include <com/sun/star/awt/XButton.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XLayoutConstrains.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XTextLayoutConstrains.hpp>
#include <com/sun/star/awt/XVclWindowPeer.hpp>
#include <com/sun/star/lang/XComponent.hpp>

namespace parcalc::sidebar
{

using uno::fromUtf8;

namespace
{

// XVclWindowPeer::setProperty is marked deprecated in the SDK, yet it is the one way to
// set a peer's MultiLine (word break) and TextColor without control models.
void setPeerProperty(const css::uno::Reference<css::awt::XWindow>& control, const char* name,
                     const css::uno::Any& value)
{
    css::uno::Reference<css::awt::XVclWindowPeer> peer(control, css::uno::UNO_QUERY);
    if (!peer.is())
        return;
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    peer->setProperty(OUString::createFromAscii(name), value);
#pragma GCC diagnostic pop
}

} // namespace

AwtControls::AwtControls(const css::uno::Reference<css::uno::XComponentContext>& context,
                         const css::uno::Reference<css::awt::XWindow>& parent)
    : m_toolkit(css::awt::Toolkit::create(context))
{
    css::uno::Reference<css::awt::XWindowPeer> parentPeer(parent, css::uno::UNO_QUERY_THROW);
    css::awt::WindowDescriptor descriptor;
    descriptor.Type = css::awt::WindowClass_CONTAINER;
    descriptor.WindowServiceName = "window";
    descriptor.ParentIndex = -1;
    descriptor.Parent = parentPeer;
    const css::awt::Rectangle area = parent->getPosSize();
    descriptor.Bounds = css::awt::Rectangle(0, 0, area.Width, area.Height);
    descriptor.WindowAttributes = css::awt::WindowAttribute::SHOW;
    m_containerPeer = m_toolkit->createWindow(descriptor);
    m_container.set(m_containerPeer, css::uno::UNO_QUERY_THROW);
}

AwtControls::~AwtControls()
{
    dispose();
}

css::uno::Reference<css::awt::XWindow> AwtControls::create(const char* service,
                                                           sal_Int32 attributes)
{
    css::awt::WindowDescriptor descriptor;
    descriptor.Type = css::awt::WindowClass_SIMPLE;
    descriptor.WindowServiceName = OUString::createFromAscii(service);
    descriptor.ParentIndex = -1;
    descriptor.Parent = m_containerPeer;
    descriptor.Bounds = css::awt::Rectangle(0, 0, 10, 10);
    descriptor.WindowAttributes = css::awt::WindowAttribute::SHOW | attributes;
    css::uno::Reference<css::awt::XWindow> window(m_toolkit->createWindow(descriptor),
                                                  css::uno::UNO_QUERY_THROW);
    m_controls.push_back(window);
    return window;
}

css::uno::Reference<css::awt::XWindow> AwtControls::addLabel(bool wrap)
{
    auto label = create("fixedtext", 0);
    if (wrap)
        setPeerProperty(label, "MultiLine", css::uno::Any(true));
    return label;
}

css::uno::Reference<css::awt::XWindow> AwtControls::addButton(const std::string& label,
                                                              const std::string& command)
{
    auto button = create("pushbutton", 0);
    css::uno::Reference<css::awt::XButton> xButton(button, css::uno::UNO_QUERY_THROW);
    xButton->setLabel(fromUtf8(label));
    xButton->setActionCommand(fromUtf8(command));
    return button;
}

css::uno::Reference<css::awt::XWindow> AwtControls::addListBox(bool dropDown)
{
    sal_Int32 attributes = css::awt::WindowAttribute::BORDER;
    if (dropDown)
        attributes |= css::awt::VclWindowPeerAttribute::DROPDOWN;
    auto list = create("listbox", attributes);
    if (dropDown)
        css::uno::Reference<css::awt::XListBox>(list, css::uno::UNO_QUERY_THROW)
            ->setDropDownLineCount(8);
    return list;
}

void AwtControls::dispose() noexcept
{
    for (auto& control : m_controls)
    {
        try
        {
            css::uno::Reference<css::lang::XComponent>(control, css::uno::UNO_QUERY_THROW)
                ->dispose();
        }
        catch (...)
        {
        }
    }
    m_controls.clear();
    try
    {
        if (m_container.is())
            css::uno::Reference<css::lang::XComponent>(m_container, css::uno::UNO_QUERY_THROW)
                ->dispose();
    }
    catch (...)
    {
    }
    m_container.clear();
    m_containerPeer.clear();
    m_toolkit.clear();
}

void setText(const css::uno::Reference<css::awt::XWindow>& control, const std::string& text)
{
    css::uno::Reference<css::awt::XFixedText> label(control, css::uno::UNO_QUERY);
    if (label.is())
    {
        label->setText(fromUtf8(text));
        return;
    }
    css::uno::Reference<css::awt::XButton> button(control, css::uno::UNO_QUERY);
    if (button.is())
        button->setLabel(fromUtf8(text));
}

void setTextColor(const css::uno::Reference<css::awt::XWindow>& control, sal_Int32 rgb)
{
    setPeerProperty(control, "TextColor", css::uno::Any(rgb));
}

void setEnabled(const css::uno::Reference<css::awt::XWindow>& control, bool enabled)
{
    if (control.is())
        control->setEnable(enabled);
}

void setVisible(const css::uno::Reference<css::awt::XWindow>& control, bool visible)
{
    if (control.is())
        control->setVisible(visible);
}

sal_Int32 labelHeight(const css::uno::Reference<css::awt::XWindow>& label, sal_Int32 width)
{
    css::uno::Reference<css::awt::XFixedText> text(label, css::uno::UNO_QUERY);
    if (!text.is() || text->getText().isEmpty())
        return 0;
    css::uno::Reference<css::awt::XLayoutConstrains> layout(label, css::uno::UNO_QUERY);
    if (!layout.is())
        return 16;
    return layout->calcAdjustedSize(css::awt::Size(width, 0)).Height;
}

css::awt::Size preferredSize(const css::uno::Reference<css::awt::XWindow>& control)
{
    css::uno::Reference<css::awt::XLayoutConstrains> layout(control, css::uno::UNO_QUERY);
    return layout.is() ? layout->getPreferredSize() : css::awt::Size(80, 24);
}

sal_Int32 listHeight(const css::uno::Reference<css::awt::XWindow>& list, sal_Int16 lines)
{
    css::uno::Reference<css::awt::XTextLayoutConstrains> layout(list, css::uno::UNO_QUERY);
    return layout.is() ? layout->getMinimumSize(0, lines).Height : 18 * lines + 4;
}

void setItems(const css::uno::Reference<css::awt::XWindow>& list,
              const std::vector<std::string>& items, sal_Int16 selected)
{
    css::uno::Reference<css::awt::XListBox> box(list, css::uno::UNO_QUERY);
    if (!box.is())
        return;
    const sal_Int16 count = box->getItemCount();
    if (count > 0)
        box->removeItems(0, count);
    css::uno::Sequence<OUString> texts(sal_Int32(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i)
        texts[sal_Int32(i)] = fromUtf8(items[i]);
    box->addItems(texts, 0);
    if (selected >= 0 && selected < sal_Int16(items.size()))
        box->selectItemPos(selected, true);
}

} // namespace parcalc::sidebar
