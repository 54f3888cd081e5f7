// Fuzz target: sniffBytes, the classification of a submitted file from its bytes (zip
// local headers and the ODF mimetype entry, OLE2, XML, text) on arbitrary input.
#include "fuzz_support.hxx"

#include "core/submission/file_sniff.hxx"

#include <string_view>

using namespace parcalc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const FileSniff s = sniffBytes(bytes);
    const FileSniff again = sniffBytes(bytes);
    FUZZ_CHECK(s.kind == again.kind && s.spreadsheet == again.spreadsheet &&
               s.passwordProtected == again.passwordProtected &&
               s.odfMimeType == again.odfMimeType);
    // Bytes in memory are never "missing" nor "no access".
    FUZZ_CHECK(s.kind != FileKind::Missing && s.kind != FileKind::NoAccess);
    FUZZ_CHECK((s.kind == FileKind::Empty) == bytes.empty());
    FUZZ_CHECK(s.kind == FileKind::OdfPackage || s.odfMimeType.empty());
    if (s.kind == FileKind::OdfPackage)
        FUZZ_CHECK(s.odfMimeType.size() <= bytes.size());
    // Only containers say "password"; an encrypted package is still a spreadsheet to report.
    if (s.passwordProtected)
        FUZZ_CHECK(s.kind == FileKind::OdfPackage || s.kind == FileKind::OoxmlPackage ||
                   s.kind == FileKind::CompoundDocument);
    if (s.kind == FileKind::Empty || s.kind == FileKind::Binary || s.kind == FileKind::OtherZip)
        FUZZ_CHECK(!s.spreadsheet);
    // The first bytes decide the family.
    if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4))
        FUZZ_CHECK(s.kind == FileKind::OdfPackage || s.kind == FileKind::OoxmlPackage ||
                   s.kind == FileKind::OtherZip);
    return 0;
}
