// The desk's text table.
#include "desk/model/desk_texts.hxx"

namespace parcalc::desk
{

const TextTable& deskTexts()
{
    static const TextTable table{
        "desk",
        {
            // The menu and the toolbar (registry/Addons.xcu holds the same titles).
            {"menu.title", "ParCalc", "ParCalc"},
            {"toolbar.title", "ParCalc", "ParCalc"},
            {"command.ShowDeck", "Kiểm tra biểu thống kê", "Check the appendix table"},
            {"command.Batch", "Kiểm tra hàng loạt…", "Batch check…"},
            {"command.Consolidate", "Tổng hợp số liệu…", "Consolidate figures…"},
            {"command.NewAppendix", "Tạo biểu mới: phụ lục số liệu",
             "New form: statistics appendix"},
            {"command.NewSelfAssessment", "Tạo biểu mới: bảng tự đánh giá",
             "New form: self-assessment sheet"},
            {"command.Export", "Xuất báo cáo…", "Export report…"},
            {"command.Guide", "Hướng dẫn", "User guide"},
            // Message boxes.
            {"message.title", "ParCalc", "ParCalc"},
            {"error.unknownCommand", "ParCalc không có lệnh “{command}”.",
             "ParCalc has no command “{command}”."},
            {"error.failed", "Không thực hiện được “{command}”: {error}",
             "“{command}” could not be done: {error}"},
            {"error.noSpreadsheet", "Lệnh này cần một bảng tính đang mở trong cửa sổ này.",
             "This command needs a spreadsheet open in this window."},
            {"error.noSidebar", "Cửa sổ này không có thanh bên (sidebar).",
             "This window has no sidebar."},
            {"error.noDeck",
             "Không tìm thấy ngăn {deck} trong thanh bên (phần mở rộng ParCalc chưa cài đủ?).",
             "The sidebar has no {deck} deck (is the ParCalc extension fully installed?)."},
            {"error.noExtension", "Không tìm thấy nơi cài phần mở rộng ParCalc ({id}).",
             "The ParCalc extension ({id}) is not installed in this office."},
            {"error.missingFile", "Phần mở rộng ParCalc thiếu tệp {file}.",
             "The ParCalc extension lacks the file {file}."},
            {"error.noFiles",
             "Không có bảng tính nào (.ods, .fods, .xlsx, .xls, .csv) trong {where}.",
             "No spreadsheet (.ods, .fods, .xlsx, .xls, .csv) in {where}."},
            {"error.badArgument", "Tham số “{name}” không dùng được: {why}",
             "Argument “{name}” not usable: {why}"},
            {"error.notFileUrl", "cần một địa chỉ tệp file:///…, nhận được “{value}”",
             "a file:///… URL is needed, got “{value}”"},
            {"error.notString", "cần một chuỗi văn bản", "a text is needed"},
            {"error.notStrings", "cần một danh sách địa chỉ tệp", "a list of file URLs is needed"},
            {"info.exported", "Đã xuất báo cáo: {file}", "Report exported: {file}"},
            // The dialogs of the batch commands.
            {"dialog.folderOrFiles",
             "Kiểm tra cả một thư mục?\n\nCó: chọn thư mục (mọi bảng tính trong đó và các thư mục "
             "con).\nKhông: chọn từng tệp.",
             "Check a whole folder?\n\nYes: choose a folder (every spreadsheet in it and its "
             "subfolders).\nNo: choose files."},
            {"dialog.pickFolder", "Chọn thư mục chứa các bảng tính",
             "Choose the folder of spreadsheets"},
            {"dialog.pickFiles", "Chọn các bảng tính", "Choose the spreadsheets"},
            {"filter.spreadsheets", "Bảng tính (.ods, .fods, .xlsx, .xls, .csv)",
             "Spreadsheets (.ods, .fods, .xlsx, .xls, .csv)"},
        }};
    return table;
}

std::string deskText(Language language, std::string_view key, TextArgs args)
{
    return deskTexts().text(language, key, args);
}

} // namespace parcalc::desk
