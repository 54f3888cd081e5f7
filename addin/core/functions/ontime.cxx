// ontime: ONTIMERATE under the resolved / received / due conventions.
#include "core/functions/ontime.hxx"

#include "core/text/text_fold.hxx"

#include <cmath>
#include <string>

namespace parcalc
{
namespace
{

Error invalid(const char* what)
{
    return makeError(ErrorKind::InvalidArgument, what);
}

bool validCount(double v)
{
    return std::isfinite(v) && v >= 0.0;
}

// Counts are integers in practice, but may be sums of computed cells: allow noise.
bool greater(double a, double b)
{
    return a > b + 1e-9 * std::fmax(1.0, std::fabs(b));
}

} // namespace

Expected<double> onTimeRate(const OnTimeInput& in)
{
    if (!validCount(in.onTime) || !validCount(in.resolved) || !validCount(in.early))
        return invalid("on_time, resolved and early must be finite and >= 0");
    if (in.base && !validCount(*in.base))
        return invalid("base must be finite and >= 0");
    if (in.lateInProgress && !validCount(*in.lateInProgress))
        return invalid("late_in_progress must be finite and >= 0");
    const double onTime = in.early + in.onTime;
    if (greater(onTime, in.resolved))
        return invalid("early + on_time exceed resolved");

    switch (in.convention)
    {
    case OnTimeConvention::Resolved:
        if (in.base || in.lateInProgress)
            return invalid("base and late_in_progress are not used by convention 0");
        if (in.resolved == 0.0)
            return makeError(ErrorKind::NoCases, "no case resolved (không phát sinh)");
        return onTime / in.resolved;
    case OnTimeConvention::Received:
    {
        if (!in.base)
            return invalid("convention 1 needs base (received + carried over)");
        const double lateInProgress = in.lateInProgress.value_or(0.0);
        if (greater(in.resolved + lateInProgress, *in.base))
            return invalid("resolved + late_in_progress exceed base");
        if (*in.base == 0.0)
            return makeError(ErrorKind::NoCases, "no case received (không phát sinh)");
        // Late resolved is what is neither early nor on time; clamp rounding noise.
        const double lateResolved = std::fmax(0.0, in.resolved - onTime);
        return 1.0 - (lateResolved + lateInProgress) / *in.base;
    }
    case OnTimeConvention::Due:
        if (in.lateInProgress)
            return invalid("late_in_progress is only used by convention 1");
        if (!in.base)
            return invalid("convention 2 needs base (cases due in the period)");
        if (greater(onTime, *in.base))
            return invalid("early + on_time exceed the cases due");
        if (*in.base == 0.0)
            return makeError(ErrorKind::NoCases, "no case due (không phát sinh)");
        return onTime / *in.base;
    }
    return invalid("unknown convention");
}

Expected<OnTimeConvention> onTimeConventionFromCode(double code)
{
    if (code == 0.0)
        return OnTimeConvention::Resolved;
    if (code == 1.0)
        return OnTimeConvention::Received;
    if (code == 2.0)
        return OnTimeConvention::Due;
    return invalid("convention must be 0, 1 or 2");
}

Expected<OnTimeConvention> onTimeConventionFromName(std::string_view name)
{
    std::string key;
    for (char c : foldText(name))
        if (c != ' ' && c != '-' && c != '_')
            key.push_back(c);
    if (key.empty() || key == "resolved" || key == "dagiaiquyet" || key == "giaiquyet")
        return OnTimeConvention::Resolved;
    if (key == "received" || key == "tiepnhan" || key == "datiepnhan")
        return OnTimeConvention::Received;
    if (key == "due" || key == "denhan")
        return OnTimeConvention::Due;
    if (key == "0" || key == "1" || key == "2")
        return onTimeConventionFromCode(key[0] - '0');
    return invalid("unknown convention name");
}

} // namespace parcalc
