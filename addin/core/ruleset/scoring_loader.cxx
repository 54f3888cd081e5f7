// scoring_loader: the "scoring" tree of a rule-set file, read with the same
// JsonReader (JSON paths, vi + en messages) as the rest of the rule set (the
// reader itself: internal/scoring_reader.hxx), and the grades that go with it.
#include "core/ruleset/scoring_loader.hxx"

#include "core/ruleset/internal/json_reader.hxx"
#include "core/ruleset/internal/ruleset_scoring.hxx"
#include "core/ruleset/internal/scoring_reader.hxx"

namespace parcalc
{

using detail::Json;
using detail::JsonReader;

void detail::loadScoring(JsonReader& reader, const Json& scoring, const RuleSet& ruleSet,
                         ScoringRules& out)
{
    ScoringReader(reader, ruleSet, out).read(scoring);
}

ScoringLoad loadScoringRules(const RuleSet& ruleSet, std::string_view fileName)
{
    ScoringLoad load;
    if (ruleSet.scoringJson.empty())
    {
        load.rules.emplace();
        return load;
    }
    JsonReader reader{std::string(fileName)};
    Json root;
    try
    {
        root = Json::parse(ruleSet.scoringJson);
    }
    catch (const Json::parse_error&)
    {
        reader.error("$.scoring", "phần \"scoring\" không đọc được", "cannot read \"scoring\"");
        load.errors = reader.takeErrors();
        return load;
    }
    ScoringRules rules;
    detail::loadScoring(reader, root, ruleSet, rules);
    if (reader.failed())
        load.errors = reader.takeErrors();
    else
        load.rules = std::move(rules);
    return load;
}

Expected<GradeScheme> gradeSchemeOf(const RuleSet& ruleSet, bool english)
{
    if (ruleSet.grades.empty())
        return defaultGradeScheme();
    std::vector<GradeBand> bands;
    for (const RuleSetGrade& g : ruleSet.grades)
        bands.push_back({g.min, english ? g.label.en : g.label.vi});
    return GradeScheme::fromBands(std::move(bands));
}

ScoringRuleSetLoad makeScoringRuleSet(RuleSet ruleSet, std::string_view fileName)
{
    ScoringRuleSetLoad out;
    ScoringLoad scoring = loadScoringRules(ruleSet, fileName);
    if (!scoring.ok())
    {
        out.errors = std::move(scoring.errors);
        return out;
    }
    if (scoring.rules->empty())
    {
        out.errors.push_back({std::string(fileName), "$.scoring",
                              "bộ quy tắc \"" + ruleSet.id +
                                  "\" không có tiêu chí chấm điểm (\"scoring\"); hãy dùng bộ có "
                                  "\"scoring\", ví dụ example-huyen-diem",
                              "rule set \"" + ruleSet.id +
                                  "\" has no scoring criteria (\"scoring\"); use one that has, "
                                  "e.g. example-huyen-diem"});
        return out;
    }
    auto vi = gradeSchemeOf(ruleSet, false);
    auto en = gradeSchemeOf(ruleSet, true);
    if (!vi || !en)
    {
        const std::string why = !vi ? vi.error().detail : en.error().detail;
        out.errors.push_back({std::string(fileName), "$.grades",
                              "các mức xếp loại không hợp lệ (" + why + ")",
                              "invalid grade bands (" + why + ")"});
        return out;
    }
    auto value = std::make_shared<ScoringRuleSet>();
    value->ruleSet = std::move(ruleSet);
    value->scoring = std::move(*scoring.rules);
    value->gradesVi = std::move(*vi);
    value->gradesEn = std::move(*en);
    out.value = std::move(value);
    return out;
}

ScoringRuleSetLoad makeScoringRuleSet(RuleSetLoad load, std::string_view fileName)
{
    if (!load.ok())
    {
        ScoringRuleSetLoad out;
        out.errors = std::move(load.errors);
        return out;
    }
    return makeScoringRuleSet(std::move(*load.ruleSet), fileName);
}

} // namespace parcalc
