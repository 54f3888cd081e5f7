// book_read_info: the Thông tin sheet (id, version, province, level, years, title,
// description, grade bands, manual inputs, the scoring note) into rule-set JSON.
#include "core/ruleset_book/book_cells.hxx"
#include "core/ruleset_book/book_messages.hxx"
#include "core/ruleset_book/book_terms.hxx"
#include "core/ruleset_book/internal/book_build.hxx"
#include "core/text/text_fold.hxx"

#include <cmath>

namespace parcalc::book::detail
{

using nlohmann::json;

namespace
{

constexpr std::string_view kItems[] = {
    kItemId,    kItemVersion,     kItemProvince,    kItemLevel, kItemYears,
    kItemTitle, kItemDescription, kItemScoringNote, kItemGrade, kItemManualInput};

std::string itemList()
{
    std::string out;
    for (std::string_view item : kItems)
        out += (out.empty() ? "" : ", ") + std::string(item);
    return out;
}

class InfoReader
{
public:
    InfoReader(const SheetTable& sheet, BookBuild& build) : m_sheet(sheet), m_build(build) {}

    void line(std::size_t r)
    {
        const std::string item = foldText(m_sheet.text(r, kInfoItem));
        json& root = m_build.root;
        const auto value = [&] { return m_sheet.text(r, kInfoValue); };
        if (item == foldText(kItemId))
            scalar(r, "$.id", "id", value());
        else if (item == foldText(kItemVersion))
            scalar(r, "$.version", "version", value());
        else if (item == foldText(kItemProvince))
            scalar(r, "$.province", "province", value());
        else if (item == foldText(kItemLevel))
            level(r);
        else if (item == foldText(kItemYears))
            years(r);
        else if (item == foldText(kItemTitle))
            root["title"] = texts(r, "$.title");
        else if (item == foldText(kItemDescription))
            root["description"] = texts(r, "$.description");
        else if (item == foldText(kItemScoringNote))
            root["scoring"]["note"] = texts(r, "$.scoring.note");
        else if (item == foldText(kItemGrade))
            grade(r);
        else if (item == foldText(kItemManualInput))
            manualInput(r);
        else
            m_build.problem(m_sheet, r, kInfoItem,
                            bookText("info.unknown-item", {{"item", m_sheet.text(r, kInfoItem)},
                                                           {"choices", itemList()}}));
    }

private:
    void scalar(std::size_t r, const std::string& path, const char* key, const std::string& text)
    {
        m_build.place(path, m_sheet, r, kInfoValue);
        if (!text.empty())
            m_build.root[key] = text;
    }

    json texts(std::size_t r, const std::string& path)
    {
        m_build.place(path, m_sheet, r, kInfoVi);
        m_build.place(path + ".en", m_sheet, r, kInfoEn);
        return json{{"vi", m_sheet.text(r, kInfoVi)}, {"en", m_sheet.text(r, kInfoEn)}};
    }

    void level(std::size_t r)
    {
        m_build.place("$.level", m_sheet, r, kInfoValue);
        const std::string typed = m_sheet.text(r, kInfoValue);
        if (auto name = levelTerms().find(typed))
            m_build.root["level"] = *name;
        else
            m_build.unknownTerm(m_sheet, r, kInfoValue, levelTerms(), typed);
    }

    void years(std::size_t r)
    {
        m_build.place("$.years", m_sheet, r, kInfoValue);
        json list = json::array();
        for (const std::string& piece : splitWords(m_sheet.text(r, kInfoValue)))
        {
            auto year = parseNumber(piece);
            if (!year || *year != std::floor(*year) || std::fabs(*year) > 1e6)
            {
                m_build.problem(m_sheet, r, kInfoValue,
                                bookText("info.bad-year", {{"year", piece}}));
                return;
            }
            list.push_back(static_cast<int>(*year));
        }
        m_build.root["years"] = list;
    }

    void grade(std::size_t r)
    {
        json& grades = m_build.root["grades"];
        const std::string path = "$.grades[" + std::to_string(grades.size()) + "]";
        m_build.place(path, m_sheet, r, kInfoItem);
        m_build.place(path + ".min", m_sheet, r, kInfoValue);
        json band{{"label", texts(r, path + ".label")}};
        if (auto min = cellNumber(m_sheet.cell(r, kInfoValue)))
            band["min"] = *min;
        else
            m_build.problem(m_sheet, r, kInfoValue, bookText("info.bad-grade-bound"));
        grades.push_back(band);
    }

    void manualInput(std::size_t r)
    {
        json& inputs = m_build.root["scoring"]["manual_inputs"];
        const std::string path = "$.scoring.manual_inputs[" + std::to_string(inputs.size()) + "]";
        m_build.place(path, m_sheet, r, kInfoValue);
        json input{{"id", idText(m_sheet.cell(r, kInfoValue))},
                   {"label", texts(r, path + ".label")}};
        const std::string unit = m_sheet.text(r, kInfoUnit);
        m_build.place(path + ".unit", m_sheet, r, kInfoUnit);
        if (auto name = manualUnitTerms().find(unit))
            input["unit"] = *name;
        else if (!unit.empty())
            m_build.unknownTerm(m_sheet, r, kInfoUnit, manualUnitTerms(), unit);
        inputs.push_back(input);
    }

    const SheetTable& m_sheet;
    BookBuild& m_build;
};

} // namespace

void readInfoSheet(const SheetTable& sheet, BookBuild& build)
{
    // Required items missing from the sheet are reported on the sheet itself.
    for (const char* path : {"$.id", "$.version", "$.title", "$.level"})
        build.places.emplace_back(path, BookProblem{sheet.grid().sheetName(), {}, {}, {}});
    InfoReader reader(sheet, build);
    for (std::size_t r = sheet.firstRow(); r < sheet.endRow(); ++r)
        if (!sheet.text(r, kInfoItem).empty())
            reader.line(r);
}

} // namespace parcalc::book::detail
