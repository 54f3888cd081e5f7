// Fuzz target: the rule-set workbook reader's cell parsing (core/ruleset_book).
//
// Two input modes:
// - input not starting with 0x01: the bytes as the text of a check cell (on a row id),
//   of a rule's parameters (for a rule kind) and of an input cell;
// - 0x01 + bytes: a bundled rule set written as a workbook (book_writer), then cells
//   overwritten with workbook words (kinds, severities, rule kinds, check forms, row ids),
//   raw bytes or numbers, lines removed or duplicated, and the workbook read back.
// Invariants: nothing throws; a cell reader gives JSON xor both messages; the workbook
// reader gives a rule set xor problems, each naming a sheet, with vi and en text in valid
// UTF-8 when the input was; an accepted workbook, written again and read again, is the
// same model.
#include "fuzz_support.hxx"

#include "core/ruleset/ruleset_catalog.hxx"
#include "core/ruleset/ruleset_loader.hxx"
#include "core/ruleset_book/book_reader.hxx"
#include "core/ruleset_book/book_test_support.hxx"
#include "core/ruleset_book/book_writer.hxx"
#include "core/ruleset_book/check_text.hxx"
#include "core/ruleset_book/rule_text.hxx"

#include <string>
#include <vector>

using namespace parcalc;
using namespace parcalc::book;
using parcalc::fuzz::ByteReader;

namespace
{

const std::vector<std::vector<BookSheet>>& bundledBooks()
{
    static const auto* books = [] {
        auto* list = new std::vector<std::vector<BookSheet>>;
        for (const BundledRuleSet& b : bundledRuleSets())
            list->push_back(writeRuleSetBook(*parseRuleSet(b.json, b.fileName).ruleSet));
        return list;
    }();
    return *books;
}

const std::vector<std::string>& words()
{
    static const std::vector<std::string> list{
        "số lượng", "nhóm", "tỷ lệ", "lỗi", "cảnh báo", "có", "theo mức", "tỷ lệ thuận",
        "ngưỡng", "trừ điểm", "đạt tỷ lệ", "chấm tay", "đủ điểm", "*", "", "1", "1.1", "1.2",
        "1.2.1", "1.2.2", "so_xa", "= 1.2.2 / 1.2.1", "<= 1.2.1", "1.4.2 + 1.4.3 <= 1.4.1",
        "= 1.1 + 1.2 (đủ các phần)", "0..100", "..", "một trong: Có; Không",
        "bắt buộc nếu 1.1 > 0", "bắt buộc nếu 1.1 có số liệu", "số nguyên", "không âm", "lũy kế",
        "0.95: 2; 0.8: 1", "mục tiêu = 1", "ít nhất = 0.3; mỗi điểm % = 0.2", "tổng: 1.1",
        "1.1 + 0.5*1.2", "đúng hạn: đúng hạn = 1.1; đã giải quyết = 1.2", "Xếp loại", "Cấp",
        "Mã bộ quy tắc", "Mã dòng", "Mã tiêu chí", "xã", "2023; 2024", "=", "+", "/", ";", ":"};
    return list;
}

void checkProblemText(const std::string& vi, const std::string& en, bool utf8Input)
{
    FUZZ_CHECK(!vi.empty() && !en.empty());
    if (utf8Input)
        FUZZ_CHECK(fuzz::validUtf8(vi) && fuzz::validUtf8(en));
}

void cells(ByteReader& r)
{
    const std::string text(r.rest());
    const bool utf8 = fuzz::validUtf8(text);
    CheckTextRead check = readCheckText(text, "1.2");
    if (!check.check)
        checkProblemText(check.vi, check.en, utf8);
    else
        FUZZ_CHECK(check.check->contains("kind"));
    for (std::string_view kind : {"bands", "proportional", "threshold", "rate-target"})
    {
        TextRead rule = readRuleParams(kind, text);
        if (!rule.value)
            checkProblemText(rule.vi, rule.en, utf8);
        else
            FUZZ_CHECK((*rule.value)["kind"] == kind);
    }
    TextRead input = readInputText(text);
    if (!input.value)
        checkProblemText(input.vi, input.en, utf8);
}

void workbook(ByteReader& r)
{
    std::vector<BookSheet> book = bundledBooks()[r.below(bundledBooks().size())];
    std::vector<CellGrid> grids;
    for (const BookSheet& s : book)
        grids.push_back(s.grid);
    bool utf8 = true;
    for (std::size_t n = 1 + r.below(8); n > 0 && !r.empty(); --n)
    {
        CellGrid& g = grids[r.below(grids.size())];
        const std::size_t row = r.below(g.rows() + 2), col = r.below(g.cols() + 1);
        switch (r.below(5))
        {
        case 0:
        {
            std::string raw = r.bytes(24);
            utf8 = utf8 && fuzz::validUtf8(raw);
            g.set(row, col, Cell::makeText(raw));
            break;
        }
        case 1:
            g.set(row, col, Cell::makeNumber(r.flag() ? r.rawDouble() : double(r.u8())));
            break;
        case 2: // a line removed: the ones below move up
            for (std::size_t y = row; y + 1 < g.rows(); ++y)
                for (std::size_t x = 0; x < g.cols(); ++x)
                    g.set(y, x, g.at(y + 1, x));
            break;
        default:
            g.set(row, col, Cell::makeText(words()[r.below(words().size())]));
            break;
        }
    }
    const BookLoad load = readRuleSetBook(grids, "fuzz.ods"); // must not throw
    FUZZ_CHECK(load.ok() == load.problems.empty());
    for (const BookProblem& p : load.problems)
    {
        FUZZ_CHECK(!p.sheet.empty());
        checkProblemText(p.vi, p.en, utf8);
    }
    if (!load.ok() || r.below(4) != 0) // the round trip on a quarter of the accepted books
        return;
    std::vector<CellGrid> again;
    for (const BookSheet& s : writeRuleSetBook(*load.ruleSet))
        again.push_back(s.grid);
    const BookLoad reread = readRuleSetBook(again, "again.ods");
    FUZZ_CHECK(reread.ok());
    FUZZ_CHECK(testing::modelLines(*reread.ruleSet) == testing::modelLines(*load.ruleSet));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    ByteReader r(data, size);
    if (size > 0 && data[0] == 0x01)
    {
        r.u8();
        workbook(r);
    }
    else
        cells(r);
    return 0;
}
