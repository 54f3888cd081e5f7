// Data safety of the sidebar's service (issue 6), over the UNO bridge as the panel
// calls it: validating, jumping and exporting leave a document unmodified, equal to a
// copy stored before, and its file byte-identical; marking changes it (colours and
// "[ParCalc]" comments) and undo, or Clear marks, gives back exactly what was there,
// the user's own comments and colours on the marked cells included: the same values,
// formulas, formats, comments and document properties, and the same content.xml and
// styles.xml when stored. One private soffice (build/test-profiles/safety_service).
#include "client/extension_installer.hxx"
#include "document_snapshot.hxx"
#include "file_state.hxx"
#include "office_memory.hxx"
#include "sidebar_test_support.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManager.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <org/parcalc/AppendixValidator.hpp>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <memory>
#include <vector>

using namespace css;
using parcalc::client::fromUtf8;
using parcalc::client::OfficeSession;
using parcalc::client::toUtf8;
namespace fs = std::filesystem;
namespace sf = parcalc::safety;
namespace st = parcalc::sidebar_test;

namespace
{

const std::string kSource = PARCALC_SOURCE_DIR;
const std::string kBinary = PARCALC_BINARY_DIR;
const fs::path kOut = fs::path(kBinary) / "tests" / "safety-out" / "service";
const std::string kSheet = "Phụ lục";

OfficeSession* g_office = nullptr;
std::string g_sample;
const std::string g_profile = kBinary + "/test-profiles/safety_service";

[[maybe_unused]] const auto* const g_environment =
    ::testing::AddGlobalTestEnvironment(new st::OfficeEnvironment(
        {kBinary, kSource, g_profile, kOut.string(), "en"}, g_office, g_sample));

struct Doc
{
    uno::Reference<lang::XComponent> component;
    uno::Reference<frame::XModel> model;
    ~Doc() { close(); }
    void close()
    {
        parcalc::client::closeDocument(component);
        component.clear();
        model.clear();
    }
};

// The test's own directory holding one writable copy of the sample, opened as the user
// opens it (visible to the document's frame, writable).
struct Workspace
{
    fs::path dir, files, out;
    std::string path;
    sf::DirectoryState fileBefore; // the copy's directory before the document was opened
    Doc doc;

    Workspace()
    {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir = kOut / info->name();
        fs::remove_all(dir);
        files = dir / "files";
        out = dir / "out";
        fs::create_directories(files);
        fs::create_directories(out);
        path = st::copyTo(g_sample, files.string(), "sample.ods");
        fileBefore = sf::snapshotDirectory(files);
        doc.component = st::loadDocument(*g_office, path, true);
        doc.model.set(doc.component, uno::UNO_QUERY_THROW);
    }
};

uno::Reference<org::parcalc::XAppendixValidator> service()
{
    return org::parcalc::AppendixValidator::create(g_office->context());
}

bool isModified(const Doc& doc)
{
    return uno::Reference<util::XModifiable>(doc.model, uno::UNO_QUERY_THROW)->isModified();
}

uno::Reference<sheet::XSpreadsheet> appendixSheet(const Doc& doc)
{
    uno::Reference<sheet::XSpreadsheetDocument> spreadsheet(doc.model, uno::UNO_QUERY_THROW);
    uno::Reference<container::XNameAccess> sheets(spreadsheet->getSheets(), uno::UNO_QUERY_THROW);
    return uno::Reference<sheet::XSpreadsheet>(sheets->getByName(fromUtf8(kSheet)),
                                               uno::UNO_QUERY_THROW);
}

uno::Reference<beans::XPropertySet> cellProps(const Doc& doc, const std::string& a1)
{
    return uno::Reference<beans::XPropertySet>(appendixSheet(doc)->getCellRangeByName(fromUtf8(a1)),
                                               uno::UNO_QUERY_THROW);
}

uno::Reference<document::XUndoManager> undoManager(const Doc& doc)
{
    return uno::Reference<document::XUndoManagerSupplier>(doc.model, uno::UNO_QUERY_THROW)
        ->getUndoManager();
}

// What a save writes, apart from the zip's timestamps and meta.xml's dates.
void expectSameStoredContent(const std::string& a, const std::string& b)
{
    for (const char* member : {"content.xml", "styles.xml"})
        EXPECT_TRUE(sf::withoutUnusedGraphicStyles(sf::zipMember(a, member)) ==
                    sf::withoutUnusedGraphicStyles(sf::zipMember(b, member)))
            << member << " of " << a << " and " << b << " differ";
}

// The user's own work on cells ParCalc will mark: comments on D16 (an error) and D41,
// colours on D16 and D61, a formula next to the table.
void addUserMarks(const Doc& doc)
{
    auto sheet = appendixSheet(doc);
    auto annotations = uno::Reference<sheet::XSheetAnnotationsSupplier>(sheet, uno::UNO_QUERY_THROW)
                           ->getAnnotations();
    annotations->insertNew(table::CellAddress(0, 3, 15), fromUtf8("kiểm tra lại mẫu số"));
    annotations->insertNew(table::CellAddress(0, 3, 40), fromUtf8("ghi chú của người dùng"));
    cellProps(doc, "D16")->setPropertyValue("CellBackColor", uno::Any(sal_Int32(0xFFFF00)));
    cellProps(doc, "D61")->setPropertyValue("CellBackColor", uno::Any(sal_Int32(0x00FF00)));
    sheet->getCellRangeByName("G5")->getCellByPosition(0, 0)->setFormula("=SUM(D6:D8)");
}

// --- nothing asked to change: nothing changes -----------------------------------------------

TEST(ReadingActions, LeaveTheDocumentAndItsFileUnchanged)
{
    Workspace w;
    ASSERT_FALSE(isModified(w.doc));
    const std::string before = sf::documentSnapshot(w.doc.model);
    const std::string reference = (w.out / "reference.ods").string();
    sf::storeCopy(w.doc.model, reference);

    auto validator = service();
    const auto report = validator->validate(w.doc.model);
    ASSERT_GT(report.Findings.getLength(), 10);
    int jumps = 0;
    for (const auto& f : report.Findings)
    {
        if (f.Cell.isEmpty())
            continue;
        validator->getJumpTarget(w.doc.model, f);
        if (jumps++ < 10)
        {
            EXPECT_TRUE(validator->jumpTo(w.doc.model, f));
        }
    }
    validator->exportReport(
        w.doc.model, fromUtf8(parcalc::client::fileUrl((w.out / "r.html").string())), "html");
    validator->exportReport(w.doc.model,
                            fromUtf8(parcalc::client::fileUrl((w.out / "r.ods").string())), "ods");
    validator->getRuleSet(w.doc.model);
    validator->getBundledRuleSets();
    validator->validate(w.doc.model);

    EXPECT_FALSE(isModified(w.doc));
    EXPECT_EQ(sf::snapshotDiff(before, sf::documentSnapshot(w.doc.model)), "");
    const std::string after = (w.out / "after.ods").string();
    sf::storeCopy(w.doc.model, after);
    expectSameStoredContent(reference, after);
    EXPECT_TRUE(fs::is_regular_file(w.out / "r.ods"));

    // Its file: the same bytes and time, nothing left beside it once closed (the lock
    // file of a writable document comes and goes, so the directory's own time may move).
    w.doc.close();
    auto fileAfter = sf::snapshotDirectory(w.files);
    fileAfter.mtime = w.fileBefore.mtime;
    EXPECT_EQ(sf::describeDifferences(w.fileBefore, fileAfter), "");
}

// --- memory: 1 000 validations -------------------------------------------------------------

// A leak bound, not a measurement (tests/bench/run extension_rss reports the figure, ~0 MB):
// soffice's RSS sampled every 10 calls, the median of calls 901-1000 against the median of
// calls 101-200 (the first ones fill caches and malloc's arenas). 1 000 reports of ~40
// findings leaking would add several MB; the bound leaves room for allocator noise.
// Each call uses a rule-set file through the cache the service really uses (core's shared
// RuleSetCache): 80 copies in turn, more than its 64 entries, each touched before its use,
// so every call reloads one and the oldest entries go; an unbounded or leaking cache would
// hold 1 000 rule sets.
TEST(Memory, AThousandValidationsDoNotGrowTheOffice)
{
    Workspace w;
    const pid_t pid = sf::officePid(g_profile);
    auto validator = service();
    std::vector<std::string> ruleSets;
    for (int i = 0; i < 80; ++i)
        ruleSets.push_back(st::copyTo(kSource + "/rulesets/default-huyen.json", w.out.string(),
                                      "rules-" + std::to_string(i) + ".json"));
    const auto start = fs::file_time_type::clock::now();
    std::vector<double> early, late;
    for (int call = 1; call <= 1000; ++call)
    {
        const std::string& rules = ruleSets[call % ruleSets.size()];
        fs::last_write_time(rules, start + std::chrono::seconds(call));
        validator->setRuleSet(w.doc.model, fromUtf8(rules));
        const auto report = validator->validate(w.doc.model);
        ASSERT_EQ(report.Errors, 2) << "call " << call;
        ASSERT_EQ(toUtf8(report.RuleSetChoice), rules) << "call " << call;
        ASSERT_EQ(toUtf8(report.RuleSetError), "") << "call " << call;
        if (call % 10 != 0)
            continue;
        const double rss = sf::memoryOf(pid).rssMb;
        if (call > 100 && call <= 200)
            early.push_back(rss);
        else if (call > 900)
            late.push_back(rss);
    }
    const double growth = sf::median(late) - sf::median(early);
    std::cout << "RSS growth over 800 validations: " << growth << " MB\n";
    EXPECT_LT(growth, 10.0);
}

// --- marks: a change the user asked for, and undone completely -------------------------------

// A workspace whose document carries the user's own marks (`before`: its snapshot,
// `reference`: a stored copy), then ParCalc's marks on `marked` cells.
struct MarkedWorkspace : Workspace
{
    std::string before;
    std::string reference;
    uno::Reference<org::parcalc::XAppendixValidator> validator;
    sal_Int32 marked = 0;

    MarkedWorkspace()
    {
        addUserMarks(doc);
        before = sf::documentSnapshot(doc.model);
        reference = (out / "reference.ods").string();
        sf::storeCopy(doc.model, reference);
        validator = service();
        marked = validator->markCells(doc.model);
    }
};

TEST(Marks, UndoRestoresEverythingTheUserHad)
{
    MarkedWorkspace w;
    ASSERT_GT(w.marked, 20);
    const std::string withMarks = sf::documentSnapshot(w.doc.model);
    EXPECT_NE(withMarks, w.before);
    EXPECT_NE(withMarks.find("[ParCalc] "), std::string::npos);
    EXPECT_NE(withMarks.find("back " + std::to_string(0xFFC7CE) + " direct"), std::string::npos);

    undoManager(w.doc)->undo();
    EXPECT_EQ(sf::snapshotDiff(w.before, sf::documentSnapshot(w.doc.model)), "");
    const std::string undone = (w.out / "undone.ods").string();
    sf::storeCopy(w.doc.model, undone);
    expectSameStoredContent(w.reference, undone);

    // Redo gives the marks back exactly; marking again and undoing twice, the original.
    undoManager(w.doc)->redo();
    EXPECT_EQ(sf::snapshotDiff(withMarks, sf::documentSnapshot(w.doc.model)), "");
    EXPECT_EQ(w.validator->markCells(w.doc.model), w.marked);
    undoManager(w.doc)->undo();
    EXPECT_EQ(sf::snapshotDiff(withMarks, sf::documentSnapshot(w.doc.model)), "");
    undoManager(w.doc)->undo();
    EXPECT_EQ(sf::snapshotDiff(w.before, sf::documentSnapshot(w.doc.model)), "");
}

TEST(Marks, ClearMarksRestoresEverythingTheUserHad)
{
    MarkedWorkspace w;
    ASSERT_GT(w.marked, 20);
    EXPECT_EQ(w.validator->clearMarks(w.doc.model), w.marked);
    EXPECT_EQ(sf::snapshotDiff(w.before, sf::documentSnapshot(w.doc.model)), "");
    const std::string cleared = (w.out / "cleared.ods").string();
    sf::storeCopy(w.doc.model, cleared);
    expectSameStoredContent(w.reference, cleared);

    // Marks that went through undo and redo clear as cleanly.
    w.validator->markCells(w.doc.model);
    undoManager(w.doc)->undo();
    undoManager(w.doc)->redo();
    EXPECT_EQ(w.validator->clearMarks(w.doc.model), w.marked);
    EXPECT_EQ(sf::snapshotDiff(w.before, sf::documentSnapshot(w.doc.model)), "");
}

TEST(Marks, AStoredAndReopenedMarkedDocumentClearsToTheOriginal)
{
    Workspace w;
    addUserMarks(w.doc);
    const std::string before = sf::documentSnapshot(w.doc.model);
    auto validator = service();
    const sal_Int32 marked = validator->markCells(w.doc.model);
    const std::string markedCopy = (w.out / "marked.ods").string();
    sf::storeCopy(w.doc.model, markedCopy);
    w.doc.close();

    Doc reopened;
    reopened.component = st::loadDocument(*g_office, markedCopy, true);
    reopened.model.set(reopened.component, uno::UNO_QUERY_THROW);
    EXPECT_EQ(validator->clearMarks(reopened.model), marked);
    EXPECT_EQ(sf::snapshotDiff(before, sf::documentSnapshot(reopened.model)), "");
}

} // namespace
