// One-click fixes: the finding checked again against the document as it is
// now, then the planned value written into its cell as one undo step.
#include "sidebar/service/service_parts.hxx"

#include "sidebar/model/fix_planner.hxx"
#include "uno/base/ustrings.hxx"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

namespace parcalc::sidebar::service
{

using uno::fromUtf8;

namespace
{

const Finding* findCurrent(const Checked& c, const org::parcalc::FindingInfo& info)
{
    for (const auto& f : c.result.findings)
        if (fromUtf8(findingCodeName(f.code)) == info.Code && fromUtf8(f.sheet) == info.Sheet &&
            fromUtf8(f.cell) == info.Cell && fromUtf8(f.row) == info.Row)
            return &f;
    return nullptr;
}

sal_Int32 formatKey(const css::uno::Reference<css::frame::XModel>& model, const OUString& code)
{
    auto formats =
        css::uno::Reference<css::util::XNumberFormatsSupplier>(model, css::uno::UNO_QUERY_THROW)
            ->getNumberFormats();
    const css::lang::Locale locale("en", "US", "");
    sal_Int32 key = formats->queryKey(code, locale, false);
    if (key < 0)
        key = formats->addNew(code, locale);
    return key;
}

bool isTextFormat(const css::uno::Reference<css::frame::XModel>& model, sal_Int32 key)
{
    auto formats =
        css::uno::Reference<css::util::XNumberFormatsSupplier>(model, css::uno::UNO_QUERY_THROW)
            ->getNumberFormats();
    sal_Int16 type = 0;
    formats->getByKey(key)->getPropertyValue("Type") >>= type;
    return (type & css::util::NumberFormat::TEXT) != 0;
}

void writeFix(const css::uno::Reference<css::frame::XModel>& model, const SheetRef& sheet,
              const CellFix& fix)
{
    auto cell = cellAt(sheet, fix.sheetRow, fix.sheetCol);
    css::uno::Reference<css::beans::XPropertySet> props(cell, css::uno::UNO_QUERY_THROW);
    if (fix.action == FixAction::WriteText)
    {
        css::uno::Reference<css::text::XTextRange>(cell, css::uno::UNO_QUERY_THROW)
            ->setString(fromUtf8(fix.text));
        return;
    }
    sal_Int32 key = 0;
    props->getPropertyValue("NumberFormat") >>= key;
    if (fix.percent)
    {
        std::string code = "0";
        if (fix.decimals > 0)
            code += "." + std::string(std::size_t(fix.decimals), '0');
        code += "%";
        props->setPropertyValue("NumberFormat", css::uno::Any(formatKey(model, fromUtf8(code))));
    }
    else if (isTextFormat(model, key))
    {
        props->setPropertyValue("NumberFormat", css::uno::Any(sal_Int32(0))); // General
    }
    cell->setValue(fix.number);
}

} // namespace

sal_Bool applyFindingFix(const css::uno::Reference<css::frame::XModel>& document,
                         const org::parcalc::FindingInfo& finding, Language language)
{
    auto doc = openSpreadsheet(document);
    requireWritable(document, language);
    const Checked c = check(document, language);
    const Finding* current = findCurrent(c, finding);
    if (current == nullptr)
        return false; // stale: the document changed since the panel showed it
    const CellGrid* grid = c.sheet(current->sheet);
    if (grid == nullptr)
        return false;
    const auto fix = planFix(*current, *grid, *c.ruleSet);
    const auto sheet = sheetByName(doc, current->sheet);
    if (!fix || !sheet)
        return false;
    UndoContext undo(document, uiFormat(language, "undo.fix", {{"cell", fix->cell}}));
    writeFix(document, *sheet, *fix);
    return true;
}

} // namespace parcalc::sidebar::service
