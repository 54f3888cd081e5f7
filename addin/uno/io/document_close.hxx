// Closing a document the add-in or the batch tool opened itself (hidden, only
// read or written to a file): the shared "close, ignoring a veto" step, and a guard
// that takes it when a scope ends.
#pragma once

#include <com/sun/star/lang/XComponent.hpp>

#include <utility>

namespace parcalc::uno
{

// Closes `doc` (XCloseable::close(true), else dispose); never throws.
void closeDocument(const css::uno::Reference<css::lang::XComponent>& doc) noexcept;

// Closes `doc` when the scope ends, however it ends.
class ClosedAtScopeEnd
{
public:
    explicit ClosedAtScopeEnd(css::uno::Reference<css::lang::XComponent> doc)
        : m_doc(std::move(doc))
    {
    }
    ~ClosedAtScopeEnd() { closeDocument(m_doc); }
    ClosedAtScopeEnd(const ClosedAtScopeEnd&) = delete;
    ClosedAtScopeEnd& operator=(const ClosedAtScopeEnd&) = delete;

private:
    css::uno::Reference<css::lang::XComponent> m_doc;
};

} // namespace parcalc::uno
