// Closing a document the add-in or the batch tool opened itself (hidden, only
// read or written to a file): the shared "close, ignoring a veto" step.
#pragma once

#include <com/sun/star/lang/XComponent.hpp>

namespace parcalc::uno
{

// Closes `doc` (XCloseable::close(true), else dispose); never throws.
void closeDocument(const css::uno::Reference<css::lang::XComponent>& doc) noexcept;

} // namespace parcalc::uno
