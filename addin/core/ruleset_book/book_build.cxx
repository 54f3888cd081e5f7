// book_build: sheets found by name, columns by header, JSON paths mapped to cells; and
// readRuleSetBook, which runs the sheet readers and then the rule-set loader.
#include "core/ruleset_book/book_messages.hxx"
#include "core/ruleset_book/book_reader.hxx"

#include "core/ruleset/ruleset_loader.hxx"
#include "core/ruleset_book/book_cells.hxx"
#include "core/ruleset_book/book_terms.hxx"
#include "core/ruleset_book/internal/book_build.hxx"
#include "core/text/text_fold.hxx"

#include <set>

namespace parcalc::book
{
namespace detail
{

namespace
{
constexpr std::size_t kHeaderSearchRows = 20;
}

SheetTable::SheetTable(const CellGrid& grid, const std::vector<Column>& columns)
    : m_grid(grid), m_columns(columns.size())
{
    const std::string first = foldText(columns.front().header);
    for (std::size_t r = 0; r < std::min(grid.rows(), kHeaderSearchRows) && !m_headerRow; ++r)
        for (std::size_t c = 0; c < grid.cols(); ++c)
            if (foldText(cellText(grid.at(r, c))) == first)
            {
                m_headerRow = r;
                break;
            }
    if (!m_headerRow)
        return;
    for (std::size_t c = 0; c < grid.cols(); ++c)
    {
        const std::string header = foldText(cellText(grid.at(*m_headerRow, c)));
        for (std::size_t k = 0; k < columns.size(); ++k)
            if (!m_columns[k] && header == foldText(columns[k].header))
                m_columns[k] = c;
    }
}

const Cell& SheetTable::cell(std::size_t row, std::size_t column) const
{
    static const Cell empty;
    return m_columns.at(column) ? m_grid.at(row, *m_columns[column]) : empty;
}

std::string SheetTable::text(std::size_t row, std::size_t column) const
{
    return cellText(cell(row, column));
}

std::string SheetTable::address(std::size_t row, std::size_t column) const
{
    const auto& col = m_columns.at(column) ? m_columns[column] : m_columns.front();
    return m_grid.address(row, col.value_or(0));
}

bool SheetTable::blankLine(std::size_t row) const
{
    for (const auto& col : m_columns)
        if (col && !cellText(m_grid.at(row, *col)).empty())
            return false;
    return true;
}

void BookBuild::place(const std::string& path, const SheetTable& sheet, std::size_t row,
                      std::size_t column)
{
    places.emplace_back(path,
                        BookProblem{sheet.grid().sheetName(), sheet.address(row, column), {}, {}});
}

void BookBuild::problem(const SheetTable& sheet, std::size_t row, std::size_t column,
                        std::string vi, std::string en)
{
    problems.push_back(BookProblem{sheet.grid().sheetName(), sheet.address(row, column),
                                   std::move(vi), std::move(en)});
}

void BookBuild::problem(const SheetTable& sheet, std::size_t row, std::size_t column,
                        const LocalText& why)
{
    problem(sheet, row, column, why.vi, why.en);
}

void BookBuild::unknownTerm(const SheetTable& sheet, std::size_t row, std::size_t column,
                            const TermList& terms, const std::string& typed)
{
    problem(sheet, row, column,
            bookText("term.unknown",
                     {{"what", LocalText{std::string(terms.whatVi), std::string(terms.whatEn)}},
                      {"typed", typed},
                      {"choices", terms.wordsJoined()}}));
}

const BookProblem* BookBuild::placeOf(const std::string& path) const
{
    const BookProblem* best = nullptr;
    std::size_t bestLength = 0;
    for (const auto& [prefix, where] : places)
    {
        // prefix "rows[1]" places "rows[1].id" and "rows[1]", never "rows[12]"
        const bool starts = path.compare(0, prefix.size(), prefix) == 0;
        const bool boundary = starts && (path.size() == prefix.size() ||
                                         path[prefix.size()] == '.' || path[prefix.size()] == '[');
        if (prefix.size() >= bestLength && boundary)
        {
            best = &where;
            bestLength = prefix.size();
        }
    }
    return best;
}

} // namespace detail

namespace
{

const CellGrid* findSheet(const std::vector<CellGrid>& sheets, std::string_view name)
{
    const std::string wanted = foldText(name);
    for (const CellGrid& grid : sheets)
        if (foldText(grid.sheetName()) == wanted)
            return &grid;
    return nullptr;
}

// The loader's words for JSON members, as the workbook calls them.
void inWorkbookWords(std::string& text)
{
    static const std::pair<std::string_view, std::string_view> kWords[] = {
        {"không có trong \"rows\"", "không có trong trang Biểu thống kê"},
        {"is not in \"rows\"", "is not on the sheet Biểu thống kê"},
        {"thiếu trường bắt buộc \"input\"", "thiếu Đầu vào"},
        {"missing required field \"input\"", "Đầu vào (the input) is missing"},
        {"thiếu trường bắt buộc \"rule\"", "thiếu Loại quy tắc"},
        {"missing required field \"rule\"", "Loại quy tắc (the rule kind) is missing"},
    };
    for (const auto& [from, to] : kWords)
        if (auto at = text.find(from); at != std::string::npos)
            text.replace(at, from.size(), to);
}

void missingSheet(detail::BookBuild& build, std::string_view name, const std::string& bookName)
{
    const LocalText why = bookText("sheet.missing", {{"sheet", name}});
    build.problems.push_back(BookProblem{bookName, {}, why.vi, why.en});
}

// Runs `read` on the sheet `name`; a missing sheet or header row is a problem unless optional.
template <class Read>
void readSheet(const std::vector<CellGrid>& sheets, std::string_view name,
               const std::vector<Column>& columns, bool optional, detail::BookBuild& build,
               const std::string& bookName, Read read)
{
    const CellGrid* grid = findSheet(sheets, name);
    if (!grid)
    {
        if (!optional)
            missingSheet(build, name, bookName);
        return;
    }
    detail::SheetTable table(*grid, columns);
    if (!table.found())
    {
        const LocalText why = bookText("sheet.no-header", {{"header", columns.front().header}});
        build.problems.push_back(BookProblem{grid->sheetName(), {}, why.vi, why.en});
        return;
    }
    read(table, build);
}

} // namespace

BookLoad readRuleSetBook(const std::vector<CellGrid>& sheets, const std::string& bookName)
{
    detail::BookBuild build;
    build.root["format"] = kRuleSetFormat;
    readSheet(sheets, kInfoSheet, infoColumns(), false, build, bookName, detail::readInfoSheet);
    readSheet(sheets, kRowsSheet, rowsColumns(), false, build, bookName, detail::readRowsSheet);
    readSheet(sheets, kCriteriaSheet, criteriaColumns(), true, build, bookName,
              detail::readCriteriaSheet);
    if (build.root.contains("scoring") && !build.root["scoring"].contains("fields"))
        build.root.erase("scoring"); // manual inputs or a note without criteria score nothing

    BookLoad out;
    out.json = build.root;
    RuleSetLoad load = parseRuleSet(ruleSetJsonText(build.root), bookName);
    // A cell that already has a problem gets no second one from the loader.
    std::set<std::string> reported;
    for (const BookProblem& p : build.problems)
        reported.insert(p.where());
    for (const RuleSetError& e : load.errors)
    {
        const BookProblem* where = build.placeOf(e.path);
        BookProblem p = where ? *where : BookProblem{bookName, {}, {}, {}};
        p.vi = where ? e.message : e.message + " (" + e.path + ")";
        p.en = where ? e.messageEn : e.messageEn + " (" + e.path + ")";
        inWorkbookWords(p.vi);
        inWorkbookWords(p.en);
        if (reported.insert(p.where() + "\n" + p.en).second && !reported.count(p.where()))
            build.problems.push_back(std::move(p));
    }
    out.problems = std::move(build.problems);
    if (out.problems.empty())
        out.ruleSet = std::move(load.ruleSet);
    return out;
}

std::string ruleSetJsonText(const nlohmann::json& json)
{
    // A cell's invalid UTF-8 (a broken file) becomes U+FFFD rather than an exception.
    return json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

} // namespace parcalc::book
