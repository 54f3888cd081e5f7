#include "core/scoring/internal/scoring_detail.hxx"

#include "core/functions/ontime.hxx"
#include "core/text/number_format.hxx"

namespace parcalc::scoring_detail
{

Error invalid(std::string what)
{
    return makeError(ErrorKind::InvalidArgument, std::move(what));
}

std::vector<const ScoringRef*> orderedRefs(const ScoringInput& in)
{
    std::vector<const ScoringRef*> refs;
    for (const ScoringRef& r : in.refs)
        refs.push_back(&r);
    for (const auto* opt : {&in.early, &in.base, &in.lateInProgress})
        if (*opt)
            refs.push_back(&**opt);
    return refs;
}

Expected<std::optional<double>> combine(const ScoringNode& node, const std::vector<double>& v)
{
    const ScoringInput& in = node.input;
    switch (in.kind)
    {
    case ScoringInputKind::Value:
        return std::optional<double>(v[0]);
    case ScoringInputKind::Rate:
        if (v[1] == 0.0)
        {
            if (v[0] == 0.0)
                return std::optional<double>(); // 0/0: không phát sinh
            return invalid("a rate with a zero denominator");
        }
        return std::optional<double>(v[0] / v[1]);
    case ScoringInputKind::OnTimeRate:
    {
        OnTimeInput o;
        o.onTime = v[0];
        o.resolved = v[1];
        o.convention = in.convention;
        std::size_t i = 2;
        if (in.early)
            o.early = v[i++];
        if (in.base)
            o.base = v[i++];
        if (in.lateInProgress)
            o.lateInProgress = v[i++];
        const Expected<double> rate = onTimeRate(o);
        if (!rate)
        {
            if (rate.error().kind == ErrorKind::NoCases)
                return std::optional<double>();
            return invalid(rate.error().detail);
        }
        return std::optional<double>(*rate);
    }
    case ScoringInputKind::Sum:
    {
        double cases = 0.0;
        for (std::size_t i = 0; i < v.size(); ++i)
            cases += v[i] * (i < in.weights.size() ? in.weights[i] : 1.0);
        return std::optional<double>(cases);
    }
    case ScoringInputKind::None:
        break;
    }
    return invalid("the criterion has no input");
}

PointsResult notApplicable(const ScoringNode& node)
{
    if (node.notApplicable == NotApplicablePolicy::Full)
        return PointsResult{false, node.max};
    return PointsResult{true, 0.0};
}

} // namespace parcalc::scoring_detail
