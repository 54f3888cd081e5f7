// Shared by the `parcalc validate` integration tests (validate_cli_test: the seed in every
// layout, validate_cli_problems_test: unreadable files and usage errors,
// validate_cli_reports_test: the report formats): running the tool with a suite's own
// throwaway profile, and the seed-001 findings every layout must give.
#pragma once

#include "cli_run.hxx"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace validate_test
{

using nlohmann::json;
using parcalc::cli_test::ToolRun;

inline const std::string kAppendix = parcalc::cli_test::kSource + "/tests/data/appendix/";
inline const std::string kBad = kAppendix + "bad/";

// Runs `parcalc ARGS` (no profile added): exit code, stdout, stderr.
ToolRun runTool(const std::string& name, const std::vector<std::string>& args);

// `parcalc validate --profile <suite profile> ARGS`; with `output` set, --output goes
// to build/tests/validate-out/NAME/OUTPUT and its content is returned as `out`. The
// profile of the running test suite: build/test-profiles/validate_<Suite>. Kept
// between runs (a new profile makes soffice's first start several seconds slower);
// the suites run in parallel, each on its own profile, their runs one after another.
ToolRun runValidate(const std::string& name, std::vector<std::string> args,
                    const std::string& output = "",
                    const std::string& profile = parcalc::cli_test::suiteProfile("validate_"));

// The entry of a file in the report, by the path given on the command line.
const json& fileEntry(const json& report, const std::string& path);

// Every finding has the public fields of issue 3: code, severity and messages as strings;
// row, sheet, cell, expected and actual a text or null, never "" (the report contract).
void expectFindingShape(const json& f, const std::string& file);

// The seed's exact problems at error/warning level, at the right cells: the
// value column is `column`, and the table's header starts `rowOffset` rows below A5.
void expectSeedFindings(const json& entry, const std::string& sheet, char column, int rowOffset,
                        const std::string& range);

// A valid entry of the seed's 121 rows with information findings only.
void expectNoErrorOrWarning(const json& entry);

} // namespace validate_test
