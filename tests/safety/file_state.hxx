// file_state: what a directory holds, byte for byte, with each file's mtime, so a
// test can prove that running ParCalc over it left nothing changed, added or removed
// (no lock file, no backup, no rewritten file).
#pragma once

#include <filesystem>
#include <map>
#include <string>

namespace parcalc::safety
{

struct FileState
{
    std::string bytes;
    std::filesystem::file_time_type mtime;
};

struct DirectoryState
{
    std::map<std::string, FileState> files; // by name; every entry, hidden ones included
    std::filesystem::file_time_type mtime;  // changes when an entry is created or removed
};

// Reads every entry of `dir` (not recursive; a subdirectory is listed with no bytes).
DirectoryState snapshotDirectory(const std::filesystem::path& dir);

// "" when equal; otherwise what differs, one line per entry.
std::string describeDifferences(const DirectoryState& before, const DirectoryState& after);

std::string readBytes(const std::filesystem::path& file);

} // namespace parcalc::safety
