// The batch loop: sniff, load, read, close, validate; never stop on a bad file.
#include "client/batch_validation.hxx"

#include "client/parallel_batch.hxx"

#include "core/submission/file_sniff.hxx"
#include "core/submission/submission.hxx"
#include "core/submission/unreadable_texts.hxx"
#include "uno/io/sheet_reader.hxx"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <system_error>

namespace fs = std::filesystem;

namespace parcalc::client
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

bool isSpreadsheetName(const fs::path& p)
{
    const std::string ext = lowerExtension(p);
    const std::string name = p.filename().string();
    if (name.rfind(".~lock.", 0) == 0 || name.rfind("~$", 0) == 0)
        return false; // LibreOffice / Excel lock files
    return ext == ".ods" || ext == ".fods" || ext == ".xlsx" || ext == ".xls" || ext == ".csv";
}

using Reason = LocalText;

Reason reasonOf(std::string_view key, std::initializer_list<LocalArg> args = {})
{
    return unreadableTexts().local(key, args);
}

// Why a file is unreadable before LibreOffice is asked, or nothing.
std::optional<Reason> sniffReason(const std::string& path)
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

Reason loadReason(const OfficeError& e)
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

} // namespace

std::vector<std::string> collectFiles(const std::vector<std::string>& args)
{
    std::vector<std::string> files;
    for (const std::string& arg : args)
    {
        std::error_code ec;
        if (!fs::is_directory(arg, ec))
        {
            files.push_back(arg);
            continue;
        }
        std::vector<std::string> found;
        for (auto it = fs::recursive_directory_iterator(
                 arg, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
            if (it->is_regular_file(ec) && isSpreadsheetName(it->path()))
                found.push_back(it->path().string());
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

namespace
{

// Load, read every sheet, close: the part after the sniff, which callers do first.
std::vector<CellGrid> loadSheets(OfficeSession& office, const std::string& path)
{
    auto doc = office.load(path);
    struct Closer
    {
        css::uno::Reference<css::lang::XComponent> doc;
        ~Closer() { closeDocument(doc); }
    } closer{doc};
    css::uno::Reference<css::sheet::XSpreadsheetDocument> spreadsheet(doc, css::uno::UNO_QUERY);
    if (!spreadsheet.is())
        throw OfficeError("not a spreadsheet", LoadProblem::NotASpreadsheet);
    std::vector<CellGrid> sheets = uno::readSheets(spreadsheet);
    if (lowerExtension(path) == ".csv") // imported as text: see csvFilterOptions
        for (CellGrid& sheet : sheets)
            sheet.setTypedCells(false);
    return sheets;
}

} // namespace

std::vector<CellGrid> readWorkbook(OfficeSession& office, const std::string& path)
{
    if (const auto reason = sniffReason(path))
        throw OfficeError(reason->en);
    return loadSheets(office, path);
}

WorkbookRead readWorkbookForBatch(OfficeSession& office, const std::string& path)
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
        read.sheets = loadSheets(office, path); // sniffed just above
        read.ok = true;
    }
    catch (const OfficeError& e)
    {
        const Reason r = loadReason(e);
        fail(r.vi, r.en);
        if (e.problem() == LoadProblem::OfficeDied || e.problem() == LoadProblem::TimedOut)
            office.recover();
    }
    catch (const css::uno::Exception& e)
    {
        if (office.alive())
        {
            const Reason r = reasonOf("read-error", {{"detail", toUtf8(e.Message)}});
            fail(r.vi, r.en);
        }
        else // soffice died while its sheets were read: say that, not the bridge's words
        {
            const Reason r = loadReason(OfficeError(toUtf8(e.Message), LoadProblem::OfficeDied));
            fail(r.vi, r.en);
            office.recover();
        }
    }
    return read;
}

BatchReport validateFiles(const std::vector<OfficeSession*>& offices,
                          const std::vector<std::string>& files, const RuleSet& ruleSet,
                          const std::vector<CellGrid>* previous, const Progress& progress)
{
    BatchReport report;
    report.rulesetId = ruleSet.id;
    report.rulesetVersion = ruleSet.version;
    report.files = mapOnOffices<FileReport>(
        offices, files.size(),
        [&](OfficeSession& office, std::size_t i)
        {
            const std::string& file = files[i];
            const WorkbookRead read = readWorkbookForBatch(office, file);
            return read.ok ? readableReport(
                                 file, checkSubmission(read.sheets, ruleSet, {previous}).result)
                           : unreadableReport(file, read.reason, read.reasonEn);
        },
        [&](std::size_t i, const FileReport& entry)
        {
            if (progress)
                progress(i + 1, files.size(), entry);
        });
    return report;
}

} // namespace parcalc::client
