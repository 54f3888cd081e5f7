// grade: grade schemes (named and custom) and the boundary comparison.
#include "core/functions/grade.hxx"

#include "core/text/text_fold.hxx"

#include <algorithm>
#include <cmath>

namespace parcalc
{

bool reachesLowerBound(double value, double lowerBound)
{
    return value >= lowerBound - 1e-9 * std::fmax(1.0, std::fabs(lowerBound));
}

Expected<GradeScheme> GradeScheme::fromBands(std::vector<GradeBand> bands)
{
    if (bands.empty())
        return makeError(ErrorKind::InvalidArgument, "a grade scheme needs at least one band");
    for (const GradeBand& b : bands)
    {
        if (!std::isfinite(b.lowerBound))
            return makeError(ErrorKind::InvalidArgument, "a band's lower bound is not finite");
        if (b.label.empty())
            return makeError(ErrorKind::InvalidArgument, "a band has no label");
    }
    std::stable_sort(bands.begin(), bands.end(),
                     [](const GradeBand& a, const GradeBand& b)
                     { return a.lowerBound > b.lowerBound; });
    for (size_t i = 1; i < bands.size(); ++i)
        if (bands[i].lowerBound == bands[i - 1].lowerBound)
            return makeError(ErrorKind::InvalidArgument, "the same lower bound is given twice");
    GradeScheme scheme;
    scheme.m_bands = std::move(bands);
    return scheme;
}

Expected<std::string_view> GradeScheme::grade(double index) const
{
    // An index is a percentage; allow the noise of a computed 100 or 0.
    if (!std::isfinite(index) || index < -1e-7 || index > 100.0 + 1e-7)
        return makeError(ErrorKind::InvalidArgument, "the index must be between 0 and 100");
    for (const GradeBand& b : m_bands)
        if (reachesLowerBound(index, b.lowerBound))
            return std::string_view(b.label);
    return makeError(ErrorKind::NotAvailable, "the index is below every band of the scheme");
}

namespace
{

GradeScheme makeScheme(std::vector<GradeBand> bands)
{
    return *GradeScheme::fromBands(std::move(bands)); // built-in bands are valid
}

// Lowest band at 0: every index in 0..100 gets a grade.
const GradeScheme& caoBang2021()
{
    static const GradeScheme scheme =
        makeScheme({{90, "Tốt"}, {70, "Khá"}, {50, "Trung bình"}, {0, "Kém"}});
    return scheme;
}

// Lower-case ASCII letters and digits only: "Cao Bằng 2021" -> "caobang2021".
// ASCII names skip ICU, so PARGRADE(x; "cao-bang-2021") stays cheap per cell.
std::string schemeKey(std::string_view name)
{
    const bool ascii = std::all_of(name.begin(), name.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    const std::string folded = ascii ? std::string(name) : foldText(name);
    std::string key;
    for (char c : folded)
    {
        if (c >= 'A' && c <= 'Z')
            key.push_back(static_cast<char>(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            key.push_back(c);
    }
    return key;
}

} // namespace

const GradeScheme& defaultGradeScheme()
{
    static const GradeScheme scheme =
        makeScheme({{90, "Xuất sắc"}, {80, "Tốt"}, {70, "Khá"}, {50, "Trung bình"}, {0, "Yếu"}});
    return scheme;
}

const GradeScheme* findGradeScheme(std::string_view name)
{
    const std::string key = schemeKey(name);
    const bool blank = name.find_first_not_of(" \t\r\n") == std::string_view::npos;
    if (blank || key == "default" || key == "macdinh" || key == "5bac")
        return &defaultGradeScheme();
    if (key == "caobang2021")
        return &caoBang2021();
    return nullptr;
}

Expected<std::string_view> parGrade(double index, std::string_view schemeName)
{
    const GradeScheme* scheme = findGradeScheme(schemeName);
    if (!scheme)
        return makeError(ErrorKind::NotAvailable, "unknown grade scheme");
    return scheme->grade(index);
}

} // namespace parcalc
