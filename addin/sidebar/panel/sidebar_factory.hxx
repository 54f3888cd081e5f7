// The UI element factory named in Factories.xcu: turns
// private:resource/toolpanel/ParCalcSidebarFactory/<panel id> into a
// SidebarElement holding the panel content. Fails loudly: an unknown URL gives
// NoSuchElementException, a missing Frame or ParentWindow IllegalArgumentException.
#pragma once

#include "uno/base/ustrings.hxx"

#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/ui/XUIElementFactory.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase2.hxx>

namespace parcalc::sidebar
{

class SidebarFactory
    : public cppu::WeakImplHelper2<css::ui::XUIElementFactory, css::lang::XServiceInfo>
{
public:
    static OUString implementationName();
    static css::uno::Sequence<OUString> supportedServiceNames();
    static css::uno::Reference<css::uno::XInterface>
    create(const css::uno::Reference<css::uno::XComponentContext>& context);

    explicit SidebarFactory(css::uno::Reference<css::uno::XComponentContext> context);

    css::uno::Reference<css::ui::XUIElement> SAL_CALL
    createUIElement(const OUString& resourceUrl,
                    const css::uno::Sequence<css::beans::PropertyValue>& args) override;

    OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const OUString& name) override;
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
};

} // namespace parcalc::sidebar
