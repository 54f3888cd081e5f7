// Shared by the sidebar's office tests (service_test, ui_smoke_test, the safety
// tests' service_safety_test) and its benchmark: starting the private soffice,
// making ParCalc's own UNO types known to this client, finding or generating the
// seed-001 sample document, reading a document's values and content.
#pragma once

#include "client/office_session.hxx"

#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/uno/Any.hxx>
#include <com/sun/star/uno/Sequence.hxx>

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace parcalc::sidebar_test
{

// Call before the first OfficeSession: the bridge needs parcalc.rdb's types (the
// XAppendixValidator methods) on this side too.
void useParCalcTypes(const std::string& rdbPath);

// A test binary's private soffice: ParCalc's types made known to this client
// (useParCalcTypes), the throwaway profile `profileDir` prepared with
// BINARYDIR/parcalc.oxt installed, 120 s to start; headless unless `headless` is false.
std::unique_ptr<client::OfficeSession>
startOffice(const std::string& binaryDir, const std::string& profileDir, bool headless = true);

// The private soffice of a test binary as a GoogleTest global environment: SetUp sets
// PARCALC_UI_LANGUAGE (unless `uiLanguage` is empty), starts soffice (startOffice) into
// the test's `office` slot, calls started(), then puts the seed sample's path
// (seedSamplePath into `outDir`) into its `sample` slot; TearDown stops soffice.
class OfficeEnvironment : public ::testing::Environment
{
public:
    struct Settings
    {
        std::string binaryDir;
        std::string sourceDir;
        std::string profileDir;
        std::string outDir;
        std::string uiLanguage;
        bool headless = true;
    };

    OfficeEnvironment(Settings settings, client::OfficeSession*& office, std::string& sample);
    void SetUp() override;
    void TearDown() override;

protected:
    // After soffice answered, before the sample is looked for (e.g. its configuration).
    virtual void started() {}

private:
    Settings m_settings;
    client::OfficeSession*& m_office;
    std::string& m_sample;
};

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

// What a document holds: each sheet's name and its used area's formulas (a value cell's
// value, a formula cell's formula) and values; two documents with equal content look the
// same to a user.
struct DocumentContent
{
    std::vector<std::string> sheets;
    std::vector<css::uno::Sequence<css::uno::Sequence<OUString>>> formulas;
    SheetValues values;
};
DocumentContent documentContent(const css::uno::Reference<css::uno::XInterface>& document);
// EXPECTs `made` to hold what `wanted` holds, `wanted` being a real sheet (more than 20 rows
// in its first sheet), not an empty one.
void expectSameContent(const css::uno::Reference<css::uno::XInterface>& made,
                       const css::uno::Reference<css::uno::XInterface>& wanted);

// Loads a document visibly or hidden, writable, macros off.
css::uno::Reference<css::lang::XComponent> loadDocument(const client::OfficeSession& office,
                                                        const std::string& path, bool hidden,
                                                        bool readOnly = false);

} // namespace parcalc::sidebar_test
