// The sidebar_service_test binary's one soffice and the helpers of its tests.
#include "service_test_support.hxx"

#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <gtest/gtest.h>

namespace service_test
{

// --- one soffice for the whole binary -------------------------------------------------------

parcalc::client::OfficeSession* g_office = nullptr;
std::string g_sample;

namespace
{
[[maybe_unused]] const auto* const g_environment = ::testing::AddGlobalTestEnvironment(
    new st::OfficeEnvironment({kBinary, kSource, kBinary + "/test-profiles/sidebar_service", kOut,
                               "en"}, // undo titles and messages in English
                              g_office, g_sample));
} // namespace

// --- helpers ---------------------------------------------------------------------------------

Doc::~Doc()
{
    parcalc::client::closeDocument(component);
}

std::unique_ptr<Doc> open(const std::string& path, bool readOnly)
{
    auto doc = std::make_unique<Doc>();
    doc->component = st::loadDocument(*g_office, path, true, readOnly);
    doc->model.set(doc->component, uno::UNO_QUERY_THROW);
    doc->spreadsheet.set(doc->component, uno::UNO_QUERY_THROW);
    return doc;
}

std::unique_ptr<Doc> openSample()
{
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    return open(st::copyTo(g_sample, kOut, std::string(info->name()) + ".ods"));
}

uno::Reference<org::parcalc::XAppendixValidator> service()
{
    return org::parcalc::AppendixValidator::create(g_office->context());
}

ValidatedSample validateSample()
{
    ValidatedSample v{openSample(), service(), {}};
    v.report = v.validator->validate(v.doc->model);
    return v;
}

const org::parcalc::FindingInfo* find(const org::parcalc::ValidationReport& report,
                                      const std::string& code, const std::string& row)
{
    for (const auto& f : report.Findings)
        if (toUtf8(f.Code) == code && toUtf8(f.Row) == row)
            return &f;
    return nullptr;
}

uno::Reference<sheet::XSpreadsheet> sheetNamed(const Doc& doc, const std::string& name)
{
    uno::Reference<container::XNameAccess> sheets(doc.spreadsheet->getSheets(),
                                                  uno::UNO_QUERY_THROW);
    return uno::Reference<sheet::XSpreadsheet>(sheets->getByName(fromUtf8(name)),
                                               uno::UNO_QUERY_THROW);
}

uno::Reference<table::XCell> cell(const Doc& doc, const std::string& sheet, const std::string& a1)
{
    auto range = sheetNamed(doc, sheet)->getCellRangeByName(fromUtf8(a1));
    return uno::Reference<table::XCell>(range, uno::UNO_QUERY_THROW);
}

sal_Int32 background(const uno::Reference<table::XCell>& c)
{
    sal_Int32 color = 0;
    uno::Reference<beans::XPropertySet>(c, uno::UNO_QUERY_THROW)
        ->getPropertyValue("CellBackColor") >>= color;
    return color;
}

bool backgroundIsDefault(const uno::Reference<table::XCell>& c)
{
    return uno::Reference<beans::XPropertyState>(c, uno::UNO_QUERY_THROW)
               ->getPropertyState("CellBackColor") != beans::PropertyState_DIRECT_VALUE;
}

std::string comment(const uno::Reference<table::XCell>& c)
{
    auto annotation =
        uno::Reference<sheet::XSheetAnnotationAnchor>(c, uno::UNO_QUERY_THROW)->getAnnotation();
    return toUtf8(uno::Reference<text::XTextRange>(annotation, uno::UNO_QUERY_THROW)->getString());
}

sal_Int32 annotationCount(const Doc& doc, const std::string& sheet)
{
    auto annotations = uno::Reference<sheet::XSheetAnnotationsSupplier>(sheetNamed(doc, sheet),
                                                                        uno::UNO_QUERY_THROW)
                           ->getAnnotations();
    return annotations->getCount();
}

uno::Reference<document::XUndoManager> undoManager(const Doc& doc)
{
    return uno::Reference<document::XUndoManagerSupplier>(doc.model, uno::UNO_QUERY_THROW)
        ->getUndoManager();
}

std::string topUndoTitle(const Doc& doc)
{
    auto titles = undoManager(doc)->getAllUndoActionTitles();
    return titles.getLength() ? toUtf8(titles[0]) : std::string();
}

sal_Int32 undoDepth(const Doc& doc)
{
    return undoManager(doc)->getAllUndoActionTitles().getLength();
}

std::string userProperty(const Doc& doc, const std::string& name)
{
    auto props =
        uno::Reference<document::XDocumentPropertiesSupplier>(doc.model, uno::UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->getUserDefinedProperties();
    uno::Reference<beans::XPropertySet> set(props, uno::UNO_QUERY_THROW);
    if (!set->getPropertySetInfo()->hasPropertyByName(fromUtf8(name)))
        return {};
    OUString value;
    set->getPropertyValue(fromUtf8(name)) >>= value;
    return toUtf8(value);
}

std::set<std::string> cellsWithFindings(const org::parcalc::ValidationReport& report)
{
    std::set<std::string> cells;
    for (const auto& f : report.Findings)
        if (!f.Cell.isEmpty())
            cells.insert(toUtf8(f.Sheet) + "!" + toUtf8(f.Cell));
    return cells;
}

} // namespace service_test
