// The rule-set authoring workbook stored through the running office: one sheet per
// book::BookSheet, its cells in one setDataArray, bold header with the English in
// each header cell's note, a drop-down list (cell validity) on every closed choice,
// text format where "= 1.2.2 / 1.2.1" or 1.1 must stay text; .ods or .xlsx.
#pragma once

#include "core/ruleset_book/book_writer.hxx"
#include "uno/base/ustrings.hxx"

#include <com/sun/star/frame/XComponentLoader.hpp>

#include <vector>

namespace parcalc::uno
{

// `filter`: "calc8" (.ods) or "Calc MS Excel 2007 XML" (.xlsx). Throws
// css::io::IOException (with the URL) when the document cannot be stored.
void storeRuleSetBook(const css::uno::Reference<css::frame::XComponentLoader>& loader,
                      const std::vector<book::BookSheet>& sheets, const OUString& url,
                      const OUString& filter);

} // namespace parcalc::uno
