// scoring_engine: rule application with reasons, PARPOINTS / PARMAX, and the
// estimated score from an appendix. The arithmetic of each rule kind is the one
// of point_rules (PARBAND, PARPROP, PARDEDUCT) and ontime (ONTIMERATE).
#include "scoring_engine.hxx"

#include "grade.hxx"
#include "number_format.hxx"
#include "point_rules.hxx"
#include "score_index.hxx"
#include "text_fold.hxx"

#include <algorithm>
#include <cmath>

namespace parcalc
{
namespace
{

const char* const kMinus = "\xE2\x88\x92"; // U+2212, as in "−2"

Error invalid(std::string what)
{
    return makeError(ErrorKind::InvalidArgument, std::move(what));
}

std::string pts(double v)
{
    return formatVnShort(v, 3);
}

// A value as the reason shows it: rates as percentages with one decimal ("89,4 %"),
// more when one decimal would make it look equal to the bound it is compared with.
std::string shown(double v, bool rate, std::optional<double> against = std::nullopt)
{
    if (!rate)
        return formatVnShort(v, 3);
    for (int decimals = 1; decimals <= 4; ++decimals)
    {
        const std::string text = formatVnPercent(v * 100.0, decimals);
        if (!against || v == *against || text != formatVnPercent(*against * 100.0, decimals))
            return text;
    }
    return formatVnPercent(v * 100.0, 6);
}

// "<reason>: −1,5" or "<reason>: đủ điểm".
LocalText withResult(LocalText reason, double max, double points)
{
    const double lost = max - points;
    if (lost > 1e-9)
        return {reason.vi + ": " + kMinus + pts(lost), reason.en + ": " + kMinus + pts(lost)};
    return {reason.vi + ": đủ điểm", reason.en + ": full points"};
}

bool atOrBelow(double value, double bound)
{
    return value <= bound + 1e-9 * std::fmax(1.0, std::fabs(bound));
}

} // namespace

Expected<double> scoringRulePoints(const ScoringNode& node, double value)
{
    if (!node.leaf())
        return invalid("\"" + node.id + "\" is not a scored criterion");
    if (!std::isfinite(value) || value < 0.0)
        return invalid("the value must be finite and >= 0");
    const ScoringRule& r = node.rule;
    const double max = node.max;
    switch (r.kind)
    {
    case ScoringRuleKind::Bands:
    {
        BandAccumulator acc(value);
        for (const ScoringBand& b : r.bands)
            acc.add(b.min, b.points);
        return acc.result();
    }
    case ScoringRuleKind::Proportional:
        return parProp(value, r.target, max, r.cap);
    case ScoringRuleKind::Linear:
        return parProp(value, 1.0, r.slope, std::fmin(r.cap.value_or(max), max));
    case ScoringRuleKind::Threshold:
    case ScoringRuleKind::RateTarget:
    {
        const double bound = r.kind == ScoringRuleKind::Threshold ? r.bound : r.target;
        const bool pass = r.atMost ? atOrBelow(value, bound) : reachesLowerBound(value, bound);
        if (pass)
            return max;
        if (r.kind == ScoringRuleKind::RateTarget && r.perPoint)
            return std::fmax(0.0, max - std::fabs(value - bound) * 100.0 * *r.perPoint);
        return 0.0;
    }
    case ScoringRuleKind::Deduction:
        return parDeduct(value, r.perCase, max, r.floor);
    case ScoringRuleKind::Manual:
        if (value > max && !atOrBelow(value, max))
            return invalid("manual points above the criterion's maximum");
        return std::fmin(value, max);
    }
    return invalid("unknown rule kind");
}

Expected<RuleOutcome> applyScoringRule(const ScoringNode& node, double value, bool rate,
                                       const LocalText& name)
{
    const Expected<double> scored = scoringRulePoints(node, value);
    if (!scored)
        return scored.error();
    const double points = *scored;
    const ScoringRule& r = node.rule;
    const double max = node.max;
    const std::string x = shown(value, rate);
    LocalText reason;
    switch (r.kind)
    {
    case ScoringRuleKind::Bands:
    {
        const ScoringBand* reached = nullptr;
        for (const ScoringBand& b : r.bands) // highest bound first
            if (reachesLowerBound(value, b.min) && (!reached || b.min > reached->min))
                reached = &b;
        if (reached)
        {
            const std::string bound = shown(reached->min, rate, value);
            reason = {name.vi + " " + shown(value, rate, reached->min) + " ≥ " + bound +
                          " (khung " + pts(reached->points) + " điểm)",
                      name.en + " " + shown(value, rate, reached->min) + " ≥ " + bound +
                          " (band worth " + pts(reached->points) + ")"};
        }
        else
        {
            const double lowest = r.bands.back().min;
            const std::string bound = shown(lowest, rate, value);
            reason = {
                name.vi + " " + shown(value, rate, lowest) + " < " + bound + " (dưới mọi khung)",
                name.en + " " + shown(value, rate, lowest) + " < " + bound + " (below every band)"};
        }
        break;
    }
    case ScoringRuleKind::Proportional:
    case ScoringRuleKind::Linear:
    {
        const bool prop = r.kind == ScoringRuleKind::Proportional;
        const double raw = prop ? max * value / r.target : r.slope * value;
        std::string capVi, capEn;
        if (raw > points + 1e-12)
        {
            capVi = ", tối đa " + pts(points);
            capEn = ", at most " + pts(points);
        }
        if (prop)
        {
            const std::string target = shown(r.target, rate);
            reason = {name.vi + " " + x + " / mục tiêu " + target + " × " + pts(max) + " = " +
                          pts(raw) + capVi,
                      name.en + " " + x + " / target " + target + " × " + pts(max) + " = " +
                          pts(raw) + capEn};
        }
        else
            reason = {name.vi + " " + x + " × " + pts(r.slope) + " = " + pts(raw) + capVi,
                      name.en + " " + x + " × " + pts(r.slope) + " = " + pts(raw) + capEn};
        break;
    }
    case ScoringRuleKind::Threshold:
    case ScoringRuleKind::RateTarget:
    {
        const double bound = r.kind == ScoringRuleKind::Threshold ? r.bound : r.target;
        const bool pass = r.atMost ? atOrBelow(value, bound) : reachesLowerBound(value, bound);
        const char* op = r.atMost ? (pass ? " ≤ " : " > ") : (pass ? " ≥ " : " < ");
        const std::string v = shown(value, rate, bound), b = shown(bound, rate, value);
        reason = {name.vi + " " + v + op + b, name.en + " " + v + op + b};
        if (!pass && r.kind == ScoringRuleKind::RateTarget && r.perPoint)
        {
            const double gap = std::fabs(value - bound) * 100.0; // percentage points
            reason.vi += " (lệch " + formatVnShort(gap, 2) + " điểm % × " + pts(*r.perPoint) + ")";
            reason.en += " (off by " + formatVnShort(gap, 2) + " percentage points × " +
                         pts(*r.perPoint) + ")";
        }
        break;
    }
    case ScoringRuleKind::Deduction:
        if (value == 0.0)
            reason = {name.vi + " 0", name.en + " 0"};
        else
        {
            std::string floorVi, floorEn;
            if (points > max - value * r.perCase + 1e-12)
            {
                floorVi = ", không thấp hơn " + pts(points);
                floorEn = ", not below " + pts(points);
            }
            reason = {name.vi + " " + pts(value) + " × " + pts(r.perCase) + " điểm" + floorVi,
                      name.en + " " + pts(value) + " × " + pts(r.perCase) + " points" + floorEn};
        }
        break;
    case ScoringRuleKind::Manual:
        reason = {"chấm tay " + pts(points), "scored by hand " + pts(points)};
        break;
    }
    return RuleOutcome{points, withResult(std::move(reason), max, points)};
}

LocalText ruleSummary(const ScoringRuleSet& rules, const ScoringNode& node)
{
    const ScoringRule& r = node.rule;
    const bool rate = inputIsRate(rules, node);
    switch (r.kind)
    {
    case ScoringRuleKind::Bands:
    {
        std::string list;
        for (const ScoringBand& b : r.bands)
            list +=
                (list.empty() ? "" : "; ") + ("≥ " + shown(b.min, rate) + " → " + pts(b.points));
        return {"theo khung: " + list, "bands: " + list};
    }
    case ScoringRuleKind::Proportional:
        return {"tỷ lệ thuận, mục tiêu " + shown(r.target, rate),
                "proportional, target " + shown(r.target, rate)};
    case ScoringRuleKind::Linear:
        return {"tuyến tính × " + pts(r.slope) + ", tối đa " + pts(r.cap.value_or(node.max)),
                "linear × " + pts(r.slope) + ", at most " + pts(r.cap.value_or(node.max))};
    case ScoringRuleKind::Threshold:
        return {std::string("đạt hoặc không: ") + (r.atMost ? "≤ " : "≥ ") + shown(r.bound, rate),
                std::string("all or nothing: ") + (r.atMost ? "≤ " : "≥ ") + shown(r.bound, rate)};
    case ScoringRuleKind::Deduction:
        return {"trừ " + pts(r.perCase) + " điểm mỗi trường hợp",
                "minus " + pts(r.perCase) + " per case"};
    case ScoringRuleKind::RateTarget:
    {
        LocalText out{
            std::string("chỉ tiêu tỷ lệ ") + (r.atMost ? "≤ " : "≥ ") + shown(r.target, true),
            std::string("rate target ") + (r.atMost ? "≤ " : "≥ ") + shown(r.target, true)};
        if (r.perPoint)
        {
            out.vi += ", trừ " + pts(*r.perPoint) + " mỗi điểm % lệch";
            out.en += ", minus " + pts(*r.perPoint) + " per percentage point off";
        }
        return out;
    }
    case ScoringRuleKind::Manual:
        break;
    }
    return {"chấm tay", "scored by hand"};
}

LocalText inputName(const ScoringRuleSet& rules, const ScoringNode& node)
{
    const ScoringInput& in = node.input;
    if (!in.name.vi.empty() || !in.name.en.empty())
        return in.name;
    switch (in.kind)
    {
    case ScoringInputKind::Value:
    {
        const ScoringRef& r = in.refs.front();
        if (r.manual)
            return rules.scoring.manualInputs[r.index].label;
        return {"dòng " + r.id, "row " + r.id};
    }
    case ScoringInputKind::Rate:
        return {"tỷ lệ", "rate"};
    case ScoringInputKind::OnTimeRate:
        return {"tỷ lệ đúng hạn", "on-time rate"};
    case ScoringInputKind::Sum:
        return {"số trường hợp", "cases"};
    case ScoringInputKind::None:
        break;
    }
    return {"điểm", "points"};
}

bool inputIsRate(const ScoringRuleSet& rules, const ScoringNode& node)
{
    const ScoringInput& in = node.input;
    switch (in.kind)
    {
    case ScoringInputKind::Rate:
    case ScoringInputKind::OnTimeRate:
        return true;
    case ScoringInputKind::Value:
    {
        const ScoringRef& r = in.refs.front();
        if (r.manual)
            return rules.scoring.manualInputs[r.index].rate;
        return isPercentKind(rules.ruleSet.rows[r.index].kind);
    }
    case ScoringInputKind::Sum:
    case ScoringInputKind::None:
        break;
    }
    return false;
}

// --- PARPOINTS / PARMAX ---------------------------------------------------------

namespace
{

// The references of an input in rule-set order (what several PARPOINTS values map to).
std::vector<const ScoringRef*> orderedRefs(const ScoringInput& in)
{
    std::vector<const ScoringRef*> refs;
    for (const ScoringRef& r : in.refs)
        refs.push_back(&r);
    for (const auto* opt : {&in.early, &in.base, &in.lateInProgress})
        if (*opt)
            refs.push_back(&**opt);
    return refs;
}

// The measured value of a criterion from the numbers of its references (in
// orderedRefs order). nullopt: not applicable (0/0).
Expected<std::optional<double>> combine(const ScoringNode& node, const std::vector<double>& v)
{
    const ScoringInput& in = node.input;
    switch (in.kind)
    {
    case ScoringInputKind::Value:
        return std::optional<double>(v[0]);
    case ScoringInputKind::Rate:
        if (v[1] == 0.0)
        {
            if (v[0] == 0.0)
                return std::optional<double>(); // 0/0: không phát sinh
            return invalid("a rate with a zero denominator");
        }
        return std::optional<double>(v[0] / v[1]);
    case ScoringInputKind::OnTimeRate:
    {
        OnTimeInput o;
        o.onTime = v[0];
        o.resolved = v[1];
        o.convention = in.convention;
        std::size_t i = 2;
        if (in.early)
            o.early = v[i++];
        if (in.base)
            o.base = v[i++];
        if (in.lateInProgress)
            o.lateInProgress = v[i++];
        const Expected<double> rate = onTimeRate(o);
        if (!rate)
        {
            if (rate.error().kind == ErrorKind::NoCases)
                return std::optional<double>();
            return invalid(rate.error().detail);
        }
        return std::optional<double>(*rate);
    }
    case ScoringInputKind::Sum:
    {
        double cases = 0.0;
        for (std::size_t i = 0; i < v.size(); ++i)
            cases += v[i] * (i < in.weights.size() ? in.weights[i] : 1.0);
        return std::optional<double>(cases);
    }
    case ScoringInputKind::None:
        break;
    }
    return invalid("the criterion has no input");
}

PointsResult notApplicable(const ScoringNode& node)
{
    if (node.notApplicable == NotApplicablePolicy::Full)
        return PointsResult{false, node.max};
    return PointsResult{true, 0.0};
}

} // namespace

Expected<PointsResult> parPoints(const ScoringRuleSet& rules, std::string_view criterion,
                                 const std::vector<CellInput>& values)
{
    const ScoringNode* node = rules.scoring.find(criterion);
    if (!node)
        return makeError(ErrorKind::NotAvailable, "unknown criterion");
    if (!node->leaf())
        return makeError(ErrorKind::NotAvailable,
                         "a field or a criterion with sub-criteria has no rule of its own");
    if (values.empty())
        return invalid("no value");

    std::vector<double> numbers;
    bool notApplicableMarker = false;
    for (const CellInput& cell : values)
    {
        const CellReading reading = readCell(cell);
        switch (reading.cls)
        {
        case CellClass::Number:
            if (!std::isfinite(reading.number) || reading.number < 0.0)
                return invalid("values must be finite and >= 0");
            numbers.push_back(reading.number);
            break;
        case CellClass::NotApplicable:
            notApplicableMarker = true;
            numbers.push_back(0.0);
            break;
        case CellClass::Empty:
            return invalid("an empty value");
        case CellClass::NotANumber:
            return invalid("a value that is not a number");
        }
    }
    if (notApplicableMarker)
    {
        if (node->rule.kind == ScoringRuleKind::Manual && values.size() == 1)
            return PointsResult{true, 0.0}; // a person marked it not applicable
        return notApplicable(*node);
    }

    double measured = 0.0;
    if (node->rule.kind == ScoringRuleKind::Manual || numbers.size() == 1)
    {
        if (numbers.size() != 1)
            return invalid("a manual criterion takes one value: its points");
        measured = numbers[0];
        if (node->input.kind == ScoringInputKind::OnTimeRate && measured > 1.0 + 1e-9)
            return invalid("an on-time rate above 100 %");
    }
    else
    {
        if (numbers.size() != orderedRefs(node->input).size())
            return invalid("wrong number of values for the criterion's input");
        const Expected<std::optional<double>> combined = combine(*node, numbers);
        if (!combined)
            return combined.error();
        if (!*combined)
            return notApplicable(*node);
        measured = **combined;
    }
    const Expected<double> points = scoringRulePoints(*node, measured); // no reason: cheap per cell
    if (!points)
        return points.error();
    return PointsResult{false, *points};
}

Expected<double> parMax(const ScoringRuleSet& rules, std::string_view criterion)
{
    if (const ScoringNode* node = rules.scoring.find(criterion))
        return node->max;
    const std::string key = foldText(criterion);
    if (key == "tong" || key == "total" || key == "tong cong")
        return rules.scoring.totalMax;
    return makeError(ErrorKind::NotAvailable, "unknown criterion");
}

// --- The estimated score ------------------------------------------------------------

std::string_view criterionStatusName(CriterionStatus status)
{
    switch (status)
    {
    case CriterionStatus::Scored:
        return "scored";
    case CriterionStatus::NotApplicable:
        return "not-applicable";
    case CriterionStatus::Manual:
        return "manual";
    case CriterionStatus::Pending:
        break;
    }
    return "pending";
}

std::size_t ScoreEstimate::count(CriterionStatus status) const
{
    return std::size_t(std::count_if(criteria.begin(), criteria.end(),
                                     [&](const CriterionEstimate& c)
                                     { return c.status == status; }));
}

namespace
{

enum class ReadState
{
    Number,
    NotApplicable,
    Manual,  // a manual input not supplied
    Missing, // the appendix does not give a usable number
};

struct RefRead
{
    ReadState state = ReadState::Missing;
    double value = 0.0;
    LocalText problem; // Missing: why
};

// One reference read from the appendix (or the manual values). Rates of percent
// rows become fractions.
RefRead readRef(const ScoringRef& ref, const AppendixData& data, const ScoringRuleSet& rules,
                const ManualValues& manual, std::vector<InputUsed>& used)
{
    RefRead out;
    if (ref.manual)
    {
        auto it = manual.find(ref.id);
        if (it == manual.end())
        {
            out.state = ReadState::Manual;
            used.push_back({ref.id, "", ""});
            return out;
        }
        out.state = ReadState::Number;
        out.value = it->second;
        used.push_back({ref.id, "", pts(it->second)});
        return out;
    }
    const RowDef& def = rules.ruleSet.rows[ref.index];
    const std::string cell = ref.index < data.cells.size() ? data.cells[ref.index] : "";
    if (cell.empty())
    {
        used.push_back({ref.id, "", ""});
        out.problem = {"dòng " + ref.id + " không có trong bảng phụ lục",
                       "row " + ref.id + " is not in the appendix table"};
        return out;
    }
    const RowValue& v = data.values[ref.index];
    std::string display = displayValue(v, def.kind);
    if (def.kind == RowKind::YesNo && v.state == ValueState::Number)
        display = v.number != 0.0 ? "Có" : "Không";
    const std::string where = ref.id + " (" + cell + ")";
    switch (v.state)
    {
    case ValueState::Number:
        if (!std::isfinite(v.number) || v.number < 0.0)
        {
            out.problem = {"dòng " + where + " ghi số âm " + display,
                           "row " + where + " holds a negative number " + display};
            break;
        }
        out.state = ReadState::Number;
        out.value = isPercentKind(def.kind) ? v.number / 100.0 : v.number;
        break;
    case ValueState::Empty:
        display = "(trống)";
        out.problem = {"dòng " + where + " chưa nhập số liệu", "row " + where + " is empty"};
        break;
    case ValueState::NoData:
        if (isNotApplicableMarker(v.marker))
            out.state = ReadState::NotApplicable;
        else
            out.problem = {"dòng " + where + " ghi \"" + v.text + "\"",
                           "row " + where + " says \"" + v.text + "\""};
        break;
    case ValueState::Text:
        out.problem = {"dòng " + where + " ghi chữ \"" + v.text + "\" thay cho số",
                       "row " + where + " holds text \"" + v.text + "\" instead of a number"};
        break;
    case ValueState::Error:
        out.problem = {"dòng " + where + " bị lỗi công thức (" + v.text + ")",
                       "row " + where + " holds a formula error (" + v.text + ")"};
        break;
    }
    used.push_back({ref.id, cell, display});
    return out;
}

// "3.3.1.b / 3.3.1.a = 199 / 199", "5.4.1 + 5.4.2 + 0,5 × 5.4.3 = 0 + 1 + 0,5 × 2".
LocalText working(const ScoringNode& node, const std::vector<const ScoringRef*>& refs,
                  const std::vector<InputUsed>& used)
{
    const ScoringInput& in = node.input;
    auto idOf = [&](std::size_t i) { return refs[i]->id; };
    auto valueOf = [&](std::size_t i) { return used[i].shown; };
    std::string ids, values;
    switch (in.kind)
    {
    case ScoringInputKind::Value:
        return {idOf(0) + " = " + valueOf(0), idOf(0) + " = " + valueOf(0)};
    case ScoringInputKind::Rate:
    case ScoringInputKind::OnTimeRate:
        ids = idOf(0) + " / " + idOf(1);
        values = valueOf(0) + " / " + valueOf(1);
        if (in.kind == ScoringInputKind::OnTimeRate && refs.size() > 2)
        {
            std::string extraVi, extraEn;
            for (std::size_t i = 2; i < refs.size(); ++i)
            {
                extraVi += "; " + idOf(i) + " = " + valueOf(i);
                extraEn += "; " + idOf(i) + " = " + valueOf(i);
            }
            return {ids + " = " + values + extraVi, ids + " = " + values + extraEn};
        }
        return {ids + " = " + values, ids + " = " + values};
    case ScoringInputKind::Sum:
        for (std::size_t i = 0; i < refs.size(); ++i)
        {
            const double w = i < in.weights.size() ? in.weights[i] : 1.0;
            const std::string factor = w == 1.0 ? "" : pts(w) + " × ";
            ids += (i ? " + " : "") + factor + idOf(i);
            values += (i ? " + " : "") + factor + valueOf(i);
        }
        return {ids + " = " + values, ids + " = " + values};
    case ScoringInputKind::None:
        break;
    }
    return {};
}

CriterionEstimate estimateLeaf(std::size_t index, const AppendixData& data,
                               const ScoringRuleSet& rules, const ManualValues& manual)
{
    const ScoringNode& node = rules.scoring.nodes[index];
    CriterionEstimate c;
    c.node = index;
    c.max = node.max;
    if (node.rule.kind == ScoringRuleKind::Manual)
    {
        c.status = CriterionStatus::Manual;
        c.why = {"chấm tay (không tính từ phụ lục)", "scored by hand (not from the appendix)"};
        return c;
    }
    const std::vector<const ScoringRef*> refs = orderedRefs(node.input);
    std::vector<double> numbers;
    bool notApplicable = false;
    std::vector<std::string> needs;
    std::vector<LocalText> problems;
    for (const ScoringRef* ref : refs)
    {
        const RefRead r = readRef(*ref, data, rules, manual, c.inputs);
        numbers.push_back(r.value);
        switch (r.state)
        {
        case ReadState::Number:
            break;
        case ReadState::NotApplicable:
            notApplicable = true;
            break;
        case ReadState::Manual:
            needs.push_back(ref->id);
            break;
        case ReadState::Missing:
            problems.push_back(r.problem);
            break;
        }
    }
    c.working = working(node, refs, c.inputs);
    const LocalText name = inputName(rules, node);

    auto setNotApplicable = [&](const LocalText& why)
    {
        c.status = CriterionStatus::NotApplicable;
        if (node.notApplicable == NotApplicablePolicy::Full)
        {
            c.points = node.max;
            c.counted = true;
            c.why = {why.vi + ": đủ điểm theo quy tắc", why.en + ": full points by the rule"};
        }
        else
            c.why = {why.vi + ": loại khỏi điểm tối đa", why.en + ": left out of the maximum"};
    };

    if (!needs.empty())
    {
        c.status = CriterionStatus::Manual;
        c.needs = needs;
        std::string vi, en;
        for (const std::string& id : needs)
        {
            for (const ManualInput& m : rules.scoring.manualInputs)
                if (m.id == id)
                {
                    vi += (vi.empty() ? "" : "; ") + m.label.vi;
                    en += (en.empty() ? "" : "; ") + m.label.en;
                }
        }
        c.why = {"cần số liệu nhập tay: " + vi, "needs manual input: " + en};
        return c;
    }
    if (notApplicable)
    {
        setNotApplicable({name.vi + " không phát sinh", name.en + ": no cases (không phát sinh)"});
        return c;
    }
    if (!problems.empty())
    {
        c.status = CriterionStatus::Pending;
        LocalText why{"chưa tính được: ", "cannot be scored yet: "};
        for (std::size_t i = 0; i < problems.size(); ++i)
        {
            why.vi += (i ? "; " : "") + problems[i].vi;
            why.en += (i ? "; " : "") + problems[i].en;
        }
        c.why = why;
        return c;
    }
    const Expected<std::optional<double>> combined = combine(node, numbers);
    if (!combined)
    {
        c.status = CriterionStatus::Pending;
        c.why = {"số liệu không hợp lệ (" + c.working.vi + ")",
                 "the data is not valid (" + c.working.en + ": " + combined.error().detail + ")"};
        return c;
    }
    if (!*combined)
    {
        setNotApplicable({name.vi + " không phát sinh (0/0)", name.en + ": no cases (0/0)"});
        return c;
    }
    const bool rate = inputIsRate(rules, node);
    const bool oneTerm = node.input.kind == ScoringInputKind::Sum && refs.size() == 1 &&
                         (node.input.weights.empty() || node.input.weights[0] == 1.0);
    if (node.input.kind != ScoringInputKind::Value && !oneTerm)
    {
        c.working.vi += " = " + shown(**combined, rate);
        c.working.en += " = " + shown(**combined, rate);
    }
    const Expected<RuleOutcome> outcome = applyScoringRule(node, **combined, rate, name);
    if (!outcome)
    {
        c.status = CriterionStatus::Pending;
        c.why = {"số liệu không hợp lệ (" + c.working.vi + ")",
                 "the data is not valid (" + c.working.en + ")"};
        return c;
    }
    c.status = CriterionStatus::Scored;
    c.points = outcome->points;
    c.counted = true;
    c.why = outcome->why;
    return c;
}

} // namespace

ScoreEstimate estimateScore(const AppendixData& data, const ScoringRuleSet& rules,
                            const ManualValues& manual)
{
    ScoreEstimate est;
    const ScoringRules& tree = rules.scoring;
    est.totalMax = tree.totalMax;
    ScoreAccumulator acc;
    for (std::size_t f : tree.fields)
    {
        FieldEstimate field;
        field.node = f;
        field.max = tree.nodes[f].max;
        // The leaves under the field, in tree order (nodes are stored in tree order).
        for (std::size_t i = f + 1;
             i < tree.nodes.size() && tree.nodes[i].level != ScoringLevel::Field; ++i)
        {
            if (!tree.nodes[i].leaf())
                continue;
            CriterionEstimate c = estimateLeaf(i, data, rules, manual);
            if (c.counted)
            {
                field.earned += c.points;
                field.known += c.max;
                acc.add(c.points, c.max);
            }
            else if (c.status == CriterionStatus::NotApplicable)
                field.excluded += c.max;
            else if (c.status == CriterionStatus::Manual)
                field.manual += c.max;
            else
                field.pending += c.max;
            est.criteria.push_back(std::move(c));
        }
        est.earned += field.earned;
        est.known += field.known;
        est.manual += field.manual;
        est.pending += field.pending;
        est.excluded += field.excluded;
        est.fields.push_back(field);
    }
    est.index = acc.result();
    if (est.index)
    {
        if (auto g = rules.gradesVi.grade(*est.index))
            est.grade = std::string(*g);
        if (auto g = rules.gradesEn.grade(*est.index))
            est.gradeEn = std::string(*g);
    }
    const double open = est.manual + est.pending;
    const double base = est.known + open;
    if (base > 0.0)
    {
        est.lowest = est.earned / base * 100.0;
        est.highest = (est.earned + open) / base * 100.0;
    }
    return est;
}

} // namespace parcalc
