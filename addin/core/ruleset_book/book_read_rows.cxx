// book_read_rows: the Biểu thống kê sheet into the "rows" and "checks" of rule-set JSON.
// A line with a row id is a row; a line without id and label adds a check to the row
// above; a "*" line checks every row of the kinds it names; the Lũy kế column gathers
// the cumulative rows, one check per severity.
#include "core/ruleset_book/book_cells.hxx"
#include "core/ruleset_book/book_messages.hxx"
#include "core/ruleset_book/book_terms.hxx"
#include "core/ruleset_book/check_text.hxx"
#include "core/ruleset_book/internal/book_build.hxx"
#include "core/text/text_fold.hxx"

#include <map>

namespace parcalc::book::detail
{

using nlohmann::json;

namespace
{

class RowsReader
{
public:
    RowsReader(const SheetTable& sheet, BookBuild& build) : m_sheet(sheet), m_build(build)
    {
        m_build.root["rows"] = json::array();
        m_build.root["checks"] = json::array();
    }

    void line(std::size_t r)
    {
        const std::string id = m_sheet.text(r, kRowId);
        if (id == kAllRowsMark)
            return allRows(r);
        if (id.empty() && m_sheet.text(r, kRowLabel).empty())
        {
            if (m_lastRow.empty())
                return m_build.problem(m_sheet, r, kRowCheck, bookText("rows.extra-check-first"));
            return check(r, m_lastRow);
        }
        row(r, id);
        if (!m_sheet.text(r, kRowCheck).empty())
            check(r, id);
        cumulative(r, id);
    }

    void finish()
    {
        for (auto& [severity, rows] : m_cumulative)
        {
            const std::string path = nextCheckPath();
            json item{{"kind", "cumulative"}, {"rows", json::array()}};
            if (severity != "error")
                item["severity"] = severity;
            for (std::size_t i = 0; i < rows.size(); ++i)
            {
                item["rows"].push_back(rows[i].first);
                m_build.place(path + ".rows[" + std::to_string(i) + "]", m_sheet, rows[i].second,
                              kRowCumulative);
            }
            m_build.place(path, m_sheet, rows.front().second, kRowCumulative);
            m_build.root["checks"].push_back(item);
        }
    }

private:
    std::string nextCheckPath() const
    {
        return "$.checks[" + std::to_string(m_build.root["checks"].size()) + "]";
    }

    void row(std::size_t r, const std::string& id)
    {
        json& rows = m_build.root["rows"];
        const std::string path = "$.rows[" + std::to_string(rows.size()) + "]";
        m_build.place(path, m_sheet, r, kRowId);
        m_build.place(path + ".stt", m_sheet, r, kRowStt);
        m_build.place(path + ".label", m_sheet, r, kRowLabel);
        m_build.place(path + ".unit", m_sheet, r, kRowUnit);
        m_build.place(path + ".kind", m_sheet, r, kRowKind);
        m_build.place(path + ".aliases", m_sheet, r, kRowAliases);
        json item{{"id", id}, {"label", m_sheet.text(r, kRowLabel)}};
        if (const std::string stt = m_sheet.text(r, kRowStt); !stt.empty())
            item["stt"] = stt;
        if (const std::string unit = m_sheet.text(r, kRowUnit); !unit.empty())
            item["unit"] = unit;
        if (auto aliases = splitList(m_sheet.text(r, kRowAliases)); !aliases.empty())
            item["aliases"] = aliases;
        const std::string kind = m_sheet.text(r, kRowKind);
        if (auto name = rowKindTerms().find(kind))
            item["kind"] = *name;
        else if (kind.empty())
            m_build.problem(
                m_sheet, r, kRowKind,
                bookText("rows.kind-missing", {{"choices", rowKindTerms().wordsJoined()}}));
        else
            m_build.unknownTerm(m_sheet, r, kRowKind, rowKindTerms(), kind);
        rows.push_back(item);
        m_lastRow = id;
    }

    // The check of line r (written for row `rowId`), with its severity; nullopt on a problem.
    std::optional<json> parsed(std::size_t r, const std::string& rowId)
    {
        CheckTextRead read = readCheckText(m_sheet.text(r, kRowCheck), rowId);
        if (!read.check)
        {
            m_build.problem(m_sheet, r, kRowCheck, read.vi, read.en);
            return std::nullopt;
        }
        const std::string severity = m_sheet.text(r, kRowSeverity);
        if (auto name = severityTerms().find(severity))
        {
            if (*name != "error")
                (*read.check)["severity"] = *name;
        }
        else if (!severity.empty())
        {
            m_build.unknownTerm(m_sheet, r, kRowSeverity, severityTerms(), severity);
            return std::nullopt;
        }
        return read.check;
    }

    void add(std::size_t r, json item)
    {
        const std::string path = nextCheckPath();
        m_build.place(path, m_sheet, r, kRowCheck);
        m_build.place(path + ".severity", m_sheet, r, kRowSeverity);
        m_build.place(path + ".row_kinds", m_sheet, r, kRowKind);
        m_build.root["checks"].push_back(std::move(item));
    }

    void check(std::size_t r, const std::string& rowId)
    {
        if (auto item = parsed(r, rowId))
            add(r, std::move(*item));
    }

    void allRows(std::size_t r)
    {
        auto item = parsed(r, std::string(kAllRowsMark));
        if (!item)
            return;
        const std::string kind = (*item)["kind"];
        if (kind != "range" && kind != "integer" && kind != "non-negative" && kind != "cumulative")
            return m_build.problem(m_sheet, r, kRowCheck, bookText("rows.star-checks"));
        item->erase("row");
        json kinds = json::array();
        for (const std::string& typed : splitWords(m_sheet.text(r, kRowKind)))
        {
            if (auto name = rowKindTerms().find(typed))
                kinds.push_back(*name);
            else
                return m_build.unknownTerm(m_sheet, r, kRowKind, rowKindTerms(), typed);
        }
        if (kinds.empty())
            return m_build.problem(m_sheet, r, kRowKind, bookText("rows.star-needs-kinds"));
        (*item)["row_kinds"] = kinds;
        add(r, std::move(*item));
    }

    void cumulative(std::size_t r, const std::string& id)
    {
        const std::string typed = m_sheet.text(r, kRowCumulative);
        if (typed.empty())
            return;
        const std::string folded = foldText(typed);
        std::optional<std::string_view> severity = severityTerms().find(typed);
        if (folded == "co" || folded == "x")
            severity = "error";
        if (!severity)
            return m_build.unknownTerm(m_sheet, r, kRowCumulative, severityTerms(), typed);
        m_cumulative[std::string(*severity)].emplace_back(id, r);
    }

    const SheetTable& m_sheet;
    BookBuild& m_build;
    std::string m_lastRow;
    std::map<std::string, std::vector<std::pair<std::string, std::size_t>>> m_cumulative;
};

} // namespace

void readRowsSheet(const SheetTable& sheet, BookBuild& build)
{
    RowsReader reader(sheet, build);
    for (std::size_t r = sheet.firstRow(); r < sheet.endRow(); ++r)
        if (!sheet.blankLine(r))
            reader.line(r);
    reader.finish();
}

} // namespace parcalc::book::detail
