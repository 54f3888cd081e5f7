// The batch's file rule: extensions, lock files, recursive and sorted.
#include "core/submission/file_collection.hxx"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace parcalc
{

bool isSpreadsheetFileName(const std::string& path)
{
    const fs::path p(path);
    const std::string name = p.filename().string();
    if (name.rfind(".~lock.", 0) == 0 || name.rfind("~$", 0) == 0)
        return false;
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return ext == ".ods" || ext == ".fods" || ext == ".xlsx" || ext == ".xls" || ext == ".csv";
}

std::vector<std::string> collectSpreadsheetFiles(const std::vector<std::string>& args)
{
    std::vector<std::string> files;
    for (const std::string& arg : args)
    {
        std::error_code ec;
        if (!fs::is_directory(arg, ec))
        {
            files.push_back(arg);
            continue;
        }
        std::vector<std::string> found;
        for (auto it = fs::recursive_directory_iterator(
                 arg, fs::directory_options::skip_permission_denied, ec);
             !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
            if (it->is_regular_file(ec) && isSpreadsheetFileName(it->path().string()))
                found.push_back(it->path().string());
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

} // namespace parcalc
