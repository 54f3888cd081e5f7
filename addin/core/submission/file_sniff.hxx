// file_sniff: what a submitted file really is, from its first bytes, before
// LibreOffice is asked to open it: empty, not a spreadsheet, password
// protected... so the batch report can say why a file is unreadable instead
// of "LibreOffice could not open it".
#pragma once

#include <string>
#include <string_view>

namespace parcalc
{

enum class FileKind
{
    Missing,          // no such file, or not a regular file
    NoAccess,         // exists but cannot be read (permissions, locked by the OS)
    Empty,            // 0 bytes
    OdfPackage,       // zip with an ODF mimetype (.ods)
    OoxmlPackage,     // zip with [Content_Types].xml (.xlsx)
    OtherZip,         // a zip that is neither (e.g. a .docx renamed)
    CompoundDocument, // OLE2 compound file (.xls, or an encrypted .xlsx)
    FlatXml,          // XML text (.fods)
    Text,             // plain text (.csv)
    Binary,           // anything else (a PDF, an image...)
};

struct FileSniff
{
    FileKind kind = FileKind::Missing;
    bool passwordProtected = false; // encrypted ODF entries or an encrypted OOXML package
    std::string odfMimeType;  // for OdfPackage: "application/vnd.oasis.opendocument.spreadsheet"
    bool spreadsheet = false; // plausibly a spreadsheet LibreOffice can read
    bool truncated = false;   // a zip without its central directory, an OLE2 file cut short
};

FileSniff sniffFile(const std::string& path);
// The same on bytes already read (tests); `head` should be the first few KiB,
// `whole` the whole file when available (to look inside zip directories).
FileSniff sniffBytes(std::string_view whole);

// The field separator of a CSV text: ';' (Vietnamese Excel), ',' or TAB, the one
// that splits the first lines most consistently outside quotes; ',' on a tie.
char csvSeparator(std::string_view text);

// A LibreOffice lock file beside `path` (".~lock.<name>#"): who holds it, or "".
std::string lockOwner(const std::string& path);

} // namespace parcalc
