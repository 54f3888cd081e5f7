// grid_tsv: fixture reader (comments, sheet name, TAB cells, Calc-like typing).
#include "core/testing/grid_tsv.hxx"

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <sstream>

namespace parcalc
{
namespace
{

// A plain en-US number: optional '-', digits, optional '.digits'. Nothing else.
bool parsePlainNumber(std::string_view s, double& out)
{
    if (s.empty())
        return false;
    std::size_t i = s[0] == '-' ? 1 : 0;
    bool digits = false, dot = false;
    for (; i < s.size(); ++i)
    {
        if (s[i] >= '0' && s[i] <= '9')
            digits = true;
        else if (s[i] == '.' && !dot)
            dot = true;
        else
            return false;
    }
    if (!digits)
        return false;
    auto result = std::from_chars(s.data(), s.data() + s.size(), out);
    return result.ec == std::errc{};
}

std::string unescape(std::string_view cell)
{
    std::string out;
    out.reserve(cell.size());
    for (std::size_t i = 0; i < cell.size(); ++i)
    {
        if (cell[i] == '\\' && i + 1 < cell.size() && cell[i + 1] == 'n')
        {
            out.push_back('\n');
            ++i;
        }
        else
            out.push_back(cell[i]);
    }
    return out;
}

} // namespace

Cell typeCellInput(std::string_view input)
{
    static constexpr std::array<std::string_view, 6> kErrors{"#VALUE!", "#DIV/0!", "#N/A",
                                                             "#REF!",   "#NAME?",  "Err:502"};
    if (input.empty())
        return Cell::empty();
    if (input[0] == '\'')
        return Cell::makeText(std::string(input.substr(1)));
    if (std::find(kErrors.begin(), kErrors.end(), input) != kErrors.end())
        return Cell::makeError(std::string(input));
    double value = 0;
    if (parsePlainNumber(input, value))
        return Cell::makeNumber(value);
    if (input.back() == '%' && parsePlainNumber(input.substr(0, input.size() - 1), value))
        return Cell::makeNumber(value / 100.0, true);
    return Cell::makeText(std::string(input));
}

CellGrid readTsvGrid(std::string_view text, const TsvOptions& options)
{
    CellGrid grid;
    std::size_t row = 0;
    std::size_t maxCols = 1;
    while (!text.empty())
    {
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (!line.empty() && line[0] == '#')
        {
            constexpr std::string_view kSheet = "#sheet:";
            if (line.substr(0, kSheet.size()) == kSheet)
            {
                std::string_view name = line.substr(kSheet.size());
                while (!name.empty() && name.front() == ' ')
                    name.remove_prefix(1);
                grid.setSheetName(std::string(name));
            }
            continue;
        }
        std::size_t col = 0;
        while (true)
        {
            const std::size_t tab = line.find('\t');
            const std::string cell = unescape(line.substr(0, tab));
            const bool typed = std::find(options.typedColumns.begin(), options.typedColumns.end(),
                                         col) != options.typedColumns.end();
            if (!cell.empty())
                grid.set(row, col, typed ? typeCellInput(cell) : Cell::makeText(cell));
            ++col;
            if (tab == std::string_view::npos)
                break;
            line.remove_prefix(tab + 1);
        }
        maxCols = std::max(maxCols, col);
        ++row;
    }
    if (row > 0)
        grid.set(row - 1, maxCols - 1, grid.at(row - 1, maxCols - 1)); // keep the full shape
    return grid;
}

Expected<CellGrid> readTsvGridFile(const std::string& path, const TsvOptions& options)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError(ErrorKind::NotAvailable, "cannot open " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return readTsvGrid(text.str(), options);
}

} // namespace parcalc
