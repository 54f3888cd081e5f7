// Expected<T>: a value or a core Error. The core never throws across its API;
// the UNO layer turns an Error into a Calc error value or a UNO exception.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace parcalc
{

// What went wrong, in the terms Calc can show. The UNO layer maps each kind to
// one Calc error (see addin/uno/functions/calc_args.cxx); keep this list short.
enum class ErrorKind
{
    InvalidArgument, // bad input: achieved > max, negative, shapes differ -> Err:502
    NoCases,         // 0/0, "không phát sinh": nothing to compute from -> #DIV/0!
    NotAvailable,    // nothing applicable / unknown name / not found -> #N/A
    NotANumber,      // text that is no number -> #VALUE!
};

struct Error
{
    ErrorKind kind;
    std::string detail; // English, for logs and tests; UI text comes from l10n keys
};

template <class T> class Expected
{
public:
    Expected(T value) : m_data(std::move(value)) {}
    Expected(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<0>(m_data); }
    const T& operator*() const { return value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

inline Error makeError(ErrorKind kind, std::string detail)
{
    return Error{kind, std::move(detail)};
}

} // namespace parcalc
