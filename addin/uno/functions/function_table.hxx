// The one table that describes every Calc function of ParCalc: internal
// (programmatic) name, display name, category and the Function Wizard texts
// in Vietnamese and English. Every XAddIn / XCompatibilityNames answer is a
// lookup in it, as in LibreOffice's scaddins.
#pragma once

#include "core/text/language.hxx"

#include <string_view>
#include <vector>

namespace parcalc::uno
{


struct ParamInfo
{
    LocalText name; // both languages filled: the parity test in tests/text checks it
    LocalText description;
    bool optional;
};

struct FunctionInfo
{
    const char* programmatic; // method name in XParCalcFunctions.idl: permanent
    const char* displayName;  // what users type; the same in every language
    LocalText description;
    std::vector<ParamInfo> params; // user-visible ones (the options argument excluded)
};

const std::vector<FunctionInfo>& functionTable();
// The table's texts as a text table ("parScore.description", "parScore.1.name"...), for
// the parity test over every table.
const TextTable& functionWizardTexts();
// nullptr for an unknown name: XAddIn getters then answer with an empty result.
const FunctionInfo* findFunction(std::string_view programmatic);
const FunctionInfo* findFunctionByDisplayName(std::string_view displayName);

// The category every ParCalc function is listed under in the Function Wizard.
inline constexpr const char* kCategory = "Add-In";

} // namespace parcalc::uno
