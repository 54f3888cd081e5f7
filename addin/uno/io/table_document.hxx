// A table of text rows stored as an .ods: one sheet of text cells (bold first row,
// optimal column widths) through workbook_document, in the running office. The CLI's
// and the sidebar's ODS reports.
#pragma once

#include "uno/base/ustrings.hxx"

#include <com/sun/star/frame/XComponentLoader.hpp>

#include <string>
#include <vector>

namespace parcalc::uno
{

// Short rows are padded with empty cells; nothing is written for no rows. Throws
// css::io::IOException (with the URL) when the document cannot be stored.
void storeTableAsOds(const css::uno::Reference<css::frame::XComponentLoader>& loader,
                     const std::vector<std::vector<std::string>>& rows, const OUString& url);

} // namespace parcalc::uno
