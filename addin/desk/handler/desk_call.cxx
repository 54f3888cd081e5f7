// Reading a dispatch's arguments and document.
#include "desk/handler/desk_call.hxx"

#include "desk/model/desk_texts.hxx"
#include "uno/base/ustrings.hxx"

#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

namespace parcalc::desk
{

css::uno::Any DeskCall::arg(const char* name) const
{
    for (const auto& a : args)
        if (a.Name.equalsAscii(name))
            return a.Value;
    return {};
}

std::optional<OUString> DeskCall::stringArg(const char* name) const
{
    const css::uno::Any value = arg(name);
    if (!value.hasValue())
        return std::nullopt;
    OUString s;
    if (!(value >>= s))
        throw DeskFailure(
            text("error.badArgument", {{"name", name}, {"why", text("error.notString")}}));
    return s;
}

std::optional<std::vector<OUString>> DeskCall::stringsArg(const char* name) const
{
    const css::uno::Any value = arg(name);
    if (!value.hasValue())
        return std::nullopt;
    css::uno::Sequence<OUString> many;
    OUString one;
    if (value >>= many)
        return std::vector<OUString>(many.begin(), many.end());
    if (value >>= one)
        return std::vector<OUString>{one};
    throw DeskFailure(
        text("error.badArgument", {{"name", name}, {"why", text("error.notStrings")}}));
}

bool DeskCall::boolArg(const char* name, bool otherwise) const
{
    bool b = otherwise;
    arg(name) >>= b;
    return b;
}

css::uno::Reference<css::frame::XModel> DeskCall::spreadsheet() const
{
    css::uno::Reference<css::frame::XModel> model;
    if (frame.is())
        if (const auto controller = frame->getController(); controller.is())
            model = controller->getModel();
    if (!css::uno::Reference<css::sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY).is())
        throw DeskFailure(text("error.noSpreadsheet"));
    return model;
}

std::string DeskCall::text(std::string_view key, TextArgs values) const
{
    return deskText(language, key, values);
}

} // namespace parcalc::desk
