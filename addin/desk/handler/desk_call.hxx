// One dispatch of a ParCalc menu command as its action sees it: the office, the frame the
// handler was made for, the dispatch arguments, the UI language. What a command cannot do
// for the user it throws as a DeskFailure, already worded for them; the handler shows it.
#pragma once

#include "core/text/language.hxx"
#include "uno/base/ustrings.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <rtl/ustring.hxx>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace parcalc::desk
{

struct DeskCall
{
    css::uno::Reference<css::uno::XComponentContext> context;
    css::uno::Reference<css::frame::XFrame> frame; // may be null (a dispatch without a frame)
    css::uno::Sequence<css::beans::PropertyValue> args;
    Language language = Language::En;

    // The argument `name`, or a void Any.
    css::uno::Any arg(const char* name) const;
    // A string argument; nullopt when absent; DeskFailure when not a string.
    std::optional<OUString> stringArg(const char* name) const;
    // A sequence<string> argument (a single string counts as one); nullopt when absent.
    std::optional<std::vector<OUString>> stringsArg(const char* name) const;
    // A boolean argument, `otherwise` when absent.
    bool boolArg(const char* name, bool otherwise) const;

    // The frame's document; DeskFailure (error.noSpreadsheet) when it is not a spreadsheet.
    css::uno::Reference<css::frame::XModel> spreadsheet() const;

    // The text of `key` in the call's language.
    std::string text(std::string_view key, TextArgs values = {}) const;
};

// A command that could not do what the user asked, with the message for them (UI language).
class DeskFailure : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace parcalc::desk
