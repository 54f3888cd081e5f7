// cli_texts: {key, vi, en}. Usage lines, option help ("option-*"), problems with the
// command line and with the files a command reads or writes.
#include "cli/cli_texts.hxx"

namespace parcalc::cli
{

const TextTable& cliTexts()
{
    static const TextTable table{
        "cli",
        {
            // The tool and its commands: `parcalc --help` (usage-*), each command's --help
            // caption (<command>-about, <command>-exit: cli_support's commandCaption).
            {"unknown-command", "lệnh không rõ: {command}", "unknown command: {command}"},
            {"usage-title", "Cách dùng", "Usage"},
            {"usage-validate",
             "Kiểm tra biểu thống kê trong các tệp bảng tính (.ods .fods .xlsx .xls .csv)",
             "validate the appendix table of each spreadsheet (.ods .fods .xlsx .xls .csv)"},
            {"usage-score", "Ước tính điểm Chỉ số CCHC từ biểu thống kê, kiểm tra bảng tự đánh giá",
             "estimate the PAR index score from the appendix (each point lost explained), "
             "check the sums of a filled self-assessment sheet"},
            {"usage-consolidate", "Tổng hợp biểu số liệu của nhiều đơn vị",
             "one table from many units' appendices"},
            {"usage-ruleset",
             "Bộ quy tắc viết trong Calc: bảng tính <-> tệp JSON, mỗi lỗi chỉ rõ ô",
             "rule sets written in Calc: workbook <-> JSON file, every problem names its cell"},
            {"usage-extension", "Cài / gỡ ParCalc trong một hồ sơ LibreOffice tạm",
             "install or remove ParCalc in a throwaway LibreOffice profile (never your own)"},
            {"usage-details", "chi tiết", "details"},
            {"exit-title", "Mã thoát", "Exit code"},
            {"options-title", "Tùy chọn", "Options"},
            {"validate-about",
             "Kiểm tra biểu thống kê số liệu trong các tệp bảng tính (.ods .fods "
             ".xlsx .xls .csv).",
             "Validates the statistics appendix table of each spreadsheet."},
            {"validate-exit",
             "0 đều hợp lệ, 1 có tệp có lỗi, 2 lỗi cách dùng hoặc bộ quy tắc, 3 có tệp không đọc "
             "được",
             "0 all valid, 1 some invalid, 2 usage or rule-set error, 3 some file unreadable"},
            {"score-about",
             "Ước tính điểm Chỉ số CCHC từ biểu thống kê số liệu (giải thích từng điểm bị trừ) và "
             "kiểm tra các tổng cộng của bảng tự đánh giá.",
             "Estimates the PAR index score from the statistics appendix (explaining each point "
             "lost) and checks the sums of a filled self-assessment sheet."},
            {"score-exit",
             "0 đã chấm, 1 bảng tự đánh giá cộng không khớp hoặc tệp không có bảng, 2 lỗi cách "
             "dùng hoặc bộ quy tắc, 3 có tệp không đọc được",
             "0 scored, 1 a self-assessment sheet does not add up or a file holds no table, 2 "
             "usage or rule-set error, 3 some file unreadable"},
            {"consolidate-about",
             "Tổng hợp biểu thống kê số liệu của nhiều đơn vị thành một biểu: số lượng và tiền "
             "được cộng, tỷ lệ tính lại từ các phần đã cộng, dòng bỏ trống được ghi là thiếu.",
             "Consolidates the appendices of many units into one table: counts and money summed, "
             "ratios recomputed from the summed parts, blank rows named as missing."},
            {"consolidate-exit",
             "0 xong, 1 có tệp được dùng có lỗi, 2 lỗi cách dùng, lỗi bộ quy tắc hoặc các kỳ báo "
             "cáo khác nhau, 3 có tệp không đọc được",
             "0 ok, 1 a file used has errors, 2 usage, rule-set error or mixed periods, 3 some "
             "file unreadable"},
            {"ruleset-about",
             "Bộ quy tắc viết trong Calc: build đọc bảng tính (trang Thông tin, Biểu thống kê, "
             "Tiêu chí) thành tệp JSON; export ghi một bộ quy tắc ra bảng tính đó; check kiểm tra "
             "một tệp JSON hoặc một bảng tính. Mỗi lỗi chỉ rõ trang và ô.",
             "Rule sets written in Calc: build reads the workbook (sheets Thông tin, Biểu thống "
             "kê, Tiêu chí) into a rule-set JSON file; export writes a rule set as that workbook; "
             "check validates a JSON file or a workbook. Every problem names its sheet and cell."},
            {"ruleset-exit",
             "0 xong, 2 lỗi cách dùng hoặc bộ quy tắc không hợp lệ, 3 không đọc hoặc ghi được tệp",
             "0 ok, 2 usage error or an invalid rule set, 3 a file cannot be read or written"},
            // Problems with a command line.
            {"no-file", "chưa chỉ định tệp", "no file given"},
            {"unknown-format", "định dạng không hợp lệ: --format {format}",
             "unknown --format {format}"},
            {"bad-lang", "--lang cần vi hoặc en, không phải '{lang}'",
             "--lang takes vi or en, not '{lang}'"},
            {"bad-jobs", "--jobs cần một số nguyên từ 1 đến {most}, không phải '{jobs}'",
             "--jobs takes a whole number from 1 to {most}, not '{jobs}'"},
            {"ods-needs-output", "--format ods cần --output", "--format ods needs --output"},
            {"output-required", "thiếu --output", "--output is required"},
            {"bad-manual", "--manual cần TÊN=SỐ: {manual}", "--manual needs NAME=NUMBER: {manual}"},
            {"ruleset-action", "cần build|export|check và một tệp",
             "needs build|export|check and one file"},
            {"export-needs-book", "export cần -o BOOK.ods hoặc .xlsx",
             "export needs -o BOOK.ods or .xlsx"},
            // Problems with files.
            {"cannot-write-report", "không ghi được báo cáo vào {path}",
             "cannot write the report to {path}"},
            {"cannot-write-result", "không ghi được kết quả vào {path}",
             "cannot write the result to {path}"},
            {"cannot-write", "không ghi được {path}", "cannot write {path}"},
            {"cannot-read-previous", "không đọc được tệp kỳ trước {path}: {reason}",
             "cannot read the previous period's file {path}: {reason}"},
            {"unknown-manual", "bộ quy tắc không có dữ liệu nhập tay \"{name}\"",
             "the rule set has no manual input \"{name}\""},
            {"left-out", "bỏ qua {file}: {reason}", "left out {file}: {reason}"},
            {"oxt-missing", "không tìm thấy tiện ích {oxt} (hãy chạy scripts/build)",
             "the extension {oxt} is missing (run scripts/build)"},
            {"installed", "đã cài ParCalc vào {profile}", "ParCalc installed in {profile}"},
            {"removed", "đã gỡ ParCalc", "ParCalc removed"},
            {"not-installed", "ParCalc chưa được cài", "ParCalc was not installed"},
            {"ruleset-summary", "{rows} dòng, {checks} kiểm tra, {criteria} tiêu chí",
             "{rows} rows, {checks} checks, {criteria} criteria"},
            // Option help shared by several commands (cli_support).
            {"option-help", "trợ giúp này", "this help"},
            {"option-ruleset", "tệp bộ quy tắc hoặc mã bộ có sẵn (mặc định: default-huyen)",
             "rule-set file or bundled id (default: default-huyen)"},
            {"option-ruleset-score",
             "tệp bộ quy tắc hoặc mã bộ có sẵn có tiêu chí chấm điểm (mặc định: "
             "example-huyen-diem, bộ VÍ DỤ, không chính thức)",
             "rule-set file or bundled id with scoring criteria (default: example-huyen-diem, "
             "an EXAMPLE set, not official)"},
            {"option-profile",
             "hồ sơ LibreOffice dùng để chạy (mặc định: một hồ sơ tạm, xóa khi xong)",
             "LibreOffice profile to use (default: a temporary one, removed afterwards)"},
            {"option-profile-score",
             "hồ sơ LibreOffice dùng để chạy (mặc định: một hồ sơ tạm có cài parcalc.oxt, để "
             "các công thức ParCalc trong bảng tính tính được; xóa khi xong)",
             "LibreOffice profile to use (default: a temporary one with the built parcalc.oxt "
             "installed, so ParCalc formulas in the sheets compute; removed afterwards)"},
            {"option-profile-extension",
             "hồ sơ LibreOffice tạm (mặc định: build/profile; khi đã cài: "
             "~/.cache/parcalc/profile)",
             "throwaway LibreOffice profile (default: build/profile; installed: "
             "~/.cache/parcalc/profile)"},
            {"option-lang-validate", "vi | en: ngôn ngữ của báo cáo text, CSV, HTML và ODS",
             "vi | en: language of text, CSV, HTML and ODS reports"},
            {"option-lang-score", "vi | en: ngôn ngữ của báo cáo text và HTML",
             "vi | en: language of the text and HTML reports"},
            {"option-lang-consolidate", "vi | en: ngôn ngữ của các trang bảng tính và CSV",
             "vi | en: language of the workbook's sheets and the CSV"},
            {"option-jobs",
             "số LibreOffice chạy song song, 1-{most} (mặc định: 1); kết quả như nhau",
             "offices run at once, 1-{most} (default: 1); the result is the same"},
            {"option-output-report", "ghi báo cáo vào đây (mặc định: đầu ra chuẩn)",
             "write the report here (default: standard output)"},
            // Option help of one command.
            {"option-previous", "tệp kỳ trước của cùng đơn vị và năm (kiểm tra lũy kế)",
             "the previous period's file of the same unit and year (lũy kế checks)"},
            {"option-format-validate", "text | json | csv | html | ods (mặc định: text)",
             "text | json | csv | html | ods (default: text)"},
            {"option-format-score", "text | json | html (mặc định: text)",
             "text | json | html (default: text)"},
            {"option-format-consolidate",
             "ods | xlsx | csv | json (mặc định: theo phần mở rộng của --output, nếu không thì "
             "ods)",
             "ods | xlsx | csv | json (default: from the extension of --output, else ods)"},
            {"option-output-result", "ghi kết quả vào đây (bắt buộc)",
             "write the result here (required)"},
            {"option-output-ruleset",
             "build: tệp JSON (mặc định: đầu ra chuẩn); export: bảng tính (.ods hoặc .xlsx, bắt "
             "buộc)",
             "build: the JSON file (default: standard output); export: the workbook (.ods or "
             ".xlsx, required)"},
            {"option-exclude-invalid", "bỏ qua các tệp có lỗi (mặc định: dùng và đánh dấu)",
             "leave out files with errors (default: use them and flag them)"},
            {"option-allow-mixed",
             "tổng hợp cả các tệp thuộc các kỳ báo cáo khác nhau (mặc định: "
             "từ chối)",
             "consolidate files of different periods (default: refuse)"},
            {"option-unit", "đơn vị tổng hợp, ghi ở tiêu đề (\"UBND huyện Ngân Sơn\")",
             "the consolidating unit, for the title (\"UBND huyện Ngân Sơn\")"},
            {"option-manual",
             "TÊN=SỐ: một số liệu nhập tay của bộ quy tắc (vd. cntt_hoan_thanh=24, "
             "ty_le_buu_chinh=18%); dùng được nhiều lần",
             "NAME=VALUE: a manual input of the rule set (e.g. cntt_hoan_thanh=24, "
             "ty_le_buu_chinh=18%); repeatable"},
            {"option-no-extension",
             "không cài parcalc.oxt vào hồ sơ tạm (nhanh hơn; ô gọi hàm ParCalc khi đó đọc ra "
             "lỗi)",
             "do not install parcalc.oxt into the temporary profile (faster; cells calling ParCalc "
             "functions then read as errors)"},
        }};
    return table;
}

std::string cliText(std::string_view key, TextArgs args)
{
    const TextTable& table = cliTexts();
    return table.text(Language::Vi, key, args) + " / " + table.text(Language::En, key, args);
}

} // namespace parcalc::cli
