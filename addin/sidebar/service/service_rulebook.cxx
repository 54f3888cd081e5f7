// useRuleSetBook: the rule set a province officer writes in Calc (core/ruleset_book), built
// from the open workbook, written as JSON beside it and chosen for another document, so the
// officer can try a criteria set on a submitted sheet without a terminal.
#include "sidebar/service/service_parts.hxx"

#include "core/ruleset_book/book_reader.hxx"
#include "sidebar/service/report_export.hxx"
#include "uno/base/ustrings.hxx"
#include "uno/io/sheet_reader.hxx"

#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>

#include <filesystem>
#include <fstream>

namespace parcalc::sidebar::service
{

using uno::fromUtf8;

namespace
{

constexpr std::size_t kProblemsShown = 5;

[[noreturn]] void refuse(const std::string& message, sal_Int16 argument)
{
    throw css::lang::IllegalArgumentException(fromUtf8(message), {}, argument);
}

std::string problemLines(const std::vector<book::BookProblem>& problems, Language language)
{
    std::string lines;
    for (std::size_t i = 0; i < problems.size() && i < kProblemsShown; ++i)
        lines +=
            "\n" + (language == Language::Vi ? problems[i].describeVi() : problems[i].describe());
    if (problems.size() > kProblemsShown)
        lines += "\n" + uiFormat(language, "rulebook.more",
                                 {{"count", std::to_string(problems.size() - kProblemsShown)}});
    return lines;
}

} // namespace

std::string useRuleSetBook(const css::uno::Reference<css::frame::XModel>& book,
                           const css::uno::Reference<css::frame::XModel>& target, Language language)
{
    const auto bookDocument = openSpreadsheet(book);
    openSpreadsheet(target);
    if (book->getURL().isEmpty())
        refuse(uiText(language, "rulebook.unsaved"), 0);
    const std::filesystem::path bookPath = std::filesystem::u8path(localPathOf(book->getURL()));
    const book::BookLoad load =
        book::readRuleSetBook(uno::readSheets(bookDocument), bookPath.filename().u8string());
    if (!load.ok())
        refuse(uiFormat(language, "rulebook.problems",
                        {{"count", std::to_string(load.problems.size())}}) +
                   problemLines(load.problems, language),
               0);

    std::filesystem::path json = bookPath;
    json.replace_extension(".json");
    {
        std::ofstream out(json, std::ios::binary | std::ios::trunc);
        out << book::ruleSetJsonText(load.json);
        if (!out.flush())
            throw css::io::IOException(
                fromUtf8(uiFormat(language, "rulebook.cannot-write", {{"file", json.u8string()}})));
    }
    chooseRuleSet(target, fromUtf8(json.u8string()), language);
    return json.u8string();
}

} // namespace parcalc::sidebar::service
