// ShowDeck through the sidebar API: setVisible, the deck activated, the deck area opened;
// none of these toggles, so a deck already open stays open.
#include "desk/handler/desk_actions.hxx"

#include "desk/handler/desk_messages.hxx"
#include "sidebar/panel/sidebar_ids.hxx"
#include "uno/base/ustrings.hxx"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/frame/XController2.hpp>
#include <com/sun/star/ui/XDeck.hpp>
#include <com/sun/star/ui/XDecks.hpp>
#include <com/sun/star/ui/XSidebarProvider.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

namespace parcalc::desk
{

namespace
{

// A sidebar just made visible lists its decks after its own context update, which the event
// loop runs: this many tries from there before saying the deck is missing.
constexpr int kRetries = 20;

css::uno::Reference<css::ui::XSidebarProvider> sidebarOf(const DeskCall& call)
{
    css::uno::Reference<css::frame::XController2> controller;
    if (call.frame.is())
        controller.set(call.frame->getController(), css::uno::UNO_QUERY);
    css::uno::Reference<css::ui::XSidebarProvider> sidebar;
    if (controller.is())
        sidebar = controller->getSidebar();
    if (!sidebar.is())
        throw DeskFailure(call.text("error.noSidebar"));
    return sidebar;
}

// True when the deck is active now; false while the sidebar does not list it yet.
bool tryActivate(const DeskCall& call)
{
    const auto sidebar = sidebarOf(call);
    sidebar->setVisible(true); // unconditionally: a hide still pending reports it invisible late
    const auto decks = sidebar->getDecks();
    const OUString id = OUString::createFromAscii(sidebar::kDeckId);
    css::uno::Reference<css::ui::XDeck> deck;
    if (decks.is() && decks->hasByName(id))
        decks->getByName(id) >>= deck;
    if (!deck.is())
        return false;
    if (!deck->isActive())
        deck->activate(true);
    sidebar->showDecks(true); // opens a collapsed deck area; never closes one
    return true;
}

class DeckRetry : public cppu::WeakImplHelper1<css::awt::XCallback>
{
public:
    DeckRetry(DeskCall call, int left) : m_call(std::move(call)), m_left(left) {}

    static void schedule(const DeskCall& call, int left)
    {
        css::awt::AsyncCallback::create(call.context)
            ->addCallback(new DeckRetry(call, left), css::uno::Any());
    }

    // From the event loop: nothing may escape, a failure is told.
    void SAL_CALL notify(const css::uno::Any&) override
    {
        try
        {
            if (tryActivate(m_call))
                return;
            if (m_left > 1)
                schedule(m_call, m_left - 1);
            else
                throw DeskFailure(m_call.text("error.noDeck", {{"deck", sidebar::kDeckId}}));
        }
        catch (const DeskFailure& e)
        {
            tell(e.what());
        }
        catch (const css::uno::Exception& e)
        {
            tell(m_call.text("error.failed", {{"command", m_call.text("command.ShowDeck")},
                                              {"error", uno::toUtf8(e.Message)}}));
        }
        catch (...)
        {
            tell(m_call.text("error.failed",
                             {{"command", m_call.text("command.ShowDeck")}, {"error", "?"}}));
        }
    }

private:
    void tell(const std::string& text)
    {
        try
        {
            showDeskMessage(m_call.context, m_call.frame, MessageKind::Error, text);
        }
        catch (...) // nothing left to tell it with
        {
        }
    }

    DeskCall m_call;
    int m_left;
};

} // namespace

bool showDeck(const DeskCall& call)
{
    if (tryActivate(call))
        return true;
    DeckRetry::schedule(call, kRetries);
    return false;
}

} // namespace parcalc::desk
