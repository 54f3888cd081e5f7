#include "core/self_assessment/evidence_check.hxx"

#include "core/ruleset/scoring_rules.hxx"
#include "core/self_assessment/self_assessment.hxx"

#include <boost/algorithm/string/classification.hpp>
#include <boost/algorithm/string/predicate.hpp>
#include <boost/algorithm/string/split.hpp>
#include <boost/algorithm/string/trim.hpp>

#include <cctype>
#include <filesystem>
#include <system_error>

namespace parcalc
{
namespace
{

// What evidence files are sent as: scans, office documents, pictures, archives.
constexpr std::string_view kFileExtensions[] = {".pdf", ".doc", ".docx", ".odt", ".xls", ".xlsx",
                                                ".ods", ".jpg", ".jpeg", ".png", ".tif", ".tiff",
                                                ".zip", ".rar", ".7z",   ".txt", ".rtf"};

bool namesFile(const std::string& item)
{
    if (boost::algorithm::istarts_with(item, "file:"))
        return true;
    if (item.find("://") != std::string::npos)
        return false; // a web link: not checked here
    for (std::string_view ext : kFileExtensions)
        if (boost::algorithm::iends_with(item, ext))
            return true;
    return false;
}

// "file:///a/b%20c.pdf" -> "/a/b c.pdf"; "file:b.pdf" -> "b.pdf"; other text as it is.
std::string pathOf(const std::string& item)
{
    if (!boost::algorithm::istarts_with(item, "file:"))
        return item;
    std::string rest = item.substr(5);
    if (boost::algorithm::starts_with(rest, "//"))
    {
        rest.erase(0, 2);
        const auto slash = rest.find('/');
        rest = slash == std::string::npos ? "" : rest.substr(slash); // host dropped
    }
    std::string out;
    for (std::size_t i = 0; i < rest.size(); ++i)
    {
        auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
        if (rest[i] == '%' && i + 2 < rest.size() && hex(rest[i + 1]) && hex(rest[i + 2]))
        {
            out += static_cast<char>(std::stoi(rest.substr(i + 1, 2), nullptr, 16));
            i += 2;
        }
        else
            out += rest[i];
    }
    return out;
}

bool fileExists(const std::string& folder, const std::string& item)
{
    std::filesystem::path path = std::filesystem::u8path(pathOf(item));
    if (path.is_relative())
        path = std::filesystem::u8path(folder) / path;
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec);
}

Finding evidenceFinding(FindingCode code, const SelfAssessmentRow& row, std::string actual)
{
    return makeFinding(code, Severity::Warning, row.id, row.evidenceCell, "", std::move(actual));
}

} // namespace

std::vector<std::string> evidenceFiles(std::string_view evidence)
{
    std::vector<std::string> items, files;
    boost::algorithm::split(items, evidence, boost::algorithm::is_any_of(";\n"));
    for (std::string& item : items)
    {
        boost::algorithm::trim_if(item, boost::algorithm::is_any_of(" \t\r"));
        if (!item.empty() && namesFile(item))
            files.push_back(item);
    }
    return files;
}

EvidenceRules evidenceRules(const ScoringRules& scoring, std::string folder)
{
    EvidenceRules rules;
    rules.folder = std::move(folder);
    for (const ScoringNode& node : scoring.nodes)
    {
        if (!node.leaf())
            continue; // evidence is named for what is scored: the leaves
        bool marked = node.evidence;
        for (auto up = node.parent; up && !marked; up = scoring.nodes[*up].parent)
            marked = scoring.nodes[*up].evidence;
        if (marked)
            rules.required.insert(node.id);
    }
    return rules;
}

std::vector<Finding> checkEvidence(const SelfAssessmentSheet& sheet, const EvidenceRules& rules)
{
    std::vector<Finding> findings;
    if (!sheet.columns.evidence)
        return findings;
    for (const SelfAssessmentRow& row : sheet.rows)
    {
        if (row.total)
            continue;
        const bool blank = row.evidence.find_first_not_of(" \t\r\n") == std::string::npos;
        if (blank && row.children.empty() && rules.required.count(row.id) &&
            row.score.state == ScoreCell::State::Number && row.score.value > 0.0)
            findings.push_back(evidenceFinding(FindingCode::EvidenceMissing, row, row.score.shown));
        if (rules.folder.empty())
            continue;
        for (const std::string& file : evidenceFiles(row.evidence))
            if (!fileExists(rules.folder, file))
                findings.push_back(evidenceFinding(FindingCode::EvidenceFileNotFound, row, file));
    }
    return findings;
}

} // namespace parcalc
