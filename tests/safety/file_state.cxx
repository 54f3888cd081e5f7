// Directory snapshots for the data-safety tests.
#include "file_state.hxx"

#include <fstream>
#include <iterator>

namespace parcalc::safety
{

namespace fs = std::filesystem;

std::string readBytes(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

DirectoryState snapshotDirectory(const fs::path& dir)
{
    DirectoryState state;
    state.mtime = fs::last_write_time(dir);
    for (const auto& entry : fs::directory_iterator(dir))
    {
        FileState file;
        file.mtime = fs::last_write_time(entry.path());
        if (entry.is_regular_file())
            file.bytes = readBytes(entry.path());
        state.files.emplace(entry.path().filename().string(), std::move(file));
    }
    return state;
}

std::string describeDifferences(const DirectoryState& before, const DirectoryState& after)
{
    std::string text;
    for (const auto& [name, file] : before.files)
    {
        const auto it = after.files.find(name);
        if (it == after.files.end())
            text += name + ": removed\n";
        else if (it->second.bytes != file.bytes)
            text += name + ": content changed\n";
        else if (it->second.mtime != file.mtime)
            text += name + ": modification time changed\n";
    }
    for (const auto& [name, file] : after.files)
        if (before.files.count(name) == 0)
            text += name + ": new entry\n";
    // Catches a file created and removed again (a lock file while loading) as well.
    if (text.empty() && after.mtime != before.mtime)
        text += "the directory itself was written to (an entry created and removed)\n";
    return text;
}

} // namespace parcalc::safety
