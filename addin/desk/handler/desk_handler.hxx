// org.parcalc.DeskImpl, the protocol handler of vnd.org.parcalc.desk:NAME (registry/
// ProtocolHandler.xcu) behind the ParCalc menu and toolbar (Addons.xcu). The office makes one
// per frame (XInitialization hands it the frame); every method runs through guarded(), and a
// command that fails, or a NAME not in the command table, is told to the user in a message
// box (and to an XDispatchResultListener as FAILURE with the message as Result).
#pragma once

#include "uno/base/ustrings.hxx"

#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XNotifyingDispatch.hpp>
#include <com/sun/star/lang/XInitialization.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/weakref.hxx>

namespace parcalc::desk
{

inline constexpr const char* kHandlerImplementation = "org.parcalc.DeskImpl";

class DeskHandler
    : public cppu::WeakImplHelper4<css::lang::XServiceInfo, css::lang::XInitialization,
                                   css::frame::XDispatchProvider, css::frame::XNotifyingDispatch>
{
public:
    static OUString implementationName();
    static css::uno::Sequence<OUString> supportedServiceNames();
    static css::uno::Reference<css::uno::XInterface>
    create(const css::uno::Reference<css::uno::XComponentContext>& context);

    explicit DeskHandler(css::uno::Reference<css::uno::XComponentContext> context);

    // XInitialization: the frame (first argument) the commands work in.
    void SAL_CALL initialize(const css::uno::Sequence<css::uno::Any>& args) override;

    // XDispatchProvider: itself for every URL of the protocol, nothing for others.
    css::uno::Reference<css::frame::XDispatch> SAL_CALL queryDispatch(const css::util::URL& url,
                                                                      const OUString& target,
                                                                      sal_Int32 flags) override;
    css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> SAL_CALL
    queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests) override;

    // XDispatch, XNotifyingDispatch: runs the command.
    void SAL_CALL dispatch(const css::util::URL& url,
                           const css::uno::Sequence<css::beans::PropertyValue>& args) override;
    void SAL_CALL dispatchWithNotification(
        const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& args,
        const css::uno::Reference<css::frame::XDispatchResultListener>& listener) override;
    // Every command of the table is enabled; told once, at once.
    void SAL_CALL
    addStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                      const css::util::URL& url) override;
    void SAL_CALL
    removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>& listener,
                         const css::util::URL& url) override;

    OUString SAL_CALL getImplementationName() override;
    sal_Bool SAL_CALL supportsService(const OUString& name) override;
    css::uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override;

private:
    css::uno::Reference<css::uno::XComponentContext> m_context;
    css::uno::WeakReference<css::frame::XFrame> m_frame; // the frame owns its handlers
};

} // namespace parcalc::desk
