// file_sniff: each kind of submitted file is told apart by its bytes.
#include "core/submission/file_sniff.hxx"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

using namespace parcalc;

namespace
{

// A zip local header whose first entry is `name` holding `data`, stored.
std::string zipWith(const std::string& name, const std::string& data)
{
    std::string h("PK\x03\x04", 4);
    h += std::string(14, '\0'); // version, flags, method, time, date, crc
    auto le32 = [&](std::size_t v)
    {
        for (int i = 0; i < 4; ++i)
            h += char((v >> (8 * i)) & 0xFF);
    };
    le32(data.size()); // compressed size
    le32(data.size()); // uncompressed size
    h += char(name.size());
    h += '\0';
    h += std::string(2, '\0'); // extra length
    return h + name + data;
}

TEST(FileSniff, OdsPackageIsASpreadsheet)
{
    const FileSniff s =
        sniffBytes(zipWith("mimetype", "application/vnd.oasis.opendocument.spreadsheet"));
    EXPECT_EQ(s.kind, FileKind::OdfPackage);
    EXPECT_TRUE(s.spreadsheet);
    EXPECT_EQ(s.odfMimeType, "application/vnd.oasis.opendocument.spreadsheet");
}

TEST(FileSniff, OdtRenamedToOdsIsNotASpreadsheet)
{
    const FileSniff s = sniffBytes(zipWith("mimetype", "application/vnd.oasis.opendocument.text"));
    EXPECT_EQ(s.kind, FileKind::OdfPackage);
    EXPECT_FALSE(s.spreadsheet);
}

TEST(FileSniff, XlsxAndDocx)
{
    EXPECT_TRUE(
        sniffBytes(zipWith("[Content_Types].xml", "<Types/>") + "xl/workbook.xml").spreadsheet);
    const FileSniff docx =
        sniffBytes(zipWith("[Content_Types].xml", "<Types/>") + "word/document.xml");
    EXPECT_EQ(docx.kind, FileKind::OoxmlPackage);
    EXPECT_FALSE(docx.spreadsheet);
    EXPECT_EQ(sniffBytes(zipWith("readme.txt", "hi")).kind, FileKind::OtherZip);
}

TEST(FileSniff, OleFilesAndEncryptedXlsx)
{
    const std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    auto wide = [](const std::string& s)
    {
        std::string w;
        for (char c : s)
            w += {c, '\0'};
        return w;
    };
    const FileSniff xls = sniffBytes(ole + std::string(100, '\0') + wide("Workbook"));
    EXPECT_EQ(xls.kind, FileKind::CompoundDocument);
    EXPECT_TRUE(xls.spreadsheet);
    EXPECT_FALSE(xls.passwordProtected);
    const FileSniff encrypted = sniffBytes(ole + wide("EncryptionInfo") + wide("EncryptedPackage"));
    EXPECT_TRUE(encrypted.passwordProtected);
    EXPECT_FALSE(sniffBytes(ole + wide("WordDocument")).spreadsheet);
}

TEST(FileSniff, TextXmlBinaryEmpty)
{
    EXPECT_EQ(sniffBytes("").kind, FileKind::Empty);
    const FileSniff fods =
        sniffBytes("<?xml version=\"1.0\"?>\n<office:document office:mimetype=\"application/"
                   "vnd.oasis.opendocument.spreadsheet\">");
    EXPECT_EQ(fods.kind, FileKind::FlatXml);
    EXPECT_TRUE(fods.spreadsheet);
    EXPECT_FALSE(sniffBytes("<?xml version=\"1.0\"?><html/>").spreadsheet);
    EXPECT_EQ(sniffBytes("STT;Chỉ tiêu;Đơn vị;Số liệu\n1;a;b;2,30\n").kind, FileKind::Text);
    EXPECT_EQ(sniffBytes(std::string("%PDF-1.4\n\x00\x01\x02", 12)).kind, FileKind::Binary);
}

TEST(FileSniff, CsvSeparator)
{
    // Vietnamese Excel: ';' between fields, ',' inside numbers and text.
    EXPECT_EQ(csvSeparator("STT;Chỉ tiêu thống kê;Đơn vị tính;Số liệu;Ghi chú\n"
                           "1.1;Số văn bản (kết luận, chỉ thị, công văn);Văn bản;13;\n"
                           "6.1;Tỷ lệ giải ngân;%;2,30;\n"
                           "6.1.1;Kế hoạch được giao;Triệu đồng;136.284;\n"),
              ';');
    EXPECT_EQ(csvSeparator("STT,Chỉ tiêu,Đơn vị,Số liệu,Ghi chú\n"
                           "1.1,\"Số văn bản (kết luận, chỉ thị)\",Văn bản,13,\n"
                           "6.1,Tỷ lệ,%,\"2,30\",\n"),
              ',');
    EXPECT_EQ(csvSeparator("STT\tChỉ tiêu\tSố liệu\n1\ta, b; c\t2,30\n"), '\t');
    EXPECT_EQ(csvSeparator(""), ',');
}

TEST(FileSniff, MissingFileAndLockOwner)
{
    EXPECT_EQ(sniffFile("/nonexistent/parcalc.ods").kind, FileKind::Missing);
    const auto dir = std::filesystem::temp_directory_path() / "parcalc_sniff_test";
    std::filesystem::create_directories(dir);
    const auto doc = dir / "bao-cao.ods";
    std::ofstream(doc) << "x";
    EXPECT_EQ(lockOwner(doc.string()), "");
    std::ofstream(dir / ".~lock.bao-cao.ods#")
        << "Nguyễn Văn A,nva,may-01,22.11.2026 09:15,file:///x;";
    EXPECT_EQ(lockOwner(doc.string()), "Nguyễn Văn A");
    std::ofstream(dir / ".~lock.bao-cao.ods#") << ",nva,may-01,22.11.2026 09:15,file:///x;";
    EXPECT_EQ(lockOwner(doc.string()), "nva");
    std::filesystem::remove_all(dir);
}

TEST(FileSniff, TruncatedPackagesAreToldFromWholeOnes)
{
    // Real files: LibreOffice's own .xlsx/.xls/.ods, and the corpus copies cut short
    // (tests/corpus/tools/make_corpus: the .ods and .xlsx cut in half, the .xls after 6 KiB).
    const std::string src = PARCALC_SOURCE_DIR;
    for (const char* whole :
         {"/tests/data/appendix/ngan-son-q1-2023.xlsx", "/tests/data/appendix/ngan-son-q1-2023.xls",
          "/sample_sheets/ngan-son-q1-2023.ods"})
    {
        const FileSniff s = sniffFile(src + whole);
        EXPECT_TRUE(s.spreadsheet) << whole;
        EXPECT_FALSE(s.truncated) << whole;
    }
    for (const char* cut :
         {"/tests/corpus/sheets/truncated.xlsx", "/tests/corpus/sheets/truncated.xls",
          "/tests/corpus/sheets/truncated.ods"})
        EXPECT_TRUE(sniffFile(src + cut).truncated) << cut;
    // An OLE2 header alone (the directory sector past the end).
    std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole.resize(512, '\0');
    ole[30] = 9; // 512-byte sectors
    ole[48] = 3; // directory at sector 3: offset 2048
    EXPECT_TRUE(sniffBytes(ole).truncated);
    ole.resize(4096, '\0');
    EXPECT_FALSE(sniffBytes(ole).truncated);
}

} // namespace
