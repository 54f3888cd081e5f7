// Fuzz target: table recognition, row matching, value reading, the checks and the
// finding messages, through validateWorkbook with the default rule set. The input bytes
// are decoded (ByteReader) into 1-3 sheets: mostly the real appendix laid out like
// the test fixture (title rows, one- or two-row header, repeated page headers, numeric
// STT...) with rows erased, duplicated, swapped, relabelled and values replaced, then
// cells overwritten with words from a dictionary of real appendix texts (STT numbers,
// labels, units, header words, markers, Vietnamese numbers, error texts), raw bytes
// (invalid UTF-8) and odd numbers; sometimes with a previous period's workbook for the
// lũy kế checks. So a few mutated bytes reach every check, not just "table not found".
// Then the batch report writers run on the result.
#include "finding_invariants.hxx"
#include "fuzz_support.hxx"

#include "core/ruleset/ruleset_catalog.hxx"
#include "core/testing/appendix_fixture.hxx"
#include "core/validation/validator.hxx"

#include <cmath>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

using namespace parcalc;
using parcalc::fuzz::ByteReader;
using parcalc::testing::AppendixFixture;
using parcalc::testing::FixtureLayout;
using parcalc::testing::FixtureRow;

namespace
{

struct Context
{
    RuleSet ruleSet;
    std::unique_ptr<AppendixFixture> clean;
    std::vector<std::string> words;  // every dictionary text
    std::vector<std::string> stts;   // STT texts
    std::vector<std::string> labels; // labels and aliases of the rule set
    std::vector<std::string> units;
};

const Context& context()
{
    static const Context* ctx = []()
    {
        auto* c = new Context;
        RuleSetLoad load = resolveRuleSet("");
        FUZZ_CHECK(load.ok());
        c->ruleSet = std::move(*load.ruleSet);
        c->clean = std::make_unique<AppendixFixture>(c->ruleSet);
        c->words = {// header
                    "STT", "TT", "Số TT", "Chỉ tiêu thống kê", "Chỉ tiêu", "Nội dung",
                    "Đơn vị tính", "ĐVT", "Số liệu", "Kết quả", "Kết quả thống kê", "Ghi chú",
                    "(1)", "(2)", "(3)", "(4)", "(5)", "CHỈ TIÊU THỐNG KÊ", "ĐƠN VỊ TÍNH",
                    // markers and answers
                    "-", "–", "—", "--", "KPS", "Không phát sinh", "N/A", "NA", "Không áp dụng",
                    "Chưa thực hiện", "Chưa có", "x", "X", "Có", "Không", "ko", "yes", "no", "true",
                    "false", "Chưa có đánh giá kết quả", "không phát sinh.",
                    // numbers as typed
                    "136.284", "2,30", "25%", "25 %", "03", "007", "1.234", "1,234", "1.234,5",
                    "1,234.5", "12 345", "0.023", "-2", "+5", "−3", "100%", "101%", "0", "1", "56",
                    "14", "13", "1e5", "0,5", "50%", "1.000.000", "99,99", "-0", "0,0", "1.5.2",
                    // titles
                    "Phụ lục", "UBND huyện Ngân Sơn", "UBND HUYỆN NGÂN SƠN", "quý I năm 2023",
                    "Quý II/2023", "6 tháng đầu năm 2023", "năm 2022", "BIỂU THỐNG KÊ SỐ LIỆU",
                    "(Kèm theo Báo cáo số 12/BC-UBND ngày 15/3/2023 của UBND huyện Thử Nghiệm)",
                    // formula errors
                    "#VALUE!", "#DIV/0!", "#N/A", "#REF!", "#NAME?", "Err:502", "Err:504",
                    // odd texts
                    "", " ", "\xC2\xA0", "\n", "\t", "\xE2\x80\x8B", "\xEF\xBB\xBF", "\xFF", "\xC3",
                    "a\xCC\x81", "Ð", "đ", "Trong đó", "Trong đó:", "{row}", "%", ".",
                    std::string(300, 'x'), std::string(2000, '9')};
        c->stts = {"I", "II",   "III", "IV",   "V",    "VI",       "VII",       "a",
                   "b", "c",    "a)",  "1.",   "1.1.", "Trong đó", "Trong đó:", "*",
                   "+", "1 .1", "1,1", "01.1", "10",   "1.1.1.1.1"};
        for (const RowDef& row : c->ruleSet.rows)
        {
            c->stts.push_back(row.stt);
            c->labels.push_back(row.label);
            for (const std::string& alias : row.aliases)
                c->labels.push_back(alias);
            c->units.push_back(row.unit);
        }
        for (const Check& check : c->ruleSet.checks)
            if (const OneOfCheck* oneOf = check.as<OneOfCheck>())
                for (const std::string& v : oneOf->values)
                    c->words.push_back(v);
        return c;
    }();
    return *ctx;
}

const std::string& pick(ByteReader& r, const std::vector<std::string>& list)
{
    return list[r.below(list.size())];
}

// A text as people type it: a dictionary entry, a label cut or with a word added, raw bytes.
std::string randomText(ByteReader& r)
{
    const Context& c = context();
    switch (r.below(8))
    {
    case 0:
    case 1:
        return pick(r, c.words);
    case 2:
        return pick(r, c.stts);
    case 3:
        return pick(r, c.labels);
    case 4:
        return pick(r, c.units);
    case 5: // a label cut anywhere (also inside a UTF-8 sequence)
    {
        std::string s = pick(r, c.labels);
        s.resize(r.below(s.size() + 1));
        return s;
    }
    case 6: // words joined
    {
        std::string s;
        const char* seps[] = {" ", "\n", "  ", "\xC2\xA0", ""};
        for (std::size_t i = 0, n = 1 + r.below(4); i < n; ++i)
            s += (i ? seps[r.below(5)] : "") + pick(r, i % 2 ? c.words : c.labels);
        return s;
    }
    default:
        return r.bytes(24);
    }
}

double randomNumber(ByteReader& r)
{
    static const double numbers[] = {0,      1,       -1,  0.5,  0.25,      1.2,      13,   56,
                                     100,    101,     1e6, 1e15, 1e300,     -0.0,     2.5,  0.001,
                                     99.999, 1.0 / 3, 14,  1234, 0.9999999, 4.6e-310, 1e-7, 1e22};
    switch (r.below(6))
    {
    case 0:
        return r.rawDouble(); // NaN, infinities, denormals...
    case 1:
        return r.u16();
    case 2:
        return double(r.u8()) / 4;
    default:
        return numbers[r.below(sizeof numbers / sizeof *numbers)];
    }
}

Cell randomCell(ByteReader& r)
{
    switch (r.below(8))
    {
    case 0:
        return Cell::empty();
    case 1:
    case 2:
    case 3:
        return Cell::makeNumber(randomNumber(r), r.flag());
    case 4:
        return Cell::makeError(r.flag() ? "#DIV/0!" : r.flag() ? "Err:502" : "");
    default:
        return Cell::makeText(randomText(r));
    }
}

// Row-level mistakes on the clean appendix, before it is laid out.
// Returns how many changes it made.
std::size_t mutateRows(ByteReader& r, std::vector<FixtureRow>& rows)
{
    const std::size_t count = r.below(12);
    for (std::size_t n = count; n > 0 && !rows.empty(); --n)
    {
        const std::size_t i = r.below(rows.size());
        const std::size_t j = r.below(rows.size());
        switch (r.below(10))
        {
        case 0:
        case 1:
            rows[i].value = randomCell(r);
            break;
        case 2:
            rows.erase(rows.begin() + long(i));
            break;
        case 3:
            rows.insert(rows.begin() + long(j), rows[i]);
            break;
        case 4:
            std::swap(rows[i], rows[j]);
            break;
        case 5:
            rows[i].stt = r.flag() ? pick(r, context().stts) : randomText(r);
            break;
        case 6:
            rows[i].label = randomText(r);
            break;
        case 7:
            rows[i].unit = randomText(r);
            break;
        case 8:
            rows[i].note = randomText(r);
            break;
        default:
            rows.insert(rows.begin() + long(i),
                        FixtureRow{"", pick(r, context().stts), randomText(r), randomText(r),
                                   randomCell(r), ""});
            break;
        }
    }
    return count;
}

// `changed`: rows were changed (the layout alone changes nothing a reader would notice).
CellGrid fixtureGrid(ByteReader& r, const std::string& sheetName, bool* changed = nullptr)
{
    AppendixFixture fixture(*context().clean);
    const std::size_t changes = mutateRows(r, fixture.rows());
    if (changed)
        *changed = changes > 0;
    FixtureLayout layout;
    layout.titleRows = r.below(4);
    layout.blankRows = r.below(3);
    layout.firstCol = r.below(3);
    layout.originRow = r.below(3);
    layout.originCol = r.below(2);
    layout.twoRowHeader = !r.flag();
    layout.columnNumbers = r.flag();
    static const std::size_t repeats[] = {0, 0, 0, 10, 25, 40};
    layout.repeatHeaderEvery = repeats[r.below(6)];
    layout.numericStt = r.flag();
    static const char* headers[] = {"Chỉ tiêu thống kê", "Chỉ tiêu",          "Nội dung",
                                    "CHỈ TIÊU THỐNG KÊ", "Chi tieu thong ke", "Tên chỉ tiêu"};
    layout.labelHeader = headers[r.below(6)];
    layout.sheetName = sheetName;
    try
    {
        return fixture.build(layout);
    }
    catch (const std::out_of_range&)
    {
        // The fixture (test code) types numeric STT with std::stod, which throws on an
        // STT of 400 nines: lay that sheet out with text STT instead.
        layout.numericStt = false;
        return fixture.build(layout);
    }
}

// Grid-level damage: cells overwritten, rows deleted or inserted, texts cut.
// Returns how many changes it made.
std::size_t mutateGrid(ByteReader& r, CellGrid& grid)
{
    const std::size_t count = r.below(24);
    for (std::size_t n = count; n > 0; --n)
    {
        const std::size_t row = r.below(grid.rows() + 3);
        const std::size_t col = r.below(grid.cols() + 2);
        switch (r.below(8))
        {
        case 0:
        case 1:
        case 2:
            grid.set(row, col, randomCell(r));
            break;
        case 3: // delete a row (shift the ones below up)
        case 4: // insert an empty row
        {
            const bool erase = r.below(2) == 0;
            CellGrid out(grid.rows() + (erase ? 0 : 1), grid.cols());
            out.setSheetName(grid.sheetName());
            out.setOrigin(grid.originRow(), grid.originCol());
            for (std::size_t y = 0, to = 0; y < grid.rows(); ++y)
            {
                if (y == row && erase)
                    continue;
                if (y == row)
                    ++to;
                for (std::size_t x = 0; x < grid.cols(); ++x)
                    if (!grid.at(y, x).isEmpty())
                        out.set(to, x, grid.at(y, x));
                ++to;
            }
            grid = std::move(out);
            break;
        }
        case 5: // cut a text at any byte
        {
            Cell cell = grid.at(row, col);
            if (cell.type == CellType::Text)
            {
                cell.text.resize(r.below(cell.text.size() + 1));
                grid.set(row, col, cell);
            }
            break;
        }
        case 6: // copy a cell elsewhere
            grid.set(r.below(grid.rows() + 1), r.below(grid.cols() + 1), grid.at(row, col));
            break;
        default:
            grid.set(row, col, Cell::empty());
            break;
        }
    }
    return count;
}

// Whether every text is valid UTF-8 without '{' (see checkValidation).
bool cleanTexts(const std::vector<CellGrid>& sheets)
{
    for (const CellGrid& grid : sheets)
    {
        if (!fuzz::validUtf8(grid.sheetName()) || grid.sheetName().find('{') != std::string::npos)
            return false;
        for (std::size_t y = 0; y < grid.rows(); ++y)
            for (std::size_t x = 0; x < grid.cols(); ++x)
            {
                const Cell& cell = grid.at(y, x);
                if (!cell.text.empty() &&
                    (!fuzz::validUtf8(cell.text) || cell.text.find('{') != std::string::npos))
                    return false;
            }
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Context& c = context();
    ByteReader r(data, size);
    const std::uint8_t head = r.u8();
    const std::size_t sheetCount = 1 + (head & 3) % 3;
    const bool withPrevious = (head & 0xC4) == 0x04; // a quarter: doubles the cost
    const bool firstIsFixture = (head & 8) == 0;

    std::vector<CellGrid> sheets;
    bool firstClean = false; // sheet 0 is the clean appendix, only laid out differently
    for (std::size_t s = 0; s < sheetCount; ++s)
    {
        const std::string name = s == 0 ? "Phụ lục" : r.flag() ? randomText(r) : "Sheet2";
        bool changed = true;
        if ((s == 0 && firstIsFixture) || (s > 0 && r.below(4) == 0))
            sheets.push_back(fixtureGrid(r, name, &changed));
        else
        {
            CellGrid grid(r.below(40), r.below(8));
            grid.setSheetName(name);
            sheets.push_back(std::move(grid));
        }
        const std::size_t gridChanges = mutateGrid(r, sheets.back());
        if (s == 0)
            firstClean = firstIsFixture && !changed && gridChanges == 0;
    }
    std::vector<CellGrid> previous;
    if (withPrevious)
    {
        previous.push_back(fixtureGrid(r, "Phụ lục"));
        mutateGrid(r, previous.back());
    }
    const ValidationResult result =
        validateWorkbook(sheets, c.ruleSet, withPrevious ? &previous : nullptr);
    fuzz::checkValidation(result, c.ruleSet,
                          [&]() { return cleanTexts(sheets) && cleanTexts(previous); });
    if (firstClean && !withPrevious)
    {
        // Every layout of a clean appendix is read without error, on its own sheet.
        if (!result.valid() || result.rowsFound != result.rowsExpected)
        {
            for (const Finding& f : result.findings)
                std::fprintf(stderr, "clean appendix: %s\n", f.messageEn.c_str());
        }
        FUZZ_CHECK(result.tableFound && result.sheet == "Phụ lục");
        FUZZ_CHECK(result.rowsFound == result.rowsExpected);
        FUZZ_CHECK(result.valid());
    }
    if (result.tableFound)
    {
        // The sheet validated is one of the workbook's, and its range is an A1 range.
        const std::size_t colon = result.range.find(':');
        FUZZ_CHECK(colon != std::string::npos && fuzz::isA1(result.range.substr(0, colon)) &&
                   fuzz::isA1(result.range.substr(colon + 1)));
    }
    if ((head & 0x30) == 0) // a quarter of the inputs: the writers cost as much as the checks
        fuzz::checkReports(result, c.ruleSet);
    return 0;
}
