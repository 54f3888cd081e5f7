// What the sidebar panels share to follow a document: a weak forwarder for the
// office's AsyncCallback (a check posted to the main thread never keeps a
// disposed panel alive), object identity, the spreadsheet of a frame's model,
// and the debouncer that posts a re-check once typing pauses.
#pragma once

#include "sidebar/model/debouncer.hxx"

#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/awt/XRequestCallback.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/weakref.hxx>

#include <memory>

namespace parcalc::sidebar
{

// Forwards the office's async callback to a panel without keeping it alive.
class WeakCallback : public cppu::WeakImplHelper1<css::awt::XCallback>
{
public:
    explicit WeakCallback(const css::uno::Reference<css::awt::XCallback>& target);
    void SAL_CALL notify(const css::uno::Any& data) override;

private:
    css::uno::WeakReference<css::awt::XCallback> m_target;
};

// Both set and the same UNO object.
bool sameObject(const css::uno::Reference<css::uno::XInterface>& a,
                const css::uno::Reference<css::uno::XInterface>& b);

// `model` when it is a spreadsheet document, else null.
css::uno::Reference<css::frame::XModel>
spreadsheetModel(const css::uno::Reference<css::frame::XModel>& model);

// A debouncer whose fire posts `target` to the main thread through `async`.
std::unique_ptr<Debouncer>
makeRecheckDebouncer(const css::uno::Reference<css::awt::XRequestCallback>& async,
                     const css::uno::Reference<css::awt::XCallback>& target);

} // namespace parcalc::sidebar
