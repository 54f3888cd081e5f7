#include "core/findings/finding_json.hxx"

namespace parcalc
{

nlohmann::ordered_json findingJson(const Finding& x)
{
    return {{"code", findingCodeName(x.code)},
            {"severity", severityName(x.severity)},
            {"row", x.row},
            {"sheet", x.sheet},
            {"cell", x.cell},
            {"expected", x.expected},
            {"actual", x.actual},
            {"message", x.message},
            {"message_en", x.messageEn}};
}

} // namespace parcalc
