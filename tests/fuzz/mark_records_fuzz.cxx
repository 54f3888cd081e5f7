// Fuzz target: the sidebar's mark records and mark comments (addin/sidebar/mark_records),
// the one piece of ParCalc's state stored in a user's document (user property
// ParCalcMarks, JSON) and read back by Clear marks after the file went through other hands
// or an editor. The whole input is read as that JSON; it is also split at 0x00 into
// strings for the writer and the comments (first: the cell's earlier comment, the others:
// finding lines). Invariants are in FUZZ_CHECKs below.
#include "fuzz_support.hxx"

#include "sidebar/model/mark_records.hxx"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

using namespace parcalc::sidebar;

namespace
{

bool sameRecords(const std::vector<MarkRecord>& a, const std::vector<MarkRecord>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].sheet != b[i].sheet || a[i].cell != b[i].cell ||
            a[i].backgroundWasSet != b[i].backgroundWasSet || a[i].background != b[i].background)
            return false;
    return true;
}

// Anything stored reads back as the same records; what was written is JSON we can read.
void checkRecords(std::string_view json)
{
    const std::vector<MarkRecord> records = readMarkRecords(json); // never throws
    for (const MarkRecord& r : records)
        FUZZ_CHECK(parcalc::fuzz::validUtf8(r.sheet) && parcalc::fuzz::validUtf8(r.cell));
    const std::string written = writeMarkRecords(records);
    FUZZ_CHECK(sameRecords(readMarkRecords(written), records));
    FUZZ_CHECK(writeMarkRecords(readMarkRecords(written)) == written);
}

std::vector<std::string> splitAtNul(std::string_view input)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= input.size() && parts.size() < 16)
    {
        const std::size_t end = std::min(input.find('\0', start), input.size());
        parts.emplace_back(input.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

// Records with any names (a sheet name the office gave us is UTF-8, but the writer must
// not depend on it): written, they read back one for one.
void checkWriter(const std::vector<std::string>& parts, std::uint8_t flags)
{
    std::vector<MarkRecord> records;
    for (std::size_t i = 0; i + 1 < parts.size(); i += 2)
        records.push_back({parts[i], parts[i + 1], (flags & 1) != 0,
                           (flags & 2) ? std::int32_t(0xFFC7CE) : std::int32_t(-1)});
    const std::vector<MarkRecord> back = readMarkRecords(writeMarkRecords(records));
    FUZZ_CHECK(back.size() == records.size());
    for (std::size_t i = 0; i < records.size(); ++i)
    {
        if (parcalc::fuzz::validUtf8(records[i].sheet))
            FUZZ_CHECK(back[i].sheet == records[i].sheet);
        if (parcalc::fuzz::validUtf8(records[i].cell))
            FUZZ_CHECK(back[i].cell == records[i].cell);
        FUZZ_CHECK(back[i].backgroundWasSet == records[i].backgroundWasSet);
        FUZZ_CHECK(back[i].background == records[i].background);
    }
}

// A mark comment is recognised as ours and gives back the user's comment it wraps, whatever
// that comment holds; a comment not starting with the prefix is the user's, untouched.
void checkComments(const std::vector<std::string>& parts)
{
    const std::string& earlier = parts.front();
    std::vector<std::string> lines(parts.begin() + 1, parts.end());
    bool linesClean = !lines.empty();
    for (const std::string& line : lines)
        linesClean = linesClean && line.find(kMarkSeparator) == std::string::npos;
    const std::string comment = markComment(lines, earlier);
    if (linesClean) // ParCalc's own lines never hold the separator
    {
        FUZZ_CHECK(isMarkComment(comment));
        FUZZ_CHECK(earlierComment(comment) == earlier);
    }
    if (!isMarkComment(earlier))
        FUZZ_CHECK(earlierComment(earlier) == earlier);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    checkRecords(input);
    const std::vector<std::string> parts = splitAtNul(input);
    checkWriter(parts, size ? data[0] : 0);
    checkComments(parts);
    return 0;
}
