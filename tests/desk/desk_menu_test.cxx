// The ParCalc menu in Calc's menu bar (read through accessibility, as assistive technology
// does) and in the Addons configuration, in vi and en-US: the command table's titles, in
// order, with its separators.
#include "desk_ui_support.hxx"

#include <com/sun/star/accessibility/AccessibleRole.hpp>
#include <com/sun/star/accessibility/XAccessible.hpp>
#include <com/sun/star/accessibility/XAccessibleContext.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/XFrame.hpp>

#include <algorithm>

#include <gtest/gtest.h>

using namespace css;
using namespace ui_test;
using namespace desk_ui;
using parcalc::Language;
using parcalc::client::fromUtf8;
using parcalc::client::toUtf8;
namespace desk = parcalc::desk;
namespace st = parcalc::sidebar_test;

namespace
{

using AccContext = uno::Reference<accessibility::XAccessibleContext>;

// The first accessible below `context` (documents skipped: their cells are many) with `role`.
AccContext findRole(const AccContext& context, sal_Int16 role, int depth = 0)
{
    if (!context.is() || depth > 12)
        return {};
    if (context->getAccessibleRole() == role)
        return context;
    const sal_Int16 here = context->getAccessibleRole();
    if (here == accessibility::AccessibleRole::DOCUMENT_SPREADSHEET ||
        here == accessibility::AccessibleRole::TABLE)
        return {};
    for (sal_Int64 i = 0; i < context->getAccessibleChildCount(); ++i)
        if (auto child = context->getAccessibleChild(i); child.is())
            if (auto found = findRole(child->getAccessibleContext(), role, depth + 1); found.is())
                return found;
    return {};
}

// Read the way assistive technology reads it: the frame's menu bar, its ParCalc menu.
TEST(DeskMenu, IsInCalcsMenuBarWithTheTablesTitles)
{
    uno::Reference<accessibility::XAccessible> root(window().frame->getContainerWindow(),
                                                    uno::UNO_QUERY_THROW);
    const AccContext bar =
        findRole(root->getAccessibleContext(), accessibility::AccessibleRole::MENU_BAR);
    ASSERT_TRUE(bar.is()) << "no menu bar";
    const std::string title = text(officeLanguage(), "menu.title");
    AccContext menu;
    std::vector<std::string> menus;
    for (sal_Int64 i = 0; i < bar->getAccessibleChildCount(); ++i)
    {
        const AccContext child = bar->getAccessibleChild(i)->getAccessibleContext();
        menus.push_back(withoutMnemonic(child->getAccessibleName()));
        if (menus.back() == title)
            menu = child;
    }
    ASSERT_TRUE(menu.is()) << "no ParCalc menu in Calc's menu bar; it has " << menus.size();
    // Calc's add-on menus sit before its Window menu (Cửa sổ / Window), the one before Help.
    EXPECT_EQ(menus.at(menus.size() - 3), title);
    std::vector<std::string> items;
    for (sal_Int64 i = 0; i < menu->getAccessibleChildCount(); ++i)
    {
        const AccContext item = menu->getAccessibleChild(i)->getAccessibleContext();
        items.push_back(item->getAccessibleRole() == accessibility::AccessibleRole::SEPARATOR
                            ? std::string()
                            : withoutMnemonic(item->getAccessibleName()));
    }
    EXPECT_EQ(items, expectedMenu(officeLanguage()));
}

TEST(DeskMenu, AddonsConfigurationHasTheVietnameseAndEnglishTitles)
{
    const std::string submenu =
        "/org.openoffice.Office.Addons/AddonUI/OfficeMenuBar/org.parcalc.desk.menu/Submenu";
    for (const auto& [locale, language] :
         {std::pair{"vi", Language::Vi}, std::pair{"en-US", Language::En}})
    {
        SCOPED_TRACE(locale);
        uno::Reference<container::XNameAccess> entries(configuration(submenu, locale),
                                                       uno::UNO_QUERY_THROW);
        auto names = entries->getElementNames();
        std::vector<OUString> sorted(names.begin(), names.end());
        std::sort(sorted.begin(), sorted.end());
        std::vector<std::string> items;
        for (const OUString& name : sorted)
        {
            uno::Reference<container::XNameAccess> entry(entries->getByName(name),
                                                         uno::UNO_QUERY_THROW);
            OUString url, title;
            entry->getByName("URL") >>= url;
            entry->getByName("Title") >>= title;
            items.push_back(url == "private:separator" ? std::string() : toUtf8(title));
        }
        EXPECT_EQ(items, expectedMenu(language));
    }
}

} // namespace
