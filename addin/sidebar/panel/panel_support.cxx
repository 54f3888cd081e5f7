// What the sidebar panels share to follow a document.
#include "sidebar/panel/panel_support.hxx"

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>

#include <chrono>

namespace parcalc::sidebar
{

namespace
{
constexpr auto kRecheckDelay = std::chrono::milliseconds(500);
}

WeakCallback::WeakCallback(const css::uno::Reference<css::awt::XCallback>& target)
    : m_target(target)
{
}

void WeakCallback::notify(const css::uno::Any& data)
{
    const css::uno::Reference<css::awt::XCallback> target(m_target);
    if (target.is())
        target->notify(data);
}

bool sameObject(const css::uno::Reference<css::uno::XInterface>& a,
                const css::uno::Reference<css::uno::XInterface>& b)
{
    return a.is() && b.is() &&
           css::uno::Reference<css::uno::XInterface>(a, css::uno::UNO_QUERY) ==
               css::uno::Reference<css::uno::XInterface>(b, css::uno::UNO_QUERY);
}

css::uno::Reference<css::frame::XModel>
spreadsheetModel(const css::uno::Reference<css::frame::XModel>& model)
{
    return css::uno::Reference<css::sheet::XSpreadsheetDocument>(model, css::uno::UNO_QUERY).is()
               ? model
               : nullptr;
}

std::unique_ptr<Debouncer>
makeRecheckDebouncer(const css::uno::Reference<css::awt::XRequestCallback>& async,
                     const css::uno::Reference<css::awt::XCallback>& target)
{
    return std::make_unique<Debouncer>(kRecheckDelay, [async, target]
                                       { async->addCallback(target, css::uno::Any()); });
}

} // namespace parcalc::sidebar
