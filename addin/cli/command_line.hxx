// Parsing a subcommand's arguments the same way for every command: visible
// options (shown in --help), hidden positional ones, one error format.
#pragma once

#include "cli/commands.hxx"

#include <boost/program_options.hpp>

#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace parcalc::cli
{

namespace po = boost::program_options;

// Prints "parcalc COMMAND: problem" and the usage to stderr; returns kExitUsage.
inline int usageError(const char* command, const std::string& problem,
                      const po::options_description& visible)
{
    std::cerr << "parcalc " << command << ": " << problem << "\n\n" << visible << "\n";
    return kExitUsage;
}

// The parsed options, or nullopt after printing "parcalc COMMAND: problem" and
// the usage to stderr (the caller then exits with kExitUsage).
inline std::optional<po::variables_map> parseArgs(const Args& args, const char* command,
                                                  const po::options_description& visible,
                                                  const po::options_description& hidden,
                                                  const po::positional_options_description& pos)
{
    po::options_description all;
    all.add(visible).add(hidden);
    po::variables_map vm;
    try
    {
        po::store(po::command_line_parser(args).options(all).positional(pos).run(), vm);
        po::notify(vm);
    }
    catch (const po::error& e)
    {
        usageError(command, e.what(), visible);
        return std::nullopt;
    }
    return vm;
}

// Parses `parcalc COMMAND [OPTIONS] FILE|DIR...`, the files and folders into
// `inputs`. Returns the exit code to stop with (a usage error, or --help
// printed), or nullopt when the command should run.
inline std::optional<int> parseFileCommand(const Args& args, const char* command,
                                           const po::options_description& visible,
                                           std::vector<std::string>& inputs)
{
    po::options_description hidden;
    hidden.add_options()("input", po::value(&inputs));
    po::positional_options_description pos;
    pos.add("input", -1);
    const auto parsed = parseArgs(args, command, visible, hidden, pos);
    if (!parsed)
        return kExitUsage;
    if (parsed->count("help"))
    {
        std::cout << visible << "\n";
        return kExitOk;
    }
    return std::nullopt;
}

} // namespace parcalc::cli
