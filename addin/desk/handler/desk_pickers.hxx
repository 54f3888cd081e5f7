// The file dialogs of the menu's commands: a report to save (Export), a folder or several
// spreadsheets to read (Batch, Consolidate). Each returns nothing when the user cancels.
#pragma once

#include "desk/handler/desk_call.hxx"

#include <optional>
#include <vector>

namespace parcalc::desk
{

struct ReportFile
{
    OUString url;
    OUString format; // "html" or "ods"
};

// A save dialog offering HTML and ODS, named after the document, in its folder.
std::optional<ReportFile> pickReportFile(const DeskCall& call,
                                         const css::uno::Reference<css::frame::XModel>& document);

// A folder's URL, or empty.
OUString pickFolder(const DeskCall& call);

// Spreadsheet files' URLs (multi-selection), or none.
std::vector<OUString> pickSpreadsheets(const DeskCall& call);

} // namespace parcalc::desk
