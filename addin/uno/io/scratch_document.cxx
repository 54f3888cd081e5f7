// ScratchCalc: private:factory/scalc loaded Hidden; storeToURL with a FilterName.
#include "uno/io/scratch_document.hxx"

#include "uno/io/document_close.hxx"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/io/IOException.hpp>

namespace parcalc::uno
{

ScratchCalc::ScratchCalc(const css::uno::Reference<css::frame::XComponentLoader>& loader)
{
    css::uno::Sequence<css::beans::PropertyValue> hidden(1);
    hidden[0].Name = "Hidden";
    hidden[0].Value <<= true;
    m_doc = loader->loadComponentFromURL("private:factory/scalc", "_blank", 0, hidden);
}

ScratchCalc::~ScratchCalc()
{
    closeDocument(m_doc);
}

void ScratchCalc::storeTo(const OUString& url, const OUString& filter) const
{
    css::uno::Sequence<css::beans::PropertyValue> store(1);
    store[0].Name = "FilterName";
    store[0].Value <<= filter;
    try
    {
        css::uno::Reference<css::frame::XStorable>(m_doc, css::uno::UNO_QUERY_THROW)
            ->storeToURL(url, store);
    }
    catch (const css::io::IOException&)
    {
        throw;
    }
    catch (const css::uno::Exception& e)
    {
        throw css::io::IOException("ParCalc: cannot write " + url + ": " + e.Message);
    }
}

} // namespace parcalc::uno
