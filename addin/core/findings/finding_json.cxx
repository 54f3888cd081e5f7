#include "core/findings/finding_json.hxx"

namespace parcalc
{

nlohmann::ordered_json textOrNull(const std::string& text)
{
    return text.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(text);
}

nlohmann::ordered_json findingJson(const Finding& x)
{
    return {{"code", findingCodeName(x.code)}, {"severity", severityName(x.severity)},
            {"row", textOrNull(x.row)},        {"sheet", textOrNull(x.sheet)},
            {"cell", textOrNull(x.cell)},      {"expected", textOrNull(x.expected)},
            {"actual", textOrNull(x.actual)},  {"message", x.message},
            {"message_en", x.messageEn}};
}

} // namespace parcalc
