// grade: PARGRADE, the grade (xếp loại) of a PAR index under a named or custom
// scheme of lower bounds, plus the boundary comparison shared with PARBAND.
#pragma once

#include "core/base/expected.hxx"

#include <string>
#include <string_view>
#include <vector>

namespace parcalc
{

// value >= lowerBound, tolerating floating-point noise of a computed value:
// 89.99999999 (relative gap < 1e-9) reaches 90; 89.9999 does not. Real indexes
// come from points with 2-3 decimals, so a gap that small is arithmetic noise.
bool reachesLowerBound(double value, double lowerBound);

struct GradeBand
{
    double lowerBound = 0.0;
    std::string label;
};

class GradeScheme
{
public:
    // Bands in any order. Errors (InvalidArgument): no band, a non-finite bound,
    // an empty label, the same bound twice.
    static Expected<GradeScheme> fromBands(std::vector<GradeBand> bands);

    // Label of the highest band the index reaches. The view points into this
    // scheme. Errors: index not finite or outside 0..100 -> InvalidArgument;
    // index below every band -> NotAvailable.
    Expected<std::string_view> grade(double index) const;

    // Highest lower bound first.
    const std::vector<GradeBand>& bands() const { return m_bands; }

private:
    std::vector<GradeBand> m_bands;
};

// Named schemes; names match case-, accent-, space- and '-'-insensitively.
// "default" (also "mặc định", "5-bac"): >= 90 Xuất sắc, >= 80 Tốt, >= 70 Khá,
//     >= 50 Trung bình, else Yếu.
// "cao-bang-2021": >= 90 Tốt, >= 70 Khá, >= 50 Trung bình, else Kém.
// Returns nullptr for an unknown name; a blank name is the default scheme.
const GradeScheme* findGradeScheme(std::string_view name);
const GradeScheme& defaultGradeScheme();

// PARGRADE(index; [scheme name]). Unknown scheme -> NotAvailable.
Expected<std::string_view> parGrade(double index, std::string_view schemeName = {});

} // namespace parcalc
