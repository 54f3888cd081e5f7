// load_problem: why a document could not be loaded, as every reader of submitted files
// (the CLI's private office, the batch inside Calc) reports it.
#pragma once

#include <stdexcept>
#include <string>

namespace parcalc::uno
{

// Why a document could not be loaded, when LibreOffice tells us.
enum class LoadProblem
{
    Other,
    PasswordProtected, // LibreOffice asked for a password
    Corrupt,           // LibreOffice offered to repair the file
    TimedOut,          // the load took longer than the caller's limit
    OfficeDied,        // soffice crashed or was killed: restart it before the next file
    NotASpreadsheet,   // it opened, but as a text document, a drawing...
    OfficeUnavailable, // soffice died and could not be started again: no file can be read
};

// Raised when a document cannot be loaded (or, in the client, soffice cannot be started,
// reached or used); the message says why.
class LoadError : public std::runtime_error
{
public:
    explicit LoadError(const std::string& what, LoadProblem problem = LoadProblem::Other)
        : std::runtime_error(what), m_problem(problem)
    {
    }
    LoadProblem problem() const { return m_problem; }

private:
    LoadProblem m_problem;
};

} // namespace parcalc::uno
