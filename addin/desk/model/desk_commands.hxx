// The ParCalc menu's commands, one table (scaddins style): the command name of its URL
// vnd.org.parcalc.desk:NAME, its title's key in deskTexts(), where it sits in the menu and
// the toolbar. The protocol handler (addin/desk/handler) looks every URL up here and runs the
// command's action; registry/Addons.xcu is checked against this table (desk_commands_test).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace parcalc::desk
{

// registry/ProtocolHandler.xcu and Addons.xcu: every command URL starts with this.
inline constexpr std::string_view kDeskProtocol = "vnd.org.parcalc.desk:";

enum class DeskCommandId
{
    ShowDeck,
    Batch,
    Consolidate,
    NewAppendix,
    NewSelfAssessment,
    Export,
    Guide,
};

struct DeskCommand
{
    DeskCommandId id;
    std::string_view name;     // the URL's path: a permanent contract (Addons.xcu, macros)
    std::string_view titleKey; // deskTexts(): the menu title, vi and en
    bool separatorAfter;       // the menu draws a line after it
    bool onToolbar;            // on the ParCalc toolbar, icons/desk-NAME-16.png and -26.png
};

// In menu order.
const std::vector<DeskCommand>& deskCommands();

// The command of a URL's path ("ShowDeck"), or nullptr.
const DeskCommand* findDeskCommand(std::string_view name);

// "vnd.org.parcalc.desk:ShowDeck".
std::string deskCommandUrl(const DeskCommand& command);

} // namespace parcalc::desk
