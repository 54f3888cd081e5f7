// Parsing a subcommand's arguments the same way for every command: visible
// options (shown in --help), hidden positional ones, one error format.
#pragma once

#include "commands.hxx"

#include <boost/program_options.hpp>

#include <iostream>
#include <optional>

namespace parcalc::cli
{

namespace po = boost::program_options;

// The parsed options, or nullopt after printing "parcalc COMMAND: problem" and
// the usage to stderr (the caller then exits with kExitUsage).
inline std::optional<po::variables_map>
parseArgs(const Args& args, const char* command, const po::options_description& visible,
          const po::options_description& hidden, const po::positional_options_description& pos)
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
        std::cerr << "parcalc " << command << ": " << e.what() << "\n\n" << visible << "\n";
        return std::nullopt;
    }
    return vm;
}

} // namespace parcalc::cli
