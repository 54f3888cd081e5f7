// Document snapshots for the data-safety tests.
#include "document_snapshot.hxx"

#include "client/office_session.hxx"
#include "file_state.hxx"

#include <com/sun/star/beans/Property.hpp>
#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XCellFormatRangesSupplier.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XSheetAnnotation.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellRangeAddress.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/DateTime.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <set>
#include <stdexcept>
#include <vector>

namespace parcalc::safety
{

using namespace css;
using client::fromUtf8;
using client::toUtf8;

namespace
{

std::string number(double d)
{
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", d);
    return text;
}

std::string anyText(const css::uno::Any& value)
{
    double d = 0;
    OUString s;
    if (value >>= d)
        return "n:" + number(d);
    if (value >>= s)
        return "s:" + toUtf8(s);
    if (!value.hasValue())
        return "void";
    return "?" + toUtf8(value.getValueTypeName());
}

std::string rangeText(const table::CellRangeAddress& a)
{
    return std::to_string(a.StartColumn) + "," + std::to_string(a.StartRow) + ":" +
           std::to_string(a.EndColumn) + "," + std::to_string(a.EndRow);
}

void usedArea(const css::uno::Reference<sheet::XSpreadsheet>& sheet, std::string& out)
{
    auto cursor = sheet->createCursor();
    css::uno::Reference<sheet::XUsedAreaCursor> used(cursor, css::uno::UNO_QUERY_THROW);
    used->gotoStartOfUsedArea(false);
    used->gotoEndOfUsedArea(true);
    out += " used " +
           rangeText(
               css::uno::Reference<sheet::XCellRangeAddressable>(cursor, css::uno::UNO_QUERY_THROW)
                   ->getRangeAddress()) +
           "\n";
    const auto data = css::uno::Reference<sheet::XCellRangeData>(cursor, css::uno::UNO_QUERY_THROW)
                          ->getDataArray();
    const auto formulas =
        css::uno::Reference<sheet::XCellRangeFormula>(cursor, css::uno::UNO_QUERY_THROW)
            ->getFormulaArray();
    for (sal_Int32 r = 0; r < data.getLength(); ++r)
        for (sal_Int32 c = 0; c < data[r].getLength(); ++c)
        {
            const std::string formula = toUtf8(formulas[r][c]);
            if (!data[r][c].hasValue() && formula.empty())
                continue;
            out += "  cell " + std::to_string(c) + "," + std::to_string(r) + " " +
                   anyText(data[r][c]) + " f:" + formula + "\n";
        }
}

void formats(const css::uno::Reference<sheet::XSpreadsheet>& sheet, std::string& out)
{
    auto ranges =
        css::uno::Reference<sheet::XCellFormatRangesSupplier>(sheet, css::uno::UNO_QUERY_THROW)
            ->getCellFormatRanges();
    for (sal_Int32 i = 0; i < ranges->getCount(); ++i)
    {
        css::uno::Reference<beans::XPropertySet> props(ranges->getByIndex(i),
                                                       css::uno::UNO_QUERY_THROW);
        css::uno::Reference<beans::XPropertyState> state(props, css::uno::UNO_QUERY_THROW);
        const auto address =
            css::uno::Reference<sheet::XCellRangeAddressable>(props, css::uno::UNO_QUERY_THROW)
                ->getRangeAddress();
        sal_Int32 back = -1;
        props->getPropertyValue("CellBackColor") >>= back;
        OUString style;
        props->getPropertyValue("CellStyle") >>= style;
        sal_Int32 format = 0;
        props->getPropertyValue("NumberFormat") >>= format;
        out += "  format " + rangeText(address) + " back " + std::to_string(back) +
               (state->getPropertyState("CellBackColor") == beans::PropertyState_DIRECT_VALUE
                    ? " direct"
                    : " default") +
               " style " + toUtf8(style) + " numfmt " + std::to_string(format) + "\n";
    }
}

void comments(const css::uno::Reference<sheet::XSpreadsheet>& sheet, std::string& out)
{
    auto annotations =
        css::uno::Reference<sheet::XSheetAnnotationsSupplier>(sheet, css::uno::UNO_QUERY_THROW)
            ->getAnnotations();
    for (sal_Int32 i = 0; i < annotations->getCount(); ++i)
    {
        css::uno::Reference<sheet::XSheetAnnotation> a(annotations->getByIndex(i),
                                                       css::uno::UNO_QUERY_THROW);
        const auto pos = a->getPosition();
        out +=
            "  comment " + std::to_string(pos.Column) + "," + std::to_string(pos.Row) + " by " +
            toUtf8(a->getAuthor()) + " on " + toUtf8(a->getDate()) +
            (a->getIsVisible() ? " shown" : " hidden") + ": " +
            toUtf8(
                css::uno::Reference<text::XTextRange>(a, css::uno::UNO_QUERY_THROW)->getString()) +
            "\n";
    }
}

void userProperties(const css::uno::Reference<frame::XModel>& model, std::string& out)
{
    auto props =
        css::uno::Reference<document::XDocumentPropertiesSupplier>(model, css::uno::UNO_QUERY_THROW)
            ->getDocumentProperties()
            ->getUserDefinedProperties();
    css::uno::Reference<beans::XPropertySet> set(props, css::uno::UNO_QUERY_THROW);
    for (const beans::Property& p : set->getPropertySetInfo()->getProperties())
        out += "user property " + toUtf8(p.Name) + " = " + anyText(set->getPropertyValue(p.Name)) +
               "\n";
}

} // namespace

std::string documentSnapshot(const css::uno::Reference<frame::XModel>& model)
{
    std::string out;
    css::uno::Reference<sheet::XSpreadsheetDocument> doc(model, css::uno::UNO_QUERY_THROW);
    css::uno::Reference<container::XIndexAccess> sheets(doc->getSheets(),
                                                        css::uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
    {
        css::uno::Reference<sheet::XSpreadsheet> sheet(sheets->getByIndex(i),
                                                       css::uno::UNO_QUERY_THROW);
        out += "sheet " +
               toUtf8(css::uno::Reference<container::XNamed>(sheet, css::uno::UNO_QUERY_THROW)
                          ->getName()) +
               "\n";
        usedArea(sheet, out);
        formats(sheet, out);
        comments(sheet, out);
    }
    userProperties(model, out);
    return out;
}

void storeCopy(const css::uno::Reference<frame::XModel>& model, const std::string& path)
{
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    css::uno::Sequence<beans::PropertyValue> args(1);
    args[0].Name = "FilterName";
    args[0].Value <<= OUString("calc8");
    css::uno::Reference<frame::XStorable>(model, css::uno::UNO_QUERY_THROW)
        ->storeToURL(fromUtf8(client::fileUrl(path)), args);
}

std::string zipMember(const std::string& zip, const std::string& member)
{
    const std::string out = zip + "." + member;
    const std::string command = "unzip -p '" + zip + "' '" + member + "' > '" + out + "'";
    if (std::system(command.c_str()) != 0)
        throw std::runtime_error("cannot read " + member + " of " + zip);
    return readBytes(out);
}

std::string withoutUnusedGraphicStyles(std::string xml)
{
    const std::string open = "<style:style style:name=\"";
    const std::string close = "</style:style>";
    std::size_t at = 0;
    while ((at = xml.find(open, at)) != std::string::npos)
    {
        const std::size_t nameStart = at + open.size();
        const std::size_t nameEnd = xml.find('"', nameStart);
        const std::string tag = xml.substr(at, xml.find('>', at) - at);
        const std::string quoted = "\"" + xml.substr(nameStart, nameEnd - nameStart) + "\"";
        const bool used =
            xml.find(quoted) < nameStart - 1 || xml.find(quoted, nameEnd) != std::string::npos;
        const std::size_t end = xml.find(close, at);
        if (!used && end != std::string::npos &&
            tag.find("style:family=\"graphic\"") != std::string::npos)
            xml.erase(at, end + close.size() - at);
        else
            at = nameEnd;
    }
    return xml;
}

} // namespace parcalc::safety

namespace parcalc::safety
{

std::string snapshotDiff(const std::string& before, const std::string& after)
{
    if (before == after)
        return {};
    auto lines = [](const std::string& text)
    {
        std::multiset<std::string> set;
        std::size_t start = 0;
        while (start < text.size())
        {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            set.insert(text.substr(start, end - start));
            start = end + 1;
        }
        return set;
    };
    const auto a = lines(before), b = lines(after);
    std::vector<std::string> gone, added;
    std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(gone));
    std::set_difference(b.begin(), b.end(), a.begin(), a.end(), std::back_inserter(added));
    std::string diff;
    for (const auto& line : gone)
        diff += "- " + line + "\n";
    for (const auto& line : added)
        diff += "+ " + line + "\n";
    return diff.empty() ? "the same lines in another order\n" : diff;
}

} // namespace parcalc::safety
