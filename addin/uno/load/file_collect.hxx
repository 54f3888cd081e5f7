// file_collect: the spreadsheet files a batch reads from the files and folders a user
// names (the CLI's arguments, the folder picked in Calc).
#pragma once

#include <string>
#include <vector>

namespace parcalc::uno
{

// Files as given, directories searched recursively for .ods .fods .xlsx .xls .csv (lock
// files skipped), each directory's files sorted by path. Missing paths are kept: they are
// reported as unreadable.
std::vector<std::string> collectFiles(const std::vector<std::string>& args);

} // namespace parcalc::uno
