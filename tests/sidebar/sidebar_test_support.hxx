// Shared by the sidebar's office tests (service_test, ui_smoke_test) and its
// benchmark: making ParCalc's own UNO types known to this client, finding or
// generating the seed-001 sample document, reading a document's values.
#pragma once

#include "office_session.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>

#include <string>
#include <vector>

namespace parcalc::sidebar_test
{

// Call before the first OfficeSession: the bridge needs parcalc.rdb's types (the
// XAppendixValidator methods) on this side too.
void useParCalcTypes(const std::string& rdbPath);

// sample_sheets/ngan-son-q1-2023.ods when it exists; otherwise an .ods generated into
// `outDir` from tests/data/ngan-son-q1-2023.tsv (the same table) through `office`.
std::string seedSamplePath(const client::OfficeSession& office, const std::string& sourceDir,
                           const std::string& outDir);

// Writes the seed table of `tsv` (tests/data format) as an .ods through `office`.
void generateSampleFromTsv(const client::OfficeSession& office, const std::string& tsv,
                           const std::string& target);

// A copy of `path` in `outDir` named `name` (tests modify their own copy).
std::string copyTo(const std::string& path, const std::string& outDir, const std::string& name);

// Every sheet's used area as getDataArray returns it.
using SheetValues = std::vector<css::uno::Sequence<css::uno::Sequence<css::uno::Any>>>;
SheetValues documentValues(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc);

// Loads a document visibly or hidden, writable, macros off.
css::uno::Reference<css::lang::XComponent> loadDocument(const client::OfficeSession& office,
                                                        const std::string& path, bool hidden,
                                                        bool readOnly = false);

} // namespace parcalc::sidebar_test
