// A new hidden Calc document the CLI or the sidebar fills and stores (a report, the
// rule-set workbook): closed whatever happens, stored with one filter, a failure to store
// reported as css::io::IOException naming the URL.
#pragma once

#include "uno/base/ustrings.hxx"

#include <com/sun/star/frame/XComponentLoader.hpp>
#include <com/sun/star/lang/XComponent.hpp>

namespace parcalc::uno
{

class ScratchCalc
{
public:
    explicit ScratchCalc(const css::uno::Reference<css::frame::XComponentLoader>& loader);
    ~ScratchCalc(); // closes the document, never throws
    ScratchCalc(const ScratchCalc&) = delete;
    ScratchCalc& operator=(const ScratchCalc&) = delete;

    const css::uno::Reference<css::lang::XComponent>& doc() const { return m_doc; }
    // "calc8" (.ods), "Calc MS Excel 2007 XML" (.xlsx)...
    void storeTo(const OUString& url, const OUString& filter) const;

private:
    css::uno::Reference<css::lang::XComponent> m_doc;
};

} // namespace parcalc::uno
