// LocalText: a text a rule set states in both languages (titles, labels, notes).
#pragma once

#include <string>

namespace parcalc
{

struct LocalText
{
    std::string vi;
    std::string en;
};

} // namespace parcalc
