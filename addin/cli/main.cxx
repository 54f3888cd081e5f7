// parcalc: ParCalc's command-line tool for reviewers (batch validation) and
// for developers (installing the extension into a throwaway profile).
#include "cli/commands.hxx"
#include "client/office_session.hxx"
#include "uno/base/ustrings.hxx"

#include <exception>
#include <iostream>

namespace
{

const char* kUsage =
    "Cách dùng / Usage: parcalc COMMAND [OPTIONS]\n"
    "\n"
    "  validate [--ruleset FILE|ID] [--previous FILE] [--format text|json|csv|html|ods]\n"
    "           [--output PATH] FILE|DIR...\n"
    "      Kiểm tra biểu thống kê trong các tệp bảng tính / validate the appendix table\n"
    "      of each spreadsheet (.ods .fods .xlsx .xls .csv)\n"
    "  score [--ruleset FILE|ID] [--format text|json|html] [--output PATH]\n"
    "        [--manual NAME=VALUE] FILE|DIR...\n"
    "      Ước tính điểm Chỉ số CCHC từ biểu thống kê, kiểm tra bảng tự đánh giá /\n"
    "      estimate the PAR index score from the appendix (each point lost explained),\n"
    "      check the sums of a filled self-assessment sheet\n"
    "  consolidate [--ruleset FILE|ID] [--format ods|xlsx|csv|json] [--exclude-invalid]\n"
    "              [--allow-mixed-periods] [--unit NAME] -o OUT FILE|DIR...\n"
    "      Tổng hợp biểu số liệu của nhiều đơn vị / one table from many units' appendices\n"
    "  ruleset build BOOK -o FILE.json | export ID|FILE.json -o BOOK.ods|.xlsx |\n"
    "          check FILE.json|BOOK\n"
    "      Bộ quy tắc viết trong Calc: bảng tính <-> tệp JSON, mỗi lỗi chỉ rõ ô /\n"
    "      rule sets written in Calc: workbook <-> JSON file, every problem names its cell\n"
    "  extension add|remove|list [--profile DIR] [OXT]\n"
    "      Cài / gỡ ParCalc trong một hồ sơ LibreOffice tạm / install or remove ParCalc\n"
    "      in a throwaway LibreOffice profile (never your own)\n"
    "\n"
    "  parcalc COMMAND --help  chi tiết / details\n";

} // namespace

int main(int argc, char** argv)
{
    parcalc::client::stopOfficesOnSignals();
    if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h")
    {
        std::cout << kUsage;
        return argc < 2 ? parcalc::cli::kExitUsage : parcalc::cli::kExitOk;
    }
    const std::string command = argv[1];
    const parcalc::cli::Args args(argv + 2, argv + argc);
    try
    {
        if (command == "validate")
            return parcalc::cli::runValidate(args);
        if (command == "score")
            return parcalc::cli::runScore(args);
        if (command == "consolidate")
            return parcalc::cli::runConsolidate(args);
        if (command == "ruleset")
            return parcalc::cli::runRuleset(args);
        if (command == "extension")
            return parcalc::cli::runExtension(args);
        std::cerr << "parcalc: lệnh không rõ / unknown command: " << command << "\n\n" << kUsage;
        return parcalc::cli::kExitUsage;
    }
    catch (const std::exception& e)
    {
        std::cerr << "parcalc: " << e.what() << "\n";
        return parcalc::cli::kExitUnreadable;
    }
    catch (const css::uno::Exception& e) // LibreOffice failed in a way no command expected
    {
        std::cerr << "parcalc: LibreOffice: " << parcalc::uno::toUtf8(e.Message) << "\n";
        return parcalc::cli::kExitUnreadable;
    }
}
