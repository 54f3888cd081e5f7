// fods_check: runs self-checking spreadsheets in a private soffice with the
// freshly built .oxt installed, recalculating everything first, so values
// cached in the file can never make a check pass.
//
// A self-checking sheet (every sheet of the file is read) has a header row
// whose first cell is "Mô tả / Description"; each row below it with a formula
// in column B is one check: B calls a ParCalc function, C holds the expected
// value, D is the sheet's own verdict (TRUE when B matches C). The tool asks
// that every D is TRUE after a hard recalculation, that every B really
// calls ParCalc (ORG.PARCALC...), and that every D really checks its own row:
// it refers to B of its row, and to C of its row or to the error C names
// (ERRORTYPE(B5)=502 beside "Err:502..."), so a D holding =TRUE() or checking
// another row fails. A sheet with the header but no check fails too. It
// prints one line per failed check and one per sheet read.
#include "client/extension_installer.hxx"
#include "client/office_session.hxx"

#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XSpreadsheet.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/XCellRange.hpp>

#include <filesystem>
#include <iostream>
#include <map>
#include <regex>
#include <string>
#include <vector>

using namespace css;
using parcalc::client::OfficeSession;

namespace
{

std::string utf8(const OUString& s)
{
    return OUStringToOString(s, RTL_TEXTENCODING_UTF8).getStr();
}

struct Tally
{
    int checks = 0;
    int failures = 0;
};

bool isTrue(const uno::Any& value)
{
    double d = 0;
    bool b = false;
    if (value >>= b)
        return b;
    return (value >>= d) && d == 1.0;
}

std::string show(const uno::Any& value)
{
    double d;
    OUString s;
    if (value >>= d)
        return std::to_string(d);
    if (value >>= s)
        return "\"" + utf8(s) + "\"";
    return "(error or empty)";
}

// The error names a C cell may hold, by the code ERRORTYPE (Calc's own codes) and
// ERROR.TYPE (the spreadsheet standard's) give for them.
const std::map<int, std::string> kCalcErrors = {
    {502, "Err:502"}, {503, "#NUM!"}, {504, "Err:504"}, {519, "#VALUE!"},   {522, "Err:522"},
    {524, "#REF!"},   {525, "#NAME?"}, {532, "#DIV/0!"}, {32767, "#N/A"}};
const std::map<int, std::string> kStandardErrors = {{1, "#NULL!"}, {2, "#DIV/0!"}, {3, "#VALUE!"},
                                                    {4, "#REF!"},  {5, "#NAME?"},  {6, "#NUM!"},
                                                    {7, "#N/A"}};

// Why the verdict formula D of row `row` (1-based) does not check that row's B against
// its C, or "" when it does.
std::string verdictProblem(const std::string& d, const std::string& expected, sal_Int32 row)
{
    const std::string n = std::to_string(row);
    const auto refersTo = [&](char column)
    {
        const std::regex cell("(^|[^A-Z$.])\\$?" + std::string(1, column) + "\\$?" + n +
                              "([^0-9]|$)");
        return std::regex_search(d, cell);
    };
    if (!refersTo('B'))
        return "D does not refer to B" + n + ": " + d;
    if (refersTo('C'))
        return "";
    // An error test of this row's B, alone or with conditions (AND(ERROR.TYPE(B11)=7;G20="")
    // beside "#N/A (trống)"): C must start with the name of that error.
    const std::regex errorTest("(ORG\\.OPENOFFICE\\.)?(ERRORTYPE|ERROR\\.TYPE)\\(\\$?B\\$?" + n +
                               "\\)=([0-9]+)");
    std::smatch m;
    if (!std::regex_search(d, m, errorTest))
        return "D refers neither to C" + n + " nor to one error code: " + d;
    const auto& names = m[2] == "ERRORTYPE" ? kCalcErrors : kStandardErrors;
    const auto it = names.find(std::stoi(m[3]));
    if (it == names.end() || expected.rfind(it->second, 0) != 0)
        return "D tests error code " + std::string(m[3]) + " but C expects " + expected;
    return "";
}

void checkSheet(const uno::Reference<sheet::XSpreadsheet>& sheet, const std::string& file,
                Tally& tally)
{
    auto cursor = sheet->createCursor();
    uno::Reference<sheet::XUsedAreaCursor> used(cursor, uno::UNO_QUERY_THROW);
    used->gotoStartOfUsedArea(false);
    used->gotoEndOfUsedArea(true);
    uno::Reference<sheet::XCellRangeData> data(cursor, uno::UNO_QUERY_THROW);
    uno::Reference<sheet::XCellRangeFormula> formulas(cursor, uno::UNO_QUERY_THROW);
    const auto values = data->getDataArray();
    const auto texts = formulas->getFormulaArray();
    const std::string sheetName =
        utf8(uno::Reference<container::XNamed>(sheet, uno::UNO_QUERY_THROW)->getName());

    bool inChecks = false;
    const int before = tally.checks;
    for (sal_Int32 r = 0; r < texts.getLength() && texts[r].getLength() >= 4; ++r)
    {
        const auto& row = texts[r];
        if (row[0].startsWith(parcalc::uno::fromUtf8("Mô tả / Description")))
        {
            inChecks = true;
            continue;
        }
        if (!inChecks || !row[1].startsWith("="))
            continue;
        ++tally.checks;
        const std::string where =
            file + " [" + sheetName + "] row " + std::to_string(r + 1) + " (" + utf8(row[0]) + ")";
        if (row[1].toAsciiUpperCase().indexOf("ORG.PARCALC") < 0)
        {
            ++tally.failures;
            std::cout << "FAIL " << where << ": B does not call ParCalc: " << utf8(row[1]) << "\n";
            continue;
        }
        const std::string problem = verdictProblem(utf8(row[3]), utf8(row[2]), r + 1);
        if (!problem.empty())
        {
            ++tally.failures;
            std::cout << "FAIL " << where << ": " << problem << "\n";
            continue;
        }
        if (!isTrue(values[r][3]))
        {
            ++tally.failures;
            std::cout << "FAIL " << where << ": " << utf8(row[1]) << " = " << show(values[r][1])
                      << ", expected " << utf8(row[2]) << "\n";
        }
    }
    if (!inChecks)
        return; // a data sheet beside the checks
    const int checks = tally.checks - before;
    std::cout << file << " [" << sheetName << "]: " << checks << " checks\n";
    if (checks == 0)
    {
        ++tally.failures;
        std::cout << "FAIL " << file << " [" << sheetName << "]: a header but no check\n";
    }
}

} // namespace

int main(int argc, char** argv)
{
    parcalc::client::stopOfficesOnSignals();
    if (argc < 4)
    {
        std::cerr << "usage: fods_check PROFILE_DIR OXT FILE.fods... [--expect-failures]\n";
        return 2;
    }
    const std::string profile = argv[1], oxt = argv[2];
    std::vector<std::string> files;
    bool expectFailures = false;
    for (int i = 3; i < argc; ++i)
        std::string(argv[i]) == "--expect-failures" ? (void)(expectFailures = true)
                                                    : files.push_back(argv[i]);
    try
    {
        parcalc::client::prepareProfile(profile, oxt);
        OfficeSession office({profile});
        Tally tally;
        for (const auto& file : files)
        {
            auto doc = office.load(file);
            uno::Reference<sheet::XCalculatable>(doc, uno::UNO_QUERY_THROW)->calculateAll();
            uno::Reference<sheet::XSpreadsheetDocument> spreadsheet(doc, uno::UNO_QUERY_THROW);
            uno::Reference<container::XIndexAccess> sheets(spreadsheet->getSheets(),
                                                           uno::UNO_QUERY_THROW);
            for (sal_Int32 i = 0; i < sheets->getCount(); ++i)
                checkSheet(uno::Reference<sheet::XSpreadsheet>(sheets->getByIndex(i),
                                                               uno::UNO_QUERY_THROW),
                           std::filesystem::path(file).filename().string(), tally);
            parcalc::client::closeDocument(doc);
        }
        std::cout << tally.checks << " checks, " << tally.failures << " failed\n";
        if (tally.checks == 0)
        {
            std::cout << "FAIL no checks found\n";
            return 1;
        }
        if (expectFailures)
            return tally.failures > 0 ? 0 : 1;
        return tally.failures == 0 ? 0 : 1;
    }
    catch (const uno::Exception& e)
    {
        std::cerr << "fods_check: " << utf8(e.Message) << "\n";
    }
    catch (const std::exception& e)
    {
        std::cerr << "fods_check: " << e.what() << "\n";
    }
    return 1;
}
