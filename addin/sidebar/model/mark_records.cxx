// ParCalc's cell marks: colours, comments, and the record of what they covered.
#include "sidebar/model/mark_records.hxx"

#include <nlohmann/json.hpp>

namespace parcalc::sidebar
{

std::int32_t markColor(Severity severity)
{
    switch (severity)
    {
    case Severity::Error:
        return 0xFFC7CE; // light red
    case Severity::Warning:
        return 0xFFEB9C; // light yellow
    case Severity::Info:
        break;
    }
    return 0xDDEBF7; // light blue
}

bool isMarkColor(std::int32_t color)
{
    return color == markColor(Severity::Error) || color == markColor(Severity::Warning) ||
           color == markColor(Severity::Info);
}

std::string writeMarkRecords(const std::vector<MarkRecord>& records)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto& r : records)
        list.push_back({{"sheet", r.sheet},
                        {"cell", r.cell},
                        {"set", r.backgroundWasSet},
                        {"background", r.background}});
    // Invalid UTF-8 (a sheet name that did not convert) is replaced, not thrown on: the
    // record of every other cell still gets written (found by fuzz_mark_records).
    return nlohmann::json{{"parcalcMarks", 1}, {"cells", list}}.dump(
        -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<MarkRecord> readMarkRecords(std::string_view json)
{
    std::vector<MarkRecord> records;
    const auto doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("cells") ||
        !doc["cells"].is_array())
        return records;
    for (const auto& item : doc["cells"])
    {
        if (!item.is_object() || !item.contains("sheet") || !item["sheet"].is_string() ||
            !item.contains("cell") || !item["cell"].is_string())
            continue;
        MarkRecord r;
        r.sheet = item["sheet"].get<std::string>();
        r.cell = item["cell"].get<std::string>();
        if (item.contains("set") && item["set"].is_boolean())
            r.backgroundWasSet = item["set"].get<bool>();
        if (item.contains("background") && item["background"].is_number_integer())
            r.background = item["background"].get<std::int32_t>();
        records.push_back(std::move(r));
    }
    return records;
}

std::string markComment(const std::vector<std::string>& lines, std::string_view earlier)
{
    std::string text;
    for (const auto& line : lines)
    {
        if (!text.empty())
            text += "\n";
        text += kMarkPrefix;
        text += line;
    }
    if (!earlier.empty())
    {
        text += kMarkSeparator;
        text += earlier;
    }
    return text;
}

bool isMarkComment(std::string_view comment)
{
    return comment.substr(0, kMarkPrefix.size()) == kMarkPrefix;
}

std::string earlierComment(std::string_view comment)
{
    if (!isMarkComment(comment))
        return std::string(comment);
    const auto at = comment.find(kMarkSeparator);
    if (at == std::string_view::npos)
        return {};
    return std::string(comment.substr(at + kMarkSeparator.size()));
}

} // namespace parcalc::sidebar
