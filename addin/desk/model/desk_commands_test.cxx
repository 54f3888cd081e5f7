// The command table against what the office reads: registry/Addons.xcu (menu entries in
// order with their separators, vi and en-US titles, Calc only, the toolbar and its icons)
// registry/ProtocolHandler.xcu (the protocol) and CalcWindowState.xcu (the toolbar's name).
#include "desk/model/desk_commands.hxx"
#include "desk/model/desk_texts.hxx"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

using namespace parcalc;
using namespace parcalc::desk;

namespace
{

const std::string kRegistry = std::string(PARCALC_SOURCE_DIR) + "/registry/";
const std::string kCalc = "com.sun.star.sheet.SpreadsheetDocument";

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    EXPECT_TRUE(in) << path;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The text of `xcu` between the node named `from` and the node named `to` (or the end).
std::string section(const std::string& xcu, const std::string& from, const std::string& to)
{
    const auto begin = xcu.find("oor:name=\"" + from + "\"");
    EXPECT_NE(begin, std::string::npos) << from;
    const auto end = to.empty() ? xcu.size() : xcu.find("oor:name=\"" + to + "\"", begin);
    return xcu.substr(begin, end == std::string::npos ? std::string::npos : end - begin);
}

std::string prop(const std::string& body, const std::string& name)
{
    std::smatch m;
    const std::regex re("<prop oor:name=\"" + name + "\"[^>]*>\\s*<value>([^<]*)</value>");
    return std::regex_search(body, m, re) ? m[1].str() : std::string();
}

// An item node of a menu or toolbar: <node oor:name="m01">…</node>, no nested nodes.
struct Entry
{
    std::string node, url, context;
    std::map<std::string, std::string> title; // xml:lang -> text
};

std::vector<Entry> entries(const std::string& text, const std::string& prefix)
{
    std::vector<Entry> found;
    const std::regex node("<node oor:name=\"(" + prefix +
                          "[0-9]+)\" oor:op=\"replace\">([\\s\\S]*?)</node>");
    const std::regex value("<value xml:lang=\"([^\"]+)\">([^<]*)</value>");
    for (std::sregex_iterator it(text.begin(), text.end(), node), end; it != end; ++it)
    {
        Entry e{(*it)[1].str(), prop((*it)[2].str(), "URL"), prop((*it)[2].str(), "Context"), {}};
        const std::string body = (*it)[2].str();
        for (std::sregex_iterator v(body.begin(), body.end(), value); v != end; ++v)
            e.title[(*v)[1].str()] = (*v)[2].str();
        found.push_back(e);
    }
    return found;
}

void expectTitled(const Entry& e, const DeskCommand& c)
{
    SCOPED_TRACE(e.node + " " + e.url);
    EXPECT_EQ(e.url, deskCommandUrl(c));
    EXPECT_EQ(e.title.size(), 2u);
    EXPECT_EQ(e.title.at("vi"), deskText(Language::Vi, c.titleKey));
    EXPECT_EQ(e.title.at("en-US"), deskText(Language::En, c.titleKey));
    EXPECT_EQ(e.context, kCalc);
}

void expectInNodeOrder(const std::vector<Entry>& list)
{
    for (std::size_t i = 1; i < list.size(); ++i)
        EXPECT_LT(list[i - 1].node, list[i].node) << "entries are named in their order";
}

TEST(DeskCommands, NamesAreUniqueAndFoundByName)
{
    std::set<std::string_view> names;
    for (const DeskCommand& c : deskCommands())
    {
        EXPECT_TRUE(names.insert(c.name).second) << c.name;
        EXPECT_EQ(findDeskCommand(c.name), &c);
        EXPECT_NE(deskTexts().find(c.titleKey), nullptr) << c.titleKey;
    }
    EXPECT_EQ(findDeskCommand("showdeck"), nullptr) << "names are case-sensitive, as URLs";
    EXPECT_EQ(findDeskCommand(""), nullptr);
    EXPECT_EQ(deskCommandUrl(*findDeskCommand("ShowDeck")), "vnd.org.parcalc.desk:ShowDeck");
}

TEST(DeskCommands, MenuOfAddonsXcuIsTheTableInOrderWithItsSeparators)
{
    const std::string xcu = readFile(kRegistry + "Addons.xcu");
    const std::string menu = section(xcu, "OfficeMenuBar", "OfficeToolBar");
    EXPECT_EQ(prop(menu, "Context"), kCalc) << "the menu is Calc's only";
    const std::vector<Entry> items = entries(menu, "m");
    expectInNodeOrder(items);
    std::size_t i = 0;
    const auto& table = deskCommands();
    for (std::size_t k = 0; k < table.size(); ++k)
    {
        ASSERT_LT(i, items.size()) << "Addons.xcu lacks " << table[k].name;
        expectTitled(items[i++], table[k]);
        if (table[k].separatorAfter && k + 1 < table.size())
        {
            ASSERT_LT(i, items.size());
            EXPECT_EQ(items[i++].url, "private:separator") << "after " << table[k].name;
        }
    }
    EXPECT_EQ(i, items.size()) << "Addons.xcu has menu entries the table does not";
    std::smatch m;
    const std::regex menuTitle("<value xml:lang=\"vi\">([^<]*)</value>\\s*"
                               "<value xml:lang=\"en-US\">([^<]*)</value>");
    ASSERT_TRUE(std::regex_search(menu, m, menuTitle));
    EXPECT_EQ(m[1].str(), deskText(Language::Vi, "menu.title"));
    EXPECT_EQ(m[2].str(), deskText(Language::En, "menu.title"));
}

TEST(DeskCommands, ToolbarAndIconsOfAddonsXcuAreTheTablesToolbarCommands)
{
    const std::string xcu = readFile(kRegistry + "Addons.xcu");
    const std::vector<Entry> buttons = entries(section(xcu, "OfficeToolBar", "Images"), "t");
    expectInNodeOrder(buttons);
    std::vector<const DeskCommand*> onToolbar;
    for (const DeskCommand& c : deskCommands())
        if (c.onToolbar)
            onToolbar.push_back(&c);
    ASSERT_EQ(buttons.size(), onToolbar.size());
    for (std::size_t i = 0; i < buttons.size(); ++i)
        expectTitled(buttons[i], *onToolbar[i]);

    const std::string images = section(xcu, "Images", "");
    for (const DeskCommand* c : onToolbar)
    {
        const std::string name(c->name);
        const auto at = images.find("oor:name=\"org.parcalc.desk.image." + name + "\"");
        ASSERT_NE(at, std::string::npos) << "no image for " << name;
        const std::string body = images.substr(at, images.find("</node>\n      </node>", at) - at);
        EXPECT_EQ(prop(body, "URL"), deskCommandUrl(*c));
        std::string lower = name;
        for (char& ch : lower)
            ch = char(std::tolower(static_cast<unsigned char>(ch)));
        for (const char* size : {"16", "26"})
        {
            const std::string file = "icons/desk-" + lower + "-" + size + ".png";
            EXPECT_EQ(prop(body, std::string(size) == "16" ? "ImageSmallURL" : "ImageBigURL"),
                      "%origin%/" + file);
            EXPECT_TRUE(std::filesystem::exists(kRegistry + file)) << file;
        }
    }
}

TEST(DeskCommands, CalcWindowStateNamesAndDocksTheToolbar)
{
    const std::string xcu = readFile(kRegistry + "CalcWindowState.xcu");
    EXPECT_NE(readFile(kRegistry + "Addons.xcu").find("oor:name=\"org.parcalc.desk.toolbar\""),
              std::string::npos);
    const std::string state =
        section(xcu, "private:resource/toolbar/addon_org.parcalc.desk.toolbar", "");
    EXPECT_NE(state.find("<value xml:lang=\"vi\">" + deskText(Language::Vi, "toolbar.title") +
                         "</value>"),
              std::string::npos);
    EXPECT_NE(state.find("<value xml:lang=\"en-US\">" + deskText(Language::En, "toolbar.title") +
                         "</value>"),
              std::string::npos);
    EXPECT_EQ(prop(state, "Docked"), "true");
}

TEST(DeskCommands, ProtocolHandlerXcuRegistersTheProtocol)
{
    const std::string xcu = readFile(kRegistry + "ProtocolHandler.xcu");
    EXPECT_NE(xcu.find("oor:name=\"org.parcalc.DeskImpl\""), std::string::npos);
    EXPECT_NE(xcu.find("<value>" + std::string(kDeskProtocol) + "*</value>"), std::string::npos);
    const std::string components = readFile(kRegistry + "parcalc.components.in");
    const auto impl = components.find("<implementation name=\"org.parcalc.DeskImpl\">");
    ASSERT_NE(impl, std::string::npos);
    EXPECT_NE(components.find("<service name=\"com.sun.star.frame.ProtocolHandler\"/>", impl),
              std::string::npos);
}

} // namespace
