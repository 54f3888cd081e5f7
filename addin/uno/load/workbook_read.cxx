// workbook_read: the sniff, the load, the sheets, the reasons (moved from
// client/batch_validation, which now reads through here).
#include "uno/load/workbook_read.hxx"

#include "core/submission/file_sniff.hxx"
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

} // namespace

// Why a file is unreadable before LibreOffice is asked, or nothing.
std::optional<LoadReason> sniffReason(const std::string& path)
{
    const FileSniff s = sniffFile(path);
    switch (s.kind)
    {
    case FileKind::Missing:
        return LoadReason{"không tìm thấy tệp", "file not found"};
    case FileKind::NoAccess:
        return LoadReason{"không có quyền đọc tệp (hoặc tệp đang bị khóa)",
                          "the file cannot be read (no permission, or locked)"};
    case FileKind::Empty:
        return LoadReason{"tệp rỗng (0 byte)", "the file is empty (0 bytes)"};
    default:
        break;
    }
    if (s.passwordProtected)
        return LoadReason{"tệp được bảo vệ bằng mật khẩu", "the file is password-protected"};
    if (s.truncated) // before the content checks: the part that says what it is may be cut off
        return LoadReason{"tệp bị hỏng: không đầy đủ, bị cắt cụt (tải về hoặc sao chép chưa xong?)",
                          "the file is damaged: incomplete, cut short (an unfinished download or "
                          "copy?)"};
    const std::string ext = lowerExtension(path);
    if (s.kind == FileKind::Text && ext != ".csv" && ext != ".txt")
        return LoadReason{"tệp văn bản thường, không phải bảng tính (nội dung không khớp phần mở "
                          "rộng " +
                              ext + ")",
                          "a plain text file, not a spreadsheet (its content does not match its " +
                              ext + " extension)"};
    if (!s.spreadsheet)
        return LoadReason{"tệp không phải bảng tính (nội dung không khớp phần mở rộng)",
                          "not a spreadsheet (its content does not match its extension)"};
    if (const std::string owner = lockOwner(path); !owner.empty())
        return LoadReason{"tệp đang được mở và khóa bởi " + owner +
                              "; số liệu có thể đang thay đổi",
                          "the file is open and locked by " + owner + "; its data may be changing"};
    return std::nullopt;
}

LoadReason loadReason(const LoadError& e)
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

std::vector<CellGrid> readDocumentSheets(const css::uno::Reference<css::lang::XComponent>& doc,
                                         const std::string& path)
{
    struct Closer
    {
        css::uno::Reference<css::lang::XComponent> doc;
        ~Closer() { closeDocument(doc); }
    } closer{doc};
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
            fail("lỗi khi đọc tệp: " + toUtf8(e.Message),
                 "error while reading the file: " + toUtf8(e.Message));
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
