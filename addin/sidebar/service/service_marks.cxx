// ParCalc's marks on the document: a colour and a comment per cell with
// findings, and clearing them again (restoring what the cells had).
#include "sidebar/service/service_parts.hxx"

#include "sidebar/model/fix_planner.hxx"
#include "sidebar/model/mark_records.hxx"
#include "sidebar/panel/sidebar_ids.hxx"
#include "uno/base/ustrings.hxx"

#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XSheetAnnotation.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <algorithm>

namespace parcalc::sidebar::service
{

using uno::fromUtf8;
using uno::toUtf8;

namespace
{

css::uno::Reference<css::sheet::XSheetAnnotations> annotationsOf(const SheetRef& sheet)
{
    css::uno::Reference<css::sheet::XSheetAnnotationsSupplier> supplier(sheet.sheet,
                                                                        css::uno::UNO_QUERY_THROW);
    return supplier->getAnnotations();
}

std::string textOf(const css::uno::Reference<css::uno::XInterface>& annotation)
{
    css::uno::Reference<css::text::XTextRange> text(annotation, css::uno::UNO_QUERY);
    return text.is() ? toUtf8(text->getString()) : std::string();
}

struct MarkedCell
{
    std::string sheet;
    std::string cell;
    std::size_t row = 0;
    std::size_t col = 0;
    std::string comment; // "" when the cell has no ParCalc comment (only a colour left)
};

std::vector<SheetRef> allSheets(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    std::vector<SheetRef> sheets;
    css::uno::Reference<css::container::XIndexAccess> access(doc->getSheets(),
                                                             css::uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < access->getCount(); ++i)
        sheets.push_back({css::uno::Reference<css::sheet::XSpreadsheet>(access->getByIndex(i),
                                                                        css::uno::UNO_QUERY_THROW),
                          sal_Int16(i)});
    return sheets;
}

std::string sheetName(const SheetRef& sheet)
{
    return toUtf8(
        css::uno::Reference<css::container::XNamed>(sheet.sheet, css::uno::UNO_QUERY_THROW)
            ->getName());
}

// Cells carrying a ParCalc comment, on every sheet.
std::vector<MarkedCell>
markedCells(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    std::vector<MarkedCell> marked;
    for (const SheetRef& sheet : allSheets(doc))
    {
        auto annotations = annotationsOf(sheet);
        const std::string name = sheetName(sheet);
        for (sal_Int32 i = 0; i < annotations->getCount(); ++i)
        {
            css::uno::Reference<css::sheet::XSheetAnnotation> annotation(annotations->getByIndex(i),
                                                                         css::uno::UNO_QUERY);
            if (!annotation.is())
                continue;
            std::string text = textOf(annotation);
            if (!isMarkComment(text))
                continue;
            const auto pos = annotation->getPosition();
            marked.push_back({name, a1Address(std::size_t(pos.Row), std::size_t(pos.Column)),
                              std::size_t(pos.Row), std::size_t(pos.Column), std::move(text)});
        }
    }
    return marked;
}

std::string severityText(Severity severity, Language language)
{
    switch (severity)
    {
    case Severity::Error:
        return uiText(language, "mark.severity.error");
    case Severity::Warning:
        return uiText(language, "mark.severity.warning");
    case Severity::Info:
        break;
    }
    return uiText(language, "mark.severity.info");
}

const std::string& messageIn(const Finding& f, Language language)
{
    return language == Language::En && !f.messageEn.empty() ? f.messageEn : f.message;
}

} // namespace

std::size_t markedCellCount(const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    return markedCells(doc).size();
}

sal_Int32 clearMarksIn(const css::uno::Reference<css::frame::XModel>& model,
                       const css::uno::Reference<css::sheet::XSpreadsheetDocument>& doc)
{
    std::vector<MarkedCell> targets = markedCells(doc);
    const auto records = readMarkRecords(userProperty(model, kMarksProperty));
    for (const auto& r : records) // a recorded cell whose comment the user deleted: colour only
    {
        const bool listed = std::any_of(targets.begin(), targets.end(),
                                        [&](const MarkedCell& m)
                                        { return m.sheet == r.sheet && m.cell == r.cell; });
        const auto pos = parseA1(r.cell);
        if (!listed && pos)
            targets.push_back({r.sheet, r.cell, pos->first, pos->second, {}});
    }
    sal_Int32 cleared = 0;
    for (const MarkedCell& m : targets)
    {
        const auto sheet = sheetByName(doc, m.sheet);
        if (!sheet)
            continue;
        auto cell = cellAt(*sheet, m.row, m.col);
        css::uno::Reference<css::beans::XPropertySet> props(cell, css::uno::UNO_QUERY_THROW);
        bool changed = false;
        sal_Int32 background = -1;
        props->getPropertyValue("CellBackColor") >>= background;
        if (isMarkColor(background))
        {
            const auto record = std::find_if(records.begin(), records.end(),
                                             [&](const MarkRecord& r)
                                             { return r.sheet == m.sheet && r.cell == m.cell; });
            if (record != records.end() && record->backgroundWasSet)
                props->setPropertyValue("CellBackColor", css::uno::Any(record->background));
            else
                css::uno::Reference<css::beans::XPropertyState>(cell, css::uno::UNO_QUERY_THROW)
                    ->setPropertyToDefault("CellBackColor");
            changed = true;
        }
        if (!m.comment.empty())
        {
            const std::string earlier = earlierComment(m.comment);
            if (earlier.empty())
                css::uno::Reference<css::sheet::XSheetOperation>(cell, css::uno::UNO_QUERY_THROW)
                    ->clearContents(css::sheet::CellFlags::ANNOTATION);
            else
                annotationsOf(*sheet)->insertNew(addressOf(*sheet, m.row, m.col),
                                                 fromUtf8(earlier));
            changed = true;
        }
        cleared += changed ? 1 : 0;
    }
    if (!records.empty())
        setUserPropertyUndoable(model, kMarksProperty, "");
    return cleared;
}

sal_Int32 markFindings(const css::uno::Reference<css::frame::XModel>& document, Language language)
{
    auto doc = openSpreadsheet(document);
    requireWritable(document, language);
    const Checked c = check(document, language);

    // One mark per cell: every finding's line, the most severe colour.
    struct Mark
    {
        std::string sheet, cell;
        Severity severity = Severity::Info;
        std::vector<std::string> lines;
    };
    std::vector<Mark> marks;
    for (const Finding& f : c.result.findings)
    {
        if (f.cell.empty())
            continue;
        auto it =
            std::find_if(marks.begin(), marks.end(),
                         [&](const Mark& m) { return m.sheet == f.sheet && m.cell == f.cell; });
        if (it == marks.end())
            it = marks.insert(marks.end(), Mark{f.sheet, f.cell, f.severity, {}});
        it->severity = std::min(it->severity, f.severity); // Error < Warning < Info
        it->lines.push_back(severityText(f.severity, language) + ": " + messageIn(f, language));
    }

    UndoContext undo(document, uiText(language, "undo.mark"));
    ControllerLock lock(document);
    RowHeightLock heights(document);
    clearMarksIn(document, doc);
    std::vector<MarkRecord> records;
    for (const Mark& m : marks)
    {
        const auto sheet = sheetByName(doc, m.sheet);
        const auto pos = parseA1(m.cell);
        if (!sheet || !pos)
            continue;
        auto cell = cellAt(*sheet, pos->first, pos->second);
        css::uno::Reference<css::beans::XPropertySet> props(cell, css::uno::UNO_QUERY_THROW);
        css::uno::Reference<css::beans::XPropertyState> state(cell, css::uno::UNO_QUERY_THROW);
        MarkRecord record{m.sheet, m.cell, false, -1};
        record.backgroundWasSet =
            state->getPropertyState("CellBackColor") == css::beans::PropertyState_DIRECT_VALUE;
        props->getPropertyValue("CellBackColor") >>= record.background;
        css::uno::Reference<css::sheet::XSheetAnnotationAnchor> anchor(cell, css::uno::UNO_QUERY);
        const std::string earlier = anchor.is() ? textOf(anchor->getAnnotation()) : std::string();

        props->setPropertyValue("CellBackColor", css::uno::Any(markColor(m.severity)));
        annotationsOf(*sheet)->insertNew(addressOf(*sheet, pos->first, pos->second),
                                         fromUtf8(markComment(m.lines, earlier)));
        records.push_back(std::move(record));
    }
    setUserPropertyUndoable(document, kMarksProperty,
                            records.empty() ? "" : writeMarkRecords(records));
    return sal_Int32(records.size());
}

} // namespace parcalc::sidebar::service
