// Consolidation of four district appendices built from the seed-001 table (Ngân Sơn, quý
// I/2023) with some figures changed; every expected total is worked out by hand below.
#include "core/consolidation/consolidation.hxx"
#include "core/consolidation/consolidation_json.hxx"
#include "core/consolidation/consolidation_sheets.hxx"
#include "core/ruleset/ruleset_loader.hxx"
#include "core/testing/grid_tsv.hxx"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

namespace parcalc
{
namespace
{

const std::string kSource = PARCALC_SOURCE_DIR;

std::string seedText()
{
    std::ifstream in(kSource + "/tests/data/ngan-son-q1-2023.tsv");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

// The seed table of `unit` for `period`, the value cell (column D) of the rows named by
// their STT (or label, for unnumbered rows) replaced; "" leaves the cell blank.
CellGrid district(const std::string& unit, const std::string& period,
                  const std::map<std::string, std::string>& values)
{
    std::istringstream in(seedText());
    std::string out, line;
    while (std::getline(in, line))
    {
        if (line == "BIỂU THỐNG KÊ SỐ LIỆU VỀ KẾT QUẢ THỰC HIỆN CÔNG TÁC")
            line += " CCHC " + period;
        for (const std::string from : {"UBND huyện Ngân Sơn"})
            if (const auto at = line.find(from); at != std::string::npos)
                line.replace(at, from.size(), unit);
        std::vector<std::string> cells;
        std::istringstream fields(line);
        for (std::string cell; std::getline(fields, cell, '\t');)
            cells.push_back(cell);
        const auto it = cells.size() >= 2 ? values.find(cells[0].empty() ? cells[1] : cells[0])
                                          : values.end();
        if (it != values.end() && line[0] != '#')
        {
            cells.resize(std::max<std::size_t>(cells.size(), 4));
            cells[3] = it->second;
            line.clear();
            for (std::size_t i = 0; i < cells.size(); ++i)
                line += (i ? "\t" : "") + cells[i];
        }
        out += line + "\n";
    }
    return readTsvGrid(out);
}

class Consolidate : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        RuleSetLoad load = loadRuleSetFile(kSource + "/rulesets/default-huyen.json");
        ASSERT_TRUE(load.ok());
        s_ruleSet = new RuleSet(std::move(*load.ruleSet));
    }
    static void TearDownTestSuite() { delete s_ruleSet; }

    static UnitInput unit(const std::string& file, const std::string& name,
                          const std::map<std::string, std::string>& values,
                          const std::string& period = "quý I năm 2023", std::int64_t time = 0)
    {
        return unitFromWorkbook(file, {district(name, period, values)}, *s_ruleSet, time);
    }

    // A: the seed as submitted. B, C: other figures. D: the seed with 1.1 and 1.6 left blank.
    static std::vector<UnitInput> fourDistricts()
    {
        return {unit("a.ods", "UBND huyện Ngân Sơn", {}),
                unit("b.ods", "UBND huyện Ba Bể",
                     {{"1.1", "7"}, {"1.2", "90%"}, {"1.2.1", "10"}, {"1.2.2", "9"},
                      {"1.6", "Có"}, {"1.5.2", "Trực tuyến"}, {"5.1.1", "80%"},
                      {"6.1.1", "1000"}, {"6.1.2", "500"}, {"6.1", "50%"}}),
                unit("c.ods", "UBND huyện Pác Nặm",
                     {{"1.1", "20"}, {"1.2", "75%"}, {"1.2.1", "4"}, {"1.2.2", "3"},
                      {"1.6", "Có"}, {"1.5.2", "Phát phiếu"}, {"5.1.1", "90%"},
                      {"6.1.1", "2500.5"}, {"6.1.2", "0"}, {"6.1", "0%"}}),
                unit("d.ods", "UBND huyện Chợ Đồn",
                     {{"1.1", ""}, {"1.6", ""}, {"1.5.2", "trực tuyến"}, {"5.1.1", "95%"}})};
    }

    static const ConsolidatedRow& row(const Consolidation& c, const std::string& id)
    {
        for (const ConsolidatedRow& r : c.rows)
            if (s_ruleSet->rows[r.row].id == id)
                return r;
        throw std::runtime_error("row not totalled: " + id);
    }

    static RuleSet* s_ruleSet;
};

RuleSet* Consolidate::s_ruleSet = nullptr;

TEST_F(Consolidate, ReadsEachDistrictsTitleAndVerdict)
{
    const std::vector<UnitInput> units = fourDistricts();
    EXPECT_EQ(units[1].unit, "UBND huyện Ba Bể");
    EXPECT_EQ(units[1].period, "quý I năm 2023");
    // The seed's real errors (1.3.4 and 3.4: a ratio over a zero denominator) stay.
    EXPECT_EQ(units[0].status, UnitStatus::Invalid);
    const UnitSelection selection = selectUnits(units, {});
    EXPECT_FALSE(selection.refused);
    EXPECT_EQ(selection.included().size(), 4u); // errors are flagged, not left out
    EXPECT_EQ(selection.period, "quý I năm 2023");
}

TEST_F(Consolidate, SumsCountsAndMoneyAndNamesTheUnitThatLeftARowBlank)
{
    const Consolidation c = consolidate(selectUnits(fourDistricts(), {}), *s_ruleSet);
    const ConsolidatedRow& docs = row(c, "1.1");
    EXPECT_EQ(docs.how, RowAggregate::Sum);
    ASSERT_TRUE(docs.total);
    EXPECT_DOUBLE_EQ(*docs.total, 13 + 7 + 20); // D's blank is not a 0
    EXPECT_EQ(docs.missing, std::vector<std::size_t>{3});
    EXPECT_EQ(docs.answered, 3u);
    EXPECT_DOUBLE_EQ(*docs.median, 13);
    // Money: the seed's "136.284" stored as text is 136 284 triệu đồng (A and D).
    EXPECT_DOUBLE_EQ(*row(c, "6.1.1").total, 136284 + 1000 + 2500.5 + 136284);
    EXPECT_TRUE(row(c, "6.1.1").missing.empty());
}

TEST_F(Consolidate, RecomputesRatiosFromTheSummedPartsNotTheMeanOfTheUnits)
{
    const Consolidation c = consolidate(selectUnits(fourDistricts(), {}), *s_ruleSet);
    const ConsolidatedRow& plan = row(c, "1.2");
    EXPECT_EQ(plan.how, RowAggregate::Ratio);
    // (14 + 9 + 3 + 14) / (56 + 10 + 4 + 56) = 40 / 126.
    ASSERT_TRUE(plan.total);
    EXPECT_DOUBLE_EQ(*plan.total, 40.0 / 126.0);
    const double meanOfUnits = (0.25 + 0.90 + 0.75 + 0.25) / 4; // 0.5375: what must not come out
    EXPECT_GT(std::abs(*plan.total - meanOfUnits), 0.2);
    EXPECT_DOUBLE_EQ(*plan.min, 0.25);
    EXPECT_DOUBLE_EQ(*plan.max, 0.90);
    EXPECT_DOUBLE_EQ(*plan.median, (0.25 + 0.75) / 2);
    // 6.1 = 6.1.2 / 6.1.1 in money: (3135 + 500 + 0 + 3135) / 276068.5.
    EXPECT_DOUBLE_EQ(*row(c, "6.1").total, 6770.0 / 276068.5);
}

TEST_F(Consolidate, ZeroOverZeroIsNotArisingAndHasNoTotal)
{
    const Consolidation c = consolidate(selectUnits(fourDistricts(), {}), *s_ruleSet);
    const ConsolidatedRow& checks = row(c, "1.3.4"); // 1.3.3 / 1.3.2 = 0 / 0 everywhere
    EXPECT_FALSE(checks.total);
    EXPECT_TRUE(checks.notArising);
    EXPECT_EQ(checks.answered, 4u);
    EXPECT_TRUE(checks.missing.empty());
}

TEST_F(Consolidate, CountsYesAnswersChoicesAndGivesTheSpreadOfPercentRows)
{
    const Consolidation c = consolidate(selectUnits(fourDistricts(), {}), *s_ruleSet);
    const ConsolidatedRow& dialogue = row(c, "1.6"); // A: 0 (Không), B, C: Có, D: blank
    EXPECT_EQ(dialogue.how, RowAggregate::YesCount);
    EXPECT_DOUBLE_EQ(*dialogue.total, 2);
    EXPECT_EQ(dialogue.answered, 3u);
    EXPECT_EQ(dialogue.missing, std::vector<std::size_t>{3});

    const ConsolidatedRow& survey = row(c, "1.5.2"); // A blank; "trực tuyến" = "Trực tuyến"
    ASSERT_EQ(survey.choices.size(), 2u);
    EXPECT_EQ(survey.choices[0].choice, "Trực tuyến");
    EXPECT_EQ(survey.choices[0].units, 2u);
    EXPECT_EQ(survey.choices[1].choice, "Phát phiếu");
    EXPECT_EQ(survey.choices[1].units, 1u);
    EXPECT_EQ(survey.missing, std::vector<std::size_t>{0});

    const ConsolidatedRow& posts = row(c, "5.1.1"); // 97 %, 80 %, 90 %, 95 %: no parts
    EXPECT_EQ(posts.how, RowAggregate::MinMedianMax);
    EXPECT_FALSE(posts.total);
    EXPECT_DOUBLE_EQ(*posts.min, 0.80);
    EXPECT_DOUBLE_EQ(*posts.median, (0.90 + 0.95) / 2);
    EXPECT_DOUBLE_EQ(*posts.max, 0.97);
}

TEST_F(Consolidate, TheNewerFileOfAUnitAndPeriodIsKept)
{
    std::vector<UnitInput> units = fourDistricts();
    units.push_back(unit("b-sua.ods", "UBND huyện Ba Bể", {{"1.1", "8"}}, "quý I năm 2023", 5));
    units[1].modified = 3;
    const UnitSelection selection = selectUnits(units, {});
    EXPECT_FALSE(selection.units[1].included);
    EXPECT_EQ(selection.units[1].leftOut, LeftOut::Duplicate);
    EXPECT_NE(selection.units[1].reason().find("b-sua.ods"), std::string::npos);
    EXPECT_NE(selection.units[1].reasonEn().find("b-sua.ods"), std::string::npos);
    const Consolidation c = consolidate(selection, *s_ruleSet);
    EXPECT_DOUBLE_EQ(*row(c, "1.1").total, 13 + 8 + 20);
}

TEST_F(Consolidate, MixedPeriodsAreRefusedUnlessAllowed)
{
    std::vector<UnitInput> units = fourDistricts();
    units[2] = unit("c.ods", "UBND huyện Pác Nặm", {}, "quý II năm 2023");
    const UnitSelection refused = selectUnits(units, {});
    EXPECT_TRUE(refused.refused);
    EXPECT_NE(refused.problem.find("quý II năm 2023"), std::string::npos);
    EXPECT_NE(refused.problemEn.find("--allow-mixed-periods"), std::string::npos);
    EXPECT_TRUE(consolidate(refused, *s_ruleSet).rows.empty());

    ConsolidationOptions allow;
    allow.allowMixedPeriods = true;
    const UnitSelection mixed = selectUnits(units, allow);
    EXPECT_FALSE(mixed.refused);
    EXPECT_EQ(mixed.period, "quý I năm 2023; quý II năm 2023");
}

TEST_F(Consolidate, InvalidFilesAreLeftOutOnlyWhenAsked)
{
    ConsolidationOptions exclude;
    exclude.excludeInvalid = true;
    const UnitSelection selection = selectUnits(fourDistricts(), exclude);
    // Every district keeps the seed's 3.4 zero denominator: all have errors.
    for (const SelectedUnit& u : selection.units)
    {
        EXPECT_FALSE(u.included);
        EXPECT_EQ(u.leftOut, LeftOut::Invalid);
    }
    const UnitSelection clean = selectUnits(
        {unit("e.ods", "UBND huyện Na Rì", {{"1.3.4", "Không phát sinh"}, {"3.4", "Không phát sinh"}})},
        exclude);
    EXPECT_EQ(clean.units[0].input.status, UnitStatus::Valid)
        << clean.units[0].input.findings.front().messageEn;
}

TEST_F(Consolidate, NonAppendixAndUnreadableFilesAreListedWithTheirReason)
{
    CellGrid text(2, 2);
    text.set(0, 0, Cell::makeText("Danh sách cán bộ"));
    std::vector<UnitInput> units = fourDistricts();
    units.push_back(unitFromWorkbook("danh-sach.ods", {text}, *s_ruleSet));
    units.push_back(unreadableUnit("hong.xlsx", "tệp bị hỏng", "the file is damaged"));
    const UnitSelection selection = selectUnits(units, {});
    EXPECT_EQ(selection.units[4].leftOut, LeftOut::NotAppendix);
    EXPECT_EQ(selection.units[5].leftOut, LeftOut::Unreadable);
    EXPECT_NE(selection.units[5].reason().find("tệp bị hỏng"), std::string::npos);
    EXPECT_EQ(selection.included().size(), 4u);
}

TEST_F(Consolidate, JsonHasOneValuePerUnitAndNullForAbsentValues)
{
    std::vector<UnitInput> units = fourDistricts();
    units.push_back(unreadableUnit("hong.xlsx", "tệp bị hỏng", "the file is damaged"));
    const Consolidation c = consolidate(selectUnits(units, {}), *s_ruleSet);
    const nlohmann::ordered_json j = consolidationJson(c, *s_ruleSet);
    EXPECT_EQ(j["ruleset"]["id"], "default-huyen");
    EXPECT_EQ(j["period"], "quý I năm 2023");
    ASSERT_EQ(j["units"].size(), 5u);
    EXPECT_EQ(j["units"][4]["status"], "unreadable");
    EXPECT_EQ(j["units"][4]["included"], false);
    EXPECT_TRUE(j["units"][4]["unit"].is_null());
    for (const auto& r : j["rows"])
    {
        if (r["id"] == "1.1")
        {
            EXPECT_EQ(r["total"], 40.0);
            EXPECT_EQ(r["by_unit"], nlohmann::ordered_json::parse("[13, 7, 20, null, null]"));
            EXPECT_EQ(r["missing"], nlohmann::ordered_json::parse(R"(["UBND huyện Chợ Đồn"])"));
        }
        if (r["id"] == "1.3.4")
        {
            EXPECT_TRUE(r["total"].is_null());
            EXPECT_EQ(r["not_arising"], true);
        }
        if (r["id"] == "1.6")
        {
            EXPECT_EQ(r["by_unit"], nlohmann::ordered_json::parse("[false, true, true, null, null]"));
        }
        if (r["id"] == "1.2")
        {
            EXPECT_DOUBLE_EQ(r["by_unit"][1].get<double>(), 0.90);
        }
    }
}

} // namespace
} // namespace parcalc

namespace parcalc
{
namespace
{

TEST_F(Consolidate, TheSummarySheetIsAnAppendixHoldingTheTotals)
{
    const Consolidation c = consolidate(selectUnits(fourDistricts(), {}), *s_ruleSet);
    const std::vector<OutputSheet> sheets = consolidationSheets(c, *s_ruleSet, "UBND thành phố Bắc Kạn", Language::Vi);
    ASSERT_EQ(sheets.size(), 4u);
    EXPECT_EQ(sheets[0].grid.sheetName(), "Tổng hợp");
    EXPECT_EQ(sheets[3].grid.sheetName(), "Nguồn");
    // Read back as an appendix: the title's unit and period, the totals in the value cells.
    const UnitInput back = unitFromWorkbook("tong-hop.ods", {sheets[0].grid}, *s_ruleSet);
    ASSERT_TRUE(back.appendix());
    EXPECT_EQ(back.unit, "UBND thành phố Bắc Kạn");
    EXPECT_EQ(back.period, "quý I năm 2023");
    const auto value = [&](const std::string& id) { return back.values[*s_ruleSet->find(id)]; };
    EXPECT_DOUBLE_EQ(value("1.1").number, 40);
    EXPECT_NEAR(value("1.2").number, 100 * 40.0 / 126.0, 1e-8); // percent points, as read
    EXPECT_EQ(value("1.3.4").marker, NoDataMarker::NotArising);
    EXPECT_EQ(value("5.1.1").state, ValueState::Empty); // no total, the spread in Ghi chú
}

// --lang en: every sheet in English (consolidation_texts) but the form's words on the
// summary, which still reads back as an appendix; a province's name read back too.
TEST_F(Consolidate, EnglishSheetsAndTheFormStillReadBack)
{
    const Consolidation c = consolidate(selectUnits(fourDistricts(), {}), *s_ruleSet);
    const std::vector<OutputSheet> sheets =
        consolidationSheets(c, *s_ruleSet, "UBND tỉnh Bắc Kạn", Language::En);
    ASSERT_EQ(sheets.size(), 4u);
    EXPECT_EQ(sheets[0].grid.sheetName(), "Summary");
    EXPECT_EQ(sheets[1].grid.sheetName(), "By unit");
    EXPECT_EQ(sheets[2].grid.sheetName(), "Findings");
    EXPECT_EQ(sheets[3].grid.sheetName(), "Sources");
    EXPECT_EQ(sheets[0].grid.at(3, 0).text, "Consolidated from 4 units (see the Sources sheet)");
    EXPECT_EQ(sheets[1].grid.at(0, 1).text, "Indicator");
    EXPECT_EQ(sheets[1].grid.at(0, 3).text, "Total");
    EXPECT_EQ(sheets[2].grid.at(0, 6).text, "Message");
    EXPECT_EQ(sheets[3].grid.at(0, 5).text, "Why left out");
    EXPECT_EQ(sheets[3].grid.at(1, 4).text, "Yes");
    // No Vietnamese-only note is left on the summary: each note is the English text.
    for (std::size_t r = 7; r < sheets[0].grid.rows(); ++r)
    {
        const std::string note = sheets[0].grid.at(r, 4).text;
        EXPECT_EQ(note.find("Thiếu số liệu"), std::string::npos) << note;
        EXPECT_EQ(note.find("trả lời Có"), std::string::npos) << note;
    }
    const UnitInput back = unitFromWorkbook("summary.ods", {sheets[0].grid}, *s_ruleSet);
    ASSERT_TRUE(back.appendix());
    EXPECT_EQ(back.unit, "UBND tỉnh Bắc Kạn");
    EXPECT_DOUBLE_EQ(back.values[*s_ruleSet->find("1.1")].number, 40);
}

TEST_F(Consolidate, TheByUnitSheetMarksTheCellsWithFindings)
{
    const Consolidation c = consolidate(selectUnits(fourDistricts(), {}), *s_ruleSet);
    const OutputSheet byUnit = consolidationSheets(c, *s_ruleSet, "", Language::Vi)[1];
    EXPECT_EQ(byUnit.grid.at(0, 4).text, "UBND huyện Ngân Sơn");
    EXPECT_EQ(byUnit.grid.at(0, 7).text, "UBND huyện Chợ Đồn");
    // Row 1.3.4 (0/0 reported as 0 %: zero-denominator errors) is marked for every unit.
    std::size_t row134 = 0;
    for (std::size_t r = 0; r < byUnit.grid.rows(); ++r)
        if (byUnit.grid.at(r, 0).text == "1.3.4")
            row134 = r;
    ASSERT_NE(row134, 0u);
    for (std::size_t col = 4; col < 8; ++col)
        EXPECT_NE(std::find(byUnit.marked.begin(), byUnit.marked.end(), std::make_pair(row134, col)),
                  byUnit.marked.end());
    EXPECT_EQ(byUnit.grid.at(row134, 3).text, "Không phát sinh");
}

} // namespace
} // namespace parcalc

namespace parcalc
{
namespace
{

// The report contract names what the code writes: the schema's enums are the C++ tables.
TEST(ConsolidateReportSchema, EnumsAreTheNamesTheCodeWrites)
{
    std::ifstream in(kSource + "/schemas/consolidate-report.schema.json");
    const nlohmann::json schema = nlohmann::json::parse(in);
    std::vector<std::string> statuses;
    for (UnitStatus s : {UnitStatus::Valid, UnitStatus::Invalid, UnitStatus::SelfAssessment,
                         UnitStatus::NotAppendix, UnitStatus::Unreadable})
        statuses.emplace_back(unitStatusName(s));
    EXPECT_EQ(schema["definitions"]["unit"]["properties"]["status"]["enum"], statuses);
    std::vector<std::string> aggregates; // "none" rows are not in the report
    for (RowAggregate a : {RowAggregate::Sum, RowAggregate::Ratio, RowAggregate::MinMedianMax,
                           RowAggregate::YesCount, RowAggregate::ChoiceCount})
        aggregates.emplace_back(rowAggregateName(a));
    EXPECT_EQ(schema["definitions"]["row"]["properties"]["aggregate"]["enum"], aggregates);
}

} // namespace
} // namespace parcalc
