// parcalc validate: batch validation of submitted spreadsheets (issue 3).
#include "commands.hxx"

#include <iostream>

namespace parcalc::cli
{

int runValidate(const Args&)
{
    std::cerr << "parcalc validate: chưa có / not available yet\n";
    return kExitUsage;
}

} // namespace parcalc::cli
