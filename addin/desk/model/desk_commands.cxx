// The command table.
#include "desk/model/desk_commands.hxx"

#include <algorithm>

namespace parcalc::desk
{

const std::vector<DeskCommand>& deskCommands()
{
    static const std::vector<DeskCommand> table{
        // the open document, then the reviewer's batches, new forms, output, help
        {DeskCommandId::ShowDeck, "ShowDeck", "command.ShowDeck", true, true},
        {DeskCommandId::Batch, "Batch", "command.Batch", false, true},
        {DeskCommandId::Consolidate, "Consolidate", "command.Consolidate", true, true},
        {DeskCommandId::NewAppendix, "NewAppendix", "command.NewAppendix", false, true},
        {DeskCommandId::NewSelfAssessment, "NewSelfAssessment", "command.NewSelfAssessment", true,
         false},
        {DeskCommandId::Export, "Export", "command.Export", true, false},
        {DeskCommandId::Guide, "Guide", "command.Guide", false, false},
    };
    return table;
}

const DeskCommand* findDeskCommand(std::string_view name)
{
    const auto& table = deskCommands();
    const auto it = std::find_if(table.begin(), table.end(),
                                 [&](const DeskCommand& c) { return c.name == name; });
    return it == table.end() ? nullptr : &*it;
}

std::string deskCommandUrl(const DeskCommand& command)
{
    return std::string(kDeskProtocol) + std::string(command.name);
}

} // namespace parcalc::desk
