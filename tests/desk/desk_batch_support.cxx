// The office, the test folder and the result readers of the desk batch tests
// (desk_batch_support.hxx).
#include "desk_batch_support.hxx"

#include "uno/io/sheet_reader.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/sheet/XDatabaseRange.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUnnamedDatabaseRanges.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>

namespace fs = std::filesystem;
using namespace parcalc;
using namespace parcalc::cli_test;

namespace desk_batch_test
{

client::OfficeSession* g_office = nullptr;

namespace
{

class OfficeEnvironment : public ::testing::Environment
{
public:
    void SetUp() override
    {
        ::setenv("PARCALC_UI_LANGUAGE", "vi", 1); // the words the assertions spell
        m_office = std::make_unique<client::OfficeSession>(
            client::OfficeOptions{kBinary + "/test-profiles/desk_batch"});
        g_office = m_office.get();
    }
    void TearDown() override
    {
        g_office = nullptr;
        m_office.reset();
    }

private:
    std::unique_ptr<client::OfficeSession> m_office;
};
const auto* const g_environment = ::testing::AddGlobalTestEnvironment(new OfficeEnvironment);

} // namespace

std::string batchFolder()
{
    const fs::path dir = kOut + "/batch-in";
    fs::remove_all(dir);
    fs::create_directories(dir / "bad");
    const std::string appendix = kSource + "/tests/data/appendix/";
    for (const char* f : {"clean-q2-2023.ods", "ngan-son-q1-2023.xlsx", "ngan-son-q1-2023.fods",
                          "ngan-son-q1-2023.csv"})
        fs::copy_file(appendix + f, dir / f);
    for (const char* f :
         {"password.ods", "truncated.ods", "odt-renamed.ods", "text-renamed.ods", "empty.ods"})
        fs::copy_file(appendix + "bad/" + f, dir / "bad" / f);
    // Written by xlsxwriter (make_districts.py): a damaged .xlsx, a non-appendix workbook,
    // a self-assessment sheet.
    for (const auto& entry : fs::directory_iterator(kBinary + "/tests/consolidate-data/bad"))
    {
        const std::string name = entry.path().filename().string();
        if (name.find("ba-be") == std::string::npos && name.find("ngan-son") == std::string::npos)
            fs::copy_file(entry.path(), dir / ("x-" + name));
    }
    return dir.string();
}

std::map<std::string, std::string> snapshot(const std::string& dir)
{
    std::map<std::string, std::string> bytes;
    for (const auto& entry : fs::recursive_directory_iterator(dir))
        if (entry.is_regular_file())
            bytes[entry.path().string()] = readFile(entry.path().string());
    return bytes;
}

std::size_t openComponents()
{
    auto desktop = css::frame::Desktop::create(g_office->context());
    auto components = desktop->getComponents()->createEnumeration();
    std::size_t n = 0;
    for (; components->hasMoreElements(); components->nextElement())
        ++n;
    return n;
}

css::uno::Reference<css::sheet::XSpreadsheet>
sheetAt(const css::uno::Reference<css::frame::XModel>& model, sal_Int32 index)
{
    css::uno::Reference<css::container::XIndexAccess> sheets(
        css::uno::Reference<css::sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY_THROW)
            ->getSheets(),
        css::uno::UNO_QUERY_THROW);
    return {sheets->getByIndex(index), css::uno::UNO_QUERY_THROW};
}

std::vector<CellGrid> gridsOf(const css::uno::Reference<css::frame::XModel>& model)
{
    return uno::readSheets(
        css::uno::Reference<css::sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY_THROW));
}

std::string formulaAt(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 col,
                      sal_Int32 row)
{
    return client::toUtf8(sheet->getCellByPosition(col, row)->getFormula());
}

std::vector<OUString> urls(const std::vector<std::string>& paths)
{
    std::vector<OUString> out;
    for (const std::string& p : paths)
        out.push_back(client::fromUtf8(client::fileUrl(p)));
    return out;
}

std::size_t countSeverity(const json& file, const std::string& severity)
{
    std::size_t n = 0;
    for (const json& f : file["findings"])
        n += f["severity"] == severity;
    return n;
}

std::string expectedTarget(const std::string& url, const json& file)
{
    const auto mark = [](const std::string& sheet, const std::string& cell)
    {
        std::string quoted;
        for (char c : sheet)
            quoted += c == '\'' ? std::string("''") : std::string(1, c);
        return "#'" + quoted + "'." + cell;
    };
    for (const json& f : file["findings"])
        if (!textOf(f, "cell").empty())
        {
            const std::string sheet =
                textOf(f, "sheet").empty() ? textOf(file, "sheet") : textOf(f, "sheet");
            return url + mark(sheet, textOf(f, "cell"));
        }
    if (file["status"] != "unreadable" && !textOf(file, "sheet").empty())
        return url + mark(textOf(file, "sheet"), "A1");
    return url;
}

sal_Int32 backgroundAt(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 col,
                       sal_Int32 row)
{
    sal_Int32 colour = -1;
    css::uno::Reference<css::beans::XPropertySet>(sheet->getCellByPosition(col, row),
                                                  css::uno::UNO_QUERY_THROW)
        ->getPropertyValue("CellBackColor") >>= colour;
    return colour;
}

void expectAutoFilter(const css::uno::Reference<css::frame::XModel>& model, sal_Int16 sheet,
                      sal_Int32 rows, sal_Int32 cols)
{
    css::uno::Reference<css::sheet::XUnnamedDatabaseRanges> ranges(
        css::uno::Reference<css::beans::XPropertySet>(model, css::uno::UNO_QUERY_THROW)
            ->getPropertyValue("UnnamedDatabaseRanges"),
        css::uno::UNO_QUERY_THROW);
    ASSERT_TRUE(ranges->hasByTable(sheet));
    css::uno::Reference<css::beans::XPropertySet> range(ranges->getByTable(sheet),
                                                        css::uno::UNO_QUERY_THROW);
    EXPECT_TRUE(range->getPropertyValue("AutoFilter").get<bool>());
    const auto area =
        css::uno::Reference<css::sheet::XDatabaseRange>(range, css::uno::UNO_QUERY_THROW)
            ->getDataArea();
    EXPECT_EQ(area.EndRow - area.StartRow + 1, rows);
    EXPECT_EQ(area.EndColumn - area.StartColumn + 1, cols);
}

} // namespace desk_batch_test
