// The validation panel's "Dùng bộ quy tắc từ bảng tính này": the rule set of the rule-set
// workbook in this window, for another open spreadsheet (the only one, or the one picked
// from a menu at the button when several are open).
#include "sidebar/panel/validation_panel.hxx"

#include "uno/base/ustrings.hxx"

#include <com/sun/star/awt/PopupMenu.hpp>
#include <com/sun/star/awt/PopupMenuDirection.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XTitle.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <vector>

namespace parcalc::sidebar
{

using uno::fromUtf8;
using uno::toUtf8;

namespace
{

struct OpenSheet
{
    css::uno::Reference<css::frame::XModel> model;
    std::string title;
};

// Every open spreadsheet document but `except`, with the title its window shows.
std::vector<OpenSheet>
otherSpreadsheets(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                  const css::uno::Reference<css::frame::XModel>& except)
{
    std::vector<OpenSheet> out;
    const auto components = css::frame::Desktop::create(ctx)->getComponents();
    const auto each = components->createEnumeration();
    while (each->hasMoreElements())
    {
        css::uno::Reference<css::frame::XModel> model(each->nextElement(), css::uno::UNO_QUERY);
        if (!model.is() || model == except ||
            !css::uno::Reference<css::sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY).is())
            continue;
        css::uno::Reference<css::frame::XTitle> title(model, css::uno::UNO_QUERY);
        out.push_back({model, title.is() ? toUtf8(title->getTitle()) : toUtf8(model->getURL())});
    }
    return out;
}

} // namespace

std::string ValidationPanel::useRuleSetBookOnAnother()
{
    const Language lang = m_model.language();
    const std::vector<OpenSheet> sheets = otherSpreadsheets(m_context, m_document);
    if (sheets.empty())
        return uiText(lang, "rulebook.noTarget");
    std::size_t chosen = 0;
    if (sheets.size() > 1)
    {
        const auto menu = css::awt::PopupMenu::create(m_context);
        menu->insertItem(1, fromUtf8(uiText(lang, "rulebook.pick")), 0, 0);
        menu->enableItem(1, false);
        for (std::size_t i = 0; i < sheets.size(); ++i)
            menu->insertItem(sal_Int16(i + 2), fromUtf8(sheets[i].title), 0, sal_Int16(i + 1));
        const css::awt::Rectangle at = m_useBook->getPosSize();
        css::uno::Reference<css::awt::XWindowPeer> peer(m_parent, css::uno::UNO_QUERY);
        const sal_Int16 picked = menu->execute(peer, {at.X, at.Y + at.Height, at.Width, 0},
                                               css::awt::PopupMenuDirection::EXECUTE_DOWN);
        if (picked < 2)
            return {}; // closed without a choice
        chosen = std::size_t(picked - 2);
    }
    try
    {
        const std::string file =
            toUtf8(m_service->useRuleSetBook(m_document, sheets[chosen].model));
        return uiFormat(lang, "rulebook.used",
                        {{"file", file}, {"document", sheets[chosen].title}});
    }
    catch (const css::lang::IllegalArgumentException& e)
    {
        return toUtf8(e.Message); // unsaved, or the problems to fix by sheet and cell
    }
}

} // namespace parcalc::sidebar
