// workbook_read: one submitted file read like every batch reads it: sniffed before the
// office is asked (missing, empty, locked, password, cut short, not a spreadsheet), loaded
// (document_load, or the caller's loader with its watchdog), every sheet read with range
// calls, closed whatever happens; an unreadable file gets its reason in Vietnamese and
// English. The CLI (client/batch_validation) and the batch inside Calc (desk/batch) read
// through here, so a file gets the same verdict in both.
#pragma once

#include "core/base/cell_grid.hxx"
#include "uno/load/load_problem.hxx"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace parcalc::uno
{

struct LoadReason
{
    std::string vi;
    std::string en;
};

// Why a file is unreadable before LibreOffice is asked, or nothing.
std::optional<LoadReason> sniffReason(const std::string& path);
// The reason of a failed load, in both languages.
LoadReason loadReason(const LoadError& error);

// Every sheet of a loaded document (then closed, whatever happens); throws LoadError
// NotASpreadsheet when it is not a spreadsheet. A .csv's cells stay text (typed off).
std::vector<CellGrid> readDocumentSheets(const css::uno::Reference<css::lang::XComponent>& doc,
                                         const std::string& path);

struct WorkbookRead
{
    bool ok = false;
    std::vector<CellGrid> sheets;
    std::string reason, reasonEn;
    // The office died or hung on this file: a private office is restarted before the next.
    bool officeLost = false;
};

// Loads a file or throws LoadError.
using DocumentLoader =
    std::function<css::uno::Reference<css::lang::XComponent>(const std::string&)>;

// One file: the sniff, `load`, the sheets; never throws for a bad file. `officeAlive` says
// whether a UNO error while reading came from the office dying.
WorkbookRead readWorkbookFile(const std::string& path, const DocumentLoader& load,
                              const std::function<bool()>& officeAlive);

// The same in the office of `context` (loadHidden), e.g. inside a running Calc.
WorkbookRead readWorkbookInOffice(const css::uno::Reference<css::uno::XComponentContext>& context,
                                  const std::string& path);

} // namespace parcalc::uno
