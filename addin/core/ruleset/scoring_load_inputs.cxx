// The input of a scoring leaf: "value", "rate", "on_time_rate" or "sum", each
// reference resolved to a manual input or a numeric row of the rule set.
#include "core/ruleset/internal/scoring_reader.hxx"

namespace parcalc::detail
{

std::optional<ScoringRef> ScoringReader::resolve(const std::string& id, const std::string& path,
                                                 bool allowYesNo)
{
    for (std::size_t i = 0; i < m_rules.manualInputs.size(); ++i)
        if (m_rules.manualInputs[i].id == id)
            return ScoringRef{id, true, i};
    auto index = m_ruleSet.find(id);
    if (!index)
    {
        m_reader.error(path, "input.unknown-ref", {{"id", id}});
        return std::nullopt;
    }
    const RowDef& def = m_ruleSet.rows[*index];
    if (!isNumericKind(def.kind) && !(allowYesNo && def.kind == RowKind::YesNo))
    {
        const std::string kind(rowKindName(def.kind));
        m_reader.error(path, "input.not-numeric", {{"id", id}, {"kind", kind}});
        return std::nullopt;
    }
    return ScoringRef{id, false, *index};
}

std::optional<ScoringRef> ScoringReader::ref(const Json& object, const std::string& path,
                                             std::string_view key, bool required, bool allowYesNo)
{
    auto id = m_reader.string(object, path, key, required);
    if (!id)
        return std::nullopt;
    return resolve(*id, childPath(path, key), allowYesNo);
}

bool ScoringReader::readInput(const Json& input, const std::string& path, ScoringInput& out)
{
    if (!m_reader.isObject(input, path))
        return false;
    m_reader.onlyKeys(input, path, {"value", "rate", "on_time_rate", "sum", "weights", "name"});
    const int given = int(input.contains("value")) + int(input.contains("rate")) +
                      int(input.contains("on_time_rate")) + int(input.contains("sum"));
    if (given != 1)
    {
        m_reader.error(path, "input.one-kind");
        return false;
    }
    out.name = m_reader.localText(input, path, "name", false).value_or(LocalText{});
    if (input.contains("weights") && !input.contains("sum"))
        m_reader.error(childPath(path, "weights"), "input.weights-sum-only");
    const std::size_t errorsBefore = m_reader.errors().size();
    if (input.contains("value"))
    {
        out.kind = ScoringInputKind::Value;
        if (auto r = ref(input, path, "value", true, true))
            out.refs.push_back(*r);
    }
    else if (input.contains("rate"))
    {
        out.kind = ScoringInputKind::Rate;
        const std::string here = childPath(path, "rate");
        const Json& rate = input["rate"];
        if (m_reader.isObject(rate, here))
        {
            m_reader.onlyKeys(rate, here, {"numerator", "denominator"});
            auto num = ref(rate, here, "numerator", true, false);
            auto den = ref(rate, here, "denominator", true, false);
            if (num && den)
                out.refs = {*num, *den};
        }
    }
    else if (input.contains("on_time_rate"))
    {
        out.kind = ScoringInputKind::OnTimeRate;
        const std::string here = childPath(path, "on_time_rate");
        const Json& rate = input["on_time_rate"];
        if (m_reader.isObject(rate, here))
        {
            m_reader.onlyKeys(
                rate, here,
                {"on_time", "resolved", "early", "convention", "base", "late_in_progress"});
            auto onTime = ref(rate, here, "on_time", true, false);
            auto resolved = ref(rate, here, "resolved", true, false);
            if (onTime && resolved)
                out.refs = {*onTime, *resolved};
            out.early = ref(rate, here, "early", false, false);
            out.base = ref(rate, here, "base", false, false);
            out.lateInProgress = ref(rate, here, "late_in_progress", false, false);
            if (auto conv = m_reader.string(rate, here, "convention", false))
            {
                if (auto c = onTimeConventionFromName(*conv); c && !conv->empty())
                    out.convention = *c;
                else
                    m_reader.error(childPath(here, "convention"), "input.convention");
            }
            const bool needsBase = out.convention != OnTimeConvention::Resolved;
            if (needsBase && !out.base)
                m_reader.error(childPath(here, "base"), "input.base-needed");
            if (!needsBase && (rate.contains("base") || rate.contains("late_in_progress")))
                m_reader.error(here, "input.resolved-extras");
            if (out.convention == OnTimeConvention::Due && rate.contains("late_in_progress"))
                m_reader.error(childPath(here, "late_in_progress"), "input.late-received-only");
        }
    }
    else
    {
        out.kind = ScoringInputKind::Sum;
        auto ids = m_reader.strings(input, path, "sum", true);
        const std::string here = childPath(path, "sum");
        if (ids && ids->empty())
            m_reader.error(here, "list.empty");
        if (ids)
            for (std::size_t i = 0; i < ids->size(); ++i)
                if (auto r = resolve((*ids)[i], indexPath(here, i), false))
                    out.refs.push_back(*r);
        if (input.contains("weights"))
        {
            const std::string wpath = childPath(path, "weights");
            const Json& weights = input["weights"];
            if (m_reader.isArray(weights, wpath))
            {
                for (std::size_t i = 0; i < weights.size(); ++i)
                {
                    if (!weights[i].is_number() || weights[i].get<double>() < 0.0)
                        m_reader.error(indexPath(wpath, i), "weights.non-negative");
                    else
                        out.weights.push_back(weights[i].get<double>());
                }
                if (ids && weights.size() != ids->size())
                    m_reader.error(wpath, "weights.count");
            }
        }
        if (out.weights.empty())
            out.weights.assign(out.refs.size(), 1.0);
    }
    return m_reader.errors().size() == errorsBefore;
}

bool ScoringReader::isRateInput(const ScoringInput& input) const
{
    if (input.kind == ScoringInputKind::Rate || input.kind == ScoringInputKind::OnTimeRate)
        return true;
    if (input.kind != ScoringInputKind::Value || input.refs.empty())
        return false;
    const ScoringRef& r = input.refs.front();
    if (r.manual)
        return m_rules.manualInputs[r.index].rate;
    return isPercentKind(m_ruleSet.rows[r.index].kind);
}

} // namespace parcalc::detail
