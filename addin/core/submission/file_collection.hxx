// Which files a batch over folders reads: the one rule for `parcalc validate DIR` and
// Calc's ParCalc ▸ Kiểm tra hàng loạt… (addin/desk), so both check the same files.
#pragma once

#include <string>
#include <vector>

namespace parcalc
{

// A spreadsheet by its name: .ods .fods .xlsx .xls .csv (any case), not a LibreOffice
// (".~lock.") or Excel ("~$") lock file.
bool isSpreadsheetFileName(const std::string& path);

// The files named by `args`: files as given, directories searched recursively for
// spreadsheet names (isSpreadsheetFileName), each directory's files sorted by path.
// Missing paths are kept: the batch reports them as unreadable.
std::vector<std::string> collectSpreadsheetFiles(const std::vector<std::string>& args);

} // namespace parcalc
