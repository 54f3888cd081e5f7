// Fuzz target: the Vietnamese number reader and the text folding behind it, on arbitrary
// bytes (invalid UTF-8 included): parseVnNumber, parseYesNo, noDataMarkerOf, readCell,
// foldText, foldedWords, labelSimilarity, labelCoverage, and PARSCORE's ScoreAccumulator
// fed with the input's lines as cells. Invariants are in FUZZ_CHECKs below.
#include "fuzz_support.hxx"

#include "core/functions/cell_input.hxx"
#include "core/functions/score_index.hxx"
#include "core/text/label_match.hxx"
#include "core/text/text_fold.hxx"
#include "core/text/vn_number.hxx"

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

using namespace parcalc;

namespace
{

bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

void checkNumber(std::string_view text)
{
    const VnNumber n = parseVnNumber(text);
    const VnNumber again = parseVnNumber(text);
    FUZZ_CHECK(n.kind == again.kind && n.marker == again.marker);
    switch (n.kind)
    {
    case CellKind::Number:
        FUZZ_CHECK(std::isfinite(n.value));
        FUZZ_CHECK(std::isfinite(n.typed));
        FUZZ_CHECK(n.decimals >= 0);
        FUZZ_CHECK(n.marker == NoDataMarker::None);
        FUZZ_CHECK(n.value == again.value); // deterministic, bit for bit
        FUZZ_CHECK(!n.ambiguous || std::isfinite(n.alternative));
        // "25%" -> 0.25: a percent is the typed number / 100.
        if (n.percent)
            FUZZ_CHECK(std::fabs(n.value * 100 - n.typed) <= 1e-9 * std::fabs(n.typed) + 1e-300);
        else
            FUZZ_CHECK(n.value == n.typed);
        // A number text is never a marker; it holds at least one digit.
        FUZZ_CHECK(text.find_first_of("0123456789") != std::string_view::npos);
        break;
    case CellKind::Empty:
        // Blank: no visible ASCII character.
        for (char c : text)
            FUZZ_CHECK(static_cast<unsigned char>(c) >= 0x80 || isAsciiSpace(c));
        FUZZ_CHECK(n.marker == NoDataMarker::None);
        break;
    case CellKind::NoData:
        FUZZ_CHECK(n.marker != NoDataMarker::None);
        FUZZ_CHECK(noDataMarkerOf(text) == n.marker);
        break;
    case CellKind::NotANumber:
        FUZZ_CHECK(n.marker == NoDataMarker::None);
        break;
    }

    // Có/không: a blank is "no"; 1 and 0 are yes and no; a marker sentence is not an answer.
    const std::optional<bool> yes = parseYesNo(text);
    if (n.kind == CellKind::Empty)
        FUZZ_CHECK(yes == false);
    if (n.kind == CellKind::Number && !n.percent && n.value == 1.0)
        FUZZ_CHECK(yes == true);
    if (n.kind == CellKind::Number && !n.percent && n.value == 0.0)
        FUZZ_CHECK(yes == false);

    // A score cell: numbers finite, ambiguous separators never silently read.
    const CellReading cell = readCell(CellInput::fromText(text));
    switch (cell.cls)
    {
    case CellClass::Number:
        FUZZ_CHECK(n.kind == CellKind::Number && !n.ambiguous && cell.number == n.value);
        break;
    case CellClass::Empty:
        FUZZ_CHECK(n.kind == CellKind::Empty);
        break;
    case CellClass::NotApplicable:
        FUZZ_CHECK(n.kind == CellKind::NoData && isNotApplicableMarker(n.marker));
        FUZZ_CHECK(isNotApplicableMarker(text));
        break;
    case CellClass::NotANumber:
        FUZZ_CHECK(n.kind != CellKind::Empty);
        break;
    }
}

void checkFold(std::string_view text)
{
    const std::string folded = foldText(text);
    FUZZ_CHECK(fuzz::validUtf8(folded));
    FUZZ_CHECK(folded.empty() || (folded.front() != ' ' && folded.back() != ' '));
    FUZZ_CHECK(folded.find("  ") == std::string::npos);
    for (char c : folded)
        FUZZ_CHECK(!(c >= 'A' && c <= 'Z'));
    FUZZ_CHECK(folded.empty() || std::string_view(".:;,").find(folded.back()) == std::string::npos);

    for (const std::string& w : foldedWords(text))
    {
        FUZZ_CHECK(!w.empty());
        FUZZ_CHECK(w.find(' ') == std::string::npos);
        FUZZ_CHECK(fuzz::validUtf8(w));
    }
}

void checkSimilarity(std::string_view a, std::string_view b)
{
    const double ab = labelSimilarity(a, b);
    const double ba = labelSimilarity(b, a);
    FUZZ_CHECK(ab >= 0.0 && ab <= 1.0);
    FUZZ_CHECK(ab == ba);
    const double cover = labelCoverage(a, b);
    FUZZ_CHECK(cover >= 0.0 && cover <= 1.0);
    if (!foldedWords(a).empty())
        FUZZ_CHECK(labelSimilarity(a, a) == 1.0 && labelCoverage(a, a) == 1.0);
}

void checkScore(const ScoreAccumulator& acc)
{
    const Expected<double> r = acc.result();
    if (acc.failed())
        FUZZ_CHECK(!r);
    if (r)
    {
        FUZZ_CHECK(std::isfinite(*r));
        // Each pair may exceed its maximum by 1e-9 of it (rounding noise), no more.
        FUZZ_CHECK(*r >= 0.0 && *r <= 100.0 * (1 + 2e-9));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    checkNumber(text);
    checkFold(text);

    // Two labels: the input split at its first '|'.
    const std::size_t bar = text.find('|');
    if (bar != std::string_view::npos)
        checkSimilarity(text.substr(0, bar), text.substr(bar + 1));

    // PARSCORE over the lines as (achieved, max) cell pairs; a line "#" + 8 bytes is a
    // numeric cell with those raw bits (NaN, infinities, negatives, denormals).
    std::vector<CellInput> cells;
    std::size_t start = 0;
    while (start <= text.size() && cells.size() < 64)
    {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = text.substr(start, end - start);
        if (line.size() == 9 && line[0] == '#')
        {
            fuzz::ByteReader raw(reinterpret_cast<const std::uint8_t*>(line.data()) + 1, 8);
            cells.push_back(CellInput::fromNumber(raw.rawDouble()));
        }
        else if (line.empty())
            cells.push_back(CellInput::empty());
        else
        {
            if (cells.size() < 8)
                checkNumber(line);
            cells.push_back(CellInput::fromText(line));
        }
        start = end + 1;
    }
    if (cells.size() >= 2)
    {
        ScoreAccumulator general, fast;
        for (std::size_t i = 0; i + 1 < cells.size(); i += 2)
        {
            general.add(cells[i], cells[i + 1]);
            const CellReading a = readCell(cells[i]);
            const CellReading m = readCell(cells[i + 1]);
            fast.add(a.cls == CellClass::Number ? a.number : 0.0,
                     m.cls == CellClass::Number ? m.number : 0.0);
        }
        checkScore(general);
        checkScore(fast);
        FUZZ_CHECK(general.pairCount() <= cells.size() / 2);
    }
    return 0;
}
