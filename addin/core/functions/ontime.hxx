// ontime: ONTIMERATE, the share of administrative cases (hồ sơ) resolved on
// time, under the three conventions provinces use.
#pragma once

#include "core/base/expected.hxx"

#include <optional>
#include <string_view>

namespace parcalc
{

// ONTIMERATE(on_time; resolved; [early]; [convention]; [base]; [late_in_progress])
enum class OnTimeConvention
{
    // 0, "resolved" (default): (early + on_time) / resolved. Cases still in
    // progress are not counted. Seed 000: 15739 / 17604 = 0.894058...
    Resolved = 0,
    // 1, "received": 1 - (late resolved + late_in_progress) / base, where base is
    // every case to handle in the period (received + carried over) and late
    // resolved = resolved - on_time - early. late_in_progress defaults to 0.
    // Seed 000: 1 - 1865 / 20845 = 0.910530...
    Received = 1,
    // 2, "due": (early + on_time) / base, where base is the number of cases that
    // fell due in the period.
    Due = 2,
};

struct OnTimeInput
{
    double onTime = 0.0;
    double resolved = 0.0;
    double early = 0.0;
    OnTimeConvention convention = OnTimeConvention::Resolved;
    std::optional<double> base;           // required by Received and Due, refused by Resolved
    std::optional<double> lateInProgress; // Received only
};

// Errors:
// - resolved == 0 (Resolved) or base == 0 (Received, Due): "không phát sinh" -> NoCases
// - a negative or non-finite count, early + on_time > resolved,
//   early + on_time > base (Due), resolved + late_in_progress > base (Received),
//   base missing or given where unused, late_in_progress outside Received
//                                                            -> InvalidArgument
Expected<double> onTimeRate(const OnTimeInput& input);

// The convention argument: 0, 1, 2 (integers only) ...
Expected<OnTimeConvention> onTimeConventionFromCode(double code);
// ... or a name, case/accent-insensitive: "resolved"/"đã giải quyết",
// "received"/"tiếp nhận", "due"/"đến hạn"; blank -> Resolved. Unknown -> InvalidArgument.
Expected<OnTimeConvention> onTimeConventionFromName(std::string_view name);

} // namespace parcalc
