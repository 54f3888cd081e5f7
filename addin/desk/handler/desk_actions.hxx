// What each ParCalc menu command does, one function a command (each in its own file), and
// runDeskCommand, which picks the command's function: the "what it does" column of the
// command table (desk_commands). Every function may throw; the handler tells the user.
#pragma once

#include "desk/handler/desk_call.hxx"
#include "desk/model/desk_commands.hxx"

#include <com/sun/star/uno/Any.hxx>

namespace parcalc::desk
{

// The command's result for XNotifyingDispatch listeners (DispatchResultEvent::Result).
css::uno::Any runDeskCommand(const DeskCommand& command, const DeskCall& call);

// --- show_deck.cxx ---------------------------------------------------------------------------

// ShowDeck: the sidebar shown with the ParCalc deck active, through XSidebarProvider (never the
// toggling .uno:SidebarDeck); while the new sidebar has not listed the deck yet, tried again
// from the event loop. True when the deck is active on return.
bool showDeck(const DeskCall& call);

// --- extension_files.cxx ---------------------------------------------------------------------

// The extension's identifier (registry/description.xml.in).
inline constexpr const char* kExtensionId = "org.parcalc.extension";

// The URL of `relativePath` inside the installed extension; DeskFailure when the extension or
// the file is missing.
OUString extensionFileUrl(const DeskCall& call, const std::string& relativePath);

// NewAppendix, NewSelfAssessment: an untitled document from the template of the UI language
// (registry/Paths.xcu's templates/<vi|en-US>/ParCalc/<name>.ots), opened in a new window.
css::uno::Reference<css::frame::XModel> newFromTemplate(const DeskCall& call, DeskCommandId which);

// Guide: the URL of the user guide in the installed extension (guide/guide.html).
OUString guideUrl(const DeskCall& call);
// Guide: the guide opened by the desktop's browser (SystemShellExecute) unless the dispatch
// argument Open is false; returns its URL.
OUString openGuide(const DeskCall& call);

// --- export_command.cxx ----------------------------------------------------------------------

// Export: the frame's document checked and its report written as the sidebar's export does
// (service_export). Arguments File (URL) and Format ("html" or "ods", else by the file's
// extension) skip the save dialog. Returns the file's URL, empty when the user cancelled.
OUString exportReport(const DeskCall& call);

// --- batch_command.cxx -----------------------------------------------------------------------

// Batch, Consolidate: the files to read, from the argument Folder (a folder's URL) or Files
// (file URLs; folders among them expanded), else asked in dialogs; folders expanded into
// their spreadsheets by the batch rule (core/submission/file_collection). Empty when the user
// cancelled; DeskFailure when no spreadsheet was found.
std::vector<OUString> batchFiles(const DeskCall& call);
// Runs runBatchCheck or runConsolidation (desk/batch) on batchFiles; the result document.
css::uno::Reference<css::frame::XModel> runBatchCommand(const DeskCall& call, bool consolidate);

} // namespace parcalc::desk
