// Test support for the sidebar's office tests.
#include "sidebar_test_support.hxx"

#include "client/extension_installer.hxx"
#include "core/testing/grid_tsv.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XNumberFormatTypes.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <rtl/bootstrap.hxx>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <utility>

namespace parcalc::sidebar_test
{

using client::fileUrl;
using client::fromUtf8;
using client::toUtf8;

void useParCalcTypes(const std::string& rdbPath)
{
    // fundamentalrc's URE_MORE_TYPES starts with the office's own types directory.
    rtl::Bootstrap::set("URE_MORE_TYPES", fromUtf8("<file:///usr/lib/libreoffice/program/types>* " +
                                                   fileUrl(rdbPath)));
}

std::unique_ptr<client::OfficeSession> startOffice(const std::string& binaryDir,
                                                   const std::string& profileDir, bool headless)
{
    useParCalcTypes(binaryDir + "/parcalc.rdb");
    client::prepareProfile(profileDir, binaryDir + "/parcalc.oxt");
    client::OfficeOptions options;
    options.profileDir = profileDir;
    options.startTimeout = std::chrono::seconds(120);
    options.headless = headless;
    return std::make_unique<client::OfficeSession>(options);
}

OfficeEnvironment::OfficeEnvironment(Settings settings, client::OfficeSession*& office,
                                     std::string& sample)
    : m_settings(std::move(settings)), m_office(office), m_sample(sample)
{
}

void OfficeEnvironment::SetUp()
{
    if (!m_settings.uiLanguage.empty())
        ::setenv("PARCALC_UI_LANGUAGE", m_settings.uiLanguage.c_str(), 1);
    // gtest reports a UNO exception escaping here only as "Unknown C++ exception": say what.
    try
    {
        m_office =
            startOffice(m_settings.binaryDir, m_settings.profileDir, m_settings.headless).release();
        started();
        m_sample = seedSamplePath(*m_office, m_settings.sourceDir, m_settings.outDir);
    }
    catch (const css::uno::Exception& e)
    {
        throw std::runtime_error("office set-up failed: " + toUtf8(e.Message));
    }
}

void OfficeEnvironment::TearDown()
{
    delete m_office;
    m_office = nullptr;
}

std::string copyTo(const std::string& path, const std::string& outDir, const std::string& name)
{
    std::filesystem::create_directories(outDir);
    const std::string target = (std::filesystem::path(outDir) / name).string();
    std::filesystem::copy_file(path, target, std::filesystem::copy_options::overwrite_existing);
    return target;
}

css::uno::Reference<css::lang::XComponent> loadDocument(const client::OfficeSession& office,
                                                        const std::string& path, bool hidden,
                                                        bool readOnly)
{
    css::uno::Sequence<css::beans::PropertyValue> props(3);
    props[0].Name = "Hidden";
    props[0].Value <<= hidden;
    props[1].Name = "ReadOnly";
    props[1].Value <<= readOnly;
    props[2].Name = "MacroExecutionMode";
    props[2].Value <<= sal_Int16(0);
    css::uno::Reference<css::frame::XComponentLoader> loader(office.desktop(),
                                                             css::uno::UNO_QUERY_THROW);
    const std::string url = path.rfind("private:", 0) == 0 ? path : fileUrl(path);
    auto doc = loader->loadComponentFromURL(fromUtf8(url), "_blank", 0, props);
    if (!doc.is())
    {
        // A writable load of a file another (or a killed) office left a lock file beside
        // gives nothing in a headless office: say so, it is the usual cause.
        const auto file = std::filesystem::path(path);
        const auto lock = file.parent_path() / (".~lock." + file.filename().string() + "#");
        throw std::runtime_error("cannot load " + path +
                                 (std::filesystem::exists(lock)
                                      ? " (locked: " + lock.string() + " exists)"
                                      : std::string()));
    }
    return doc;
}

// The seed table through the office: values in one setDataArray, percentages formatted.
void generateSampleFromTsv(const client::OfficeSession& office, const std::string& tsv,
                           const std::string& target)
{
    const auto grid = parcalc::readTsvGridFile(tsv);
    if (!grid.ok())
        throw std::runtime_error("cannot read " + tsv);
    auto component = loadDocument(office, "private:factory/scalc", true);
    css::uno::Reference<css::sheet::XSpreadsheetDocument> doc(component, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XIndexAccess> sheets(doc->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(0),
                                                        css::uno::UNO_QUERY_THROW);
    css::uno::Reference<css::container::XNamed>(sheet, css::uno::UNO_QUERY_THROW)
        ->setName(fromUtf8(grid->sheetName().empty() ? "Phụ lục" : grid->sheetName()));
    const sal_Int32 rows = sal_Int32(grid->rows()), cols = sal_Int32(grid->cols());
    css::uno::Sequence<css::uno::Sequence<css::uno::Any>> data(rows);
    for (sal_Int32 r = 0; r < rows; ++r)
    {
        data[r].realloc(cols);
        for (sal_Int32 c = 0; c < cols; ++c)
        {
            const parcalc::Cell& cell = grid->at(std::size_t(r), std::size_t(c));
            if (cell.type == parcalc::CellType::Number)
                data[r][c] <<= cell.number;
            else if (cell.type == parcalc::CellType::Text)
                data[r][c] <<= fromUtf8(cell.text);
            else
                data[r][c] <<= OUString();
        }
    }
    css::uno::Reference<css::sheet::XCellRangeData>(
        sheet->getCellRangeByPosition(0, 0, cols - 1, rows - 1), css::uno::UNO_QUERY_THROW)
        ->setDataArray(data);
    auto formats =
        css::uno::Reference<css::util::XNumberFormatsSupplier>(component, css::uno::UNO_QUERY_THROW)
            ->getNumberFormats();
    const sal_Int32 percent =
        css::uno::Reference<css::util::XNumberFormatTypes>(formats, css::uno::UNO_QUERY_THROW)
            ->getStandardFormat(css::util::NumberFormat::PERCENT,
                                css::lang::Locale("en", "US", ""));
    for (sal_Int32 r = 0; r < rows; ++r)
        for (sal_Int32 c = 0; c < cols; ++c)
        {
            const parcalc::Cell& cell = grid->at(std::size_t(r), std::size_t(c));
            if (cell.type == parcalc::CellType::Number && cell.percentFormat())
                css::uno::Reference<css::beans::XPropertySet>(sheet->getCellByPosition(c, r),
                                                              css::uno::UNO_QUERY_THROW)
                    ->setPropertyValue("NumberFormat", css::uno::Any(percent));
            else if (cell.type == parcalc::CellType::Error)
                sheet->getCellByPosition(c, r)->setFormula("=1/0");
        }
    css::uno::Sequence<css::beans::PropertyValue> store(1);
    store[0].Name = "FilterName";
    store[0].Value <<= OUString("calc8");
    css::uno::Reference<css::frame::XStorable>(component, css::uno::UNO_QUERY_THROW)
        ->storeToURL(fromUtf8(fileUrl(target)), store);
    client::closeDocument(component);
}

std::string seedSamplePath(const client::OfficeSession& office, const std::string& sourceDir,
                           const std::string& outDir)
{
    const std::string sample = sourceDir + "/sample_sheets/ngan-son-q1-2023.ods";
    if (std::filesystem::is_regular_file(sample))
        return sample;
    std::filesystem::create_directories(outDir);
    const std::string generated = outDir + "/ngan-son-q1-2023-from-tsv.ods";
    generateSampleFromTsv(office, sourceDir + "/tests/data/ngan-son-q1-2023.tsv", generated);
    return generated;
}

namespace
{

// The used area of every sheet, in the document's order (getElementNames is that order).
std::vector<std::pair<OUString, css::uno::Reference<css::sheet::XSheetCellCursor>>>
usedAreas(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    std::vector<std::pair<OUString, css::uno::Reference<css::sheet::XSheetCellCursor>>> areas;
    css::uno::Reference<css::container::XIndexAccess> sheets(doc->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
    {
        css::uno::Reference<css::sheet::XSpreadsheet> sheet(sheets->getByIndex(i),
                                                            css::uno::UNO_QUERY_THROW);
        auto cursor = sheet->createCursor();
        css::uno::Reference<css::sheet::XUsedAreaCursor> used(cursor, css::uno::UNO_QUERY_THROW);
        used->gotoStartOfUsedArea(false);
        used->gotoEndOfUsedArea(true);
        areas.emplace_back(
            css::uno::Reference<css::container::XNamed>(sheet, css::uno::UNO_QUERY_THROW)
                ->getName(),
            cursor);
    }
    return areas;
}

} // namespace

SheetValues documentValues(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    SheetValues values;
    for (const auto& [name, area] : usedAreas(doc))
        values.push_back(
            css::uno::Reference<css::sheet::XCellRangeData>(area, css::uno::UNO_QUERY_THROW)
                ->getDataArray());
    return values;
}

DocumentContent documentContent(const css::uno::Reference<css::uno::XInterface>& document)
{
    css::uno::Reference<css::sheet::XSpreadsheetDocument> doc(document, css::uno::UNO_QUERY_THROW);
    DocumentContent content;
    for (const auto& [name, area] : usedAreas(doc))
    {
        content.sheets.push_back(toUtf8(name));
        content.formulas.push_back(
            css::uno::Reference<css::sheet::XCellRangeFormula>(area, css::uno::UNO_QUERY_THROW)
                ->getFormulaArray());
        content.values.push_back(
            css::uno::Reference<css::sheet::XCellRangeData>(area, css::uno::UNO_QUERY_THROW)
                ->getDataArray());
    }
    return content;
}

void expectSameContent(const css::uno::Reference<css::uno::XInterface>& made,
                       const css::uno::Reference<css::uno::XInterface>& wanted)
{
    const DocumentContent a = documentContent(made), b = documentContent(wanted);
    EXPECT_EQ(a.sheets, b.sheets);
    EXPECT_GT(b.formulas.at(0).getLength(), 20);
    EXPECT_TRUE(a.formulas == b.formulas);
    EXPECT_TRUE(a.values == b.values);
}

} // namespace parcalc::sidebar_test
