// The batch loop: sniff, load, read, close, validate; never stop on a bad file.
#include "client/batch_validation.hxx"

#include "client/parallel_batch.hxx"

#include "core/submission/file_sniff.hxx"
#include "core/submission/submission.hxx"
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

struct Reason
{
    std::string vi;
    std::string en;
};

// Why a file is unreadable before LibreOffice is asked, or nothing.
std::optional<Reason> sniffReason(const std::string& path)
{
    const FileSniff s = sniffFile(path);
    switch (s.kind)
    {
    case FileKind::Missing:
        return Reason{"không tìm thấy tệp", "file not found"};
    case FileKind::NoAccess:
        return Reason{"không có quyền đọc tệp (hoặc tệp đang bị khóa)",
                      "the file cannot be read (no permission, or locked)"};
    case FileKind::Empty:
        return Reason{"tệp rỗng (0 byte)", "the file is empty (0 bytes)"};
    default:
        break;
    }
    if (s.passwordProtected)
        return Reason{"tệp được bảo vệ bằng mật khẩu", "the file is password-protected"};
    if (s.truncated) // before the content checks: the part that says what it is may be cut off
        return Reason{"tệp bị hỏng: không đầy đủ, bị cắt cụt (tải về hoặc sao chép chưa xong?)",
                      "the file is damaged: incomplete, cut short (an unfinished download or "
                      "copy?)"};
    const std::string ext = lowerExtension(path);
    if (s.kind == FileKind::Text && ext != ".csv" && ext != ".txt")
        return Reason{"tệp văn bản thường, không phải bảng tính (nội dung không khớp phần mở "
                      "rộng " +
                          ext + ")",
                      "a plain text file, not a spreadsheet (its content does not match its " +
                          ext + " extension)"};
    if (!s.spreadsheet)
        return Reason{"tệp không phải bảng tính (nội dung không khớp phần mở rộng)",
                      "not a spreadsheet (its content does not match its extension)"};
    if (const std::string owner = lockOwner(path); !owner.empty())
        return Reason{"tệp đang được mở và khóa bởi " + owner + "; số liệu có thể đang thay đổi",
                      "the file is open and locked by " + owner + "; its data may be changing"};
    return std::nullopt;
}

Reason loadReason(const OfficeError& e)
{
    switch (e.problem())
    {
    case LoadProblem::PasswordProtected:
        return {"tệp được bảo vệ bằng mật khẩu", "the file is password-protected"};
    case LoadProblem::Corrupt:
        return {"tệp bị hỏng (LibreOffice đề nghị sửa chữa)",
                "the file is damaged (LibreOffice offered to repair it)"};
    case LoadProblem::TimedOut:
        return {"mở tệp quá lâu, đã dừng (" + std::string(e.what()) + ")", e.what()};
    case LoadProblem::OfficeDied:
        return {"LibreOffice dừng khi mở hoặc đọc tệp này (tệp có thể bị hỏng)",
                "LibreOffice stopped while opening or reading this file (it may be damaged)"};
    case LoadProblem::OfficeUnavailable:
        return {"LibreOffice không khởi động lại được sau lỗi ở tệp trước nên chưa đọc tệp này (" +
                    std::string(e.what()) + ")",
                std::string(e.what()) + "; this file was not read"};
    case LoadProblem::NotASpreadsheet:
        return {"tệp không phải bảng tính (LibreOffice mở nó như loại tài liệu khác)",
                "not a spreadsheet (LibreOffice opened it as another kind of document)"};
    case LoadProblem::Other:
        break;
    }
    // LibreOffice's own message is English; say the rest in Vietnamese.
    return {"LibreOffice không mở được tệp (" + std::string(e.what()) + ")", e.what()};
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
            fail("lỗi khi đọc tệp: " + toUtf8(e.Message),
                 "error while reading the file: " + toUtf8(e.Message));
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
