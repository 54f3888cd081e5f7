// file_collect: directories walked, lock files left out (moved from client/batch_validation).
#include "uno/load/file_collect.hxx"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace parcalc::uno
{
namespace
{

bool isSpreadsheetName(const fs::path& p)
{
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    const std::string name = p.filename().string();
    if (name.rfind(".~lock.", 0) == 0 || name.rfind("~$", 0) == 0)
        return false; // LibreOffice / Excel lock files
    return ext == ".ods" || ext == ".fods" || ext == ".xlsx" || ext == ".xls" || ext == ".csv";
}

} // namespace

std::vector<std::string> collectFiles(const std::vector<std::string>& args)
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
            if (it->is_regular_file(ec) && isSpreadsheetName(it->path()))
                found.push_back(it->path().string());
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    return files;
}

} // namespace parcalc::uno
