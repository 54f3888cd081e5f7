// Telling the user: a message box over the frame's window (error or information), titled
// ParCalc. Test hook: with PARCALC_DESK_MESSAGE_LOG set to a file, the message is appended
// there ("error\tTEXT" / "info\tTEXT") instead, so office tests need no modal dialog.
#pragma once

#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <string>

namespace parcalc::desk
{

inline constexpr const char* kMessageLogEnvironment = "PARCALC_DESK_MESSAGE_LOG";

enum class MessageKind
{
    Error,
    Info,
};

void showDeskMessage(const css::uno::Reference<css::uno::XComponentContext>& context,
                     const css::uno::Reference<css::frame::XFrame>& frame, MessageKind kind,
                     const std::string& text);

// A yes/no/cancel question; the answer: 1 yes, 0 no, -1 cancel. Not under the test hook
// (dispatch arguments skip every question).
int askDesk(const css::uno::Reference<css::uno::XComponentContext>& context,
            const css::uno::Reference<css::frame::XFrame>& frame, const std::string& question);

} // namespace parcalc::desk
