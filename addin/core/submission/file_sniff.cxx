// Classifying a file by its bytes (zip local headers, OLE2 signature, XML, text).
#include "core/submission/file_sniff.hxx"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>
#include <vector>

namespace parcalc
{
namespace
{

constexpr std::string_view kZipMagic("PK\x03\x04", 4);
constexpr std::string_view kOleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
constexpr std::string_view kOdsMime = "application/vnd.oasis.opendocument.spreadsheet";
// Reading more than this is never needed to classify a file: zip directories of
// spreadsheets are small, and OLE2 directory entries sit early in the file.
constexpr std::size_t kMaxRead = 8u << 20;

std::uint16_t le16(std::string_view b, std::size_t at)
{
    return std::uint16_t(std::uint8_t(b[at]) | (std::uint8_t(b[at + 1]) << 8));
}

std::uint32_t le32(std::string_view b, std::size_t at)
{
    return std::uint32_t(le16(b, at)) | (std::uint32_t(le16(b, at + 2)) << 16);
}

// A zip ends with its central directory, closed by the end record "PK\5\6" (at most
// 64 KiB of comment after it): a file cut short (a broken download, a full disk) has none.
constexpr std::string_view kZipEndMagic("PK\x05\x06", 4);
constexpr std::size_t kZipEndSearch = 22 + 0xFFFF;

bool hasZipEnd(std::string_view tail)
{
    if (tail.size() > kZipEndSearch)
        tail.remove_prefix(tail.size() - kZipEndSearch);
    return tail.find(kZipEndMagic) != std::string_view::npos;
}

// OLE2 header: sector size 2^(le16 at 30), first directory sector (le32 at 48); the
// directory lies past the end of a file cut short.
bool oleTruncated(std::string_view bytes)
{
    if (bytes.size() < 512)
        return true;
    const unsigned shift = le16(bytes, 30);
    if (shift < 7 || shift > 16)
        return false; // not a header we understand: leave it to LibreOffice
    const std::uint64_t sector = std::uint64_t(1) << shift;
    const std::uint64_t directory = (std::uint64_t(le32(bytes, 48)) + 1) * sector;
    return directory + 128 > bytes.size();
}

// An OLE2 directory entry name is UTF-16LE: "EncryptedPackage" -> E\0n\0c\0...
bool containsUtf16(std::string_view bytes, std::string_view ascii)
{
    std::string wide;
    for (char c : ascii)
        wide += {c, '\0'};
    return bytes.find(wide) != std::string_view::npos;
}

bool looksLikeText(std::string_view bytes)
{
    const std::string_view head = bytes.substr(0, 4096);
    for (unsigned char c : head)
        if (c == 0 || (c < 0x09) || (c > 0x0D && c < 0x20 && c != 0x1B))
            return false;
    return true;
}

FileSniff sniffZip(std::string_view bytes)
{
    FileSniff s;
    s.truncated = !hasZipEnd(bytes);
    // ODF puts an uncompressed "mimetype" entry first (ODF 1.2, 17.4).
    if (bytes.size() > 38 && bytes.substr(30, 8) == "mimetype")
    {
        const std::size_t nameLen = le16(bytes, 26), extraLen = le16(bytes, 28);
        const std::size_t size = le16(bytes, 18);
        const std::size_t at = 30 + nameLen + extraLen;
        if (at + size <= bytes.size())
        {
            s.kind = FileKind::OdfPackage;
            s.odfMimeType = std::string(bytes.substr(at, size));
            s.spreadsheet = s.odfMimeType.rfind(kOdsMime, 0) == 0;
            return s;
        }
    }
    if (bytes.find("[Content_Types].xml") != std::string_view::npos)
    {
        s.kind = FileKind::OoxmlPackage;
        s.spreadsheet = bytes.find("xl/") != std::string_view::npos;
        return s;
    }
    s.kind = FileKind::OtherZip;
    return s;
}

} // namespace

FileSniff sniffBytes(std::string_view bytes)
{
    FileSniff s;
    if (bytes.empty())
    {
        s.kind = FileKind::Empty;
        return s;
    }
    if (bytes.substr(0, 4) == kZipMagic)
        return sniffZip(bytes);
    if (bytes.substr(0, 8) == kOleMagic)
    {
        s.kind = FileKind::CompoundDocument;
        // An encrypted .xlsx is an OLE2 file holding the package encrypted.
        s.passwordProtected = containsUtf16(bytes, "EncryptedPackage");
        s.spreadsheet =
            s.passwordProtected || containsUtf16(bytes, "Workbook") || containsUtf16(bytes, "Book");
        s.truncated = oleTruncated(bytes);
        return s;
    }
    std::string_view text = bytes;
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first != std::string_view::npos && text.substr(first, 5) == "<?xml")
    {
        s.kind = FileKind::FlatXml;
        s.spreadsheet = text.find(kOdsMime) != std::string_view::npos ||
                        text.find("office:spreadsheet") != std::string_view::npos;
        return s;
    }
    if (looksLikeText(bytes))
    {
        s.kind = FileKind::Text;
        s.spreadsheet = true; // CSV: LibreOffice decides, the table recognizer judges
        return s;
    }
    s.kind = FileKind::Binary;
    return s;
}

FileSniff sniffFile(const std::string& path)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return FileSniff{};
    std::ifstream in(path, std::ios::binary);
    if (!in)
    {
        FileSniff s;
        s.kind = FileKind::NoAccess;
        return s;
    }
    const auto size = std::filesystem::file_size(path, ec);
    std::string bytes(ec ? kMaxRead : std::min<std::size_t>(std::size_t(size), kMaxRead), '\0');
    in.read(bytes.data(), std::streamsize(bytes.size()));
    bytes.resize(std::size_t(in.gcount()));
    FileSniff s = sniffBytes(bytes);
    if (!ec && size > bytes.size())
    {
        // Only the head was read: judge a zip's end by the file's tail, an OLE2 file not at all.
        if (s.kind == FileKind::CompoundDocument)
            s.truncated = false;
        else if (s.kind == FileKind::OdfPackage || s.kind == FileKind::OoxmlPackage ||
                 s.kind == FileKind::OtherZip)
        {
            std::string tail(kZipEndSearch, '\0');
            in.clear();
            in.seekg(-std::streamoff(tail.size()), std::ios::end);
            in.read(tail.data(), std::streamsize(tail.size()));
            tail.resize(std::size_t(in.gcount()));
            s.truncated = !hasZipEnd(tail);
        }
    }
    return s;
}

char csvSeparator(std::string_view text)
{
    constexpr std::size_t kLines = 30;
    char best = ',';
    std::size_t bestScore = 0;
    for (const char sep : {',', ';', '\t'})
    {
        // Count `sep` outside quotes on each of the first lines.
        std::vector<std::size_t> counts;
        std::size_t count = 0;
        bool quoted = false;
        for (std::size_t i = 0; i < text.size() && counts.size() < kLines; ++i)
        {
            const char c = text[i];
            if (c == '"')
                quoted = !quoted;
            else if (c == sep && !quoted)
                ++count;
            else if (c == '\n' && !quoted)
            {
                counts.push_back(count);
                count = 0;
            }
        }
        if (count > 0)
            counts.push_back(count);
        // Score: how many lines share the most common non-zero count.
        std::size_t score = 0;
        for (const std::size_t candidate : counts)
            if (candidate > 0)
                score = std::max<std::size_t>(
                    score, std::size_t(std::count(counts.begin(), counts.end(), candidate)));
        if (score > bestScore)
        {
            best = sep;
            bestScore = score;
        }
    }
    return best;
}

std::string lockOwner(const std::string& path)
{
    const std::filesystem::path p(path);
    const std::filesystem::path lock = p.parent_path() / (".~lock." + p.filename().string() + "#");
    std::ifstream in(lock);
    if (!in)
        return {};
    // Lock file: "<full name>,<user>,<host>,<time>,<profile URL>;"; the full name may be empty.
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::size_t a = content.find(',');
    const std::size_t b = a == std::string::npos ? a : content.find(',', a + 1);
    std::string owner = content.substr(0, a);
    if (owner.empty() && a != std::string::npos)
        owner = content.substr(a + 1, b == std::string::npos ? b : b - a - 1);
    return owner.empty() ? "?" : owner;
}

} // namespace parcalc
