// batch_sheets: the two sheets of the batch result document, cell by cell.
#include "core/reports/batch_sheets.hxx"

#include "core/reports/batch_sheet_texts.hxx"

namespace parcalc
{
namespace
{

Cell text(const std::string& s)
{
    return s.empty() ? Cell::empty() : Cell::makeText(s);
}

Cell count(std::size_t n)
{
    return Cell::makeNumber(double(n), NumberFormatKind::General);
}

void addRow(CellGrid& grid, const std::vector<Cell>& cells)
{
    const std::size_t row = grid.rows();
    for (std::size_t col = 0; col < cells.size(); ++col)
        grid.set(row, col, cells[col]);
}

std::string fileName(const std::string& path)
{
    const std::size_t slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::uint32_t statusFill(FileStatus status)
{
    switch (status)
    {
    case FileStatus::Valid:
        return kValidFill;
    case FileStatus::Invalid:
        return kInvalidFill;
    case FileStatus::Unreadable:
        break;
    }
    return kUnreadableFill;
}

std::string note(const FileReport& f, Language language)
{
    if (f.status == FileStatus::Unreadable)
        return batchSheetText(language, "note.unreadable",
                              {{"reason", language == Language::Vi ? f.reason : f.reasonEn}});
    const ValidationResult& r = f.result;
    if (r.tableFound)
        return batchSheetText(language, "note.table",
                              {{"sheet", r.sheet},
                               {"range", r.range},
                               {"found", std::to_string(r.rowsFound)},
                               {"expected", std::to_string(r.rowsExpected)}});
    return r.findings.empty() ? std::string()
                              : (language == Language::Vi ? r.findings.front().message
                                                          : r.findings.front().messageEn);
}

ResultSheet headed(Language language, std::string_view sheetKey,
                   const std::vector<std::string>& columns)
{
    ResultSheet sheet;
    sheet.grid.setSheetName(batchSheetText(language, sheetKey));
    std::vector<Cell> header;
    for (const std::string& c : columns)
        header.push_back(Cell::makeText(c));
    addRow(sheet.grid, header);
    sheet.layout.boldRows = {0};
    sheet.layout.freezeHeader = true;
    sheet.layout.autoFilter = true;
    return sheet;
}

ResultSheet summarySheet(const BatchSheetsInput& input, Language language)
{
    const bool scored = !input.scores.empty();
    std::vector<std::string> columns = batchSheetColumns(language, "header.summary");
    if (scored)
    {
        const std::vector<std::string> score = batchSheetColumns(language, "header.score");
        columns.insert(columns.begin() + 7, score.begin(), score.end()); // after the counts
    }
    ResultSheet sheet = headed(language, "sheet.summary", columns);
    constexpr std::size_t kStatusCol = 3;
    for (std::size_t i = 0; i < input.report->files.size(); ++i)
    {
        const FileReport& f = input.report->files[i];
        const ValidationResult& r = f.result;
        const bool read = f.status != FileStatus::Unreadable;
        std::vector<Cell> cells = {text(fileName(f.file)),
                                   text(r.unit),
                                   text(r.period),
                                   text(statusLabel(f.status, language)),
                                   read ? count(r.count(Severity::Error)) : Cell::empty(),
                                   read ? count(r.count(Severity::Warning)) : Cell::empty(),
                                   read ? count(r.count(Severity::Info)) : Cell::empty()};
        if (scored)
        {
            const std::optional<FileScore>& s = input.scores[i];
            cells.push_back(s && s->index ? Cell::makeNumber(*s->index, NumberFormatKind::General)
                                          : Cell::empty());
            cells.push_back(s ? text(language == Language::Vi ? s->grade : s->gradeEn)
                              : Cell::empty());
        }
        cells.push_back(text(note(f, language)));
        cells.push_back(text(f.file));
        const std::size_t row = sheet.grid.rows();
        addRow(sheet.grid, cells);
        sheet.layout.fills.push_back({row, kStatusCol, statusFill(f.status)});
        if (i < input.fileUrls.size())
            sheet.layout.links.push_back(
                {row, 0, fileLinkTarget(input.fileUrls[i], f), fileName(f.file)});
    }
    return sheet;
}

ResultSheet findingsSheet(const BatchSheetsInput& input, Language language)
{
    ResultSheet sheet =
        headed(language, "sheet.findings", batchSheetColumns(language, "header.findings"));
    constexpr std::size_t kSeverityCol = 3;
    for (std::size_t i = 0; i < input.report->files.size(); ++i)
    {
        const FileReport& f = input.report->files[i];
        for (const Finding& x : f.result.findings)
        {
            const std::size_t row = sheet.grid.rows();
            addRow(sheet.grid, {text(fileName(f.file)), text(x.row), text(x.cell),
                                text(severityLabel(x.severity, language)),
                                text(std::string(findingCodeName(x.code))),
                                text(language == Language::Vi ? x.message : x.messageEn),
                                text(x.expected), text(x.actual)});
            if (x.severity != Severity::Info)
                sheet.layout.fills.push_back(
                    {row, kSeverityCol,
                     x.severity == Severity::Error ? kInvalidFill : kUnreadableFill});
            if (i < input.fileUrls.size())
                sheet.layout.links.push_back(
                    {row, 0, findingLinkTarget(input.fileUrls[i], f, x), fileName(f.file)});
        }
    }
    return sheet;
}

} // namespace

std::string jumpMark(const std::string& sheet, const std::string& cell)
{
    std::string quoted = "'";
    for (char c : sheet)
        quoted += c == '\'' ? std::string("''") : std::string(1, c);
    return quoted + "'." + cell;
}

std::string findingLinkTarget(const std::string& url, const FileReport& file,
                              const Finding& finding)
{
    const std::string& sheet = finding.sheet.empty() ? file.result.sheet : finding.sheet;
    return sheet.empty() ? url
                         : url + "#" + jumpMark(sheet, finding.cell.empty() ? "A1" : finding.cell);
}

std::string fileLinkTarget(const std::string& url, const FileReport& file)
{
    for (const Finding& x : file.result.findings)
        if (!x.cell.empty())
            return findingLinkTarget(url, file, x);
    if (file.status != FileStatus::Unreadable && !file.result.sheet.empty())
        return url + "#" + jumpMark(file.result.sheet, "A1");
    return url;
}

std::vector<ResultSheet> batchSheets(const BatchSheetsInput& input, Language language)
{
    if (!input.report)
        return {};
    return {summarySheet(input, language), findingsSheet(input, language)};
}

} // namespace parcalc
