// Test-only helpers of core/ruleset_book: sheets written as lists of text lines, and a
// model described field by field (independently of the workbook grammar) so two
// RuleSets compare as models: checks over several rows one line per row, in any order.
#pragma once

#include "core/base/cell_grid.hxx"
#include "core/ruleset/ruleset.hxx"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace parcalc::book::testing
{

// Each line's cells left to right; "" leaves a cell empty; "#3" is the number 3.
inline CellGrid sheetOf(const std::string& name, const std::vector<std::vector<std::string>>& lines)
{
    CellGrid grid;
    grid.setSheetName(name);
    for (std::size_t r = 0; r < lines.size(); ++r)
        for (std::size_t c = 0; c < lines[r].size(); ++c)
        {
            const std::string& v = lines[r][c];
            if (v.size() > 1 && v[0] == '#')
                grid.set(r, c, Cell::makeNumber(std::stod(v.substr(1))));
            else if (!v.empty())
                grid.set(r, c, Cell::makeText(v));
        }
    return grid;
}

inline std::string num(double v)
{
    char b[40];
    std::snprintf(b, sizeof b, "%.17g", v);
    return b;
}

inline std::string ids(const RuleSet& rs, const std::vector<std::size_t>& rows)
{
    std::string out;
    for (std::size_t r : rows)
        out += rs.rows.at(r).id + ",";
    return out;
}

inline std::vector<std::string> checkLines(const RuleSet& rs, const Check& c)
{
    const std::string head =
        std::to_string(c.spec.index()) + " sev" + std::to_string(int(c.severity)) + " ";
    const auto id = [&](std::size_t r) { return rs.rows.at(r).id; };
    std::vector<std::string> out;
    const auto perRow = [&](const std::vector<std::size_t>& rows, const std::string& rest)
    {
        for (std::size_t r : rows)
            out.push_back(head + id(r) + rest);
    };
    if (auto* k = c.as<RatioCheck>())
        out.push_back(head + id(c.anchor) + " " + id(k->row) + "=" + id(k->numerator) + "/" +
                      id(k->denominator));
    if (auto* k = c.as<PartLeWholeCheck>())
        out.push_back(head + id(c.anchor) + " " + ids(rs, k->parts) + "<=" + id(k->whole));
    if (auto* k = c.as<SumEqualsCheck>())
        out.push_back(head + id(c.anchor) + " " + ids(rs, k->parts) + "==" + id(k->total) +
                      (k->requireAllParts ? " all" : ""));
    if (auto* k = c.as<RangeCheck>())
        perRow(k->rows, " " + (k->min ? num(*k->min) : "-") + ".." + (k->max ? num(*k->max) : "-"));
    if (auto* k = c.as<OneOfCheck>())
    {
        std::string v;
        for (const auto& s : k->values)
            v += s + "|";
        out.push_back(head + id(c.anchor) + " " + id(k->row) + " in " + v);
    }
    if (auto* k = c.as<RequiredIfCheck>())
        out.push_back(head + id(c.anchor) + " " + id(k->row) + " if " + id(k->conditionRow) +
                      " op" + std::to_string(int(k->conditionOp)) + " " + num(k->conditionValue));
    if (auto* k = c.as<IntegerCheck>())
        perRow(k->rows, "");
    if (auto* k = c.as<NonNegativeCheck>())
        perRow(k->rows, "");
    if (auto* k = c.as<CumulativeCheck>())
        perRow(k->rows, "");
    return out;
}

inline std::string refLine(const ScoringRef& r)
{
    return r.id + (r.manual ? "(m)" : "") + "#" + std::to_string(r.index);
}

inline std::vector<std::string> modelLines(const RuleSet& rs)
{
    std::vector<std::string> out{"id " + rs.id, "version " + rs.version,
                                 "title " + rs.title.vi + " | " + rs.title.en, "level " + rs.level,
                                 "province " + rs.province};
    for (int y : rs.years)
        out.push_back("year " + std::to_string(y));
    for (const RowDef& r : rs.rows)
    {
        std::string a;
        for (const auto& s : r.aliases)
            a += s + "|";
        out.push_back("row " + r.id + " stt=" + r.stt + " label=" + r.label +
                      " kind=" + std::to_string(int(r.kind)) + " unit=" + r.unit + " aliases=" + a);
    }
    std::vector<std::string> checks;
    for (const Check& c : rs.checks)
        for (std::string& line : checkLines(rs, c))
            checks.push_back(std::move(line));
    std::sort(checks.begin(), checks.end());
    for (auto& c : checks)
        out.push_back("check " + c);
    for (const RuleSetGrade& g : rs.grades)
        out.push_back("grade " + num(g.min) + " " + g.label.vi + " | " + g.label.en);
    if (!rs.scoring)
        return out;
    const ScoringRules& s = *rs.scoring;
    out.push_back("note " + s.note.vi + " | " + s.note.en + " total " + num(s.totalMax));
    for (const ManualInput& m : s.manualInputs)
        out.push_back("manual " + m.id + " " + m.label.vi + " | " + m.label.en +
                      (m.rate ? " rate" : " count"));
    for (const ScoringNode& n : s.nodes)
    {
        std::string line = "node " + n.id + " " + n.label.vi + " | " + n.label.en + " max " +
                           num(n.max) + " level " + std::to_string(int(n.level)) + " parent " +
                           (n.parent ? s.nodes.at(*n.parent).id : "-") + " comment " + n.comment;
        if (n.leaf())
        {
            const ScoringRule& r = n.rule;
            line += " rule " + std::to_string(int(r.kind)) + " target " + num(r.target) + " cap " +
                    (r.cap ? num(*r.cap) : "-") + " slope " + num(r.slope) + " bound " +
                    num(r.bound) + (r.atMost ? " atmost" : "") + " per " + num(r.perCase) +
                    " floor " + (r.floor ? num(*r.floor) : "-") + " pp " +
                    (r.perPoint ? num(*r.perPoint) : "-") + " bands";
            for (const ScoringBand& b : r.bands)
                line += " " + num(b.min) + ":" + num(b.points);
            const ScoringInput& in = n.input;
            line += " input " + std::to_string(int(in.kind)) + " conv " +
                    std::to_string(int(in.convention)) + " name " + in.name.vi + " | " +
                    in.name.en + " refs";
            for (const ScoringRef& ref : in.refs)
                line += " " + refLine(ref);
            for (double w : in.weights)
                line += " w" + num(w);
            for (const auto* opt : {&in.early, &in.base, &in.lateInProgress})
                line += " opt " + (*opt ? refLine(**opt) : "-");
            line += " na " + std::to_string(int(n.notApplicable));
        }
        out.push_back(line);
    }
    return out;
}

} // namespace parcalc::book::testing
