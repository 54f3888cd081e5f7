// Sheet layouts and realistic data of the benchmark documents.
#include "bench_sheets.hxx"

#include <cmath>
#include <functional>
#include <memory>
#include <random>
#include <stdexcept>

namespace parcalc::bench
{
namespace
{

const std::string kFn = "ORG.PARCALC.FUNCTIONS.";
const std::string kNoop = "ORG.PARCALC.BENCH.NOOP.";

using Row = std::vector<Cell>;
using Rng = std::mt19937;

// Deterministic helpers (no std::uniform_*_distribution: its output differs
// between standard libraries).
int uniformInt(Rng& rng, int lo, int hi) { return lo + int(rng() % std::uint32_t(hi - lo + 1)); }
bool oneIn(Rng& rng, int n) { return rng() % std::uint32_t(n) == 0; }
double round2(double x) { return std::round(x * 100.0) / 100.0; }

std::string cell(int col, int row1) { return "[." + columnName(col) + std::to_string(row1) + "]"; }
std::string range(int col0, int col1, int row1)
{
    return "[." + columnName(col0) + std::to_string(row1) + ":." + columnName(col1) +
           std::to_string(row1) + "]";
}
std::string absRange(int col0, int col1, int row1)
{
    return "[.$" + columnName(col0) + "$" + std::to_string(row1) + ":.$" + columnName(col1) + "$" +
           std::to_string(row1) + "]";
}

// One case: header rows above the data, the data cells of one row, and the
// formula cells appended to each row for a variant (sheetRow is 1-based).
struct Layout
{
    std::vector<Row> header;
    std::function<Row(Rng&)> data;
    std::function<std::vector<std::string>(Variant, int sheetRow)> formulas;
    int fixedRows = 0; // > 0: the case's own size (province)
};

// A "KPS" (không phát sinh: does not apply) marker now and then, as in real sheets.
Cell achievedCell(Rng& rng, double max, int markerOneIn)
{
    if (oneIn(rng, markerOneIn))
        return Cell::str("KPS");
    const int quarters = uniformInt(rng, int(max * 2), int(max * 4)); // half to full marks
    return Cell::num(quarters * 0.25);
}

const std::vector<double> kScoreMax = {2, 1, 3, 1.5, 2, 0.5, 2.5, 1}; // 8 criteria

Layout parScore()
{
    const int n = int(kScoreMax.size());
    Row labels, max;
    for (int i = 0; i < n; ++i)
    {
        labels.push_back(Cell::str("TC" + std::to_string(i + 1)));
        max.push_back(Cell::num(kScoreMax[i]));
    }
    return {{labels, max},
            [n](Rng& rng)
            {
                Row row;
                for (int i = 0; i < n; ++i)
                    row.push_back(achievedCell(rng, kScoreMax[i], 40));
                return row;
            },
            [n](Variant v, int r) -> std::vector<std::string>
            {
                const std::string args = range(0, n - 1, r) + ";" + absRange(0, n - 1, 2);
                switch (v)
                {
                    case Variant::Function: return {kFn + "PARSCORE(" + args + ")"};
                    case Variant::Noop: return {kNoop + "NOOP2(" + args + ")"};
                    case Variant::Builtin:
                        return {"SUM(" + range(0, n - 1, r) + ")/SUM(" + absRange(0, n - 1, 2) +
                                ")*100"};
                    default: break; // not a variant of this case
                }
                return {};
            }};
}

Layout onTimeRate()
{
    return {{{Cell::str("Đã giải quyết"), Cell::str("Đúng hạn"), Cell::str("Trước hạn")}},
            [](Rng& rng)
            {
                const int resolved = uniformInt(rng, 20, 3000);
                const int early = resolved * uniformInt(rng, 0, 30) / 100;
                const int onTime = (resolved - early) * uniformInt(rng, 70, 100) / 100;
                return Row{Cell::num(resolved), Cell::num(onTime), Cell::num(early)};
            },
            [](Variant v, int r) -> std::vector<std::string>
            {
                const std::string args = cell(1, r) + ";" + cell(0, r) + ";" + cell(2, r);
                switch (v)
                {
                    case Variant::Function: return {kFn + "ONTIMERATE(" + args + ")"};
                    case Variant::Noop: return {kNoop + "NOOP6(" + args + ")"};
                    case Variant::Builtin:
                        return {"(" + cell(1, r) + "+" + cell(2, r) + ")/" + cell(0, r)};
                    default: break; // not a variant of this case
                }
                return {};
            }};
}

Layout parGrade()
{
    return {{{Cell::str("Chỉ số")}},
            [](Rng& rng) { return Row{Cell::num(round2(uniformInt(rng, 4000, 10000) / 100.0))}; },
            [](Variant v, int r) -> std::vector<std::string>
            {
                switch (v)
                {
                    case Variant::Function: return {kFn + "PARGRADE(" + cell(0, r) + ")"};
                    case Variant::Noop: return {kNoop + "NOOPTEXT2(" + cell(0, r) + ")"};
                    case Variant::Builtin:
                        return {"LOOKUP(" + cell(0, r) +
                                ";{0;50;70;80;90};{\"Yếu\";\"Trung bình\";\"Khá\";\"Tốt\";"
                                "\"Xuất sắc\"})"};
                    default: break; // not a variant of this case
                }
                return {};
            }};
}

Layout parBand()
{
    // Bands as a province sets them: on-time rate >= 90% -> 2 points, ...
    const Row bounds{Cell::num(0), Cell::num(0.5), Cell::num(0.7), Cell::num(0.8), Cell::num(0.9)};
    const Row points{Cell::num(0), Cell::num(0.5), Cell::num(1), Cell::num(1.5), Cell::num(2)};
    return {{bounds, points},
            [](Rng& rng) { return Row{Cell::num(uniformInt(rng, 300, 1000) / 1000.0)}; },
            [](Variant v, int r) -> std::vector<std::string>
            {
                const std::string args = cell(0, r) + ";" + absRange(0, 4, 1) + ";" +
                                         absRange(0, 4, 2);
                switch (v)
                {
                    case Variant::Function: return {kFn + "PARBAND(" + args + ")"};
                    case Variant::Noop: return {kNoop + "NOOP3(" + args + ")"};
                    case Variant::Builtin: return {"LOOKUP(" + args + ")"};
                    default: break; // not a variant of this case
                }
                return {};
            }};
}

Layout parProp()
{
    return {{{Cell::str("Đạt"), Cell::str("Chỉ tiêu")}},
            [](Rng& rng)
            {
                const int target = uniformInt(rng, 10, 500);
                return Row{Cell::num(target * uniformInt(rng, 50, 120) / 100),
                           Cell::num(target)};
            },
            [](Variant v, int r) -> std::vector<std::string>
            {
                const std::string args = cell(0, r) + ";" + cell(1, r) + ";2";
                switch (v)
                {
                    case Variant::Function: return {kFn + "PARPROP(" + args + ")"};
                    case Variant::Noop: return {kNoop + "NOOP4(" + args + ")"};
                    case Variant::Builtin:
                        return {"MIN(2;2*" + cell(0, r) + "/" + cell(1, r) + ")"};
                    default: break; // not a variant of this case
                }
                return {};
            }};
}

Layout parDeduct()
{
    return {{{Cell::str("Số trường hợp")}},
            [](Rng& rng) { return Row{Cell::num(uniformInt(rng, 0, 10))}; },
            [](Variant v, int r) -> std::vector<std::string>
            {
                const std::string args = cell(0, r) + ";0.25;2";
                switch (v)
                {
                    case Variant::Function: return {kFn + "PARDEDUCT(" + args + ")"};
                    case Variant::Noop: return {kNoop + "NOOP4(" + args + ")"};
                    case Variant::Builtin: return {"MAX(0;2-" + cell(0, r) + "*0.25)"};
                    default: break; // not a variant of this case
                }
                return {};
            }};
}

// Numbers as typed into text cells of Vietnamese reports.
std::string vnNumberText(Rng& rng)
{
    switch (uniformInt(rng, 0, 4))
    {
        case 0: // thousands: 136.284
            return std::to_string(uniformInt(rng, 1, 999)) + "." +
                   std::to_string(uniformInt(rng, 100, 999));
        case 1: // millions: 1.234.567
            return std::to_string(uniformInt(rng, 1, 99)) + "." +
                   std::to_string(uniformInt(rng, 100, 999)) + "." +
                   std::to_string(uniformInt(rng, 100, 999));
        case 2: // decimals: 2,30
            return std::to_string(uniformInt(rng, 0, 99)) + "," +
                   std::to_string(uniformInt(rng, 10, 99));
        default: // plain: 15
            return std::to_string(uniformInt(rng, 0, 999));
    }
}

Layout parNumber()
{
    return {{{Cell::str("Số liệu")}},
            [](Rng& rng) { return Row{Cell::str(vnNumberText(rng))}; },
            [](Variant v, int r) -> std::vector<std::string>
            {
                switch (v)
                {
                    case Variant::Function: return {kFn + "PARNUMBER(" + cell(0, r) + ")"};
                    case Variant::Noop: return {kNoop + "NOOP1(" + cell(0, r) + ")"};
                    case Variant::Builtin:
                        return {"VALUE(SUBSTITUTE(SUBSTITUTE(" + cell(0, r) +
                                ";\".\";\"\");\",\";\".\"))"};
                    default: break; // not a variant of this case
                }
                return {};
            }};
}

// The province workload: 700 units (rows) x 60 criteria, maximum points in
// row 2, one PARSCORE and one PARGRADE per unit.
constexpr int kUnits = 700;
constexpr int kCriteria = 60;

Layout province()
{
    std::vector<double> max(kCriteria);
    Row labels{Cell::str("Đơn vị")}, maxRow{Cell::str("Điểm tối đa")};
    for (int i = 0; i < kCriteria; ++i)
    {
        max[i] = 0.5 * (1 + i % 6); // 0.5 .. 3 points
        labels.push_back(Cell::str("TC" + std::to_string(i + 1)));
        maxRow.push_back(Cell::num(max[i]));
    }
    labels.push_back(Cell::str("Chỉ số"));
    labels.push_back(Cell::str("Xếp loại"));
    auto unit = std::make_shared<int>(0);
    return {{labels, maxRow},
            [max, unit](Rng& rng)
            {
                Row row{Cell::str("Xã " + std::to_string(++*unit))};
                for (double m : max)
                    row.push_back(achievedCell(rng, m, 30));
                return row;
            },
            [](Variant, int r) -> std::vector<std::string>
            {
                return {kFn + "PARSCORE(" + range(1, kCriteria, r) + ";" +
                            absRange(1, kCriteria, 2) + ")",
                        kFn + "PARGRADE(" + cell(kCriteria + 1, r) + ")"};
            },
            kUnits};
}

// How the IDL type of a range argument changes Calc's cost: the no-op over two
// 60-cell ranges (province-sized rows), declared any vs sequence<sequence<double>>.
// All cells are numbers (a double range would read a text marker as 0).
constexpr int kRangeRows = 2000;

Layout rangeArgs()
{
    Row maxRow;
    for (int i = 0; i < kCriteria; ++i)
        maxRow.push_back(Cell::num(0.5 * (1 + i % 6)));
    return {{maxRow},
            [](Rng& rng)
            {
                Row row;
                for (int i = 0; i < kCriteria; ++i)
                    row.push_back(Cell::num(0.25 * uniformInt(rng, 1, 12)));
                return row;
            },
            [](Variant v, int r) -> std::vector<std::string>
            {
                const std::string args =
                    range(0, kCriteria - 1, r) + ";" + absRange(0, kCriteria - 1, 1);
                return {kNoop + (v == Variant::NoopDoubles ? "NOOPDOUBLES2(" : "NOOP2(") + args +
                        ")"};
            },
            kRangeRows};
}

Layout layoutOf(const std::string& name)
{
    if (name == "PARSCORE") return parScore();
    if (name == "ONTIMERATE") return onTimeRate();
    if (name == "PARGRADE") return parGrade();
    if (name == "PARBAND") return parBand();
    if (name == "PARPROP") return parProp();
    if (name == "PARDEDUCT") return parDeduct();
    if (name == "PARNUMBER") return parNumber();
    if (name == "province") return province();
    if (name == "range_args") return rangeArgs();
    throw std::logic_error("no benchmark sheet " + name);
}

} // namespace

const char* variantName(Variant v)
{
    switch (v)
    {
        case Variant::Function: return "function";
        case Variant::Noop: return "noop";
        case Variant::Builtin: return "builtin";
        case Variant::NoopDoubles: return "noop_doubles";
    }
    return "?";
}

const std::vector<SheetCase>& sheetCases()
{
    static const std::vector<Variant> all{Variant::Function, Variant::Noop, Variant::Builtin};
    static const std::vector<SheetCase> cases{
        {"PARSCORE", all, false},  {"ONTIMERATE", all, false}, {"PARGRADE", all, true},
        {"PARBAND", all, false},   {"PARPROP", all, false},    {"PARDEDUCT", all, false},
        {"PARNUMBER", all, false}, {"province", {Variant::Function}, false},
        {"range_args", {Variant::Noop, Variant::NoopDoubles}, false},
    };
    return cases;
}

FormulaBlock writeSheet(const SheetCase& c, Variant v, int rows, const std::string& path)
{
    const Layout layout = layoutOf(c.name);
    if (layout.fixedRows > 0)
        rows = layout.fixedRows;
    Rng rng(20230331); // same data in every variant
    FodsWriter out(path);
    out.beginTable(c.name);
    for (const Row& row : layout.header)
        out.row(row);
    FormulaBlock block;
    block.firstRow = int(layout.header.size());
    block.rows = rows;
    for (int i = 0; i < rows; ++i)
    {
        Row row = layout.data(rng);
        if (i == 0)
            block.firstColumn = int(row.size());
        const int sheetRow = block.firstRow + i + 1;
        const std::vector<std::string> formulas = layout.formulas(v, sheetRow);
        block.columns = int(formulas.size());
        for (const std::string& f : formulas)
            row.push_back(Cell::formula(f));
        out.row(row);
    }
    out.endTable();
    out.finish();
    return block;
}

} // namespace parcalc::bench
