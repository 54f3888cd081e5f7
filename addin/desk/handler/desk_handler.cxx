// The protocol handler: URL -> command table -> action; failures told, none escapes.
#include "desk/handler/desk_handler.hxx"

#include "desk/handler/desk_actions.hxx"
#include "desk/handler/desk_messages.hxx"
#include "desk/model/desk_texts.hxx"
#include "sidebar/service/office_locale.hxx"
#include "uno/base/guarded.hxx"

#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/FeatureStateEvent.hpp>
#include <com/sun/star/frame/XDispatchResultListener.hpp>
#include <com/sun/star/frame/XStatusListener.hpp>

namespace parcalc::desk
{

using uno::fromUtf8;
using uno::guarded;
using uno::toUtf8;

namespace
{

// The command name of a URL of the protocol ("ShowDeck"), or nullopt for other protocols.
std::optional<std::string> commandName(const css::util::URL& url)
{
    const std::string complete = toUtf8(url.Complete);
    if (complete.compare(0, kDeskProtocol.size(), kDeskProtocol) != 0)
        return std::nullopt;
    return complete.substr(kDeskProtocol.size());
}

} // namespace

OUString DeskHandler::implementationName()
{
    return OUString::createFromAscii(kHandlerImplementation);
}

css::uno::Sequence<OUString> DeskHandler::supportedServiceNames()
{
    css::uno::Sequence<OUString> names(1);
    names[0] = "com.sun.star.frame.ProtocolHandler";
    return names;
}

css::uno::Reference<css::uno::XInterface>
DeskHandler::create(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new DeskHandler(context));
}

DeskHandler::DeskHandler(css::uno::Reference<css::uno::XComponentContext> context)
    : m_context(std::move(context))
{
}

void DeskHandler::initialize(const css::uno::Sequence<css::uno::Any>& args)
{
    guarded(
        [&]
        {
            css::uno::Reference<css::frame::XFrame> frame;
            if (args.getLength() > 0)
                args[0] >>= frame;
            m_frame = frame;
        });
}

css::uno::Reference<css::frame::XDispatch> DeskHandler::queryDispatch(const css::util::URL& url,
                                                                      const OUString&, sal_Int32)
{
    return guarded(
        [&]() -> css::uno::Reference<css::frame::XDispatch>
        {
            // Unknown names too: dispatching one says so rather than doing nothing.
            if (!commandName(url))
                return {};
            return this;
        });
}

css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>>
DeskHandler::queryDispatches(const css::uno::Sequence<css::frame::DispatchDescriptor>& requests)
{
    return guarded(
        [&]
        {
            css::uno::Sequence<css::uno::Reference<css::frame::XDispatch>> found(
                requests.getLength());
            for (sal_Int32 i = 0; i < requests.getLength(); ++i)
                found[i] = queryDispatch(requests[i].FeatureURL, requests[i].FrameName,
                                         requests[i].SearchFlags);
            return found;
        });
}

void DeskHandler::dispatch(const css::util::URL& url,
                           const css::uno::Sequence<css::beans::PropertyValue>& args)
{
    dispatchWithNotification(url, args, {});
}

void DeskHandler::dispatchWithNotification(
    const css::util::URL& url, const css::uno::Sequence<css::beans::PropertyValue>& args,
    const css::uno::Reference<css::frame::XDispatchResultListener>& listener)
{
    guarded(
        [&]
        {
            const DeskCall call{m_context, m_frame, args, sidebar::officeUiLanguage(m_context)};
            const std::string name = commandName(url).value_or(toUtf8(url.Complete));
            const DeskCommand* command = findDeskCommand(name);
            css::frame::DispatchResultEvent result;
            result.Source = static_cast<cppu::OWeakObject*>(this);
            result.State = css::frame::DispatchResultState::SUCCESS;
            std::string failure;
            const auto failed = [&](const std::string& error)
            {
                return call.text(
                    "error.failed",
                    {{"command", command ? call.text(command->titleKey) : name}, {"error", error}});
            };
            try
            {
                if (!command)
                    throw DeskFailure(call.text("error.unknownCommand", {{"command", name}}));
                result.Result = runDeskCommand(*command, call);
            }
            catch (const DeskFailure& e)
            {
                failure = e.what();
            }
            catch (const css::uno::Exception& e)
            {
                failure = failed(toUtf8(e.Message));
            }
            catch (const std::exception& e)
            {
                failure = failed(e.what());
            }
            catch (...)
            {
                failure = failed("?");
            }
            if (!failure.empty())
            {
                result.State = css::frame::DispatchResultState::FAILURE;
                result.Result <<= fromUtf8(failure);
                showDeskMessage(m_context, call.frame, MessageKind::Error, failure);
            }
            if (listener.is())
                listener->dispatchFinished(result);
        });
}

void DeskHandler::addStatusListener(
    const css::uno::Reference<css::frame::XStatusListener>& listener, const css::util::URL& url)
{
    guarded(
        [&]
        {
            if (!listener.is())
                return;
            css::frame::FeatureStateEvent state;
            state.Source = static_cast<cppu::OWeakObject*>(this);
            state.FeatureURL = url;
            const auto name = commandName(url);
            state.IsEnabled = name && findDeskCommand(*name);
            listener->statusChanged(state);
        });
}

void DeskHandler::removeStatusListener(const css::uno::Reference<css::frame::XStatusListener>&,
                                       const css::util::URL&)
{
}

OUString DeskHandler::getImplementationName()
{
    return implementationName();
}

sal_Bool DeskHandler::supportsService(const OUString& name)
{
    return name == "com.sun.star.frame.ProtocolHandler";
}

css::uno::Sequence<OUString> DeskHandler::getSupportedServiceNames()
{
    return supportedServiceNames();
}

} // namespace parcalc::desk
