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

// The words of "nothing to report" and "no figure yet", in one table (documented in
// rulesets/README.md, "Chữ trong ô số liệu"): keys are folded, spaces removed. Whole: the
// cell says only that; Prefix: a sentence that starts so ("Chưa có số liệu thống kê quý").
struct MarkerWord
{
    std::string_view key;
    NoDataMarker marker;
    bool prefix;
};

constexpr MarkerWord kMarkerWords[] = {
    {"-", NoDataMarker::Dash, false},
    {"--", NoDataMarker::Dash, false},
    {"---", NoDataMarker::Dash, false},
    {"\xE2\x80\x93", NoDataMarker::Dash, false}, // – en dash
    {"\xE2\x80\x94", NoDataMarker::Dash, false}, // — em dash
    {"\xE2\x88\x92", NoDataMarker::Dash, false}, // − minus sign alone
    {"khongphatsinh", NoDataMarker::NotArising, false},
    {"kps", NoDataMarker::NotArising, false},
    {"n/a", NoDataMarker::NotApplicable, false},
    {"na", NoDataMarker::NotApplicable, false},
    {"khongapdung", NoDataMarker::NotApplicable, false},
    // not done / not yet known: "Chưa thực hiện", "Chưa có (số liệu, đánh giá kết quả…)",
    // "Chưa báo cáo", "Đang cập nhật", "Đang thực hiện", "Không có số liệu"...
    // (not a bare "chua": "Chuẩn" folds to "chuan")
    {"chuathuchien", NoDataMarker::NotDone, true},
    {"chuaco", NoDataMarker::NotDone, true},
    {"chuabaocao", NoDataMarker::NotDone, true},
    {"chuatonghop", NoDataMarker::NotDone, true},
    {"chuaxacdinh", NoDataMarker::NotDone, true},
    {"chuadanhgia", NoDataMarker::NotDone, true},
    {"chuanhap", NoDataMarker::NotDone, true},
    {"chuacapnhat", NoDataMarker::NotDone, true},
    {"dangcapnhat", NoDataMarker::NotDone, true},
    {"dangthuchien", NoDataMarker::NotDone, true},
    {"dangtonghop", NoDataMarker::NotDone, true},
    {"khongcosolieu", NoDataMarker::NotDone, true},
};

} // namespace

NoDataMarker noDataMarkerOf(std::string_view utf8)
{
    const std::string key = compactKey(utf8);
    for (const MarkerWord& w : kMarkerWords)
        if (w.prefix ? key.compare(0, w.key.size(), w.key) == 0 : key == w.key)
            return w.marker;
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
