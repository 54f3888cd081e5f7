// TEMPORARY, until the calcbatch branch brings addin/desk/batch: the two entry points of
// desk_batch.hxx only say "not available yet", so this branch links. The lead deletes this
// file (and its line in CMakeLists.txt) at the merge.
// desk_batch.hxx names OUString unqualified: the SDK (no LIBO_INTERNAL_ONLY) has it in the
// global namespace only through this using-declaration.
#include "uno/base/ustrings.hxx"

#include "desk/batch/desk_batch.hxx"
#include "desk/handler/desk_messages.hxx"
#include "desk/model/desk_texts.hxx"
#include "sidebar/service/office_locale.hxx"

namespace parcalc::desk
{

namespace
{

css::uno::Reference<css::frame::XModel>
notAvailableYet(const css::uno::Reference<css::uno::XComponentContext>& context,
                const css::uno::Reference<css::frame::XFrame>& frame, const char* titleKey)
{
    const Language language = sidebar::officeUiLanguage(context);
    showDeskMessage(context, frame, MessageKind::Info,
                    deskText(language, "pending", {{"command", deskText(language, titleKey)}}));
    return {};
}

} // namespace

css::uno::Reference<css::frame::XModel>
runBatchCheck(const css::uno::Reference<css::uno::XComponentContext>& context,
              const css::uno::Reference<css::frame::XFrame>& frame, const std::vector<OUString>&)
{
    return notAvailableYet(context, frame, "command.Batch");
}

css::uno::Reference<css::frame::XModel>
runConsolidation(const css::uno::Reference<css::uno::XComponentContext>& context,
                 const css::uno::Reference<css::frame::XFrame>& frame, const std::vector<OUString>&)
{
    return notAvailableYet(context, frame, "command.Consolidate");
}

} // namespace parcalc::desk
