// Shared by the sidebar_service_test sources (service_*_test.cxx): the one private
// headless soffice of the binary (its GoogleTest environment is registered once, in
// service_test_support.cxx), opening sample copies, calling org.parcalc.AppendixValidator
// and reading cells, comments, undo titles and document properties back.
#pragma once

#include "sidebar_test_support.hxx"

#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <org/parcalc/AppendixValidator.hpp>

#include <memory>
#include <set>
#include <string>

namespace service_test
{

// What the tests spell without qualification (`using namespace service_test`).
using namespace css;
using parcalc::client::fromUtf8;
using parcalc::client::toUtf8;
namespace st = parcalc::sidebar_test;

inline const std::string kSource = PARCALC_SOURCE_DIR;
inline const std::string kBinary = PARCALC_BINARY_DIR;
inline const std::string kOut = kBinary + "/tests/sidebar-out/service";

// ParCalc's own mark colours (addin/sidebar/model/mark_records.cxx).
constexpr sal_Int32 kErrorMark = 0xFFC7CE;

struct Doc
{
    css::uno::Reference<css::lang::XComponent> component;
    css::uno::Reference<css::frame::XModel> model;
    css::uno::Reference<css::sheet::XSpreadsheetDocument> spreadsheet;
    ~Doc();
};

// The soffice of the whole binary and the seed sample's path (set by the environment).
extern parcalc::client::OfficeSession* g_office;
extern std::string g_sample;

std::unique_ptr<Doc> open(const std::string& path, bool readOnly = false);

// A writable copy of the sample for one test.
std::unique_ptr<Doc> openSample();

css::uno::Reference<org::parcalc::XAppendixValidator> service();

// A writable copy of the sample for one test, the service and its first report.
struct ValidatedSample
{
    std::unique_ptr<Doc> doc;
    css::uno::Reference<org::parcalc::XAppendixValidator> validator;
    org::parcalc::ValidationReport report;
};

ValidatedSample validateSample();

const org::parcalc::FindingInfo* find(const org::parcalc::ValidationReport& report,
                                      const std::string& code, const std::string& row);

css::uno::Reference<css::sheet::XSpreadsheet> sheetNamed(const Doc& doc, const std::string& name);
css::uno::Reference<css::table::XCell> cell(const Doc& doc, const std::string& sheet,
                                            const std::string& a1);
sal_Int32 background(const css::uno::Reference<css::table::XCell>& c);
bool backgroundIsDefault(const css::uno::Reference<css::table::XCell>& c);
std::string comment(const css::uno::Reference<css::table::XCell>& c);
sal_Int32 annotationCount(const Doc& doc, const std::string& sheet);
css::uno::Reference<css::document::XUndoManager> undoManager(const Doc& doc);
std::string topUndoTitle(const Doc& doc);
sal_Int32 undoDepth(const Doc& doc);
std::string userProperty(const Doc& doc, const std::string& name);
std::set<std::string> cellsWithFindings(const org::parcalc::ValidationReport& report);

} // namespace service_test
