// Shared by the tests that run the real `parcalc` tool (validate_cli_test, score_cli_test,
// corpus_test): running it with its output captured, reading files, parsing its JSON.
// The target parcalc_cli_test_support (tests/CMakeLists.txt) also gives its users
// PARCALC_SOURCE_DIR, PARCALC_BINARY_DIR and PARCALC_EXE.
#pragma once

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace parcalc::cli_test
{

// The source and build trees, and the seed-001 sample sheet most of the runs read.
inline const std::string kSource = PARCALC_SOURCE_DIR;
inline const std::string kBinary = PARCALC_BINARY_DIR;
inline const std::string kSample = kSource + "/sample_sheets/ngan-son-q1-2023.ods";

struct ToolRun
{
    int exitCode = -1;
    std::string out; // stdout, or the --output file when the caller reads one in
    std::string err;
    double seconds = 0; // wall time of the run
};

// The whole file, bytes as they are; empty when it cannot be read.
std::string readFile(const std::string& path);

// `s` quoted for /bin/sh.
std::string shellQuote(const std::string& s);

// Runs `parcalc ARGS` (PARCALC_EXE, no profile added): exit code, stdout, stderr and
// the time taken. stdout and stderr stay in OUTDIR/stdout and OUTDIR/stderr for a look
// after a failure.
ToolRun runParcalc(const std::filesystem::path& outDir, const std::vector<std::string>& args);

// build/test-profiles/PREFIX<Suite>: the profile of the running GoogleTest suite
// ("shared" outside a test).
std::string suiteProfile(const std::string& prefix);

// run.out as JSON; a test failure (naming the parse error, the start of stdout and
// stderr) and an empty object when it is not JSON.
nlohmann::json parseJson(const ToolRun& run);

// A text of a report object that may be absent (the report contract writes null, never
// ""): the text, or "" when the key is null or missing.
std::string textOf(const nlohmann::json& object, const std::string& key);

} // namespace parcalc::cli_test
