// Shared by the office tests of the batch check and the consolidation inside an office
// (desk_batch_test, desk_consolidation_test): the private headless soffice of the binary
// (a GoogleTest environment, profile build/test-profiles/desk_batch), the folder of test
// files, and reading the result document back (sheets, formulas, colours, autofilter).
#pragma once

#include "cli_run.hxx"
#include "client/office_session.hxx"
#include "core/base/cell_grid.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace desk_batch_test
{

using nlohmann::json;

inline const std::string kOut = parcalc::cli_test::kBinary + "/tests/desk-out";
// The office of the whole binary (set by its environment, desk_batch_support.cxx).
extern parcalc::client::OfficeSession* g_office;

// The folder every batch test reads: clean, with errors, and unreadable files of each kind.
std::string batchFolder();
// Every file under `dir` with its bytes.
std::map<std::string, std::string> snapshot(const std::string& dir);
// The documents open in the office.
std::size_t openComponents();

css::uno::Reference<css::sheet::XSpreadsheet>
sheetAt(const css::uno::Reference<css::frame::XModel>& model, sal_Int32 index);
std::vector<parcalc::CellGrid> gridsOf(const css::uno::Reference<css::frame::XModel>& model);
std::string formulaAt(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 col,
                      sal_Int32 row);
sal_Int32 backgroundAt(const css::uno::Reference<css::sheet::XSpreadsheet>& sheet, sal_Int32 col,
                       sal_Int32 row);
// The sheet's autofilter (Data ▸ AutoFilter's unnamed range) covers `rows` x `cols`.
void expectAutoFilter(const css::uno::Reference<css::frame::XModel>& model, sal_Int16 sheet,
                      sal_Int32 rows, sal_Int32 cols);

// Closes the result document at the end of a test.
struct ModelCloser
{
    css::uno::Reference<css::frame::XModel> model;
    ~ModelCloser() { parcalc::client::closeDocument({model, css::uno::UNO_QUERY}); }
};

std::vector<OUString> urls(const std::vector<std::string>& paths);

// In a file of `parcalc validate --format json`: its findings of `severity`.
std::size_t countSeverity(const json& file, const std::string& severity);
// The anchor the CLI's findings imply: the first finding with a cell, else the table's sheet.
std::string expectedTarget(const std::string& url, const json& file);

inline const std::map<std::string, std::string> kStatusWord = {
    {"valid", "ĐẠT"}, {"invalid", "CÓ LỖI"}, {"unreadable", "KHÔNG ĐỌC ĐƯỢC"}};
// Green, light red, amber: what a reviewer sees in the status column.
inline const std::map<std::string, sal_Int32> kStatusColour = {
    {"valid", 0xC6EFCE}, {"invalid", 0xFFC7CE}, {"unreadable", 0xFFEB9C}};

} // namespace desk_batch_test
