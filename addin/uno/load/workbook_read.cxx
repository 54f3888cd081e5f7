// workbook_read: the sniff, the load, the sheets, the reasons (moved from
// client/batch_validation, which now reads through here).
#include "uno/load/workbook_read.hxx"

#include "core/submission/file_sniff.hxx"
#include "core/submission/unreadable_texts.hxx"
#include "uno/base/ustrings.hxx"
#include "uno/io/document_close.hxx"
#include "uno/io/sheet_reader.hxx"
#include "uno/load/document_load.hxx"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace parcalc::uno
{
namespace
{

std::string lowerExtension(const fs::path& p)
{
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return ext;
}

// The reasons are the unreadable_texts table's (core/submission), in both languages.
LoadReason reasonOf(std::string_view key, std::initializer_list<LocalArg> args = {})
{
    const LocalText text = unreadableTexts().local(key, args);
    return {text.vi, text.en};
}

} // namespace

// Why a file is unreadable before LibreOffice is asked, or nothing.
std::optional<LoadReason> sniffReason(const std::string& path)
{
    const FileSniff s = sniffFile(path);
    switch (s.kind)
    {
    case FileKind::Missing:
        return reasonOf("missing");
    case FileKind::NoAccess:
        return reasonOf("no-access");
    case FileKind::Empty:
        return reasonOf("empty");
    default:
        break;
    }
    if (s.passwordProtected)
        return reasonOf("password");
    if (s.truncated) // before the content checks: the part that says what it is may be cut off
        return reasonOf("truncated");
    const std::string ext = lowerExtension(path);
    if (s.kind == FileKind::Text && ext != ".csv" && ext != ".txt")
        return reasonOf("plain-text", {{"ext", ext}});
    if (!s.spreadsheet)
        return reasonOf("not-spreadsheet");
    if (const std::string owner = lockOwner(path); !owner.empty())
        return reasonOf("locked", {{"owner", owner}});
    return std::nullopt;
}

LoadReason loadReason(const LoadError& e)
{
    const std::string detail = e.what();
    switch (e.problem())
    {
    case LoadProblem::PasswordProtected:
        return reasonOf("password");
    case LoadProblem::Corrupt:
        return reasonOf("corrupt");
    case LoadProblem::TimedOut:
        return reasonOf("timed-out", {{"detail", detail}});
    case LoadProblem::OfficeDied:
        return reasonOf("office-died");
    case LoadProblem::OfficeUnavailable:
        return reasonOf("office-unavailable", {{"detail", detail}});
    case LoadProblem::NotASpreadsheet:
        return reasonOf("opened-as-other");
    case LoadProblem::Other:
        break;
    }
    // LibreOffice's own message is English; say the rest in Vietnamese.
    return reasonOf("cannot-open", {{"detail", detail}});
}

std::vector<CellGrid> readDocumentSheets(const css::uno::Reference<css::lang::XComponent>& doc,
                                         const std::string& path)
{
    const ClosedAtScopeEnd closed(doc);
    css::uno::Reference<css::sheet::XSpreadsheetDocument> spreadsheet(doc, css::uno::UNO_QUERY);
    if (!spreadsheet.is())
        throw LoadError("not a spreadsheet", LoadProblem::NotASpreadsheet);
    std::vector<CellGrid> sheets = readSheets(spreadsheet);
    if (lowerExtension(path) == ".csv") // imported as text: see csvFilterOptions
        for (CellGrid& sheet : sheets)
            sheet.setTypedCells(false);
    return sheets;
}

WorkbookRead readWorkbookFile(const std::string& path, const DocumentLoader& load,
                              const std::function<bool()>& officeAlive)
{
    WorkbookRead read;
    const auto fail = [&read](const std::string& vi, const std::string& en)
    {
        read.reason = vi;
        read.reasonEn = en;
    };
    if (const auto reason = sniffReason(path))
    {
        fail(reason->vi, reason->en);
        return read;
    }
    try
    {
        read.sheets = readDocumentSheets(load(path), path); // sniffed just above
        read.ok = true;
    }
    catch (const LoadError& e)
    {
        const LoadReason r = loadReason(e);
        fail(r.vi, r.en);
        read.officeLost =
            e.problem() == LoadProblem::OfficeDied || e.problem() == LoadProblem::TimedOut;
    }
    catch (const css::uno::Exception& e)
    {
        if (officeAlive())
        {
            const LoadReason r = reasonOf("read-error", {{"detail", toUtf8(e.Message)}});
            fail(r.vi, r.en);
        }
        else // the office died while its sheets were read: say that, not the bridge's words
        {
            const LoadReason r = loadReason(LoadError(toUtf8(e.Message), LoadProblem::OfficeDied));
            fail(r.vi, r.en);
            read.officeLost = true;
        }
    }
    return read;
}

WorkbookRead readWorkbookInOffice(const css::uno::Reference<css::uno::XComponentContext>& context,
                                  const std::string& path)
{
    return readWorkbookFile(
        path, [&context](const std::string& p) { return loadHidden(context, p); },
        [] { return true; });
}

} // namespace parcalc::uno
