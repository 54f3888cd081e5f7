// appendix_fixture: clean values by fixed-point over the sum and part <= whole checks.
#include "core/testing/appendix_fixture.hxx"

#include <algorithm>
#include <cctype>
#include <stdexcept>
#include <string>

namespace parcalc::testing
{

AppendixFixture::AppendixFixture(const RuleSet& ruleSet) : m_ruleSet(ruleSet)
{
    std::vector<double> v(ruleSet.rows.size(), 10.0);
    for (int pass = 0; pass < 50; ++pass)
    {
        bool changed = false;
        const auto sumOf = [&](const std::vector<std::size_t>& parts)
        {
            double sum = 0;
            for (std::size_t p : parts)
                sum += v[p];
            return sum;
        };
        for (const Check& c : ruleSet.checks)
        {
            if (const SumEqualsCheck* s = c.as<SumEqualsCheck>();
                s && v[s->total] != sumOf(s->parts))
            {
                v[s->total] = sumOf(s->parts);
                changed = true;
            }
            const PartLeWholeCheck* p = c.as<PartLeWholeCheck>();
            if (p && sumOf(p->parts) > v[p->whole])
            {
                // raise the whole, or the first part of the sum that makes it
                std::size_t target = p->whole;
                for (const Check& other : ruleSet.checks)
                    if (const SumEqualsCheck* s = other.as<SumEqualsCheck>();
                        s && s->total == p->whole)
                        target = s->parts.front();
                v[target] += sumOf(p->parts) - v[p->whole];
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    for (std::size_t r = 0; r < ruleSet.rows.size(); ++r)
    {
        const RowDef& def = ruleSet.rows[r];
        FixtureRow row{def.id, def.stt, def.label, def.unit, Cell::empty(), ""};
        switch (def.kind)
        {
        case RowKind::Group:
        case RowKind::Text:
            break;
        case RowKind::Count:
        case RowKind::Money:
            row.value = Cell::makeNumber(v[r]);
            break;
        case RowKind::Percent:
        case RowKind::Ratio:
            row.value = Cell::makeNumber(0.5, true);
            break;
        case RowKind::YesNo:
            row.value = Cell::makeText("Có");
            break;
        case RowKind::Choice:
            for (const Check& c : ruleSet.checks)
                if (const OneOfCheck* o = c.as<OneOfCheck>(); o && o->row == r)
                    row.value = Cell::makeText(o->values.front());
            break;
        }
        m_rows.push_back(std::move(row));
    }
    recomputeRatios();
}

FixtureRow& AppendixFixture::row(const std::string& id)
{
    for (FixtureRow& row : m_rows)
        if (row.id == id)
            return row;
    throw std::out_of_range("no fixture row " + id); // tests only
}

void AppendixFixture::erase(const std::string& id)
{
    m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(),
                                [&](const FixtureRow& r) { return r.id == id; }),
                 m_rows.end());
}

void AppendixFixture::insertAfter(const std::string& id, FixtureRow extra)
{
    auto it =
        std::find_if(m_rows.begin(), m_rows.end(), [&](const FixtureRow& r) { return r.id == id; });
    m_rows.insert(it == m_rows.end() ? it : it + 1, std::move(extra));
}

void AppendixFixture::recomputeRatios()
{
    for (const Check& check : m_ruleSet.checks)
    {
        const RatioCheck* c = check.as<RatioCheck>();
        if (!c)
            continue;
        const Cell& num = row(m_ruleSet.rows[c->numerator].id).value;
        const Cell& den = row(m_ruleSet.rows[c->denominator].id).value;
        if (num.type == CellType::Number && den.type == CellType::Number && den.number != 0)
            set(m_ruleSet.rows[c->row].id, Cell::makeNumber(num.number / den.number, true));
    }
}

CellGrid AppendixFixture::build(const FixtureLayout& layout) const
{
    CellGrid grid;
    grid.setSheetName(layout.sheetName);
    grid.setOrigin(layout.originRow, layout.originCol);
    const std::size_t c0 = layout.firstCol;
    std::size_t r = 0;
    const char* titles[] = {"Phụ lục", "Kết quả thực hiện công tác CCHC quý I năm 2023",
                            // parentheses: one title on two lines (clang -Wstring-concatenation)
                            ("(Kèm theo Báo cáo số 12/BC-UBND ngày 15/3/2023 của UBND huyện Thử "
                             "Nghiệm)")};
    for (std::size_t i = 0; i < layout.titleRows; ++i)
        grid.set(r++, c0, Cell::makeText(titles[std::min<std::size_t>(i, 2)]));
    r += layout.blankRows;
    const auto header = [&]()
    {
        grid.set(r, c0, Cell::makeText("STT"));
        grid.set(r, c0 + 1, Cell::makeText(layout.labelHeader));
        grid.set(r, c0 + 4, Cell::makeText("Ghi chú"));
        if (layout.twoRowHeader)
        {
            grid.set(r, c0 + 2, Cell::makeText("Kết quả thống kê"));
            ++r;
        }
        grid.set(r, c0 + 2, Cell::makeText("Đơn vị tính"));
        grid.set(r, c0 + 3, Cell::makeText("Số liệu"));
        ++r;
    };
    header();
    if (layout.columnNumbers)
    {
        for (std::size_t i = 0; i < 5; ++i)
            grid.set(r, c0 + i, Cell::makeText("(" + std::to_string(i + 1) + ")"));
        ++r;
    }
    std::size_t count = 0;
    for (const FixtureRow& row : m_rows)
    {
        if (layout.repeatHeaderEvery && count > 0 && count % layout.repeatHeaderEvery == 0)
            header();
        ++count;
        const bool numeric = layout.numericStt && !row.stt.empty() &&
                             std::count(row.stt.begin(), row.stt.end(), '.') <= 1 &&
                             std::isdigit(static_cast<unsigned char>(row.stt[0]));
        if (numeric)
            grid.set(r, c0, Cell::makeNumber(std::stod(row.stt)));
        else if (!row.stt.empty())
            grid.set(r, c0, Cell::makeText(row.stt));
        if (!row.label.empty())
            grid.set(r, c0 + 1, Cell::makeText(row.label));
        if (!row.unit.empty())
            grid.set(r, c0 + 2, Cell::makeText(row.unit));
        if (!row.value.isEmpty())
            grid.set(r, c0 + 3, row.value);
        if (!row.note.empty())
            grid.set(r, c0 + 4, Cell::makeText(row.note));
        ++r;
    }
    grid.set(r, c0 + 4, Cell::empty()); // full width even if the last note is empty
    return grid;
}

} // namespace parcalc::testing
