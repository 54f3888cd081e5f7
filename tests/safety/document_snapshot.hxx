// document_snapshot: everything of a Calc document a user could see change, as text,
// so two states compare with one EXPECT_EQ and a readable diff: per sheet the used
// area's values (exact doubles) and formulas, the cell-format ranges with their
// backgrounds, every comment (cell, author, date, shown, text); and the document's
// user-defined properties. And the XML parts of a stored copy, for comparing what a
// save would write.
#pragma once

#include <com/sun/star/frame/XModel.hpp>

#include <string>

namespace parcalc::safety
{

std::string documentSnapshot(const css::uno::Reference<css::frame::XModel>& model);

// Stores a copy of the document (ODF) at `path` without touching its own URL or
// modified state.
void storeCopy(const css::uno::Reference<css::frame::XModel>& model, const std::string& path);

// One member of a zip file (content.xml, styles.xml), via unzip -p.
std::string zipMember(const std::string& zip, const std::string& member);

// An ODF XML part without the graphic automatic styles nothing in it refers to: Calc writes
// the caption styles of comments that only its undo stack still holds, which a reader
// never sees.
std::string withoutUnusedGraphicStyles(std::string xml);

} // namespace parcalc::safety

namespace parcalc::safety
{

// "" when the snapshots are equal; otherwise the lines only in `before` ("- ...") and only
// in `after` ("+ ..."), or a note that only their order differs.
std::string snapshotDiff(const std::string& before, const std::string& after);

} // namespace parcalc::safety
