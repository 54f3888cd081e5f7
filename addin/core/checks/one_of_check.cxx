// one-of: a row holds words of a list (accents and case aside; several may be given,
// "Trực tuyến; Phát phiếu"); a yes/no row holds Có / Không, which value_reader read as 1 / 0.
#include "core/checks/internal/check_families.hxx"
#include "core/checks/internal/check_values.hxx"

#include "core/text/text_fold.hxx"

#include <boost/algorithm/string/classification.hpp>
#include <boost/algorithm/string/split.hpp>

namespace parcalc::detail
{
namespace
{

bool read(CheckReading& in, const Json& item, const std::string& path, Check& check)
{
    auto target = in.row(item, path, "row", false);
    auto values = in.json.strings(item, path, "values", true);
    bool good = target && values;
    if (values && values->empty())
    {
        in.json.error(childPath(path, "values"), "list.empty");
        good = false;
    }
    if (!good)
        return false;
    check.anchor = *target;
    check.spec = OneOfCheck{*target, std::move(*values)};
    return true;
}

void run(const Check& check, CheckRun& run)
{
    const OneOfCheck& c = *check.as<OneOfCheck>();
    const std::size_t r = c.row;
    const RowValue& v = run.value(r);
    if (v.state == ValueState::Empty || v.state == ValueState::NoData)
        return;
    std::string expected;
    for (const std::string& word : c.values)
        expected += (expected.empty() ? "" : " / ") + word;
    if (run.def(r).kind == RowKind::YesNo)
    {
        // Có/Không, 1/0, x: value_reader turned every yes/no it recognised into 1 or 0
        if (isNumber(v) && (v.number == 0.0 || v.number == 1.0))
            return;
        run.add(FindingCode::NotInList, check, r, expected, run.shown(r));
        return;
    }
    const std::string text = v.state == ValueState::Number && !v.fromText ? run.shown(r) : v.text;
    // several choices may be listed: "Trực tuyến; Phát phiếu"
    std::vector<std::string> picked;
    boost::algorithm::split(picked, text, boost::algorithm::is_any_of(";,\n"));
    bool any = false;
    for (const std::string& choice : picked)
    {
        const std::string folded = foldText(choice);
        if (folded.empty())
            continue;
        any = true;
        bool known = false;
        for (const std::string& word : c.values)
            known = known || foldText(word) == folded;
        if (!known)
        {
            run.add(FindingCode::NotInList, check, r, expected, text);
            return;
        }
    }
    if (!any)
        run.add(FindingCode::NotInList, check, r, expected, text);
}

std::vector<std::size_t> rows(const Check& check)
{
    return {check.as<OneOfCheck>()->row};
}

} // namespace

const CheckKindInfo& oneOfCheckKind()
{
    static const CheckKindInfo kind{"one-of", {"row", "values"}, read, run, rows};
    return kind;
}

} // namespace parcalc::detail
