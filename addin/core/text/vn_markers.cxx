// vn_markers: the words of number cells: no-data markers ("-", "Không phát sinh",
// "Chưa thực hiện") and Có/không answers, matched on folded text.
#include "core/text/vn_number.hxx"

#include "core/text/text_fold.hxx"

#include <string>

namespace parcalc
{
namespace
{

bool isAscii(std::string_view s)
{
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

// Folded text with every space removed (whitespace may split words in a cell): "Không  phát sinh."
// -> "khongphatsinh". ASCII texts skip ICU.
std::string compactKey(std::string_view s)
{
    std::string key;
    if (isAscii(s))
    {
        for (char c : s)
            if (c != ' ' && (c < '\t' || c > '\r'))
                key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
        // Same trailing punctuation as foldText.
        while (!key.empty() && std::string_view(".:;,").find(key.back()) != std::string_view::npos)
            key.pop_back();
        return key;
    }
    for (char c : foldText(s))
        if (c != ' ')
            key.push_back(c);
    return key;
}

} // namespace

NoDataMarker noDataMarkerOf(std::string_view utf8)
{
    const std::string key = compactKey(utf8);
    struct Entry
    {
        std::string_view key;
        NoDataMarker marker;
    };
    static constexpr Entry entries[] = {
        {"-", NoDataMarker::Dash},
        {"--", NoDataMarker::Dash},
        {"---", NoDataMarker::Dash},
        {"\xE2\x80\x93", NoDataMarker::Dash}, // – en dash
        {"\xE2\x80\x94", NoDataMarker::Dash}, // — em dash
        {"\xE2\x88\x92", NoDataMarker::Dash}, // − minus sign alone
        {"khongphatsinh", NoDataMarker::NotArising},
        {"kps", NoDataMarker::NotArising},
        {"n/a", NoDataMarker::NotApplicable},
        {"na", NoDataMarker::NotApplicable},
        {"khongapdung", NoDataMarker::NotApplicable},
        {"chuathuchien", NoDataMarker::NotDone},
        {"chuaco", NoDataMarker::NotDone},
    };
    for (const Entry& e : entries)
        if (key == e.key)
            return e.marker;
    return NoDataMarker::None;
}

bool isNotApplicableMarker(NoDataMarker marker)
{
    return marker == NoDataMarker::Dash || marker == NoDataMarker::NotArising ||
           marker == NoDataMarker::NotApplicable;
}

bool isNotApplicableMarker(std::string_view utf8)
{
    const VnNumber n = parseVnNumber(utf8);
    return n.kind == CellKind::NoData && isNotApplicableMarker(n.marker);
}

std::optional<bool> parseYesNo(std::string_view utf8)
{
    const VnNumber n = parseVnNumber(utf8);
    if (n.kind == CellKind::Empty)
        return false;
    if (n.kind == CellKind::Number)
    {
        if (n.percent)
            return std::nullopt;
        if (n.value == 1.0)
            return true;
        if (n.value == 0.0)
            return false;
        return std::nullopt;
    }
    const std::string key = compactKey(utf8);
    if (key == "co" || key == "x" || key == "yes" || key == "true")
        return true;
    if (key == "khong" || key == "ko" || key == "no" || key == "false")
        return false;
    return std::nullopt;
}

} // namespace parcalc
