// The rule-set workbook read with readWorkbookForBatch and stored with book_document.
#include "client/ruleset_workbook.hxx"

#include "client/batch_validation.hxx"
#include "core/ruleset_book/book_writer.hxx"
#include "uno/io/book_document.hxx"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace parcalc::client
{

book::BookLoad readRuleSetWorkbook(OfficeSession& office, const std::string& path)
{
    const std::string name = std::filesystem::path(path).filename().string();
    WorkbookRead read = readWorkbookForBatch(office, path);
    if (!read.ok)
    {
        book::BookLoad out;
        out.problems.push_back(book::BookProblem{name, {}, read.reason, read.reasonEn});
        return out;
    }
    return book::readRuleSetBook(read.sheets, name);
}

std::optional<std::string> workbookFilterFor(const std::string& path)
{
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    if (ext == ".ods")
        return "calc8";
    if (ext == ".xlsx")
        return "Calc MS Excel 2007 XML";
    return std::nullopt;
}

void writeRuleSetWorkbook(const OfficeSession& office, const RuleSet& ruleSet,
                          const std::string& path)
{
    const std::string absolute = std::filesystem::absolute(path).string();
    uno::storeRuleSetBook(
        css::uno::Reference<css::frame::XComponentLoader>(office.desktop(),
                                                          css::uno::UNO_QUERY_THROW),
        book::writeRuleSetBook(ruleSet), fromUtf8(fileUrl(absolute)),
        fromUtf8(workbookFilterFor(path).value_or("calc8")));
}

} // namespace parcalc::client
