// sheet_layout: how a sheet ParCalc writes is dressed beyond its cells (bold rows, cell
// colours, hyperlinks, a frozen header, an autofilter), as plain data: core decides it,
// uno/io/workbook_document applies it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace parcalc
{

struct CellFill
{
    std::size_t row = 0, col = 0;
    std::uint32_t colour = 0; // 0xRRGGBB background
};

// A cell that opens `target` (a URL, "#Sheet.A1" anchor included) and shows `label`.
struct CellLink
{
    std::size_t row = 0, col = 0;
    std::string target;
    std::string label;
};

struct SheetLayout
{
    std::vector<std::size_t> boldRows;
    std::vector<CellFill> fills;
    std::vector<CellLink> links;
    bool freezeHeader = false; // the first row stays in view
    bool autoFilter = false;   // filter buttons on the first row over the used range
};

} // namespace parcalc
