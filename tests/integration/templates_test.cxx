// File > New > Templates (issue 13): with parcalc.oxt installed, LibreOffice's template
// list (the DocumentTemplates service the template manager shows) has a ParCalc
// category holding the blank appendix and the self-assessment sheet under their English
// titles in an English office and their Vietnamese titles in a Vietnamese one, and a
// document made from each is a new, untitled document with the content of
// sample_sheets/ (every sheet's name, formulas and values). One soffice, profile
// build/test-profiles/templates; the Vietnamese test switches its UI language and
// restarts it.
#include "sidebar_test_support.hxx"

#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/frame/DocumentTemplates.hpp>
#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sdbc/XResultSet.hpp>
#include <com/sun/star/sdbc/XRow.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/ucb/Command.hpp>
#include <com/sun/star/ucb/OpenCommandArgument2.hpp>
#include <com/sun/star/ucb/OpenMode.hpp>
#include <com/sun/star/ucb/UniversalContentBroker.hpp>
#include <com/sun/star/ucb/XCommandProcessor.hpp>
#include <com/sun/star/ucb/XContentAccess.hpp>
#include <com/sun/star/ucb/XDynamicResultSet.hpp>
#include <com/sun/star/util/XChangesBatch.hpp>

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

using namespace css;
using parcalc::client::fromUtf8;
using parcalc::client::toUtf8;
namespace st = parcalc::sidebar_test;

namespace
{

const std::string kSource = PARCALC_SOURCE_DIR;
const std::string kBinary = PARCALC_BINARY_DIR;

std::unique_ptr<parcalc::client::OfficeSession> g_office;

parcalc::client::OfficeSession& office()
{
    if (!g_office)
        g_office = st::startOffice(kBinary, kBinary + "/test-profiles/templates");
    return *g_office;
}

// The UCB of the office, which reaches the template hierarchy.
uno::Reference<ucb::XUniversalContentBroker> broker()
{
    return ucb::UniversalContentBroker::create(office().context());
}

uno::Reference<ucb::XContent> contentAt(const OUString& url)
{
    auto ucb = broker();
    return ucb->queryContent(ucb->createContentIdentifier(url));
}

uno::Any execute(const uno::Reference<ucb::XContent>& content, const char* command,
                 const uno::Any& argument)
{
    return uno::Reference<ucb::XCommandProcessor>(content, uno::UNO_QUERY_THROW)
        ->execute(ucb::Command(OUString::createFromAscii(command), -1, argument), 0, nullptr);
}

// The children of a template-hierarchy entry: title -> the child's hierarchy URL. The
// children are reached again by URL: in LibreOffice 7.4, XContentAccess::queryContent on
// this result set, or asking it for TargetURL, never returns.
std::map<std::string, OUString> children(const uno::Reference<ucb::XContent>& content)
{
    ucb::OpenCommandArgument2 open;
    open.Mode = ucb::OpenMode::ALL;
    open.Priority = 32768;
    open.Properties.realloc(1);
    open.Properties[0].Name = "Title";
    open.Properties[0].Handle = -1;
    uno::Reference<ucb::XDynamicResultSet> dynamic(execute(content, "open", uno::Any(open)),
                                                   uno::UNO_QUERY_THROW);
    uno::Reference<sdbc::XResultSet> rows = dynamic->getStaticResultSet();
    uno::Reference<sdbc::XRow> row(rows, uno::UNO_QUERY_THROW);
    uno::Reference<ucb::XContentAccess> access(rows, uno::UNO_QUERY_THROW);
    std::map<std::string, OUString> found;
    while (rows->next())
        found[toUtf8(row->getString(1))] = access->queryContentIdentifierString();
    return found;
}

std::string targetUrl(const OUString& entry)
{
    uno::Sequence<beans::Property> wanted(1);
    wanted[0].Name = "TargetURL";
    wanted[0].Handle = -1;
    uno::Reference<sdbc::XRow> values(
        execute(contentAt(entry), "getPropertyValues", uno::Any(wanted)), uno::UNO_QUERY_THROW);
    return toUtf8(values->getString(1));
}

// Category title -> {template title -> its file URL}, after a fresh scan of the folders.
std::map<std::string, std::map<std::string, std::string>> templateList()
{
    auto templates = frame::DocumentTemplates::create(office().context());
    templates->update();
    std::map<std::string, std::map<std::string, std::string>> list;
    for (const auto& [group, groupUrl] : children(templates->getContent()))
    {
        auto& entries = list[group];
        for (const auto& [title, entryUrl] : children(contentAt(groupUrl)))
            entries[title] = group == "ParCalc" ? targetUrl(entryUrl) : std::string();
    }
    return list;
}

void setConfig(const char* path, const char* name, const OUString& value)
{
    auto provider = configuration::theDefaultProvider::get(office().context());
    uno::Sequence<uno::Any> args(1);
    args[0] <<= beans::NamedValue("nodepath", uno::Any(OUString::createFromAscii(path)));
    auto access = provider->createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess", args);
    uno::Reference<beans::XPropertySet>(access, uno::UNO_QUERY_THROW)
        ->setPropertyValue(OUString::createFromAscii(name), uno::Any(value));
    uno::Reference<util::XChangesBatch>(access, uno::UNO_QUERY_THROW)->commitChanges();
}

// The office's UI language (what $(vlang) in Paths.xcu stands for) from its next start on.
void useUiLanguage(const char* language)
{
    setConfig("/org.openoffice.Setup/L10N", "ooLocale", OUString::createFromAscii(language));
    setConfig("/org.openoffice.Office.Linguistic/General", "UILocale",
              OUString::createFromAscii(language));
    office().restart();
}

// Hidden; a template as a new document from it, anything else read-only (a writable
// load would lock a file of sample_sheets/, which other tests read at the same time).
uno::Reference<lang::XComponent> load(const std::string& url, bool asTemplate)
{
    uno::Sequence<beans::PropertyValue> props(3);
    props[0].Name = "Hidden";
    props[0].Value <<= true;
    props[1].Name = "MacroExecutionMode";
    props[1].Value <<= sal_Int16(0);
    props[2].Name = asTemplate ? OUString("AsTemplate") : OUString("ReadOnly");
    props[2].Value <<= true;
    uno::Reference<frame::XComponentLoader> loader(office().desktop(), uno::UNO_QUERY_THROW);
    auto doc = loader->loadComponentFromURL(fromUtf8(url), "_blank", 0, props);
    if (!doc.is())
        throw std::runtime_error("cannot load " + url);
    return doc;
}

// The ParCalc category holds exactly these titles, and each makes a new document with
// the content of its sample_sheets/ source.
void expectTemplates(const std::map<std::string, std::string>& titleToSource)
{
    const auto list = templateList();
    ASSERT_EQ(list.count("ParCalc"), 1u) << "no ParCalc category among " << list.size();
    const auto& parcalc = list.at("ParCalc");
    std::vector<std::string> titles, expected;
    for (const auto& entry : parcalc)
        titles.push_back(entry.first);
    for (const auto& entry : titleToSource)
        expected.push_back(entry.first);
    EXPECT_EQ(titles, expected);
    for (const auto& [title, source] : titleToSource)
    {
        if (!parcalc.count(title))
            continue;
        SCOPED_TRACE(title);
        const auto fromTemplate = load(parcalc.at(title), true);
        const auto original =
            load(parcalc::client::fileUrl(kSource + "/sample_sheets/" + source), false);
        // A new, untitled document, not the template itself opened for editing.
        EXPECT_TRUE(
            uno::Reference<frame::XModel>(fromTemplate, uno::UNO_QUERY_THROW)->getURL().isEmpty());
        st::expectSameContent(fromTemplate, original);
        parcalc::client::closeDocument(fromTemplate);
        parcalc::client::closeDocument(original);
    }
}

// The office stops before the process ends, not in a static destructor.
class StopOffice : public ::testing::Environment
{
public:
    void TearDown() override { g_office.reset(); }
};
[[maybe_unused]] const auto* const g_environment =
    ::testing::AddGlobalTestEnvironment(new StopOffice);

} // namespace

// Before the Vietnamese test (gtest runs a file's tests in order): the profile starts in
// the office's default UI language, English.
TEST(Templates, EnglishOfficeListsTheEnglishTitles)
{
    useUiLanguage("en-US");
    expectTemplates({{"PAR index self-assessment sheet", "mau-tu-danh-gia.ods"},
                     {"Statistics appendix of the PAR report (blank)", "mau-phu-luc.ods"}});
}

TEST(Templates, VietnameseOfficeListsTheVietnameseTitles)
{
    useUiLanguage("vi");
    expectTemplates({{"Bảng tự đánh giá Chỉ số CCHC", "mau-tu-danh-gia.ods"},
                     {"Phụ lục – Biểu thống kê số liệu CCHC (mẫu trống)", "mau-phu-luc.ods"}});
}
