// Closing a document, ignoring a veto.
#include "uno/io/document_close.hxx"

#include <com/sun/star/util/XCloseable.hpp>

namespace parcalc::uno
{

void closeDocument(const css::uno::Reference<css::lang::XComponent>& doc) noexcept
{
    try
    {
        css::uno::Reference<css::util::XCloseable> closeable(doc, css::uno::UNO_QUERY);
        if (closeable.is())
            closeable->close(true);
        else if (doc.is())
            doc->dispose();
    }
    catch (...)
    {
        // Closing a document we only read or wrote: nothing to save, nothing to report.
    }
}

} // namespace parcalc::uno
