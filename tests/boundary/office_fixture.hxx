// The one private soffice of boundary_office (throwaway profile with the
// freshly built .oxt), the add-in and validation services instantiated
// through its service manager, and the liveness check run after every call.
#pragma once

#include "client/office_session.hxx"

#include <com/sun/star/uno/Exception.hpp>
#include <org/parcalc/XAppendixValidator.hpp>
#include <org/parcalc/XParCalcFunctions.hpp>

#include <string>

namespace parcalc::boundary
{

extern const std::string kSourceDir;
extern const std::string kOutDir; // build/tests/boundary-out

client::OfficeSession& office();

// Through the office's service manager, as Calc and the sidebar get them.
css::uno::Reference<org::parcalc::XParCalcFunctions> functionsService();
css::uno::Reference<org::parcalc::XAppendixValidator> validatorService();

// "" while soffice runs and answers a trivial call (PARNUMBER(42) = 42 through
// a fresh add-in instance), else why not.
std::string officeProblem();

// A UNO exception's message, UTF-8.
std::string messageOf(const css::uno::Exception& e);

} // namespace parcalc::boundary
