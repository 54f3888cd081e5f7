// The command table's action column: a switch over every command, so a command added to the
// table without an action does not compile (-Wswitch, warnings are errors).
#include "desk/handler/desk_actions.hxx"

namespace parcalc::desk
{

css::uno::Any runDeskCommand(const DeskCommand& command, const DeskCall& call)
{
    switch (command.id)
    {
    case DeskCommandId::ShowDeck:
        return css::uno::Any(showDeck(call));
    case DeskCommandId::Batch:
        return css::uno::Any(runBatchCommand(call, false));
    case DeskCommandId::Consolidate:
        return css::uno::Any(runBatchCommand(call, true));
    case DeskCommandId::NewAppendix:
    case DeskCommandId::NewSelfAssessment:
        return css::uno::Any(newFromTemplate(call, command.id));
    case DeskCommandId::Export:
        return css::uno::Any(exportReport(call));
    case DeskCommandId::Guide:
        return css::uno::Any(openGuide(call));
    }
    return {};
}

} // namespace parcalc::desk
