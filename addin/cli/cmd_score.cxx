// parcalc score: the estimated PAR index score of appendix files (every point lost
// explained) and the consistency check of filled self-assessment sheets.
#include "cli/cli_support.hxx"
#include "cli/command_line.hxx"
#include "client/batch_validation.hxx"
#include "client/extension_installer.hxx"
#include "core/reports/score_report.hxx"
#include "core/ruleset/ruleset_cache.hxx"
#include "core/scoring/manual_inputs.hxx"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <unistd.h>

namespace parcalc::cli
{

int runScore(const Args& args)
{
    std::string ruleset, format = "text", output, profile, lang = "vi";
    bool noExtension = false;
    std::vector<std::string> inputs, manualArgs;
    po::options_description opts(
        "parcalc score [OPTIONS] FILE|DIR...\n"
        "Ước tính điểm Chỉ số CCHC từ biểu thống kê số liệu (giải thích từng điểm bị trừ) và "
        "kiểm tra các tổng cộng của bảng tự đánh giá.\n"
        "Estimates the PAR index score from the statistics appendix (explaining each point "
        "lost) and checks the sums of a filled self-assessment sheet.\n\n"
        "Mã thoát / exit code: 0 scored, 1 a self-assessment sheet does not add up or a file "
        "holds no table, 2 usage or rule-set error, 3 some file unreadable\n\nOptions");
    opts.add_options()("help,h", "this help")(
        "ruleset", po::value(&ruleset),
        "rule-set file or bundled id with scoring criteria (default: example-huyen-diem, an "
        "EXAMPLE set, not official)")("format", po::value(&format),
                                      "text | json | html (default: text)")(
        "output,o", po::value(&output), "write the report here (default: standard output)")(
        "lang", po::value(&lang), "vi | en: language of the text and HTML reports")(
        "manual", po::value(&manualArgs)->composing(),
        "NAME=VALUE: a manual input of the rule set (e.g. cntt_hoan_thanh=24, "
        "ty_le_buu_chinh=18%); repeatable")(
        "profile", po::value(&profile),
        "LibreOffice profile to use (default: a temporary one with the built parcalc.oxt "
        "installed, so ParCalc formulas in the sheets compute; removed afterwards)")(
        "no-extension", po::bool_switch(&noExtension),
        "do not install parcalc.oxt into the temporary profile (faster; cells calling ParCalc "
        "functions then read as errors)");
    if (const auto stop = parseFileCommand(args, "score", opts, inputs))
        return *stop;
    ManualValues manual;
    std::string badManual;
    for (const std::string& m : manualArgs)
        if (!parseManualInput(m, manual))
            badManual = m;
    const bool formatOk = format == "text" || format == "json" || format == "html";
    if (inputs.empty() || !formatOk || (lang != "vi" && lang != "en") || !badManual.empty())
        return usageError("score",
                          inputs.empty() ? "chưa chỉ định tệp / no file given"
                          : !formatOk ? "định dạng không hợp lệ / unknown --format " + format
                          : !badManual.empty()
                              ? "--manual cần TÊN=SỐ / needs NAME=NUMBER: " + badManual
                              : "--lang: vi | en",
                          opts);
    const Language language =
        lang == "en" ? Language::En : Language::Vi;

    const ScoringRuleSetLoad load = RuleSetCache::shared().scoring(ruleset);
    if (!load.ok())
    {
        printRuleSetErrors(load.errors);
        return kExitUsage;
    }
    if (const auto unknown = unknownManualInput(manual, *load.value))
    {
        std::cerr << "parcalc score: bộ quy tắc không có dữ liệu nhập tay / the rule set has "
                     "no manual input \""
                  << *unknown << "\"\n";
        return kExitUsage;
    }
    const std::vector<std::string> files = client::collectFiles(inputs);

    std::optional<TempProfile> temp;
    if (profile.empty())
    {
        profile = temp.emplace().path;
        // A self-assessment sheet computes its scores with PARPOINTS / PARSCORE: Calc
        // recalculates add-in cells on load, so they need the add-in in this profile.
        std::error_code ec;
        if (!noExtension && std::filesystem::is_regular_file(defaultOxtPath(), ec))
            client::prepareProfile(profile, defaultOxtPath());
    }
    client::OfficeSession office({profile});

    ScoreReport report;
    report.rules = load.value;
    const bool showProgress = ::isatty(STDERR_FILENO) || files.size() >= 10;
    for (std::size_t i = 0; i < files.size(); ++i)
    {
        const client::WorkbookRead read = client::readWorkbookForBatch(office, files[i]);
        if (read.ok)
            report.files.push_back(scoreWorkbook(files[i], read.sheets, *load.value, manual));
        else
            report.files.push_back(unreadableScoreReport(files[i], read.reason, read.reasonEn));
        if (showProgress)
            std::cerr << "[" << i + 1 << "/" << files.size() << "] " << files[i] << ": "
                      << scoreFileStatusName(report.files.back().status) << "\n";
    }

    bool written = true;
    if (format == "json")
        written = writeOutput(output, scoreReportJson(report));
    else if (format == "html")
        written = writeOutput(output, scoreReportHtml(report, language));
    else
        written = writeOutput(output, scoreReportText(report, language));
    if (!written)
    {
        std::cerr << "parcalc: không ghi được báo cáo / cannot write the report to " << output
                  << "\n";
        return kExitUsage;
    }
    if (report.count(ScoreFileStatus::Unreadable) > 0)
        return kExitUnreadable;
    return report.count(ScoreFileStatus::Invalid) + report.count(ScoreFileStatus::NoTable) > 0
               ? kExitInvalid
               : kExitOk;
}

} // namespace parcalc::cli
