// The validation service: document -> core validator -> report, and the
// panel's actions on the document (each one undo step).
#include "validation_service.hxx"

#include "batch_report.hxx"
#include "calc_args.hxx"
#include "document_access.hxx"
#include "finding_fields.hxx"
#include "fix_planner.hxx"
#include "mark_records.hxx"
#include "office_locale.hxx"
#include "panel_registry.hxx"
#include "report_export.hxx"
#include "ruleset_catalog.hxx"
#include "sheet_reader.hxx"
#include "sidebar_ids.hxx"

#include <com/sun/star/beans/PropertyState.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/beans/XPropertyState.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/io/IOException.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/XSheetAnnotation.hpp>
#include <com/sun/star/sheet/XSheetAnnotationAnchor.hpp>
#include <com/sun/star/sheet/XSheetAnnotations.hpp>
#include <com/sun/star/sheet/XSheetAnnotationsSupplier.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/NumberFormat.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <cppuhelper/supportsservice.hxx>
#include <cppuhelper/weakref.hxx>
#include <osl/file.hxx>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>

namespace parcalc::sidebar
{

using uno::fromUtf8;
using uno::guarded;
using uno::toUtf8;

namespace
{

// --- rule sets: loaded once per choice (files again when they change) -------------------------

struct LoadedRuleSet
{
    std::shared_ptr<const RuleSet> ruleSet;
    std::vector<RuleSetError> errors;
    std::filesystem::file_time_type stamp{};
};

std::string describeErrors(const std::vector<RuleSetError>& errors, UiLanguage language)
{
    if (errors.empty())
        return {};
    std::string text = language == UiLanguage::Vietnamese ? errors.front().describeVi()
                                                          : errors.front().describe();
    if (errors.size() > 1)
        text += " (+" + std::to_string(errors.size() - 1) + ")";
    return text;
}

LoadedRuleSet loadRuleSet(const std::string& choice)
{
    static std::mutex mutex;
    static std::map<std::string, LoadedRuleSet> cache;
    std::error_code ec;
    const bool isFile = !choice.empty() && std::filesystem::is_regular_file(choice, ec);
    const auto stamp =
        isFile ? std::filesystem::last_write_time(choice, ec) : std::filesystem::file_time_type{};
    std::lock_guard<std::mutex> lock(mutex);
    if (auto it = cache.find(choice); it != cache.end() && it->second.stamp == stamp)
        return it->second;
    RuleSetLoad load = resolveRuleSet(choice);
    LoadedRuleSet loaded;
    loaded.stamp = stamp;
    loaded.errors = std::move(load.errors);
    if (load.ruleSet)
        loaded.ruleSet = std::make_shared<const RuleSet>(std::move(*load.ruleSet));
    cache[choice] = loaded;
    return loaded;
}

// --- the rule-set choice of a document ---------------------------------------------------------

// Choices made for documents that cannot take a property (read-only): kept for the session.
struct SessionChoice
{
    css::uno::WeakReference<css::frame::XModel> model;
    std::string choice;
};

std::mutex& sessionMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::vector<SessionChoice>& sessionChoices()
{
    static std::vector<SessionChoice> choices;
    return choices;
}

std::optional<std::string> sessionChoice(const css::uno::Reference<css::frame::XModel>& model)
{
    std::lock_guard<std::mutex> lock(sessionMutex());
    auto& choices = sessionChoices();
    std::optional<std::string> found;
    choices.erase(std::remove_if(choices.begin(), choices.end(),
                                 [&](const SessionChoice& c)
                                 {
                                     const css::uno::Reference<css::frame::XModel> m(c.model);
                                     if (!m.is())
                                         return true; // the document is gone
                                     if (m == model)
                                         found = c.choice;
                                     return false;
                                 }),
                  choices.end());
    return found;
}

void setSessionChoice(const css::uno::Reference<css::frame::XModel>& model, std::string choice)
{
    std::lock_guard<std::mutex> lock(sessionMutex());
    for (auto& c : sessionChoices())
        if (css::uno::Reference<css::frame::XModel>(c.model) == model)
        {
            c.choice = std::move(choice);
            return;
        }
    sessionChoices().push_back({model, std::move(choice)});
}

std::string documentChoice(const css::uno::Reference<css::frame::XModel>& model)
{
    if (auto session = sessionChoice(model))
        return *session;
    return userProperty(model, kRuleSetProperty);
}

// A closed document's model still answers queryInterface, but its methods throw
// a DisposedException that says only where in LibreOffice, or hand back null
// (getSheets) for our UNO_QUERY_THROW to report as an "unsatisfied query".
// Checked first, so the caller learns what happened.
void requireOpen(const css::uno::Reference<css::frame::XModel>& model)
{
    if (!model.is())
        return;
    try
    {
        model->getURL();
    }
    catch (const css::lang::DisposedException&)
    {
        throw css::lang::DisposedException("ParCalc: the document was closed", {});
    }
}

// The document of a call, open and a spreadsheet (IllegalArgumentException if not).
css::uno::Reference<css::sheet::XSpreadsheetDocument>
openSpreadsheet(const css::uno::Reference<css::frame::XModel>& model)
{
    requireOpen(model);
    return spreadsheetOf(model);
}

// --- one check of a document -------------------------------------------------------------------

struct Checked
{
    std::vector<CellGrid> sheets;
    std::shared_ptr<const RuleSet> ruleSet;
    std::string choice;
    std::string ruleSetError;
    ValidationResult result;

    const CellGrid* sheet(const std::string& name) const
    {
        for (const auto& grid : sheets)
            if (grid.sheetName() == name)
                return &grid;
        return nullptr;
    }
};

Checked check(const css::uno::Reference<css::frame::XModel>& model, UiLanguage language)
{
    auto doc = openSpreadsheet(model);
    Checked c;
    c.choice = documentChoice(model);
    LoadedRuleSet loaded = loadRuleSet(c.choice);
    if (!loaded.ruleSet)
    {
        c.ruleSetError = describeErrors(loaded.errors, language);
        loaded = loadRuleSet("");
    }
    if (!loaded.ruleSet) // the bundled default is broken: a build error, caught by the tests
        throw css::uno::RuntimeException(
            fromUtf8("ParCalc: bundled rule set: " + describeErrors(loaded.errors, language)));
    c.ruleSet = loaded.ruleSet;
    c.sheets = uno::readSheets(doc);
    c.result = validateWorkbook(c.sheets, *c.ruleSet);
    return c;
}

std::string severityText(Severity severity, UiLanguage language)
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

const std::string& messageIn(const Finding& f, UiLanguage language)
{
    return language == UiLanguage::English && !f.messageEn.empty() ? f.messageEn : f.message;
}

org::parcalc::FindingInfo toInfo(const Finding& f, const std::optional<CellFix>& fix)
{
    org::parcalc::FindingInfo info;
    info.Code = fromUtf8(findingCodeName(f.code));
    info.Severity = fromUtf8(severityName(f.severity));
    for (const auto& [plain, text] : findingTextFields<Finding>())
        info.*text = fromUtf8(f.*plain);
    info.Fixable = fix.has_value();
    info.FixValue = fix ? fromUtf8(fix->display) : OUString();
    return info;
}

const Finding* findCurrent(const Checked& c, const org::parcalc::FindingInfo& info)
{
    for (const auto& f : c.result.findings)
        if (fromUtf8(findingCodeName(f.code)) == info.Code && fromUtf8(f.sheet) == info.Sheet &&
            fromUtf8(f.cell) == info.Cell && fromUtf8(f.row) == info.Row)
            return &f;
    return nullptr;
}

// --- marks ---------------------------------------------------------------------------------

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

// Removes ParCalc's marks (colour and comment) and restores what the cells had. Call inside an
// UndoContext. Returns the number of cells cleared.
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

// --- fixes ---------------------------------------------------------------------------------

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

void requireWritable(const css::uno::Reference<css::frame::XModel>& model, UiLanguage language)
{
    if (isReadOnly(model))
        throw css::lang::IllegalArgumentException(fromUtf8(uiText(language, "message.readOnly")),
                                                  {}, 0);
}

std::string documentName(const css::uno::Reference<css::frame::XModel>& model)
{
    const std::string url = toUtf8(model->getURL());
    if (url.empty())
        return "(chưa lưu / unsaved)";
    OUString path;
    if (osl::FileBase::getSystemPathFromFileURL(model->getURL(), path) == osl::FileBase::E_None)
        return std::filesystem::path(toUtf8(path)).filename().string();
    return url;
}

} // namespace

// --- the service -------------------------------------------------------------------------------

OUString AppendixValidator::implementationName()
{
    return OUString::createFromAscii(kValidatorImplementation);
}

css::uno::Sequence<OUString> AppendixValidator::supportedServiceNames()
{
    css::uno::Sequence<OUString> names(1);
    names[0] = OUString::createFromAscii(kValidatorService);
    return names;
}

css::uno::Reference<css::uno::XInterface>
AppendixValidator::create(const css::uno::Reference<css::uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new AppendixValidator(context));
}

AppendixValidator::AppendixValidator(css::uno::Reference<css::uno::XComponentContext> context)
    : m_context(std::move(context)), m_language(officeUiLanguage(m_context))
{
}

org::parcalc::ValidationReport
AppendixValidator::validate(const css::uno::Reference<css::frame::XModel>& document)
{
    return guarded(
        [&]
        {
            const Checked c = check(document, m_language);
            const ValidationResult& r = c.result;
            org::parcalc::ValidationReport report;
            report.TableFound = r.tableFound;
            for (const auto& [plain, text] : reportTextFields<ValidationResult>())
                report.*text = fromUtf8(r.*plain);
            report.RowsFound = sal_Int32(r.rowsFound);
            report.RowsExpected = sal_Int32(r.rowsExpected);
            report.RuleSetChoice = fromUtf8(c.choice);
            report.RuleSetId = fromUtf8(c.ruleSet->id);
            report.RuleSetVersion = fromUtf8(c.ruleSet->version);
            report.RuleSetTitle =
                fromUtf8(m_language == UiLanguage::Vietnamese || c.ruleSet->title.en.empty()
                             ? c.ruleSet->title.vi
                             : c.ruleSet->title.en);
            report.RuleSetError = fromUtf8(c.ruleSetError);
            report.Errors = sal_Int32(r.count(Severity::Error));
            report.Warnings = sal_Int32(r.count(Severity::Warning));
            report.Infos = sal_Int32(r.count(Severity::Info));
            const CellGrid* grid = c.sheet(r.sheet);
            const AppendixData table = grid ? readAppendix(*grid, *c.ruleSet) : AppendixData{};
            report.Findings.realloc(sal_Int32(r.findings.size()));
            for (std::size_t i = 0; i < r.findings.size(); ++i)
            {
                const Finding& f = r.findings[i];
                std::optional<CellFix> fix;
                if (grid && f.sheet == r.sheet)
                    fix = planFix(f, table, *c.ruleSet);
                report.Findings[sal_Int32(i)] = toInfo(f, fix);
            }
            report.MarkedCells = sal_Int32(markedCells(spreadsheetOf(document)).size());
            report.ReadOnly = isReadOnly(document);
            return report;
        });
}

css::table::CellAddress
AppendixValidator::getJumpTarget(const css::uno::Reference<css::frame::XModel>& document,
                                 const org::parcalc::FindingInfo& finding)
{
    return guarded(
        [&]
        {
            const auto sheet = sheetByName(openSpreadsheet(document), toUtf8(finding.Sheet));
            const auto pos = parseA1(toUtf8(finding.Cell));
            if (!sheet || !pos)
                throw css::lang::IllegalArgumentException(
                    "ParCalc: the finding names no cell of this document", {}, 1);
            return addressOf(*sheet, pos->first, pos->second);
        });
}

sal_Bool AppendixValidator::jumpTo(const css::uno::Reference<css::frame::XModel>& document,
                                   const org::parcalc::FindingInfo& finding)
{
    return guarded(
        [&]() -> sal_Bool
        {
            // The document first: a finding without a cell must not hide a bad one.
            const auto doc = openSpreadsheet(document);
            if (finding.Cell.isEmpty())
                return false;
            const auto sheet = sheetByName(doc, toUtf8(finding.Sheet));
            const auto pos = parseA1(toUtf8(finding.Cell));
            if (!sheet || !pos)
                return false;
            auto controller = document->getCurrentController();
            css::uno::Reference<css::sheet::XSpreadsheetView> view(controller, css::uno::UNO_QUERY);
            css::uno::Reference<css::view::XSelectionSupplier> selection(controller,
                                                                         css::uno::UNO_QUERY);
            if (!view.is() || !selection.is())
                return false;
            view->setActiveSheet(sheet->sheet);
            return selection->select(css::uno::Any(cellAt(*sheet, pos->first, pos->second)));
        });
}

sal_Int32 AppendixValidator::markCells(const css::uno::Reference<css::frame::XModel>& document)
{
    return guarded(
        [&]
        {
            auto doc = openSpreadsheet(document);
            requireWritable(document, m_language);
            const Checked c = check(document, m_language);

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
                auto it = std::find_if(marks.begin(), marks.end(),
                                       [&](const Mark& m)
                                       { return m.sheet == f.sheet && m.cell == f.cell; });
                if (it == marks.end())
                    it = marks.insert(marks.end(), Mark{f.sheet, f.cell, f.severity, {}});
                it->severity = std::min(it->severity, f.severity); // Error < Warning < Info
                it->lines.push_back(severityText(f.severity, m_language) + ": " +
                                    messageIn(f, m_language));
            }

            UndoContext undo(document, uiText(m_language, "undo.mark"));
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
                css::uno::Reference<css::beans::XPropertySet> props(cell,
                                                                    css::uno::UNO_QUERY_THROW);
                css::uno::Reference<css::beans::XPropertyState> state(cell,
                                                                      css::uno::UNO_QUERY_THROW);
                MarkRecord record{m.sheet, m.cell, false, -1};
                record.backgroundWasSet = state->getPropertyState("CellBackColor") ==
                                          css::beans::PropertyState_DIRECT_VALUE;
                props->getPropertyValue("CellBackColor") >>= record.background;
                css::uno::Reference<css::sheet::XSheetAnnotationAnchor> anchor(cell,
                                                                               css::uno::UNO_QUERY);
                const std::string earlier =
                    anchor.is() ? textOf(anchor->getAnnotation()) : std::string();

                props->setPropertyValue("CellBackColor", css::uno::Any(markColor(m.severity)));
                annotationsOf(*sheet)->insertNew(addressOf(*sheet, pos->first, pos->second),
                                                 fromUtf8(markComment(m.lines, earlier)));
                records.push_back(std::move(record));
            }
            setUserPropertyUndoable(document, kMarksProperty,
                                    records.empty() ? "" : writeMarkRecords(records));
            return sal_Int32(records.size());
        });
}

sal_Int32 AppendixValidator::clearMarks(const css::uno::Reference<css::frame::XModel>& document)
{
    return guarded(
        [&]
        {
            auto doc = openSpreadsheet(document);
            requireWritable(document, m_language);
            UndoContext undo(document, uiText(m_language, "undo.clear"));
            ControllerLock lock(document);
            RowHeightLock heights(document);
            return clearMarksIn(document, doc);
        });
}

sal_Bool AppendixValidator::applyFix(const css::uno::Reference<css::frame::XModel>& document,
                                     const org::parcalc::FindingInfo& finding)
{
    return guarded(
        [&]() -> sal_Bool
        {
            auto doc = openSpreadsheet(document);
            requireWritable(document, m_language);
            const Checked c = check(document, m_language);
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
            UndoContext undo(document, uiFormat(m_language, "undo.fix", {fix->cell}));
            writeFix(document, *sheet, *fix);
            return true;
        });
}

void AppendixValidator::exportReport(const css::uno::Reference<css::frame::XModel>& document,
                                     const OUString& url, const OUString& format)
{
    guarded(
        [&]
        {
            if (url.trim().isEmpty())
                throw css::lang::IllegalArgumentException("ParCalc: no file given for the report",
                                                          {}, 1);
            const Checked c = check(document, m_language);
            BatchReport report;
            report.rulesetId = c.ruleSet->id;
            report.rulesetVersion = c.ruleSet->version;
            report.files.push_back(readableReport(documentName(document), c.result));
            const ReportLanguage language = m_language == UiLanguage::Vietnamese
                                                ? ReportLanguage::Vietnamese
                                                : ReportLanguage::English;
            const std::string path = localPathOf(url);
            if (format.equalsIgnoreAsciiCase("html"))
            {
                writeTextFile(path, reportHtml(report, language));
                return;
            }
            if (format.equalsIgnoreAsciiCase("ods"))
            {
                OUString fileUrl = url;
                if (!url.startsWithIgnoreAsciiCase("file:"))
                    osl::FileBase::getFileURLFromSystemPath(fromUtf8(path), fileUrl);
                try
                {
                    writeOdsReport(m_context, report, language, fileUrl);
                }
                catch (const css::io::IOException& e)
                {
                    // LibreOffice's own message names only its error code and source line.
                    throw css::io::IOException(
                        fromUtf8("ParCalc: cannot write " + path + ": ") + e.Message, {});
                }
                return;
            }
            throw css::lang::IllegalArgumentException("ParCalc: format must be html or ods", {}, 2);
        });
}

css::uno::Sequence<css::beans::StringPair> AppendixValidator::getBundledRuleSets()
{
    return guarded(
        [&]
        {
            std::vector<css::beans::StringPair> pairs;
            for (const BundledRuleSet& bundled : bundledRuleSets())
            {
                const LoadedRuleSet loaded = loadRuleSet(std::string(bundled.id));
                std::string title(bundled.id);
                if (loaded.ruleSet)
                {
                    const LocalText& t = loaded.ruleSet->title;
                    title = m_language == UiLanguage::Vietnamese || t.en.empty() ? t.vi : t.en;
                    if (title.empty())
                        title = bundled.id;
                }
                pairs.emplace_back(fromUtf8(bundled.id), fromUtf8(title));
            }
            css::uno::Sequence<css::beans::StringPair> result(sal_Int32(pairs.size()));
            for (std::size_t i = 0; i < pairs.size(); ++i)
                result[sal_Int32(i)] = pairs[i];
            return result;
        });
}

OUString AppendixValidator::getRuleSet(const css::uno::Reference<css::frame::XModel>& document)
{
    return guarded(
        [&]
        {
            requireOpen(document);
            return fromUtf8(documentChoice(document));
        });
}

void AppendixValidator::setRuleSet(const css::uno::Reference<css::frame::XModel>& document,
                                   const OUString& fileOrId)
{
    guarded(
        [&]
        {
            openSpreadsheet(document);
            const OUString trimmed = fileOrId.trim();
            const std::string choice = trimmed.isEmpty() ? std::string() : localPathOf(trimmed);
            const LoadedRuleSet loaded = loadRuleSet(choice);
            if (!loaded.ruleSet)
                throw css::lang::IllegalArgumentException(
                    fromUtf8(uiFormat(m_language, "ruleset.refused",
                                      {describeErrors(loaded.errors, m_language)})),
                    {}, 1);
            if (isReadOnly(document)) // remembered for this session only
                setSessionChoice(document, choice);
            else
                setUserProperty(document, kRuleSetProperty, choice);
        });
}

css::uno::Sequence<OUString>
AppendixValidator::getPanelState(const css::uno::Reference<css::frame::XFrame>& frame)
{
    return guarded(
        [&]
        {
            const auto lines = panelStates(frame);
            css::uno::Sequence<OUString> result(sal_Int32(lines.size()));
            for (std::size_t i = 0; i < lines.size(); ++i)
                result[sal_Int32(i)] = fromUtf8(lines[i]);
            return result;
        });
}

OUString AppendixValidator::getImplementationName()
{
    return implementationName();
}

sal_Bool AppendixValidator::supportsService(const OUString& name)
{
    return cppu::supportsService(this, name);
}

css::uno::Sequence<OUString> AppendixValidator::getSupportedServiceNames()
{
    return supportedServiceNames();
}

} // namespace parcalc::sidebar
