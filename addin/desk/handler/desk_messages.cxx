// Message boxes through the toolkit's XMessageBoxFactory.
#include "desk/handler/desk_messages.hxx"

#include "core/text/language.hxx"
#include "desk/model/desk_texts.hxx"
#include "sidebar/service/office_locale.hxx"
#include "uno/base/ustrings.hxx"

#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>

#include <cstdlib>
#include <fstream>

namespace parcalc::desk
{

namespace
{

css::uno::Reference<css::awt::XMessageBox>
messageBox(const css::uno::Reference<css::uno::XComponentContext>& context,
           const css::uno::Reference<css::frame::XFrame>& frame, css::awt::MessageBoxType type,
           sal_Int32 buttons, const std::string& text)
{
    css::uno::Reference<css::awt::XMessageBoxFactory> factory(css::awt::Toolkit::create(context),
                                                              css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::awt::XWindowPeer> parent;
    if (frame.is())
        parent.set(frame->getContainerWindow(), css::uno::UNO_QUERY);
    const Language language = sidebar::officeUiLanguage(context);
    return factory->createMessageBox(parent, type, buttons,
                                     uno::fromUtf8(deskText(language, "message.title")),
                                     uno::fromUtf8(text));
}

} // namespace

void showDeskMessage(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const css::uno::Reference<css::frame::XFrame>& frame, MessageKind kind,
                     const std::string& text)
{
    if (const char* log = std::getenv(kMessageLogEnvironment); log && *log)
    {
        std::ofstream(log, std::ios::app)
            << (kind == MessageKind::Error ? "error\t" : "info\t") << text << "\n";
        return;
    }
    messageBox(context, frame,
               kind == MessageKind::Error ? css::awt::MessageBoxType_ERRORBOX
                                          : css::awt::MessageBoxType_INFOBOX,
               css::awt::MessageBoxButtons::BUTTONS_OK, text)
        ->execute();
}

int askDesk(const css::uno::Reference<css::uno::XComponentContext>& context,
            const css::uno::Reference<css::frame::XFrame>& frame, const std::string& question)
{
    const sal_Int16 answer =
        messageBox(context, frame, css::awt::MessageBoxType_QUERYBOX,
                   css::awt::MessageBoxButtons::BUTTONS_YES_NO_CANCEL, question)
            ->execute();
    if (answer == css::awt::MessageBoxResults::YES)
        return 1;
    return answer == css::awt::MessageBoxResults::NO ? 0 : -1;
}

} // namespace parcalc::desk
